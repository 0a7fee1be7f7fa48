import ForumCore

/// One sector (or sub-area) of `report burn --format json`: amounts in integer øre, keys as the
/// issue fixes them.
struct BurnJSON: Encodable {
    let sector: String
    let budget: Int64
    let expected: Int64
    let actual: Int64
    let committed: Int64
    let uncommitted: Int64
    /// T, the expected inflow from the children's area in the rest of the year.
    let transitionInflow: Int64
    let forecast: Int64
    let manualForecast: Int64?
    let deviation: Int64
    let beyondTolerance: Bool
    let through: String?
    let subAreas: [BurnJSON]?

    enum CodingKeys: String, CodingKey {
        case sector, budget, expected, actual, committed, uncommitted, forecast, deviation, through
        case manualForecast = "manual_forecast", transitionInflow = "transition_inflow", beyondTolerance = "beyond_tolerance", subAreas = "sub_areas"
    }

    init(_ line: BurnReport.Line, subAreas: [BurnReport.Line]?, through: Day?) {
        let burn = line.burn
        sector = line.code
        budget = burn.budget.ore
        expected = burn.expectedToDate.ore
        actual = burn.actualToDate.ore
        committed = burn.committedRest.ore
        uncommitted = burn.uncommittedRest.ore
        transitionInflow = burn.transitionRest.ore
        forecast = burn.forecast.ore
        manualForecast = burn.manualForecast?.amount.ore
        deviation = burn.deviation.ore
        beyondTolerance = burn.beyondTolerance
        self.through = through?.description
        self.subAreas = subAreas?.map { BurnJSON($0, subAreas: nil, through: through) }
    }

    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(sector, forKey: .sector)
        try container.encode(budget, forKey: .budget)
        try container.encode(expected, forKey: .expected)
        try container.encode(actual, forKey: .actual)
        try container.encode(committed, forKey: .committed)
        try container.encode(uncommitted, forKey: .uncommitted)
        try container.encode(transitionInflow, forKey: .transitionInflow)
        try container.encode(forecast, forKey: .forecast)
        // Null, not absent, when there is no manual forecast: scripts read the key either way.
        try container.encode(manualForecast, forKey: .manualForecast)
        try container.encode(deviation, forKey: .deviation)
        try container.encode(beyondTolerance, forKey: .beyondTolerance)
        try container.encode(through, forKey: .through)
        try container.encodeIfPresent(subAreas, forKey: .subAreas)
    }
}
