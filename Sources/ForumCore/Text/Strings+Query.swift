extension Strings {
    /// `ukendt filter «farve:» (brug sektor:, beløb:, … eller lov:)`, naming the fields there are.
    public static func queryUnknownKey(_ key: String, fields: [Phrase]) -> Phrase {
        Phrase(da: "ukendt filter «\(key):» (brug \(list(fields.map { $0.danish + ":" }, or: "eller")))",
               en: "unknown filter «\(key):» (use \(list(fields.map { $0.english + ":" }, or: "or")))")
    }
    public static func queryUnknownValue(_ field: Phrase, _ value: String, known: [String]) -> Phrase {
        let codes = known.joined(separator: ", ")
        return Phrase(da: "ukendt \(field.danish) «\(value)» (kendte: \(codes))",
                      en: "unknown \(field.english) «\(value)» (known: \(codes))")
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
    public static func queryBadProvider(_ value: String) -> Phrase {
        Phrase(da: "ukendt leverandør «\(value)» (intern eller ekstern)", en: "unknown provider «\(value)» (internal or external)")
    }
    public static func queryBadCount(_ value: String) -> Phrase {
        Phrase(da: "«\(value)» er ikke et antal (skriv fx ledig:>0)", en: "«\(value)» is not a number (write e.g. free:>0)")
    }
}

extension Strings {
    /// `sektor:BUF, beløb:>25000 eller lov:SEL52`.
    static func list(_ items: [String], or word: String) -> String {
        guard let last = items.last, items.count > 1 else { return items.first ?? "" }
        return items.dropLast().joined(separator: ", ") + " \(word) " + last
    }

    /// `fx sektor:BUF beløb:>25000 … eller fritekst`.
    public static func queryHint(_ examples: [Phrase]) -> Phrase {
        Phrase(da: "fx " + examples.map(\.danish).joined(separator: " ") + " eller fritekst",
               en: "e.g. " + examples.map(\.english).joined(separator: " ") + " or free text")
    }

    /// Help's note on a language's fields: `Filter (/): sektor:BUF beløb:>25000 …`.
    public static func queryHelpFields(_ examples: [Phrase]) -> Phrase {
        Phrase(da: "Filter (/): " + examples.map(\.danish).joined(separator: " ") + " og fri tekst; alle led skal passe.",
               en: "Filter (/): " + examples.map(\.english).joined(separator: " ") + " and free text; every term must hold.")
    }

    /// Help's note on negation, alternatives and phrases, with the language's first field as example.
    public static func queryHelpSyntax(_ example: Phrase?) -> Phrase {
        let da = example?.danish ?? "ord"
        let en = example?.english ?? "word"
        return Phrase(
            da: "- foran et led udelader (-\(da)) · komma giver alternativer (\(da),…) · \"flere ord\" søges samlet.",
            en: "- before a term excludes (-\(en)) · a comma gives alternatives (\(en),…) · \"several words\" match together.")
    }
}
