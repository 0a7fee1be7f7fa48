extension Strings {
    public static func invalidYear(_ year: Int) -> Phrase {
        Phrase(da: "året \(year) findes ikke", en: "the year \(year) is out of range")
    }
    public static func invalidMonth(_ month: Int) -> Phrase {
        Phrase(da: "måned \(month) findes ikke (1–12)", en: "month \(month) does not exist (1–12)")
    }
    public static func invalidDay(year: Int, month: Int, day: Int) -> Phrase {
        Phrase(da: "dag \(day) findes ikke i \(Day.pad(month, 2))-\(year)",
               en: "day \(day) does not exist in \(Day.pad(month, 2))-\(year)")
    }
    public static func unreadableDate(_ text: String) -> Phrase {
        Phrase(da: "«\(text)» er ikke en dato (skriv dd-mm-åååå, dd.mm.åååå eller åååå-mm-dd)",
               en: "«\(text)» is not a date (write dd-mm-yyyy, dd.mm.yyyy or yyyy-mm-dd)")
    }

    /// Short month names for column headers: `jan`, `feb`, …
    public static func monthShort(_ month: Int) -> Phrase {
        let danish = ["jan", "feb", "mar", "apr", "maj", "jun", "jul", "aug", "sep", "okt", "nov", "dec"]
        let english = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
        return Phrase(da: danish[month - 1], en: english[month - 1])
    }
}
