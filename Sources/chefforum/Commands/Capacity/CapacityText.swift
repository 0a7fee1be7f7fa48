import ForumCore

/// `capacity show` for people: the offer's figures, its current placements, and its waiting list
/// in order with the recommended next marked and why.
struct CapacityText {
    let status: OfferStatus
    let today: Day
    let language: Language

    /// The words beside an offer's glyphs: over capacity, full, quota used.
    static func flags(_ occupancy: Occupancy, _ t: (Phrase) -> String) -> String {
        var words: [String] = []
        if occupancy.isOverCapacity { words.append("▲ " + t(Strings.overCapacity)) } else if occupancy.isFull {
            words.append("● " + t(Strings.full))
        }
        if occupancy.isQuotaExhausted { words.append("! " + t(Strings.quotaExhausted)) }
        return words.joined(separator: ", ")
    }

    func render(_ format: OutputFormat) -> String {
        let t = { (phrase: Phrase) in phrase.text(language) }
        let offer = status.offer
        let occupancy = status.occupancy
        var out = "\(offer.id) · \(offer.name)\n"
        out += "\(t(Strings.colSector)): \(offer.sector) · \(t(Strings.provider(offer.provider))) · "
            + "\(t(Strings.unit(offer.unit))) · \(t(Strings.colPrice)): \(offer.tariff.total.formatted(.kroner))\n"
        out += "\(t(Strings.colCapacity)) \(occupancy.capacity) · \(t(Strings.colOccupied)) \(occupancy.occupied) · "
            + "\(t(Strings.colFree)) \(occupancy.free) · \(t(Strings.colQuota)) \(occupancy.quotaUsed)/\(occupancy.quota) · "
            + "\(t(Strings.colFreeForOthers)) \(occupancy.freeForOthers)"
        let flags = Self.flags(occupancy, t)
        out += (flags.isEmpty ? "" : " · " + flags) + "\n\n"
        out += t(Strings.capacityPlacementsHeading) + "\n"
        out += TextTable(
            headers: [Strings.colCase, Strings.colUnits, Strings.colFrom, Strings.colUntil, Strings.colTariff,
                      Strings.colPayer, Strings.colCrossSector].map(t),
            rows: status.currentPlacements(today: today).map { placement in
                [placement.caseID.rawValue, String(placement.units), placement.from.danish,
                 placement.until?.danish ?? t(Strings.openEnd), placement.monthlyRate.formatted(.kroner, unit: false),
                 Strings.splitText(placement.payer), t(placement.crossSector ? Strings.yes : Strings.no)]
            },
            rightAligned: [1, 4]).render(format)
        out += "\n" + t(Strings.capacityWaitingHeading) + "\n"
        out += TextTable(
            headers: [""] + [Strings.colCase, Strings.colPriority, Strings.colSince, Strings.colAge, Strings.colUnits,
                             Strings.colCrossSector].map(t),
            rows: status.waiting.map { entry in
                [entry.id == status.recommended?.entry.id ? "→" : "", entry.caseID.rawValue, String(entry.priority),
                 entry.since.danish, t(Strings.waitingDays(entry.waitingDays(today: today))), String(entry.units),
                 t(entry.crossSector ? Strings.yes : Strings.no)]
            },
            rightAligned: [2, 4, 5]).render(format)
        if !status.waiting.isEmpty {
            out += (status.recommended.map { "→ " + t(Strings.recommendedBecause($0, today: today)) }
                ?? t(Strings.nobodyCanBePlaced)) + "\n"
        }
        return out
    }
}
