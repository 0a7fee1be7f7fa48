/// The words of the youth list, activity and efficiency targets (DOMAIN §12, §13).
extension Strings {
    public static let probabilityEmpty = Phrase(da: "sandsynligheden er tom", en: "the probability is empty")
    public static func probabilityUnreadable(_ text: String) -> Phrase {
        Phrase(da: "«\(text)» er ikke en sandsynlighed (skriv fx ½, 1/3, 0,5 eller 50 %)",
               en: "«\(text)» is not a probability (write e.g. ½, 1/3, 0,5 or 50 %)")
    }
    public static let probabilityZeroDenominator = Phrase(
        da: "sandsynligheden deler med 0", en: "the probability divides by 0")
    public static let probabilityOutOfRange = Phrase(
        da: "sandsynligheden skal ligge mellem 0 og 1 (0–100 %)", en: "the probability must lie between 0 and 1 (0–100 %)")
    public static let probabilityTooPrecise = Phrase(
        da: "sandsynligheden er for fint angivet (højst seks decimaler)",
        en: "the probability is too precise (at most six decimals)")

    public static let colourRed = Phrase(da: "rød", en: "red")
    public static let colourYellow = Phrase(da: "gul", en: "yellow")
    public static let colourGreen = Phrase(da: "grøn", en: "green")
    public static func youthUnknownColour(_ text: String) -> Phrase {
        Phrase(da: "«\(text)» er ikke en farve (rød, gul eller grøn)", en: "«\(text)» is not a colour (red, yellow or green)")
    }
    public static func youthTransitionOutside(_ day: Day, from: Day, through: Day) -> Phrase {
        Phrase(da: "overgangsdatoen \(day.danish) skal ligge mellem 18-årsdagen \(from.danish) og 23-årsdagen \(through.danish)",
               en: "the transition date \(day.danish) must lie between the 18th birthday \(from.danish) and the 23rd \(through.danish)")
    }
    public static func youthNegativeCost(_ amount: Money) -> Phrase {
        Phrase(da: "den årlige udgift kan ikke være negativ (\(amount.formatted()))",
               en: "the annual cost cannot be negative (\(amount.formatted()))")
    }
    public static func youthAgeOutOfRange(_ months: Int) -> Phrase {
        Phrase(da: "alderen \(months / 12) år \(months % 12) mdr. skal ligge mellem 10 og 23 år",
               en: "the age \(months / 12) years \(months % 12) months must lie between 10 and 23 years")
    }
    public static let youthEntryAfterHandover = Phrase(
        da: "indgangsalderen skal ligge før overdragelsesalderen", en: "the entry age must come before the handover age")

    public static let flagGreenWithProbability = Phrase(
        da: "grøn, men sandsynlighed over 0", en: "green, yet a probability above 0")
    public static let flagNotDiscussed = Phrase(
        da: "ikke drøftet i over 6 måneder", en: "not discussed for more than 6 months")
    public static let flagHandoverOverdue = Phrase(
        da: "overdragelsesalder passeret uden overdragelse", en: "handover age passed without a handover")
    public static let flagTransitionPassed = Phrase(
        da: "overgangsdato passeret uden bevilling eller lukning", en: "transition date passed with neither a grant nor a closing")

    public static let flagGreenWithProbabilityShort = Phrase(da: "grøn > 0", en: "green > 0")
    public static let flagNotDiscussedShort = Phrase(da: "ikke drøftet", en: "not discussed")
    public static let flagHandoverOverdueShort = Phrase(da: "ikke overdraget", en: "not handed over")
    public static let flagTransitionPassedShort = Phrase(da: "dato passeret", en: "date passed")

    public static func targetNotPositive(_ amount: Money) -> Phrase {
        Phrase(da: "effektiviseringskravet skal være over 0 kr. (fandt \(amount.formatted()))",
               en: "the efficiency target must be above 0 kr. (found \(amount.formatted()))")
    }

    public static func onlyEconomistOrChiefsEditYouth(_ children: String, _ receiving: String) -> Phrase {
        Phrase(da: "kun økonomen og cheferne for \(children) og \(receiving) kan ændre overgangen",
               en: "only the economist and the chiefs of \(children) and \(receiving) can change the transition")
    }
    public static let colTarget = Phrase(da: "Krav", en: "Target")
    public static let colProRata = Phrase(da: "Forventet til dato", en: "Expected by date")
    public static let colSavingEstimate = Phrase(da: "Realiseret (skøn)", en: "Realised (estimate)")
    public static let colCases = Phrase(da: "Sager", en: "Cases")
    public static let colBehind = Phrase(da: "Status", en: "Status")
    public static let targetBehindMark = Phrase(da: "▼ bagud", en: "▼ behind")
    public static let targetOnTrackMark = Phrase(da: "✓ på sporet", en: "✓ on track")
    public static let fieldTargetNote = Phrase(da: "note til effektiviseringskravet", en: "note on the efficiency target")
    public static let fieldExpectedMeasure = Phrase(da: "forventet indsats", en: "expected measure")
    public static let fieldYouthLaw = Phrase(da: "lovgrundlag", en: "law")
}
