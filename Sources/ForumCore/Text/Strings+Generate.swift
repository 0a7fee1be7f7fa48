extension Strings {
    public static func generateLineCountTooLarge(_ count: Int, maximum: Int) -> Phrase {
        Phrase(da: "højst \(Strings.count(maximum)) posteringer i ét udtræk (fandt \(Strings.count(count)))",
               en: "at most \(Strings.count(maximum)) postings in one extract (found \(Strings.count(count)))")
    }
    public static func generateRowCountTooLarge(_ count: Int, maximum: Int) -> Phrase {
        Phrase(da: "højst \(Strings.count(maximum)) rækker i én fil (fandt \(Strings.count(count)))",
               en: "at most \(Strings.count(maximum)) rows in one file (found \(Strings.count(count)))")
    }
    public static func generateLineCount(_ count: Int) -> Phrase {
        Phrase(da: "antallet af posteringer skal være mindst 1 (fandt \(count))",
               en: "the number of postings must be at least 1 (found \(count))")
    }
    public static func generateYear(_ year: Int, allowed: ClosedRange<Int>) -> Phrase {
        Phrase(da: "året skal ligge fra \(allowed.lowerBound) til \(allowed.upperBound) (fandt \(year))",
               en: "the year must be from \(allowed.lowerBound) to \(allowed.upperBound) (found \(year))")
    }
    public static func generateMonth(_ month: Int) -> Phrase {
        Phrase(da: "sidste måned skal være 1–12 (fandt \(month))",
               en: "the last month must be 1–12 (found \(month))")
    }
    public static func generateLastBookingDay(_ day: Day) -> Phrase {
        Phrase(da: "sidste bogføringsdag \(day.danish) ligger ikke i periodens sidste måned",
               en: "the last booking day \(day.danish) is not in the period's last month")
    }
    public static func generateCannotWrite(_ path: String, reason: String?) -> Phrase {
        let why = reason.map { ": \($0)" } ?? ""
        return Phrase(da: "kan ikke skrive filen «\(path)»\(why)", en: "cannot write the file «\(path)»\(why)")
    }
}
