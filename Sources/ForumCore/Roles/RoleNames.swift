extension Role {
    /// A role from its Danish or English name as people write it in files and on the command
    /// line (`fagchef`, `økonom`, `oekonom`, `chief`, …), case-insensitively.
    public init?(name: String) {
        let key = name.trimmingSpaces.lowercased().reduce(into: "") { result, character in
            switch character {
            case "ø": result += "oe"
            case "æ": result += "ae"
            default: result.append(character)
            }
        }
        switch key {
        case "fagchef", "chef", "chief": self = .chief
        case "leder", "teamleder", "afdelingsleder", "leader": self = .leader
        case "oekonom", "okonom", "economist", "oekonomikonsulent": self = .economist
        case "formand", "chair", "projektleder": self = .chair
        case "administrator", "admin": self = .administrator
        case "laeser", "reader": self = .reader
        default: return nil
        }
    }
}
