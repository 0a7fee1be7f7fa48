import ForumCore

/// One row of the burn table: a sector, or one of its sub-areas while the sector is expanded.
struct BurnRow: Identifiable, Hashable, Sendable {
    let sector: SectorCode
    /// The sector's own line: sub-areas sort with their sector.
    let sectorLine: BurnReport.Line
    let line: BurnReport.Line
    let isSubArea: Bool
    let expanded: Bool
    /// The sector's sub-area count (0 for a sub-area row).
    let subAreaCount: Int

    var id: String { isSubArea ? "\(sector.rawValue)/\(line.code)" : sector.rawValue }

    /// The rows of a report: each sector, followed by its sub-areas when it is expanded.
    static func rows(_ report: BurnReport, expanded: Set<SectorCode>) -> [BurnRow] {
        report.sectors.flatMap { sector -> [BurnRow] in
            let code = SectorCode(sector.sector.code)
            let open = expanded.contains(code)
            let own = BurnRow(sector: code, sectorLine: sector.sector, line: sector.sector, isSubArea: false, expanded: open,
                              subAreaCount: sector.subAreas.count)
            guard open else { return [own] }
            return [own] + sector.subAreas.map {
                BurnRow(sector: code, sectorLine: sector.sector, line: $0, isSubArea: true, expanded: false, subAreaCount: 0)
            }
        }
    }
}
