/// How certain the children's area is that a young person needs adult support (DOMAIN §12):
/// red, support for life; yellow, unclear; green, no support after the transition.
public enum YouthColour: String, Hashable, Sendable, Codable, CaseIterable {
    case red, yellow, green

    /// Reads `rød`/`red`, `gul`/`yellow`, `grøn`/`green` in any case (files and the console).
    public init(parsing text: String) throws(YouthError) {
        switch text.trimmed.lowercased() {
        case "red", "rød": self = .red
        case "yellow", "gul": self = .yellow
        case "green", "grøn": self = .green
        default: throw .unknownColour(text)
        }
    }

    /// The glyph that goes with the colour, so that colour never carries the meaning alone.
    public var glyph: String {
        switch self {
        case .red: "●"
        case .yellow: "◐"
        case .green: "○"
        }
    }

    public var phrase: Phrase {
        switch self {
        case .red: Strings.colourRed
        case .yellow: Strings.colourYellow
        case .green: Strings.colourGreen
        }
    }
}
