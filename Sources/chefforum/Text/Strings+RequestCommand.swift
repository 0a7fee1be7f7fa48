import ForumCore

/// `chefforum request …`: the decision queue on the command line.
extension Strings {
    static let requestAbstract = Phrase(da: "Vis og afgør indstillinger.", en: "List, show and decide grant requests.")

    static let requestListAbstract = Phrase(
        da: "Vis indstillingerne, der venter på forummet (eller alle med --all).",
        en: "List the requests waiting for the forum (or all with --all).")
    static let requestListDiscussion = Phrase(
        da: "Filter: sektor:BUF beløb:>25000 md:>10000 status:afventer alder:>14d lov:SEL52 og fritekst.",
        en: "Filter: sektor:BUF beløb:>25000 md:>10000 status:afventer alder:>14d lov:SEL52 and free text.")
    static let requestAllHelp = Phrase(
        da: "Alle indstillinger, ikke kun dem, der venter på forummet.", en: "All requests, not only those waiting for the forum.")
    static let requestFilterHelp = Phrase(da: "Et filter i køens filtersprog.", en: "A filter in the queue's filter language.")

    static let requestShowAbstract = Phrase(da: "Vis én indstilling i sin helhed.", en: "Show one request in full.")
    static let requestShowFormatHelp = Phrase(da: "Uddataformat: table (tekst) eller json.", en: "Output format: table (text) or json.")

    static let requestIDHelp = Phrase(
        da: "Indstillingens nummer; store og små bogstaver er ens, og de sidste cifre er nok, når kun én indstilling ender på dem (0197).",
        en: "The request id; case does not matter, and its last digits are enough when only one request ends with them (0197).")
    static let requestMeetingHelp = Phrase(da: "Mødet, hvor beslutningen træffes.", en: "The meeting the decision is made in.")

    static let requestApproveAbstract = Phrase(
        da: "Godkend en indstilling (tidsbegrænset med --until).", en: "Approve a request (time-limited with --until).")
    static let requestUntilHelp = Phrase(
        da: "Godkend tidsbegrænset til denne dag (dd-mm-åååå).", en: "Approve time-limited until this day (dd-mm-yyyy).")
    static let requestFollowUpHelp = Phrase(
        da: "Opfølgningsdag (standard ved tidsbegrænset godkendelse: om fire måneder).",
        en: "Follow-up day (default for time-limited: four months).")
    static let requestWaitHelp = Phrase(
        da: "Sæt også sagen på ventelisten til indstillingens tilbud i denne prioritet (1 er mest akut); står den der, flyttes den.",
        en: "Also put the case on the waiting list of the request's offer in this priority band (1 is most urgent); if it waits already, move it.")
    static func requestHasNoOffer(_ id: String) -> Phrase {
        Phrase(da: "indstillingen \(id) er ikke til et kapacitetsbegrænset tilbud, så den har ingen venteliste; intet er ændret",
               en: "request \(id) is not for a capacity-limited offer, so it has no waiting list; nothing was changed")
    }
    static let requestConditionsHelp = Phrase(da: "Betingelser for godkendelsen.", en: "Conditions of the approval.")

    static let requestRejectAbstract = Phrase(da: "Afvis en indstilling med en begrundelse.", en: "Reject a request with a reason.")
    static let requestRejectReasonHelp = Phrase(da: "Hvorfor indstillingen afvises.", en: "Why the request is rejected.")

    static let requestDeferAbstract = Phrase(
        da: "Udsæt en indstilling, og skriv, hvad der mangler.", en: "Defer a request: say what is missing.")
    static let requestDeferReasonHelp = Phrase(
        da: "Hvad der mangler, før forummet kan beslutte.", en: "What is missing before the forum can decide.")

    static let requestReferAbstract = Phrase(
        da: "Henvis en indstilling til det politiske udvalg.", en: "Refer a request to the political committee.")
    static let requestReferNoteHelp = Phrase(da: "En bemærkning til udvalget.", en: "A note to the committee.")

    static let requestSplitAbstract = Phrase(
        da: "Godkend en ventende indstilling med en betalingsfordeling, eller ændr fordelingen for en godkendt bevilling.",
        en: "Approve a pending request with a payment split, or change the split of an approved grant.")
    static let requestSplitDiscussion = Phrase(
        da: "Andele: --shares BEV=60,VOK=20,FAM=20 (vægte), BEV=60%,VOK=40% (procenter), BEV=3,BUF=2,VOK=1 (½/⅓/⅙).",
        en: "Shares: --shares BEV=60,VOK=20,FAM=20 (weights), BEV=60%,VOK=40% (percents), BEV=3,BUF=2,VOK=1 (½/⅓/⅙).")
    static let requestSharesHelp = Phrase(da: "Sektorkoder med vægte eller procenter.", en: "Sector codes with weights or percents.")
    static let requestFromHelp = Phrase(
        da: "For en godkendt bevilling: måneden, den nye fordeling gælder fra (åååå-mm; standard er denne måned).",
        en: "For an approved grant: the month the new split applies from (yyyy-mm; default this month).")

    static let valueReason = Phrase(da: "begrundelse", en: "reason")
    static let valueMeeting = Phrase(da: "møde", en: "meeting")
    static let valueConditions = Phrase(da: "betingelser", en: "conditions")
    static let valueNote = Phrase(da: "bemærkning", en: "note")
    static let valueShares = Phrase(da: "andele", en: "shares")

    static let colAge = Phrase(da: "Venter", en: "Waiting")

    static func decisionStored(_ id: String, status: RequestStatus, split: String) -> Phrase {
        Phrase(da: "\(id): \(Strings.status(status).danish) · betaler \(split)",
               en: "\(id): \(Strings.status(status).english) · paid by \(split)")
    }
    static func unreadableMonth(_ text: String) -> Phrase {
        Phrase(da: "«\(text)» er ikke en måned (skriv åååå-mm)", en: "«\(text)» is not a month (write yyyy-mm)")
    }
}
