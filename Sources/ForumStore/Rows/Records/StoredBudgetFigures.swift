import ForumCore

/// A row of `budget` with the code of its sub-area.
package struct StoredBudget: Decodable, Sendable {
    package var code: String
    package var amountOre: Int64
    package var profile: String?

    enum CodingKeys: String, CodingKey {
        case code, profile
        case amountOre = "amount_ore"
    }

    package func row() throws -> BudgetInput.BudgetRow {
        BudgetInput.BudgetRow(subArea: code, amount: Money(ore: amountOre),
                              profile: try RowCoding.profile(profile, column: "budget.profile"))
    }
}

/// A row of `monthly_actual` with the code of its sub-area.
package struct StoredMonthlyActual: Decodable, Sendable {
    package var code: String
    package var month: Int
    package var amountOre: Int64

    enum CodingKeys: String, CodingKey {
        case code, month
        case amountOre = "amount_ore"
    }

    package var row: BudgetInput.MonthRow<String> { BudgetInput.MonthRow(code, month: month, amount: Money(ore: amountOre)) }
}

/// A row of `manual_forecast`.
package struct StoredForecast: Decodable, Sendable {
    package var sectorCode: String
    package var month: Int
    package var amountOre: Int64
    package var note: String
    package var setBy: String
    package var at: Int64
    package var committedRestOre: Int64?
    package var transitionRestOre: Int64?
    package var version: Int

    enum CodingKeys: String, CodingKey {
        case month, note, at, version
        case sectorCode = "sector_code", amountOre = "amount_ore", setBy = "set_by", committedRestOre = "committed_rest_ore"
        case transitionRestOre = "transition_rest_ore"
    }

    package var forecast: ManualForecast {
        ManualForecast(amount: Money(ore: amountOre), note: note, author: setBy, at: Timestamp(secondsSinceEpoch: at),
                       committedRest: committedRestOre.map(Money.init(ore:)), transitionRest: transitionRestOre.map(Money.init(ore:)),
                       version: version)
    }

    package var row: BudgetInput.ForecastRow { BudgetInput.ForecastRow(sector: SectorCode(sectorCode), month: month, forecast: forecast) }
}
