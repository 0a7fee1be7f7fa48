/// SplitMix64 (Steele, Lea and Flood, 2014): a tiny pseudo-random generator whose sequence
/// depends on the seed alone, so a generated extract is byte for byte the same on every
/// machine and Swift version. Never `SystemRandomNumberGenerator`: test data must repeat.
struct SplitMix64 {
    private var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= SplitMix64.increment
        return SplitMix64.finalize(state)
    }

    /// A number in `0..<bound` (`bound` > 0), by the high half of a full-width product.
    mutating func below(_ bound: Int) -> Int {
        Int(next().multipliedFullWidth(by: UInt64(bound)).high)
    }

    /// True with a chance of `percent` in a hundred.
    mutating func chance(percent: Int) -> Bool { below(100) < percent }

    /// A well-mixed 64-bit value for `value`: a bijection, used to give each person of the
    /// fictional population a stable identity.
    static func mix(_ value: UInt64) -> UInt64 { finalize(value &+ increment) }

    private static let increment: UInt64 = 0x9E37_79B9_7F4A_7C15

    private static func finalize(_ value: UInt64) -> UInt64 {
        var z = value
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
