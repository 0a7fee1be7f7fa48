import ForumCore

/// The header line: where you are (municipality, budget year, today) on the left, who you are
/// (name, roles) on the right. The database's name goes at the right end of the tab row
/// (`DatabaseLabelView`), where 80 columns leave room for it.
enum HeaderView {
    static func render(_ state: ShellState, into frame: inout Frame, area: Rect) {
        frame.fill(area.row(0), style: Style(.headerBar))
        let where_ = [state.settings?.municipality ?? state.text(Strings.loading),
                      state.settings.map { state.text(Strings.budgetYear($0.budgetYear)) },
                      state.today.danish].compactMap { $0 }.joined(separator: " · ")
        let room = area.width - 2 - DisplayWidth.of(where_) - 3
        let who = TextLayout.truncate(Self.who(state, room: room), to: room)
        frame.put(TextLayout.truncate(where_, to: area.width - 2), at: Point(x: area.x + 1, y: area.y),
                  style: Style(.headerBar))
        guard room > 0 else { return }
        frame.put(who, at: Point(x: area.maxX - 1 - DisplayWidth.of(who), y: area.y), style: Style(.headerBar))
    }

    /// `Name (fagchef, formand)`, or when that is too wide the role that matters most in the
    /// meeting and how many more: `Name (formand +4)`.
    static func who(_ state: ShellState, room: Int) -> String {
        let roles = state.user.sortedRoles
        let full = "\(state.user.name) (\(roles.map { state.text(Strings.role($0)) }.joined(separator: ", ")))"
        guard DisplayWidth.of(full) > room, roles.count > 1 else { return full }
        let importance: [Role] = [.chair, .chief, .economist, .leader, .administrator, .reader]
        let main = importance.first(where: roles.contains) ?? roles[0]
        return "\(state.user.name) (\(state.text(Strings.role(main))) +\(roles.count - 1))"
    }
}

/// Which database the console shows, right-aligned after the tabs: `db: demo.sqlite`, or
/// without the prefix and shortened from the left (`…/chefforum.sqlite`) when room is short.
enum DatabaseLabelView {
    static func render(_ state: ShellState, into frame: inout Frame, area: Rect, after tabsWidth: Int) {
        let room = area.width - tabsWidth - 2
        guard room >= 6 else { return }
        let full = state.text(Strings.databaseLabel(state.databaseLabel))
        let label = DisplayWidth.of(full) <= room ? full : TextLayout.truncateLeading(state.databaseLabel, to: room)
        frame.put(label, at: Point(x: area.maxX - 1 - DisplayWidth.of(label), y: area.y), style: Style(.muted))
    }
}
