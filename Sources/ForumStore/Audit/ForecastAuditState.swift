import ForumCore

package struct ForecastAuditState: Encodable, Sendable {
    package var amountOre: Int64
    package var note: String
    package var committedRestOre: Int64?
    package var version: Int

    package init(_ forecast: ManualForecast) {
        amountOre = forecast.amount.ore
        note = forecast.note
        committedRestOre = forecast.committedRest?.ore
        version = forecast.version
    }
}
