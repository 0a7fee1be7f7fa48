import ForumCore

/// `chefforum request show` as text: labelled lines and short sections.
struct RequestDetailText {
    let detail: RequestDetail
    let language: Language

    private func t(_ phrase: Phrase) -> String { phrase.text(language) }

    func render() -> String {
        let request = detail.request
        var lines: [String] = []
        func field(_ label: Phrase, _ value: String) {
            let name = t(label)
            lines.append(name + String(repeating: " ", count: max(1, 16 - name.count)) + value)
        }
        lines.append("\(request.id)  \(request.offer) (\(request.law)) — \(t(Strings.status(request.status)))")
        field(Strings.fieldCase, request.caseID.rawValue + (request.crossSector ? " (\(t(Strings.fieldCrossSector)))" : ""))
        field(Strings.fieldSubmitted, "\(request.submitted.danish) · \(request.requestedBy), \(request.requestingUnit) (\(request.sector)) · \(t(Strings.waitedDays(detail.waitingDays)))")
        field(Strings.fieldAmount, amountText(request.amount))
        if let hours = request.weeklyHours { field(Strings.fieldHours, t(Strings.hoursPerWeek(hours))) }
        field(Strings.fieldStep, t(Strings.step(request.step)))
        field(Strings.fieldPayer, Strings.splitText(request.currentSplit))
        field(Strings.fieldWhy, "\(t(Strings.routingReason(detail.routing.reason))) → \(t(Strings.authority(detail.routing.authority)))")
        field(Strings.fieldReason, request.reason)
        if let record = request.decision {
            field(Strings.fieldDecision, t(Strings.decisionSummary(record)))
        }

        lines.append("")
        lines.append(t(Strings.sectionAlternatives))
        if request.alternatives.isEmpty { lines.append("  " + t(Strings.none)) }
        for alternative in request.alternatives {
            lines.append("  \(alternative.description): \(amountText(alternative.amount)); \(alternative.amount.perYear.formatted(.kroner)) \(t(Strings.perYear))")
        }

        lines.append("")
        lines.append(t(Strings.sectionOtherGrants))
        if detail.otherGrants.isEmpty { lines.append("  " + t(Strings.none)) }
        for grant in detail.otherGrants {
            lines.append("  \(grant.id)  \(grant.offer)  \(amountText(grant.amount))  \(Strings.splitText(grant.currentSplit))")
        }
        if !detail.otherGrants.isEmpty {
            lines.append("  \(t(Strings.monthlyDrawOfCase)): \(detail.otherGrantsMonthly.formatted(.kroner))\(t(Strings.perMonthShort))")
        }
        if !detail.caseSpending.isEmpty {
            lines.append("")
            lines.append("\(t(Strings.sectionCaseSpending)) \(detail.budgetYear)")
            for (sector, months) in detail.caseSpending.sorted(by: { $0.key < $1.key }) {
                lines.append("  \(sector.rawValue)  \(Money.sum(months).formatted(.kroner))")
            }
        }

        lines.append("")
        lines.append(t(Strings.sectionImpact) + (detail.forecastMonth.map { " (\(t(Strings.atMonth($0, year: detail.budgetYear))))" } ?? ""))
        if detail.forecastMonth == nil { lines.append("  " + t(Strings.noPostingsYet)) }
        for impact in detail.impacts {
            let flag = impact.beyondToleranceAfter ? "  ! \(t(Strings.beyondTolerance))" : ""
            let direction = t(impact.deviationAfter.isNegative ? Strings.underspend : Strings.overspend)
            lines.append("  \(impact.sector.rawValue)  +\(impact.addedThisYear.formatted(.kroner)) · \(t(Strings.forecastWord)) \(impact.before.forecast.formatted(.kroner)) → \(impact.forecastAfter.formatted(.kroner)) · \(t(Strings.deviationWord)) \(signed(impact.before.deviation)) → \(signed(impact.deviationAfter)) (\(direction))\(flag)")
        }

        if !detail.commitments.lines.isEmpty {
            lines.append("")
            lines.append(t(Strings.sectionCommitments))
            for sector in detail.commitments.sectors {
                lines.append("  \(sector.rawValue)  \(detail.commitments.total(for: sector).formatted(.exact))")
            }
        }

        lines.append("")
        lines.append(t(Strings.sectionHistory))
        for event in detail.history {
            let when = event.at?.danishLocal ?? event.day?.danish ?? ""
            lines.append("  \(when)  \(t(Strings.historySummary(event)))")
        }
        // Stored text may carry terminal controls: shown as their code, as in the console.
        return VisibleText.escaped(lines.joined(separator: "\n"), keepingWhitespace: true) + "\n"
    }

    private func amountText(_ amount: GrantAmount) -> String {
        if amount.isOneOff { return "\(amount.total.formatted(.natural)) \(t(Strings.oneOff)) \(amount.start.danish)" }
        return "\(amount.perMonth.formatted(.natural))\(t(Strings.perMonthShort)) \(Strings.periodText(amount)), \(t(Strings.totalWord)) \(amount.total.formatted(.natural))"
    }

    /// `+1.234.567 kr.` for an overspend, `-412.000 kr.` for an underspend.
    private func signed(_ money: Money) -> String {
        (money.isNegative ? "" : "+") + money.formatted(.kroner)
    }
}
