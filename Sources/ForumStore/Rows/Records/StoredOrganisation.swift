import ForumCore
import Foundation

/// The row of `settings`.
package struct StoredSettings: Decodable, Sendable {
    package var municipality: String
    package var budgetYear: Int
    package var policyJSON: String
    package var toleranceOre: Int64
    package var toleranceBasisPoints: Int
    package var periodisation: String

    enum CodingKeys: String, CodingKey {
        case municipality, periodisation
        case budgetYear = "budget_year", policyJSON = "policy_json", toleranceOre = "tolerance_ore"
        case toleranceBasisPoints = "tolerance_basis_points"
    }

    package func settings() throws -> ForumSettings {
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
package struct StoredSector: Decodable, Sendable {
    package var code: String
    package var name: String
    package var chiefLogin: String?

    enum CodingKeys: String, CodingKey {
        case code, name
        case chiefLogin = "chief_login"
    }

    package var sector: Sector { Sector(code: SectorCode(code), name: name, chiefLogin: chiefLogin) }
}

/// A row of `sub_area`; the sub-area of unmapped accounts has no sector.
package struct StoredSubArea: Decodable, Sendable {
    package var id: Int64
    package var code: String
    package var name: String
    package var sectorCode: String?

    enum CodingKeys: String, CodingKey {
        case id, code, name
        case sectorCode = "sector_code"
    }

    /// Nil for the sub-area of unmapped accounts.
    package var subArea: SubArea? { sectorCode.map { SubArea(code: code, name: name, sector: SectorCode($0)) } }
}

/// A row of `law`.
package struct StoredLaw: Decodable, Sendable {
    package var code: String
    package var name: String
    package var defaultPayer: String

    enum CodingKeys: String, CodingKey {
        case code, name
        case defaultPayer = "default_payer"
    }

    package var law: LawBasis { LawBasis(code: code, name: name, defaultPayer: SectorCode(defaultPayer)) }
}

/// A row of `app_user`.
package struct StoredUser: Decodable, Sendable {
    package var login: String
    package var name: String
    package var roles: String
    package var sectorCode: String?

    enum CodingKeys: String, CodingKey {
        case login, name, roles
        case sectorCode = "sector_code"
    }

    package func user() throws -> User {
        User(login: login, name: name, roles: try RowCoding.roles(roles, column: "app_user.roles"),
             sector: sectorCode.map { SectorCode($0) })
    }
}
