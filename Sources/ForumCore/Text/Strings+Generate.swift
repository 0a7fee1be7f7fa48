extension Strings {
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

    /// The one-line summary of `chefforum generate`.
    public static func generated(lines: Int, distinctCPR: Int, total: Money, path: String,
                                 milliseconds: Int) -> Phrase {
        let count = Money.grouped(UInt64(max(0, lines)))
        let people = Money.grouped(UInt64(max(0, distinctCPR)))
        let seconds = "\(milliseconds / 1000),\(milliseconds % 1000 / 100)"
        let sum = total.formatted(.exact)
        return Phrase(
            da: "skrev \(count) posteringer til \(path): \(people) forskellige CPR-numre, i alt \(sum), \(seconds) s",
            en: "wrote \(count) postings to \(path): \(people) distinct CPR numbers, \(sum) in total, \(seconds) s")
    }
}
