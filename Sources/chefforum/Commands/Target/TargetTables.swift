import ForumCore

/// The tables of `target list` and `target report`.
enum TargetTables {
    /// A row per year: the total, each sector's exact part, the note and who set it.
    static func allocation(_ targets: [EfficiencyTarget], _ language: Language) -> TextTable {
        TextTable(
            headers: [Strings.colYear, Strings.colAmount, Strings.colAllocation, Strings.colTargetNote, Strings.colSetBy]
                .map { $0.text(language) },
            rows: targets.map { target in
                [String(target.year), target.amount.formatted(.exact, unit: false),
                 target.allocation.map { "\($0.sector) \($0.amount.formatted(.exact, unit: false))" }.joined(separator: " · "),
                 target.note, target.author ?? "–"]
            },
            rightAligned: [1])
    }

    /// A row per sector of the target's split.
    static func progress(_ report: TargetReport, _ language: Language) -> TextTable {
        TextTable(
            headers: [Strings.colSector, Strings.colTarget, Strings.colProRata, Strings.colSavingEstimate, Strings.colCases,
                      Strings.colBehind].map { $0.text(language) },
            rows: report.sectors.map { line in
                [line.sector.rawValue, line.target.formatted(.exact, unit: false), line.proRata.formatted(.exact, unit: false),
                 line.realised.saving.formatted(.exact, unit: false), String(line.realised.cases),
                 (line.isBehind ? Strings.targetBehindMark : Strings.targetOnTrackMark).text(language)]
            },
            rightAligned: [1, 2, 3, 4])
    }
}

/// One year of `target list --format json`, amounts in øre.
struct TargetJSON: Encodable {
    let year: Int
    let amountOre: Int64
    let split: String
    let allocation: [String: Int64]
    let note: String
    let author: String?
    let version: Int

    enum CodingKeys: String, CodingKey {
        case year, split, allocation, note, author, version
        case amountOre = "amount_ore"
    }

    init(_ target: EfficiencyTarget) {
        year = target.year
        amountOre = target.amount.ore
        split = target.split.shareList
        allocation = Dictionary(uniqueKeysWithValues: target.allocation.map { ($0.sector.rawValue, $0.amount.ore) })
        note = target.note
        author = target.author
        version = target.version
    }
}

/// `target report --format json`: the month and day it runs through, and per sector the target,
/// the pro-rata target by date and the realised saving with its parts, which is an estimate.
struct TargetReportJSON: Encodable {
    struct Sector: Encodable {
        let sector: String
        let targetOre: Int64
        let proRataOre: Int64
        let savingEstimateOre: Int64
        let previousYearOre: Int64
        let actualOre: Int64
        let forecastRestOre: Int64
        let cases: Int
        let behind: Bool

        enum CodingKeys: String, CodingKey {
            case sector, cases, behind
            case targetOre = "target_ore", proRataOre = "pro_rata_ore", savingEstimateOre = "saving_estimate_ore"
            case previousYearOre = "previous_year_ore", actualOre = "actual_ore", forecastRestOre = "forecast_rest_ore"
        }
    }

    let year: Int
    let month: Int
    let through: String?
    let targetOre: Int64
    let sectors: [Sector]

    enum CodingKeys: String, CodingKey {
        case year, month, through, sectors
        case targetOre = "target_ore"
    }

    init(_ report: TargetReport) {
        year = report.target.year
        month = report.month
        through = report.through?.description
        targetOre = report.target.amount.ore
        sectors = report.sectors.map {
            Sector(sector: $0.sector.rawValue, targetOre: $0.target.ore, proRataOre: $0.proRata.ore,
                   savingEstimateOre: $0.realised.saving.ore, previousYearOre: $0.realised.previousYear.ore,
                   actualOre: $0.realised.actualToDate.ore, forecastRestOre: $0.realised.forecastRest.ore,
                   cases: $0.realised.cases, behind: $0.isBehind)
        }
    }
}
