extension Strings {
    public static let splitEmpty = Phrase(da: "fordelingen har ingen sektorer", en: "the split names no sector")
    public static func splitNonPositive(_ sector: String, _ weight: Int) -> Phrase {
        Phrase(da: "vægten for \(sector) skal være større end 0 (fandt \(weight))",
               en: "the weight of \(sector) must be above 0 (found \(weight))")
    }
    public static func splitTooLarge(_ sector: String) -> Phrase {
        Phrase(da: "vægten for \(sector) er for stor", en: "the weight of \(sector) is too large")
    }
    public static func splitDuplicate(_ sector: String) -> Phrase {
        Phrase(da: "\(sector) står to gange i fordelingen", en: "\(sector) appears twice in the split")
    }
    public static func splitUnknownSector(_ sector: String) -> Phrase {
        Phrase(da: "ukendt sektor «\(sector)»", en: "unknown sector «\(sector)»")
    }
    public static func splitPercentSum(_ sum: Int) -> Phrase {
        Phrase(da: "procenterne skal give 100 i alt (giver \(sum))",
               en: "the percents must add up to 100 (they add up to \(sum))")
    }
    public static let splitMixed = Phrase(
        da: "brug enten procenter på alle andele eller vægte på alle",
        en: "use percents on every share or weights on every share")
    public static func splitUnreadable(_ text: String) -> Phrase {
        Phrase(da: "«\(text)» er ikke en andel (skriv fx BEV=60 eller BEV=60%)",
               en: "«\(text)» is not a share (write e.g. BEV=60 or BEV=60%)")
    }
}
