import ForumCore
import ForumStore
import GRDB

/// A row of `budget` with the code of its sub-area.
struct StoredBudget: Decodable, FetchableRecord {
    var code: String
    var amountOre: Int64
    var profile: String?

    enum CodingKeys: String, CodingKey {
        case code, profile
        case amountOre = "amount_ore"
    }

    func row() throws -> BudgetInput.BudgetRow {
        BudgetInput.BudgetRow(subArea: code, amount: Money(ore: amountOre),
                              profile: try RowCoding.profile(profile, column: "budget.profile"))
    }
}

/// A row of `monthly_actual` with the code of its sub-area.
struct StoredMonthlyActual: Decodable, FetchableRecord {
    var code: String
    var month: Int
    var amountOre: Int64

    enum CodingKeys: String, CodingKey {
        case code, month
        case amountOre = "amount_ore"
    }

    var row: BudgetInput.MonthRow<String> { BudgetInput.MonthRow(code, month: month, amount: Money(ore: amountOre)) }
}

/// A row of `manual_forecast`.
struct StoredForecast: Decodable, FetchableRecord {
    var sectorCode: String
    var month: Int
    var amountOre: Int64
    var note: String
    var setBy: String
    var at: Int64
    var committedRestOre: Int64?
    var version: Int

    enum CodingKeys: String, CodingKey {
        case month, note, at, version
        case sectorCode = "sector_code", amountOre = "amount_ore", setBy = "set_by", committedRestOre = "committed_rest_ore"
    }

    var forecast: ManualForecast {
        ManualForecast(amount: Money(ore: amountOre), note: note, author: setBy, at: Timestamp(secondsSinceEpoch: at),
                       committedRest: committedRestOre.map(Money.init(ore:)), version: version)
    }

    var row: BudgetInput.ForecastRow { BudgetInput.ForecastRow(sector: SectorCode(sectorCode), month: month, forecast: forecast) }

    static func fetch(_ db: Database, sector: SectorCode, month: Month) throws -> ManualForecast? {
        try fetchOne(db, sql: "SELECT * FROM manual_forecast WHERE sector_code = ? AND year = ? AND month = ?",
                     arguments: [sector.rawValue, month.year, month.month])?.forecast
    }
}
