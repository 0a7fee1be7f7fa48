import ForumCore

/// The detail of an offer as lines: its figures, its occupancy per month (the last 12 and the
/// next 6, from its placements' known ends and starts) against its capacity, its waiting list in
/// order with the recommended next marked and why, and its current placements.
struct OfferDocument {
    let status: OfferStatus
    let today: Day
    let language: Language

    private func t(_ phrase: Phrase) -> String { phrase.text(language) }

    /// `BO-EGEBO · Bofællesskabet Egebo · ▲ overbelagt`.
    var title: StyledLine {
        let flags = OfferDocument.flags(status.occupancy)
        var line = StyledLine(status.offer.id.rawValue + " · " + status.offer.name, .title, .bold)
        for (glyph, phrase, role) in flags { line = line.adding(" · \(glyph) " + t(phrase), role, .bold) }
        return line
    }

    /// Over capacity ▲, full ●, quota used !: the glyph goes with the colour.
    static func flags(_ occupancy: Occupancy) -> [(String, Phrase, StyleRole)] {
        var flags: [(String, Phrase, StyleRole)] = []
        if occupancy.isOverCapacity { flags.append(("▲", Strings.overCapacity, .bad)) } else if occupancy.isFull {
            flags.append(("●", Strings.full, .warning))
        }
        if occupancy.isQuotaExhausted { flags.append(("!", Strings.quotaExhausted, .warning)) }
        return flags
    }

    var lines: [StyledLine] {
        let offer = status.offer
        let occupancy = status.occupancy
        let tariff = offer.tariff
        var lines = [
            StyledLine(""),
            StyledLine("\(t(Strings.colSector)) \(offer.sector) · \(t(Strings.provider(offer.provider))) · "
                       + "\(t(Strings.unit(offer.unit))) · " + t(Strings.detailLeader(offer.leaderLogin))),
            StyledLine(t(Strings.detailPrice(total: tariff.total, base: tariff.base, service: tariff.service,
                                             special: tariff.special))),
            StyledLine(t(Strings.detailOccupancy(occupancy))),
            StyledLine(""),
        ]
        lines += history
        lines.append(StyledLine(""))
        // The waiting list before the placements: who is next is what a leader acts on, and an
        // offer counted in hours can have a hundred placements.
        lines += waiting
        lines.append(StyledLine(""))
        lines += placements
        return lines
    }

    /// The sparkline against 0…capacity, and under it ▲ for the months over capacity, ● for the full ones.
    private var history: [StyledLine] {
        let history = status.occupancyHistory(today: today)
        let capacity = Int64(status.occupancy.capacity)
        let bars = Sparkline(history.map { Int64($0.occupied) }, range: 0...capacity).text(width: history.count)
        let marks = String(history.map { $0.occupied > status.occupancy.capacity ? "▲" : $0.occupied == status.occupancy.capacity ? "●" : " " })
        let first = history.first?.month, last = history.last?.month
        return [
            StyledLine(t(Strings.detailHistoryHeading), .title, .bold),
            StyledLine("  " + (first.map(OfferDocument.short) ?? "") + " ").adding(bars, .accent)
                .adding(" " + (last.map(OfferDocument.short) ?? "")),
            StyledLine("        ").adding(marks, .bad).adding("  " + t(Strings.detailCapacityLine(status.occupancy.capacity)), .muted),
        ]
    }

    private var placements: [StyledLine] {
        let current = status.currentPlacements(today: today)
        var lines = [StyledLine(t(Strings.capacityPlacementsHeadingCount(current.count)), .title, .bold)]
        lines.append(StyledLine.columns([
            (t(Strings.colCase), 12, .left, .columnHeader), (t(Strings.colUnits), 5, .right, .columnHeader),
            (t(Strings.colFrom), 10, .left, .columnHeader), (t(Strings.colUntil), 10, .left, .columnHeader),
            (t(Strings.colTariff), 9, .right, .columnHeader), (t(Strings.colPayer), 9, .left, .columnHeader),
            (t(Strings.colCrossSector), 6, .left, .columnHeader),
        ]))
        for placement in current {
            lines.append(StyledLine.columns([
                (placement.caseID.rawValue, 12, .left, .plain), (String(placement.units), 5, .right, .plain),
                (placement.from.danish, 10, .left, placement.from > today ? .accent : .plain),
                (placement.until?.danish ?? t(Strings.openEnd), 10, .left, placement.until == nil ? .muted : .plain),
                (placement.monthlyRate.formatted(.kroner, unit: false), 9, .right, .plain),
                (Strings.splitText(placement.payer), 9, .left, .plain),
                (t(placement.crossSector ? Strings.yes : Strings.no), 6, .left, placement.crossSector ? .accent : .plain),
            ]))
        }
        return lines
    }

    private var waiting: [StyledLine] {
        var lines = [StyledLine(t(Strings.capacityWaitingHeadingCount(status.waiting.count)), .title, .bold)]
        guard !status.waiting.isEmpty else { return lines }
        lines.append(StyledLine.columns([
            ("", 1, .left, .columnHeader), (t(Strings.colCase), 12, .left, .columnHeader),
            (t(Strings.colPriority), 5, .right, .columnHeader), (t(Strings.colSince), 10, .left, .columnHeader),
            (t(Strings.colAgeShort), 7, .right, .columnHeader), (t(Strings.colUnits), 5, .right, .columnHeader),
            (t(Strings.colCrossSector), 6, .left, .columnHeader),
        ]))
        let recommended = status.recommended?.entry.id
        for entry in status.waiting {
            let next = entry.id == recommended
            lines.append(StyledLine.columns([
                (next ? "→" : "", 1, .left, .good), (entry.caseID.rawValue, 12, .left, next ? .good : .plain),
                (String(entry.priority), 5, .right, .plain), (entry.since.danish, 10, .left, .plain),
                (t(Strings.waitingDays(entry.waitingDays(today: today))), 7, .right, .plain),
                (String(entry.units), 5, .right, .plain),
                (t(entry.crossSector ? Strings.yes : Strings.no), 6, .left, entry.crossSector ? .accent : .plain),
            ]))
        }
        if let recommended = status.recommended {
            for (index, reason) in Strings.recommendedReasons(recommended, today: today).enumerated() {
                lines.append(StyledLine((index == 0 ? "  → " : "    ") + t(reason), .good))
            }
        } else {
            lines.append(StyledLine("  " + t(Strings.nobodyCanBePlaced), .muted))
        }
        return lines
    }

    /// `11.25`.
    static func short(_ month: Month) -> String { Day.pad2(month.month) + "." + Day.pad2(month.year % 100) }
}
