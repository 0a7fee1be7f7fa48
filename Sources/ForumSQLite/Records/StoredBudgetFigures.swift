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

    enum CodingKeys: String, CodingKey {
        case month, note
        case sectorCode = "sector_code", amountOre = "amount_ore"
    }

    var row: BudgetInput.ForecastRow {
        BudgetInput.ForecastRow(sector: SectorCode(sectorCode), month: month,
                                forecast: ManualForecast(amount: Money(ore: amountOre), note: note))
    }
}
