import GRDB

/// An amount summed per sector and month (`sector_code`, `month`, `amount`), as the queries
/// over monthly totals and commitments return it.
struct StoredSectorMonth: Decodable, FetchableRecord {
    var sectorCode: String
    var month: Int
    var amount: Int64

    enum CodingKeys: String, CodingKey {
        case month, amount
        case sectorCode = "sector_code"
    }
}
