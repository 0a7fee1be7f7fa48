/// Spreads an amount over parts in proportion to weights, exactly to the øre: each part gets its
/// share rounded down, and the øre left over go one each to the largest remainders, ties to the
/// earlier part. The parts always sum to the amount.
///
/// `PaymentSplit.allocate` does the same for sector shares; this takes weights of any size (an
/// exact monthly amount over a common denominator), so that a rounded yearly total can be spread
/// over its months.
public enum LargestRemainder {
    /// The parts of `amount` by `weights` (non-negative, in order). All zero when the weights are.
    public static func allocate(_ amount: Money, by weights: [Int128]) -> [Money] {
        let total = weights.reduce(0, +)
        guard total > 0 else { return weights.map { _ in .zero } }
        let magnitude = Int128(amount.ore.magnitude)
        var parts = weights.map { magnitude * $0 / total }
        let remainders = weights.map { magnitude * $0 % total }
        var leftover = magnitude - parts.reduce(0, +)
        let order = remainders.indices.sorted { remainders[$0] != remainders[$1] ? remainders[$0] > remainders[$1] : $0 < $1 }
        var position = 0
        while leftover > 0 {
            parts[order[position]] += 1
            leftover -= 1
            position += 1
        }
        let sign: Int128 = amount.isNegative ? -1 : 1
        return parts.map { Money(ore: Int64($0 * sign)) }
    }
}
