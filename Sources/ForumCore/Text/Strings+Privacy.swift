/// What is said when free text holds what looks like a CPR number. The number itself is never
/// repeated: the message names the field only.
extension Strings {
    public static func cprInText(_ field: Phrase) -> Phrase {
        Phrase(da: "«\(field.danish)» indeholder noget, der ligner et CPR-nummer; CPR-numre må ikke stå i fri tekst — skriv sagens id i stedet",
               en: "“\(field.english)” holds what looks like a CPR number; CPR numbers must not be written in free text — use the case id instead")
    }
    public static let importCPRInText = Phrase(
        da: "indeholder noget, der ligner et CPR-nummer; CPR-numre må kun stå i CPR-kolonnen",
        en: "holds what looks like a CPR number; CPR numbers belong in the CPR column only")

    /// The free-text field of a decision, by what the decision calls it.
    public static func decisionNoteField(_ kind: DecisionKind) -> Phrase {
        switch kind {
        case .approve, .approveTimeLimited: Phrase(da: "vilkår", en: "conditions")
        case .reject, .defer: Phrase(da: "begrundelse", en: "reason")
        case .refer: Phrase(da: "bemærkning", en: "note")
        }
    }
    public static let fieldUserName = Phrase(da: "navn", en: "name")
    public static let fieldLogin = Phrase(da: "login", en: "login")
    public static let fieldForecastNote = Phrase(da: "note til prognosen", en: "forecast note")
    public static let fieldExplanation = Phrase(da: "forklaring", en: "explanation")
    public static let fieldActionPlan = Phrase(da: "handleplan", en: "action plan")
    public static let fieldOwner = Phrase(da: "ansvarlig", en: "owner")
}
