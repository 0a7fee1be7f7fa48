/// The deviations that need an explanation and an action plan (DOMAIN §6): every sector and
/// sub-area of a burn report beyond the tolerance, each sector with its note for the month.
public enum DeviationList {
    public struct Item: Hashable, Sendable {
        public let sector: SectorCode
        /// The sub-area's line; nil for the sector's own line.
        public let subArea: BurnReport.Line?
        public let line: BurnReport.Line
        /// The line's own note for the month: the sector's, or the sub-area's.
        public let note: DeviationNote?

        public var code: String { subArea?.code ?? sector.rawValue }
    }

    /// Sectors in code order, each followed by its sub-areas beyond the tolerance; `notes` are
    /// the notes of the report's month.
    public static func items(_ report: BurnReport, notes: [DeviationNote]) -> [Item] {
        func note(_ sector: SectorCode, _ subArea: String?) -> DeviationNote? {
            notes.first { $0.sector == sector && $0.subArea == subArea && $0.month.month == report.month && $0.month.year == report.year }
        }
        return report.sectors.flatMap { line -> [Item] in
            let sector = SectorCode(line.sector.code)
            let own = line.sector.burn.beyondTolerance
                ? [Item(sector: sector, subArea: nil, line: line.sector, note: note(sector, nil))] : []
            return own + line.subAreas.filter(\.burn.beyondTolerance).map {
                Item(sector: sector, subArea: $0, line: $0, note: note(sector, $0.code))
            }
        }
    }
}
