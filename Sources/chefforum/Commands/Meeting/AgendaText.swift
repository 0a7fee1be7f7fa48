import ForumCore

/// The agenda as text: a heading with its size, the items in order with why each is there, what
/// is put off, and the combined effect per sector.
struct AgendaText {
    let overview: AgendaOverview
    let language: Language

    func render(_ format: OutputFormat) -> String {
        let t = { (phrase: Phrase) in phrase.text(language) }
        var out = t(Strings.agendaHeading(overview)) + "\n\n"
        out += itemTable(overview.rows).render(format)
        if !overview.putOff.isEmpty {
            out += "\n" + t(Strings.putOffHeading) + "\n" + itemTable(overview.putOff).render(format)
        }
        if let month = overview.effectMonth, !overview.effect.isEmpty {
            out += "\n" + t(Strings.effectHeading(month: month)) + "\n" + effectTable.render(format)
        }
        return out
    }

    private func itemTable(_ rows: [AgendaOverview.Row]) -> TextTable {
        let t = { (phrase: Phrase) in phrase.text(language) }
        return TextTable(
            headers: [Strings.colNumber, Strings.colItem, Strings.colTitle, Strings.colSection, Strings.colReasons, Strings.colAmount,
                      Strings.colStatus].map(t),
            rows: rows.enumerated().map { index, row in
                var status = row.state.map { t(Strings.itemState($0)) } ?? ""
                if row.postponed { status += (status.isEmpty ? "" : ", ") + t(Strings.agendaPostponed) }
                return [String(index + 1), row.key.description, row.title, t(Strings.agendaSection(row.section)),
                        row.reasons.map { t(Strings.agendaReason($0)) }.joined(separator: "; "),
                        row.amount?.formatted(.kroner, unit: false) ?? "", status]
            },
            rightAligned: [0, 5])
    }

    private var effectTable: TextTable {
        let t = { (phrase: Phrase) in phrase.text(language) }
        let inMeeting = overview.meeting != nil
        let headers = [Strings.colSector, Strings.colForecastBefore, Strings.colForecastProposed]
            + (inMeeting ? [Strings.colForecastDecided] : []) + [Strings.colDeviationBefore, Strings.colDeviationProposed]
        return TextTable(
            headers: headers.map(t),
            rows: overview.effect.map { line in
                [line.sector.rawValue, line.before.forecast.formatted(.kroner, unit: false),
                 line.proposed.forecast.formatted(.kroner, unit: false)]
                    + (inMeeting ? [line.decided.forecast.formatted(.kroner, unit: false)] : [])
                    + [line.before.deviation.formatted(.kroner, unit: false), line.proposed.deviation.formatted(.kroner, unit: false)]
            },
            rightAligned: Set(1..<headers.count))
    }
}

/// A meeting in JSON: stable English keys in snake_case, amounts in øre (docs/json.md).
struct MeetingJSON: Encodable {
    let id: String
    let date: String
    let status: String
    let participants: [String]
    let opened_by: String
    let opened_at: Int64
    let closed_at: Int64?
    let items: [ItemJSON]

    struct ItemJSON: Encodable {
        let position: Int
        let key: String
        let section: String
        let title: String
        let state: String?
        let postponed: Bool
        let reasons: [String]
        let amount_ore: Int64?
    }

    init(_ meeting: Meeting) {
        id = meeting.id.rawValue
        date = meeting.date.description
        status = meeting.status.rawValue
        participants = meeting.participants
        opened_by = meeting.openedBy
        opened_at = meeting.openedAt.secondsSinceEpoch
        closed_at = meeting.closedAt?.secondsSinceEpoch
        items = meeting.items.map {
            ItemJSON(position: $0.position, key: $0.key.description, section: $0.section.rawValue, title: $0.title,
                     state: $0.state.rawValue, postponed: $0.state == .postponed, reasons: [], amount_ore: $0.amount?.ore)
        }
    }
}

/// The agenda overview in JSON; reasons in English.
struct AgendaJSON: Encodable {
    let meeting: String?
    let date: String
    let items: [MeetingJSON.ItemJSON]
    let put_off: [MeetingJSON.ItemJSON]
    let for_decision_ore: Int64
    let effect: [EffectJSON]

    struct EffectJSON: Encodable {
        let sector: String
        let forecast_before_ore: Int64
        let forecast_proposed_ore: Int64
        let forecast_decided_ore: Int64
        let deviation_before_ore: Int64
        let deviation_proposed_ore: Int64
        let deviation_decided_ore: Int64
    }

    init(_ overview: AgendaOverview) {
        func item(_ index: Int, _ row: AgendaOverview.Row) -> MeetingJSON.ItemJSON {
            MeetingJSON.ItemJSON(position: index + 1, key: row.key.description, section: row.section.rawValue, title: row.title,
                                 state: row.state?.rawValue, postponed: row.postponed,
                                 reasons: row.reasons.map { Strings.agendaReason($0).english }, amount_ore: row.amount?.ore)
        }
        meeting = overview.meeting?.id.rawValue
        date = overview.date.description
        items = overview.rows.enumerated().map(item)
        put_off = overview.putOff.enumerated().map(item)
        for_decision_ore = overview.size.forDecision.ore
        effect = overview.effect.map {
            EffectJSON(sector: $0.sector.rawValue, forecast_before_ore: $0.before.forecast.ore,
                       forecast_proposed_ore: $0.proposed.forecast.ore, forecast_decided_ore: $0.decided.forecast.ore,
                       deviation_before_ore: $0.before.deviation.ore, deviation_proposed_ore: $0.proposed.deviation.ore,
                       deviation_decided_ore: $0.decided.deviation.ore)
        }
    }
}
