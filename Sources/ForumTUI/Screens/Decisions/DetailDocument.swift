import ForumCore

/// The lines of a request's detail under its title: every field; the priced alternatives next to
/// the request with their yearly cost; the case's other active grants and its monthly draw
/// across sectors; the case's spend; what approving would do to each paying sector's forecast
/// (or, once approved, its commitments); and the history.
struct DetailDocument {
    let detail: RequestDetail
    let language: Language
    /// The columns the lines may take.
    let width: Int

    private static let labelWidth = 15

    private func t(_ phrase: Phrase) -> String { phrase.text(language) }

    var lines: [StyledLine] {
        fields + alternatives + otherGrants + caseSpending + impactOrCommitments + history
    }

    // MARK: - Fields

    private var fields: [StyledLine] {
        let request = detail.request
        var lines: [StyledLine] = []
        func field(_ label: Phrase, _ value: String, _ role: StyleRole = .plain) {
            let wrapped = TextLayout.wrap(value, to: Swift.max(10, width - DetailDocument.labelWidth))
            for (index, part) in wrapped.enumerated() {
                let name = index == 0 ? t(label) : ""
                lines.append(StyledLine(TextLayout.fit(name, to: DetailDocument.labelWidth), .muted).adding(part, role))
            }
        }
        field(Strings.fieldCase, request.caseID.rawValue + (request.crossSector ? " (\(t(Strings.fieldCrossSector)))" : ""))
        field(Strings.fieldSubmitted, "\(request.submitted.danish) · \(request.requestedBy), \(request.requestingUnit) "
              + "(\(request.sector)) · \(t(Strings.waitedDays(detail.waitingDays)))")
        field(Strings.fieldLaw, request.law)
        field(Strings.fieldOffer, request.offer + (request.offerID.map { " (\($0.rawValue))" } ?? ""))
        if let capacity = detail.capacity {
            field(Strings.fieldCapacity, t(Strings.requestCapacity(capacity)),
                  capacity.occupancy.isFull ? .warning : .plain)
        }
        field(Strings.fieldAmount, "\(t(Strings.amountSummary(request.amount))) · "
              + "\(request.amount.perYear.formatted(.kroner)) \(t(Strings.perYear))")
        if let hours = request.weeklyHours { field(Strings.fieldHours, t(Strings.hoursPerWeek(hours))) }
        field(Strings.fieldStep, t(Strings.step(request.step)))
        var payer = Strings.splitText(request.currentSplit)
        if request.currentSplit != request.proposedSplit {
            payer += " (\(t(Strings.proposedPayer(Strings.splitText(request.proposedSplit)))))"
        }
        field(Strings.fieldPayer, payer)
        field(Strings.fieldWhy, t(Strings.routedTo(detail.routing.reason, detail.routing.authority)))
        field(Strings.fieldReason, request.reason)
        if let record = request.decision {
            field(Strings.fieldDecision, t(Strings.decisionSummary(record)), QueueColumn.role(of: request.status))
        }
        return lines
    }

    // MARK: - Alternatives

    /// The request first, then each alternative, with its yearly cost and the difference to the request's.
    private var alternatives: [StyledLine] {
        let request = detail.request
        var lines = section(Strings.sectionAlternatives)
        guard !request.alternatives.isEmpty else { return lines + [StyledLine("  " + t(Strings.none), .muted)] }
        let amountWidth = 15, yearWidth = 13, differenceWidth = 16
        let descriptionWidth = Swift.max(10, width - 2 - amountWidth - yearWidth - differenceWidth - 3)
        lines.append(StyledLine.columns([
            (t(Strings.colEffort), descriptionWidth, .left, .columnHeader),
            (t(Strings.colAmountShort), amountWidth, .right, .columnHeader),
            (t(Strings.colPerYear), yearWidth, .right, .columnHeader),
            (t(Strings.colDifferencePerYear), differenceWidth, .right, .columnHeader),
        ]))
        let own = request.amount.perYear
        lines.append(StyledLine.columns([
            (t(Strings.thisRequest(request.offer)), descriptionWidth, .left, .plain),
            (rate(request.amount), amountWidth, .right, .plain),
            (own.formatted(.kroner), yearWidth, .right, .plain),
            ("", differenceWidth, .right, .plain),
        ]))
        for alternative in request.alternatives {
            let yearly = alternative.amount.perYear
            let difference = yearly - own
            let glyph = difference.isNegative ? " ▼" : difference.isZero ? "  " : " ▲"
            let role: StyleRole = difference.isNegative ? .good : difference.isZero ? .plain : .warning
            lines.append(StyledLine.columns([
                (alternative.description, descriptionWidth, .left, .plain),
                (rate(alternative.amount), amountWidth, .right, .plain),
                (yearly.formatted(.kroner), yearWidth, .right, .plain),
                (ImpactLines.signed(difference) + " kr." + glyph, differenceWidth, .right, role),
            ]))
        }
        return lines
    }

    // MARK: - The case

    private var otherGrants: [StyledLine] {
        var lines = section(Strings.sectionOtherGrants)
        guard !detail.otherGrants.isEmpty else { return lines + [StyledLine("  " + t(Strings.none), .muted)] }
        let amountWidth = 15, periodWidth = 21, payerWidth = 12
        let offerWidth = Swift.max(8, width - 2 - 13 - amountWidth - periodWidth - payerWidth - 4)
        for grant in detail.otherGrants {
            lines.append(StyledLine.columns([
                (grant.id.rawValue, 13, .left, .plain),
                (grant.offer, offerWidth, .left, .plain),
                (rate(grant.amount), amountWidth, .right, .plain),
                (Strings.periodText(grant.amount), periodWidth, .left, .plain),
                (QueueColumn.fitting(QueueColumn.payerForms(grant.currentSplit, language: language), width: payerWidth),
                 payerWidth, .left, .plain),
            ]))
        }
        let own = detail.request.amount.perMonth
        lines.append(StyledLine("  " + t(Strings.monthlyDrawOfCase) + ": ", .muted)
            .adding(detail.otherGrantsMonthly.formatted(.kroner) + t(Strings.perMonthShort), .plain, .bold))
        var bySector: [SectorCode: Money] = [:]
        for grant in detail.otherGrants {
            for part in grant.currentSplit.allocate(grant.amount.perMonth) { bySector[part.sector, default: .zero] += part.amount }
        }
        let parts = bySector.sorted { $0.key < $1.key }.map { "\($0.key.rawValue) \($0.value.formatted(.kroner))" }
        return lines + wrapped(t(Strings.perSector) + ": " + parts.joined(separator: " · ") + " · "
                               + t(Strings.withThisRequest((detail.otherGrantsMonthly + own).formatted(.kroner))), .muted)
    }

    private var caseSpending: [StyledLine] {
        guard !detail.caseSpending.isEmpty else { return [] }
        let parts = detail.caseSpending.sorted { $0.key < $1.key }.map {
            "\($0.key.rawValue) \(Money.sum($0.value).formatted(.kroner))"
        }
        return section(Strings.caseSpendingIn(detail.budgetYear)) + wrapped(parts.joined(separator: " · "), .plain)
    }

    // MARK: - Forecast and commitments

    private var impactOrCommitments: [StyledLine] {
        let request = detail.request
        if request.status.isPending {
            let title = ImpactLines.title(Strings.sectionImpact, month: detail.forecastMonth, year: detail.budgetYear,
                                          language: language, width: width)
            guard detail.forecastMonth != nil else {
                return [StyledLine()] + title + [StyledLine("  " + t(Strings.noPostingsYet), .muted)]
                    + ImpactLines.laterYears(detail.laterYears, language: language, width: width)
            }
            return [StyledLine()] + title
                + ImpactLines.lines(detail.impacts, year: detail.budgetYear, language: language, width: width)
                + ImpactLines.laterYears(detail.laterYears, language: language, width: width)
        }
        guard !detail.commitments.lines.isEmpty else { return [] }
        let commitments = detail.commitments
        let parts = commitments.sectors.map { "\($0.rawValue) \(commitments.total(for: $0).formatted(.exact))" }
        return section(Strings.sectionCommitments)
            + wrapped(parts.joined(separator: " · ") + " · " + t(Strings.totalWord) + " "
                      + commitments.total.formatted(.exact), .plain)
    }

    // MARK: - History

    /// One event a line (or more, for a long note): when, what, who, why.
    private var history: [StyledLine] {
        section(Strings.sectionHistory) + detail.history.flatMap { event -> [StyledLine] in
            let when = event.at?.danishLocal ?? event.day?.danish ?? ""
            return wrapped(t(Strings.historySummary(event)), .plain, first: TextLayout.fit(when, to: 16) + " ", hanging: 19)
        }
    }

    // MARK: - Helpers

    private func section(_ title: Phrase) -> [StyledLine] { [StyledLine(), StyledLine(t(title), .title)] }

    /// Text wrapped under an indent of two, each line after the first indented to `hanging`;
    /// `first` goes before the text on its first line.
    private func wrapped(_ text: String, _ role: StyleRole, first: String = "", hanging: Int = 4) -> [StyledLine] {
        let lead = 2 + DisplayWidth.of(first)
        let parts = TextLayout.wrap(text, to: Swift.max(10, width - Swift.max(lead, hanging)))
        return parts.enumerated().map { index, part in
            index == 0 ? StyledLine("  " + first + part, role)
                : StyledLine(String(repeating: " ", count: hanging) + part, role)
        }
    }

    /// `37.500 kr./md.` or, for a one-off, the amount.
    private func rate(_ amount: GrantAmount) -> String {
        amount.isOneOff ? amount.total.formatted(.kroner) : amount.perMonth.formatted(.kroner) + t(Strings.perMonthShort)
    }
}
