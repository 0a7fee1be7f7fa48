import ForumCore

/// A grant request from the case system, with the pseudonym of the person it concerns.
public struct ImportedRequest: Hashable, Sendable {
    public var request: GrantRequest
    /// The person's pseudonym; `request.caseID` is derived from it.
    public var person: Pseudonym
    /// The line of the file it came from, to name it in a problem found later.
    public var line: Int
}

/// `requests`: grant requests from the case system, possibly already decided there.
///
/// The law must be known (its sector pays when no split is given), as must a capacity-limited
/// offer named by id. A request has a monthly rate with an end, or a one-off amount, never
/// both. A decided status needs who decided and when; a time-limited approval its last day, a
/// rejection its reason and a deferral what is missing (`beslutningsnote`).
struct RequestRows: RowParser {
    enum Column {
        static let id = 0, cpr = 1, crossSector = 2, unit = 3, requestedBy = 4, sector = 5, law = 6
        static let offer = 7, offerID = 8, monthly = 9, oneOff = 10, start = 11, end = 12, hours = 13
        static let step = 14, split = 15, reason = 16, submitted = 17, status = 18, decidedBy = 19
        static let decided = 20, validUntil = 21, decisionNote = 22
        /// Alternative n (1…3) has its text at `alternatives + 2(n-1)` and its amount after it.
        static let alternatives = 23
    }

    static let columns: [ColumnSpec] = [
        ColumnSpec("id", ["indstilling", "request_id"], required: true),
        ColumnSpec("cpr", CPRColumn.aliases, required: true),
        ColumnSpec("tværgående", ["tvaergaaende", "cross_sector"]),
        ColumnSpec("enhed", ["unit", "requesting_unit"], required: true),
        ColumnSpec("indstillet af", ["sagsbehandler", "requested_by"], required: true),
        ColumnSpec("sektor", ["sector"], required: true),
        ColumnSpec("lov", ["lovgrundlag", "law"], required: true),
        ColumnSpec("tilbud", ["indsats", "offer"], required: true),
        ColumnSpec("tilbud id", ["offer_id"]),
        ColumnSpec("månedsbeløb", ["maanedsbeloeb", "monthly_amount"]),
        ColumnSpec("engangsbeløb", ["engangsbeloeb", "one_off_amount"]),
        ColumnSpec("start", ["startdato", "start_date"], required: true),
        ColumnSpec("slut", ["slutdato", "end_date"]),
        ColumnSpec("timer pr uge", ["timer", "weekly_hours"]),
        ColumnSpec("trin", ["indsatstrappe", "step"], required: true),
        ColumnSpec("fordeling", ["betaler", "split"]),
        ColumnSpec("begrundelse", ["reason"], required: true),
        ColumnSpec("indstillet", ["indstillingsdato", "submitted"], required: true),
        ColumnSpec("status"),
        ColumnSpec("besluttet af", ["decided_by"]),
        ColumnSpec("besluttet", ["decided", "decided_on"]),
        ColumnSpec("gyldig til", ["valid_until"]),
        ColumnSpec("beslutningsnote", ["decision_note"]),
    ] + (1...3).flatMap { number in
        [ColumnSpec("alternativ \(number)", ["alternative_\(number)"]),
         ColumnSpec("alternativ \(number) beløb", ["alternativ \(number) beloeb", "alternative_\(number)_amount"])]
    }

    let reference: ImportReference
    let pseudonymizer: Pseudonymizer
    private let laws: [String: LawBasis]
    private var ids = FirstLines<String>()

    init(reference: ImportReference, pseudonymizer: Pseudonymizer) {
        self.reference = reference
        self.pseudonymizer = pseudonymizer
        laws = Dictionary(reference.laws.map { (ColumnLayout.normalized($0.code), $0) }, uniquingKeysWith: { first, _ in first })
    }

    mutating func parse(_ fields: inout RowFields) -> ImportedRequest? {
        let id = fields.text(Column.id)
        let person = fields.person(Column.cpr, pseudonymizer)
        let crossSector = fields.flag(Column.crossSector)
        let unit = fields.text(Column.unit)
        let requestedBy = fields.text(Column.requestedBy)
        let sector = fields.sector(Column.sector, known: reference.sectors)
        let law = fields.text(Column.law).flatMap { lookUpLaw($0, &fields) }
        let offer = fields.text(Column.offer)
        let offerID = fields.raw(Column.offerID).flatMap { lookUpOffer($0, &fields) }
        let monthly = positive(fields.money(Column.monthly), Column.monthly, &fields)
        let oneOff = positive(fields.money(Column.oneOff), Column.oneOff, &fields)
        let start = fields.day(Column.start)
        let end = fields.day(Column.end)
        let hours = fields.raw(Column.hours).flatMap { parseHours($0, &fields) }
        let step = fields.integer(Column.step, in: 1...5).flatMap(StaircaseStep.init(rawValue:))
        let splitText = fields.raw(Column.split)
        let reason = fields.text(Column.reason)
        let submitted = fields.day(Column.submitted)
        let status = fields.raw(Column.status).flatMap { word in
            choose(RequestRows.statuses, word, accepted: RequestRows.statusWords, Column.status, &fields)
        } ?? .submitted
        let decidedBy = fields.text(Column.decidedBy)
        let decided = fields.day(Column.decided)
        let validUntil = fields.day(Column.validUntil)
        let note = fields.text(Column.decisionNote) ?? ""
        let alternativeTexts = (0..<3).map { fields.text(Column.alternatives + 2 * $0) }
        let alternativeAmounts = (0..<3).map { positive(fields.money(Column.alternatives + 2 * $0 + 1), Column.alternatives + 2 * $0 + 1, &fields) }
        guard let id, let person, let unit, let requestedBy, let sector, let law, let offer, let start,
              let step, let reason, let submitted, fields.isValid else { return nil }

        guard let amount = grantAmount(monthly: monthly, oneOff: oneOff, start: start, end: end, &fields) else { return nil }
        var split = PaymentSplit.single(law.defaultPayer)
        if let splitText {
            do {
                split = try PaymentSplit(parsing: splitText, known: reference.sectors)
            } catch {
                fields.report(Column.split, error.phrase, found: Redaction.echo(splitText))
            }
        }
        var alternatives: [Alternative] = []
        for index in 0..<3 {
            switch (alternativeTexts[index], alternativeAmounts[index]) {
            case (let text?, let rate?):
                let priced: GrantAmount = amount.isOneOff ? .oneOff(rate, on: start) : .monthly(rate: rate, start: start, end: amount.end)
                alternatives.append(Alternative(description: text, amount: priced))
            case (nil, nil):
                break
            case (nil, _):
                fields.report(Column.alternatives + 2 * index, Strings.importValueMissing)
            case (_, nil):
                fields.report(Column.alternatives + 2 * index + 1, Strings.importValueMissing)
            }
        }
        let decision = decisionRecord(id: id, status: status, split: split, start: start, decidedBy: decidedBy,
                                      decided: decided, validUntil: validUntil, note: note, &fields)
        guard fields.isValid, ids.insert(id, column: Column.id, found: id, in: &fields) else { return nil }
        let pseudonym = pseudonymizer.pseudonyms[Int(person)]
        let request = GrantRequest(
            id: RequestID(id), caseID: pseudonym.caseID, crossSector: crossSector, requestingUnit: unit,
            requestedBy: requestedBy, sector: sector, law: law.code, offer: offer, offerID: offerID,
            amount: amount, weeklyHours: hours, step: step, alternatives: alternatives, proposedSplit: split,
            reason: reason, submitted: submitted, status: status, decision: decision)
        return ImportedRequest(request: request, person: pseudonym, line: fields.line)
    }

    /// A monthly rate from start through end, or a one-off amount on the start day.
    private func grantAmount(monthly: Money?, oneOff: Money?, start: Day, end: Day?,
                             _ fields: inout RowFields) -> GrantAmount? {
        switch (monthly, oneOff) {
        case (.some, .some):
            fields.report(Column.oneOff, Strings.importBothAmounts)
        case (nil, nil):
            fields.report(Column.monthly, Strings.importNeitherAmount)
        case (let rate?, nil):
            guard let end else {
                fields.report(Column.end, Strings.importEndRequiredForMonthly)
                return nil
            }
            guard end >= start else {
                fields.report(Column.end, Strings.importEndBeforeStart(start.danish), found: end.danish)
                return nil
            }
            return .monthly(rate: rate, start: start, end: end)
        case (nil, let amount?):
            return .oneOff(amount, on: start)
        }
        return nil
    }

    /// The decision a decided status carries; nil for a request still pending or withdrawn.
    private func decisionRecord(id: String, status: RequestStatus, split: PaymentSplit, start: Day, decidedBy: String?,
                                decided: Day?, validUntil: Day?, note: String, _ fields: inout RowFields) -> DecisionRecord? {
        guard let kind = RequestRows.decisionKinds[status] else { return nil }
        let statusName = Strings.status(status)
        guard let decidedBy else {
            fields.report(Column.decidedBy, Strings.importRequiredWithStatus(statusName))
            return nil
        }
        guard let decided else {
            fields.report(Column.decided, Strings.importRequiredWithStatus(statusName))
            return nil
        }
        if (kind == .reject || kind == .defer) && note.isEmpty {
            fields.report(Column.decisionNote, Strings.importRequiredWithStatus(statusName))
            return nil
        }
        if kind == .approveTimeLimited {
            guard let validUntil else {
                fields.report(Column.validUntil, Strings.importRequiredWithStatus(statusName))
                return nil
            }
            guard validUntil >= start else {
                fields.report(Column.validUntil, Strings.importEndBeforeStart(start.danish), found: validUntil.danish)
                return nil
            }
        }
        // Noon UTC: the decision day reads the same in every time zone.
        let at = Timestamp(secondsSinceEpoch: Int64(decided.daysSinceEpoch) * 86_400 + 43_200)
        return DecisionRecord(
            id: 0, requestID: RequestID(id),
            decision: Decision(kind: kind, split: split, note: note, validUntil: kind == .approveTimeLimited ? validUntil : nil),
            previousStatus: .submitted, decidedBy: decidedBy, decidedByName: decidedBy, at: at)
    }

    private func lookUpLaw(_ code: String, _ fields: inout RowFields) -> LawBasis? {
        if let law = laws[ColumnLayout.normalized(code)] { return law }
        fields.report(Column.law, Strings.importUnknownLaw, found: Redaction.echo(code))
        return nil
    }

    private func lookUpOffer(_ id: String, _ fields: inout RowFields) -> OfferID? {
        if reference.offers.contains(OfferID(id)) { return OfferID(id) }
        fields.report(Column.offerID, Strings.importUnknownOffer, found: Redaction.echo(id))
        return nil
    }

    /// Support hours a week with at most one decimal: `6,5`.
    private func parseHours(_ text: String, _ fields: inout RowFields) -> Hours? {
        let hundredths = Array(text.utf8).withUnsafeBufferPointer { try? AmountField.parse($0) }
        guard let hundredths, hundredths >= 0, hundredths % 10 == 0, hundredths <= 168 * 100 else {
            fields.report(Column.hours, Strings.importNotHours, found: Redaction.echo(text))
            return nil
        }
        return Hours(tenths: Int(hundredths / 10))
    }

    private func positive(_ amount: Money?, _ column: Int, _ fields: inout RowFields) -> Money? {
        guard let amount, amount.ore <= 0 else { return amount }
        fields.report(column, Strings.importAmountNotPositive, found: amount.formatted(.exact, unit: false))
        return nil
    }

    static let statuses: [String: RequestStatus] = [
        "indstillet": .submitted, "submitted": .submitted,
        "dagsorden": .onAgenda, "paadagsorden": .onAgenda, "paadagsordenen": .onAgenda, "onagenda": .onAgenda,
        "godkendt": .approved, "approved": .approved,
        "godkendttidsbegraenset": .approvedTimeLimited, "tidsbegraenset": .approvedTimeLimited,
        "approvedtimelimited": .approvedTimeLimited,
        "afvist": .rejected, "rejected": .rejected,
        "udsat": .deferred, "deferred": .deferred,
        "henvist": .referred, "referred": .referred,
        "trukket": .withdrawn, "tilbagetrukket": .withdrawn, "withdrawn": .withdrawn,
    ]

    static let statusWords = "indstillet, dagsorden, godkendt, godkendt tidsbegrænset, afvist, udsat, henvist, trukket"

    static let decisionKinds: [RequestStatus: DecisionKind] = [
        .approved: .approve, .approvedTimeLimited: .approveTimeLimited, .rejected: .reject,
        .deferred: .defer, .referred: .refer,
    ]
}
