/// The cells that changed between two frames, as runs along rows: what the driver writes.
///
/// Writing only changes keeps a redraw to a few bytes when one row's selection moves, which
/// matters over SSH. A run never starts on the right half of a wide character.
public struct FrameDiff: Hashable, Sendable {
    /// Consecutive changed cells on one row.
    public struct Run: Hashable, Sendable {
        public var y: Int
        public var x: Int
        public var count: Int
    }

    public let runs: [Run]

    /// The changes from `old` to `new`; every cell when there is no old frame or its size differs.
    public init(from old: Frame?, to new: Frame) {
        let width = new.size.width
        guard let old, old.size == new.size else {
            runs = width == 0 ? [] : (0..<new.size.height).map { Run(y: $0, x: 0, count: width) }
            return
        }
        var found: [Run] = []
        for y in 0..<new.size.height {
            var x = 0
            while x < width {
                guard old[x, y] != new[x, y] else { x += 1; continue }
                var start = x
                if new[start, y].content == .continuation, start > 0 { start -= 1 }
                while x < width, old[x, y] != new[x, y] || new[x, y].content == .continuation { x += 1 }
                if let last = found.last, last.y == y, last.x + last.count >= start {
                    found[found.count - 1].count = x - last.x
                } else {
                    found.append(Run(y: y, x: start, count: x - start))
                }
            }
        }
        runs = found
    }

    /// How many cells the runs cover.
    public var cellCount: Int { runs.reduce(0) { $0 + $1.count } }
}
