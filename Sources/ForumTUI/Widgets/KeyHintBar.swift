/// One key and what it does, as the footer shows it: `? hjælp`.
public struct KeyHint: Hashable, Sendable {
    public var keys: String
    public var label: String

    public init(_ keys: String, _ label: String) {
        self.keys = keys
        self.label = label
    }
}

/// The footer: the keys that apply here, left to right. When they do not all fit, hints are
/// dropped from the end, but the last one (help, which lists every key) always stays.
public struct KeyHintBar: Hashable, Sendable {
    public var hints: [KeyHint]

    public init(_ hints: [KeyHint]) {
        self.hints = hints
    }

    /// The hints that fit in `width` columns.
    func fitting(width: Int) -> [KeyHint] {
        guard let last = hints.last else { return [] }
        var shown: [KeyHint] = []
        var used = KeyHintBar.width(of: last)
        for hint in hints.dropLast() {
            let needed = KeyHintBar.width(of: hint) + 2
            if used + needed > width { break }
            shown.append(hint)
            used += needed
        }
        return shown + [last]
    }

    public func render(into frame: inout Frame, area: Rect) {
        guard !area.isEmpty else { return }
        frame.fill(area.row(0), style: Style(.footer))
        var x = area.x
        for hint in fitting(width: area.width) {
            x += frame.put(hint.keys, at: Point(x: x, y: area.y), style: Style(.keyHint), width: area.maxX - x)
            x += frame.put(" " + hint.label, at: Point(x: x, y: area.y), style: Style(.footer), width: area.maxX - x)
            x += 2
        }
    }

    private static func width(of hint: KeyHint) -> Int {
        DisplayWidth.of(hint.keys) + 1 + DisplayWidth.of(hint.label)
    }
}
