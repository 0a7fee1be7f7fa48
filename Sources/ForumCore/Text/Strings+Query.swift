extension Strings {
    public static func queryUnknownKey(_ key: String) -> Phrase {
        Phrase(da: "ukendt filter «\(key):» (brug sektor:, beløb:, md:, status:, alder: eller lov:)",
               en: "unknown filter «\(key):» (use sector:, amount:, monthly:, status:, age: or law:)")
    }
    public static func queryMissingValue(_ key: String) -> Phrase {
        Phrase(da: "filteret «\(key):» mangler en værdi", en: "the filter «\(key):» has no value")
    }
    public static func queryBadAmount(_ value: String) -> Phrase {
        Phrase(da: "«\(value)» er ikke et beløb (skriv fx beløb:>25000)", en: "«\(value)» is not an amount (write e.g. amount:>25000)")
    }
    public static func queryBadStatus(_ value: String) -> Phrase {
        Phrase(da: "ukendt status «\(value)» (fx afventer, indstillet, dagsorden, godkendt, afvist, udsat, henvist)",
               en: "unknown status «\(value)» (e.g. pending, submitted, on_agenda, approved, rejected, deferred, referred)")
    }
    public static func queryBadAge(_ value: String) -> Phrase {
        Phrase(da: "«\(value)» er ikke en alder (skriv fx alder:>14d eller alder:>2u)",
               en: "«\(value)» is not an age (write e.g. age:>14d or age:>2w)")
    }
}
