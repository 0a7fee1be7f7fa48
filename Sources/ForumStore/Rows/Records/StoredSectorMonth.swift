

/// An amount summed per sector and month (`sector_code`, `month`, `amount`), as the queries
/// over monthly totals and commitments return it.
package struct StoredSectorMonth: Decodable, Sendable {
    package var sectorCode: String
    package var month: Int
    package var amount: Int64

    enum CodingKeys: String, CodingKey {
        case month, amount
        case sectorCode = "sector_code"
    }
}
