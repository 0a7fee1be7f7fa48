import ForumCore

/// A screen that a later version builds. It says so plainly, in the user's language, instead of
/// showing made-up data; it has no actions and loads nothing.
struct NotBuiltScreen: Screen {
    let id: ScreenID

    func bindings(_ context: ScreenContext) -> [KeyBinding<Never>] { [] }
    func perform(_ action: Never, context: ScreenContext) -> ScreenResponse { switch action {} }
    func mouse(_ event: MouseEvent, context: ScreenContext) -> ScreenResponse { .none }
    func reload(_ context: ScreenContext) -> [Effect] { [] }

    func render(into frame: inout Frame, context: ScreenContext) {
        let area = context.area
        guard area.height > 3, area.width > 4 else { return }
        let width = area.width - 4
        let message = Strings.screenNotBuilt(id.title).text(context.language)
        let hint = Strings.screenNotBuiltHint.text(context.language)
        var y = area.y + 1
        for line in TextLayout.wrap(message, to: width) where y < area.maxY {
            frame.put(line, at: Point(x: area.x + 2, y: y), style: Style(.title))
            y += 1
        }
        y += 1
        for line in TextLayout.wrap(hint, to: width) where y < area.maxY {
            frame.put(line, at: Point(x: area.x + 2, y: y), style: Style(.muted))
            y += 1
        }
        frame.cursor = Point(x: area.x + 2, y: area.y + 1)
    }
}
