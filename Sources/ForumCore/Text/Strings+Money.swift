extension Strings {
    public static let moneyOverflow = Phrase(da: "beløbet er for stort", en: "the amount is too large")
    public static let moneyEmpty = Phrase(da: "beløbet er tomt", en: "the amount is empty")
    public static func moneyUnexpectedCharacter(_ character: String, position: Int) -> Phrase {
        Phrase(da: "uventet tegn «\(character)» på plads \(position) i beløbet",
               en: "unexpected character «\(character)» at position \(position) in the amount")
    }
    public static let moneyMisplacedThousands = Phrase(
        da: "tusindtalspunktum står forkert (skriv fx 1.234.567,89)",
        en: "misplaced thousands separator (write e.g. 1.234.567,89)")
    public static let moneyTooManyDecimals = Phrase(
        da: "højst to decimaler efter kommaet (øre)",
        en: "at most two decimals after the comma (øre)")
    public static let moneyNoDigits = Phrase(da: "beløbet mangler cifre", en: "the amount has no digits")
}
