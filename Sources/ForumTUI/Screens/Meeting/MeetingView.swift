import ForumCore

/// Draws screen 5: the agenda's title with its size, the items (state, number, section, subject,
/// title, why, amount) and under them the combined effect per sector; or an opened item that is
/// not a request.
struct MeetingView {
    let screen: MeetingScreen
    let context: ScreenContext

    /// The first row of the item list (after the title and a blank row).
    static func listTop(_ area: Rect) -> Int { area.y + 2 }

    func t(_ phrase: Phrase) -> String { phrase.text(context.language) }

    func render(into frame: inout Frame) {
        let area = context.area
        guard area.height > 4, area.width > 20, let overview = screen.overview else { return }
        frame.put(TextLayout.truncate(t(Strings.agendaTitle(overview)), to: area.width - 2), at: Point(x: area.x + 1, y: area.y),
                  style: Style(.title))
        if let opened = screen.opened, let row = overview.rows.first(where: { $0.key == opened }) {
            renderItem(row, into: &frame)
            return
        }
        let effect = effectLines(overview)
        let listHeight = Self.listHeight(screen, context)
        if overview.rows.isEmpty {
            frame.put(t(Strings.agendaEmptyHint), at: Point(x: area.x + 2, y: Self.listTop(area)), style: Style(.muted))
        }
        let start = Self.firstShown(selected: screen.selected, rows: overview.rows.count, height: listHeight)
        for (offset, row) in overview.rows.enumerated().dropFirst(start).prefix(listHeight) {
            let y = Self.listTop(area) + offset - start
            let selected = offset == screen.selected
            let line = rowLine(row, number: offset + 1, width: area.width - 1)
            if selected { frame.fill(Rect(x: area.x, y: y, width: area.width, height: 1), style: Style(.selection)) }
            _ = frame.put(line, at: Point(x: area.x + 1, y: y), style: Style(selected ? .selection : rowRole(row)),
                          width: area.width - 1)
            if selected { frame.cursor = Point(x: area.x + 1, y: y) }
        }
        var y = area.maxY - effect.count
        for line in effect {
            line.render(into: &frame, at: Point(x: area.x, y: y), width: area.width)
            y += 1
        }
    }

    /// The rows the list has: what the effect block below it leaves.
    static func listHeight(_ screen: MeetingScreen, _ context: ScreenContext) -> Int {
        guard let overview = screen.overview else { return 1 }
        let effect = MeetingView(screen: screen, context: context).effectLines(overview).count
        return Swift.max(1, context.area.maxY - listTop(context.area) - effect - 1)
    }

    /// The first row shown: the list scrolls so that the selection stays in view.
    static func firstShown(selected: Int, rows: Int, height: Int) -> Int {
        Swift.min(Swift.min(Swift.max(0, selected - height + 1), Swift.max(0, rows - height)), selected)
    }

    private func rowRole(_ row: AgendaOverview.Row) -> StyleRole {
        switch row.state {
        case .done: .muted
        case .postponed: .secondary
        default: row.postponed ? .secondary : .plain
        }
    }

    /// `✓` done, `»` postponed, `●` left in the open meeting; blank on a draft unless postponed.
    static func glyph(_ row: AgendaOverview.Row) -> String {
        switch row.state {
        case .done: "✓"
        case .postponed: "»"
        case .pending: "●"
        case nil: row.postponed ? "»" : " "
        }
    }

    func rowLine(_ row: AgendaOverview.Row, number: Int, width: Int) -> String {
        let amount = row.amount.map { $0.formatted(.kroner, unit: false) } ?? ""
        let wide = width >= 110
        let reasons = row.reasons.map { t(Strings.agendaReason($0)) }.joined(separator: "; ")
        let fixed = 2 + 4 + 11 + 18 + 12 + (wide ? 38 : 0)
        let titleWidth = Swift.max(8, width - fixed)
        var cells = [Self.glyph(row) + " ", TextLayout.fit(String(number), to: 3, alignment: .right) + " ",
                     TextLayout.fit(t(Strings.sectionShort(row.section)), to: 10) + " ",
                     TextLayout.fit(row.key.subject ?? "", to: 17) + " ", TextLayout.fit(row.title, to: titleWidth - 1) + " "]
        if wide { cells.append(TextLayout.fit(reasons, to: 37) + " ") }
        cells.append(TextLayout.fit(amount, to: 11, alignment: .right))
        return cells.joined()
    }

    /// The effect block: its title, and a line per sector, before → after.
    func effectLines(_ overview: AgendaOverview) -> [StyledLine] {
        let inMeeting = overview.meeting != nil
        var lines = [StyledLine(), StyledLine(" " + t(inMeeting ? Strings.effectTitleMeeting : Strings.effectTitleDraft), .columnHeader)]
        guard overview.effectMonth != nil else { return lines + [StyledLine("  " + t(Strings.effectNoFigures), .muted)] }
        let shown = overview.effect.prefix(Swift.max(1, (context.area.height - 8) / 3))
        for line in shown {
            let after = inMeeting ? line.decided : line.proposed
            func amount(_ money: Money, _ width: Int = 15) -> String {
                TextLayout.fit(money.formatted(.compact), to: width, alignment: .right)
            }
            let role: StyleRole = after.beyondTolerance ? .warning : .plain
            var text = StyledLine("  " + TextLayout.fit(line.sector.rawValue, to: 5))
                .adding(amount(line.before.forecast) + " → ")
                .adding(amount(after.forecast), role)
            if inMeeting { text = text.adding(" (→" + amount(line.proposed.forecast) + ")", .muted) }
            text = text.adding("   " + t(Strings.deviationShort(line.before.deviation)) + " → ")
                .adding(after.deviation.formatted(.compact, unit: false) + (after.beyondTolerance ? " !" : ""), role)
            lines.append(text)
        }
        return lines
    }

    /// The participant picker: a line per user who may take part, `[x]` for those chosen.
    func render(_ picker: ParticipantPicker, into frame: inout Frame) {
        let area = context.area
        guard area.height > 4 else { return }
        frame.put(TextLayout.truncate(t(Strings.pickerTitle(picker.date, chosen: picker.chosen.count)), to: area.width - 2),
                  at: Point(x: area.x + 1, y: area.y), style: Style(.title))
        let height = area.maxY - Self.listTop(area)
        let start = Self.firstShown(selected: picker.cursor, rows: picker.candidates.count, height: height)
        for (offset, user) in picker.candidates.enumerated().dropFirst(start).prefix(height) {
            let y = Self.listTop(area) + offset - start
            let selected = offset == picker.cursor
            let roles = user.sortedRoles.map { t(Strings.role($0)) }.joined(separator: ", ")
            let line = (picker.chosen.contains(user.login) ? "[x] " : "[ ] ") + user.name + " (" + user.login + ")"
                + (user.sector.map { " · \($0)" } ?? "") + " · " + roles
            if selected { frame.fill(Rect(x: area.x, y: y, width: area.width, height: 1), style: Style(.selection)) }
            _ = frame.put(line, at: Point(x: area.x + 2, y: y), style: Style(selected ? .selection : .plain), width: area.width - 3)
            if selected { frame.cursor = Point(x: area.x + 3, y: y) }
        }
    }

    /// An opened item that is not a request: what it is and why it is on the agenda.
    private func renderItem(_ row: AgendaOverview.Row, into frame: inout Frame) {
        let area = context.area
        var lines = [StyledLine(row.key.named(row.title), .title, .bold),
                     StyledLine(t(Strings.agendaSection(row.section)), .muted), StyledLine()]
        for reason in row.reasons { lines.append(StyledLine("• " + t(Strings.agendaReason(reason)))) }
        if let amount = row.amount { lines.append(StyledLine(amount.formatted())) }
        if let state = row.state { lines.append(StyledLine(t(Strings.itemState(state)), state == .done ? .good : .plain)) }
        lines.append(StyledLine())
        lines.append(StyledLine(t(Strings.itemElsewhere(row.key)), .muted))
        var y = Self.listTop(area)
        for line in lines where y < area.maxY {
            line.render(into: &frame, at: Point(x: area.x + 2, y: y), width: area.width - 4)
            y += 1
        }
        frame.cursor = Point(x: area.x + 2, y: Self.listTop(area))
    }
}
