import Foundation
@testable import ForumCore

/// Small helpers shared by the core tests.
enum JSONEncoderShim {
    static func encode<T: Encodable>(_ value: T) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        return String(decoding: try encoder.encode(value), as: UTF8.self)
    }
}

/// A day written in a test (the values are constants, so a bad one is a bug in the test).
func day(_ year: Int, _ month: Int, _ day: Int) -> Day {
    do {
        return try Day(year: year, month: month, day: day)
    } catch {
        fatalError("bad test date \(year)-\(month)-\(day)")
    }
}

func month(_ year: Int, _ month: Int) -> Month {
    do {
        return try Month(year: year, month: month)
    } catch {
        fatalError("bad test month \(year)-\(month)")
    }
}

func kr(_ kroner: Int64, _ ore: Int64 = 0) -> Money { Money(kroner: kroner, ore: ore) }

func split(_ shares: [(String, Int)]) -> PaymentSplit {
    do {
        return try PaymentSplit(shares.map { PaymentSplit.Share(SectorCode($0.0), $0.1) })
    } catch {
        fatalError("bad test split \(shares)")
    }
}

extension Money {
    static func * (lhs: Money, rhs: Int64) -> Money { Money(ore: lhs.ore * rhs) }
}
