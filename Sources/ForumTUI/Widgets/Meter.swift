/// A one-line meter: stacked segments against a scale, with markers, e.g. a sector's budget with
/// actual spend (█), commitments (▓), the expected-by-date line (│) and the budget itself (┃).
///
/// Each segment has its own glyph as well as its colour, so the meter reads the same in the
/// monochrome theme and with colour blindness. Values are whole numbers (øre, places, hours):
/// no floating point.
public struct Meter: Hashable, Sendable {
    public struct Segment: Hashable, Sendable {
        public var value: Int64
        public var glyph: Character
        public var role: StyleRole

        public init(_ value: Int64, glyph: Character = "█", role: StyleRole = .accent) {
            self.value = value
            self.glyph = glyph
            self.role = role
        }
    }

    public struct Marker: Hashable, Sendable {
        public var value: Int64
        public var glyph: Character
        public var role: StyleRole

        public init(_ value: Int64, glyph: Character = "│", role: StyleRole = .marker) {
            self.value = value
            self.glyph = glyph
            self.role = role
        }
    }

    /// The full scale (capacity, budget). Segments beyond it stretch the scale, so an overrun
    /// shows as a bar past the `total` marker rather than being cut off.
    public var total: Int64
    public var segments: [Segment]
    public var markers: [Marker]
    public var trackGlyph: Character

    public init(total: Int64, segments: [Segment], markers: [Marker] = [], trackGlyph: Character = "░") {
        self.total = total
        self.segments = segments
        self.markers = markers
        self.trackGlyph = trackGlyph
    }

    /// The largest value the meter must show.
    var scale: Int64 {
        let filled = segments.reduce(Int64(0)) { $0 + Swift.max(0, $1.value) }
        return ([total, filled] + markers.map(\.value)).max() ?? 0
    }

    /// The column (0..<width) that holds `value` on this meter's scale.
    func column(of value: Int64, width: Int) -> Int {
        Swift.min(width - 1, Meter.columns(value, of: scale, width: width))
    }

    /// `value / scale × width`, rounded half up, clamped to 0…width, without overflowing.
    static func columns(_ value: Int64, of scale: Int64, width: Int) -> Int {
        guard scale > 0, width > 0 else { return 0 }
        let clamped = Swift.max(0, Swift.min(value, scale))
        let (product, overflow) = clamped.multipliedReportingOverflow(by: Int64(width))
        return Int(Swift.min(Int64(width), overflow ? clamped / (scale / Int64(width)) : (product + scale / 2) / scale))
    }

    /// The meter's columns, left to right: each one's glyph and role, markers over segments.
    public func cells(width: Int) -> [(glyph: Character, role: StyleRole)] {
        guard width > 0 else { return [] }
        var boundaries: [(end: Int, segment: Segment)] = []
        var running: Int64 = 0
        let scale = scale
        for segment in segments {
            running += Swift.max(0, segment.value)
            boundaries.append((Meter.columns(running, of: scale, width: width), segment))
        }
        var cells = (0..<width).map { x -> (glyph: Character, role: StyleRole) in
            let segment = boundaries.first { x < $0.end }?.segment
            return (segment?.glyph ?? trackGlyph, segment?.role ?? .track)
        }
        for marker in markers { cells[column(of: marker.value, width: width)] = (marker.glyph, marker.role) }
        return cells
    }

    /// The meter as text, for a table cell: the glyphs carry its meaning without colour.
    public func text(width: Int) -> String { String(cells(width: width).map(\.glyph)) }

    /// Draws the meter in the first row of `area`.
    public func render(into frame: inout Frame, area: Rect) {
        guard area.height > 0 else { return }
        for (x, cell) in cells(width: area.width).enumerated() {
            frame.put(String(cell.glyph), at: Point(x: area.x + x, y: area.y), style: Style(cell.role))
        }
    }
}
