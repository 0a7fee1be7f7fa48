import Foundation
import ForumCore
import ForumStore
import GRDB

/// The row of `settings`.
struct StoredSettings: Decodable, FetchableRecord {
    var municipality: String
    var budgetYear: Int
    var policyJSON: String
    var toleranceOre: Int64
    var toleranceBasisPoints: Int
    var periodisation: String

    enum CodingKeys: String, CodingKey {
        case municipality, periodisation
        case budgetYear = "budget_year", policyJSON = "policy_json", toleranceOre = "tolerance_ore"
        case toleranceBasisPoints = "tolerance_basis_points"
    }

    func settings() throws -> ForumSettings {
        let policy: CompetencePolicy
        do {
            policy = try JSONDecoder().decode(CompetencePolicy.self, from: Data(policyJSON.utf8))
        } catch {
            throw StoreCorruption.badValue(column: "settings.policy_json", value: policyJSON)
        }
        return ForumSettings(municipality: municipality, budgetYear: budgetYear, policy: policy,
                             tolerance: Tolerance(amount: Money(ore: toleranceOre), basisPoints: toleranceBasisPoints),
                             periodisation: try RowCoding.periodisation(periodisation, column: "settings.periodisation"))
    }
}

/// A row of `sector`.
struct StoredSector: Decodable, FetchableRecord {
    var code: String
    var name: String
    var chiefLogin: String?

    enum CodingKeys: String, CodingKey {
        case code, name
        case chiefLogin = "chief_login"
    }

    var sector: Sector { Sector(code: SectorCode(code), name: name, chiefLogin: chiefLogin) }
}

/// A row of `sub_area`; the sub-area of unmapped accounts has no sector.
struct StoredSubArea: Decodable, FetchableRecord {
    var id: Int64
    var code: String
    var name: String
    var sectorCode: String?

    enum CodingKeys: String, CodingKey {
        case id, code, name
        case sectorCode = "sector_code"
    }

    /// The sub-areas of the kontoplan, by id: all but the unmapped one.
    static func mapped(_ db: Database) throws -> [StoredSubArea] {
        try fetchAll(db, sql: "SELECT id, code, name, sector_code FROM sub_area WHERE sector_code IS NOT NULL ORDER BY id")
    }

    /// Nil for the sub-area of unmapped accounts.
    var subArea: SubArea? { sectorCode.map { SubArea(code: code, name: name, sector: SectorCode($0)) } }
}

/// A row of `law`.
struct StoredLaw: Decodable, FetchableRecord {
    var code: String
    var name: String
    var defaultPayer: String

    enum CodingKeys: String, CodingKey {
        case code, name
        case defaultPayer = "default_payer"
    }

    var law: LawBasis { LawBasis(code: code, name: name, defaultPayer: SectorCode(defaultPayer)) }
}

/// A row of `app_user`.
struct StoredUser: Decodable, FetchableRecord {
    var login: String
    var name: String
    var roles: String
    var sectorCode: String?

    enum CodingKeys: String, CodingKey {
        case login, name, roles
        case sectorCode = "sector_code"
    }

    func user() throws -> User {
        User(login: login, name: name, roles: try RowCoding.roles(roles, column: "app_user.roles"),
             sector: sectorCode.map { SectorCode($0) })
    }
}
