/// The row of tabs: `[1 Beslutninger]  2 Kapacitet   3 Budget …`. The shown tab is set in
/// brackets as well as highlighted, so it stands out without colour and in plain text.
public struct TabBar: Hashable, Sendable {
    public var titles: [String]
    public var active: Int

    public init(titles: [String], active: Int) {
        self.titles = titles
        self.active = active
    }

    /// Each tab's label and where it starts: numbered from 1, two spaces apart.
    func layout() -> [(label: String, x: Int)] {
        var x = 0
        return titles.enumerated().map { index, title in
            let label = index == active ? "[\(index + 1) \(title)]" : " \(index + 1) \(title) "
            defer { x += DisplayWidth.of(label) + 1 }
            return (label, x)
        }
    }

    public func render(into frame: inout Frame, area: Rect) {
        guard !area.isEmpty else { return }
        frame.fill(area.row(0), style: Style(.tab))
        for (index, tab) in layout().enumerated() {
            let role: StyleRole = index == active ? .tabActive : .tab
            frame.put(tab.label, at: Point(x: area.x + tab.x, y: area.y), style: Style(role),
                      width: Swift.max(0, area.width - tab.x))
        }
    }

    /// The columns the tabs take.
    public var width: Int {
        layout().last.map { $0.x + DisplayWidth.of($0.label) } ?? 0
    }

    /// The tab under a column of the bar, for a mouse click.
    public func tab(atColumn column: Int) -> Int? {
        layout().enumerated().first { _, tab in column >= tab.x && column < tab.x + DisplayWidth.of(tab.label) }?.offset
    }
}
