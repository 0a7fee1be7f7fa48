import ForumCore

/// The drill into a sector: what was loaded for it, and how far it is scrolled.
struct DrillState: Hashable, Sendable {
    let sector: SectorCode
    var data: DrillData?
    var document = DocumentState()
}

/// A sector's largest commitments and the cross-sector families.
struct DrillData: Hashable, Sendable {
    var commitments: [CommitmentSummary]
    var families: [FamilyDraw]
}

/// The drill as a scrolling document: the sector's figures (and its manual forecast with who set
/// it, when, why and how far later grants moved it), its sub-areas, its largest commitments and
/// placements, and the cross-sector families with the highest draw (or only the average family
/// when fewer than five).
enum DrillDocument {
    static func render(_ drill: DrillState, report: BurnReport, into frame: inout Frame, context: ScreenContext) {
        let language = context.language
        let name = report.sectors.first { $0.sector.code == drill.sector.rawValue }?.sector.name ?? ""
        let title = StyledLine("\(drill.sector.rawValue) \(name) · ", .title, .bold)
            .adding(Strings.burnHeading(month: report.month, year: report.year, through: report.through).text(language), .title)
        DocumentView.render(title: title, lines: lines(drill, report: report, language: language), state: drill.document,
                            language: language, into: &frame, area: context.area)
    }

    static func lines(_ drill: DrillState, report: BurnReport, language: Language) -> [StyledLine] {
        guard let sector = report.sectors.first(where: { $0.sector.code == drill.sector.rawValue }) else { return [] }
        let t = { (phrase: Phrase) in phrase.text(language) }
        let burn = sector.sector.burn
        func figure(_ label: Phrase, _ amount: Money, _ role: StyleRole = .plain) -> StyledLine {
            StyledLine.columns([(t(label), 28, .left, .muted), (amount.formatted(.kroner), 18, .right, role)])
        }
        var lines: [StyledLine] = [
            figure(Strings.colBudget, burn.budget), figure(Strings.colExpected, burn.expectedToDate),
            figure(Strings.colActual, burn.actualToDate), figure(Strings.colCommitted, burn.committedRest),
            figure(Strings.colUncommitted, burn.uncommittedRest),
        ]
        // T, a line of its own where the sector receives youths from the children's area (DOMAIN §12).
        if !burn.transitionRest.isZero { lines.append(figure(Strings.burnTransitionInflow, burn.transitionRest)) }
        lines.append(figure(Strings.burnCalculated, burn.calculatedForecast))
        if let manual = burn.manualForecast {
            lines.append(figure(Strings.burnManual, manual.amount, .accent))
            lines.append(StyledLine("    " + t(Strings.manualForecastBy(manual)), .accent))
            lines.append(figure(Strings.burnMovedSince, burn.manualMovement, .accent))
        }
        let deviationRole: StyleRole = burn.beyondTolerance ? (burn.deviation.isNegative ? .warning : .bad) : .plain
        lines.append(figure(Strings.colForecast, burn.forecast, .title))
        lines.append(figure(Strings.colDeviation, burn.deviation, deviationRole)
            .adding("  " + t(Strings.deviationWord(burn.deviation)) + (burn.beyondTolerance ? " · " + t(Strings.beyondTolerance) : ""),
                    deviationRole))

        lines += [StyledLine(), StyledLine(t(Strings.drillSubAreas), .title, .bold)]
        for line in sector.subAreas {
            let b = line.burn
            lines.append(StyledLine.columns([
                (line.code + " " + line.name, 34, .left, .plain), (b.actualToDate.formatted(.kroner, unit: false), 13, .right, .plain),
                (b.forecast.formatted(.kroner, unit: false), 13, .right, .plain),
                ((b.beyondTolerance ? "!" : "") + b.deviation.formatted(.kroner, unit: false), 13, .right,
                 b.beyondTolerance ? .bad : .plain),
            ]))
        }

        lines += [StyledLine(), StyledLine(t(Strings.drillCommitments), .title, .bold)]
        guard let data = drill.data else { return lines + [StyledLine("  " + t(Strings.loading), .muted)] }
        if data.commitments.isEmpty { lines.append(StyledLine("  " + t(Strings.drillNoCommitments), .muted)) }
        for item in data.commitments {
            let kind = item.source == .grant ? Strings.drillGrant : Strings.drillPlacement
            lines.append(StyledLine.columns([
                (item.reference, 14, .left, .plain), (item.caseID.rawValue, 12, .left, .muted), (t(kind), 8, .left, .muted),
                (item.description, 22, .left, .plain), (item.monthly.formatted(.kroner, unit: false), 10, .right, .plain),
                (item.rest(after: report.month).formatted(.kroner, unit: false), 11, .right, .plain),
            ]))
        }

        lines += [StyledLine(), StyledLine(t(Strings.drillFamilies), .title, .bold)]
        switch FamilyView.of(data.families, sector: drill.sector, limit: 5) {
        case .families(let families):
            for family in families {
                let others = family.bySector.filter { !$0.value.isZero }.keys.sorted().map(\.rawValue).joined(separator: "·")
                lines.append(StyledLine.columns([
                    (family.caseID.rawValue, 14, .left, .plain), (t(Strings.familySince(family.since)), 16, .left, .muted),
                    (family.total.formatted(.kroner, unit: false), 13, .right, .plain), (others, 24, .left, .muted),
                ]))
            }
        case .average(let count, let bySector):
            lines.append(StyledLine("  " + t(Strings.familiesAverageShown(count)), .muted))
            if count > 0 {
                lines.append(StyledLine.columns([(t(Strings.familyAverage), 28, .left, .plain),
                                                 (Money.sum(bySector.values).formatted(.kroner, unit: false), 13, .right, .plain)]))
            }
        }
        return lines
    }
}
