/// Integer division with the rounding rule of the domain: half away from zero.
public enum Rounding {
    /// `numerator ÷ denominator` rounded half away from zero. The denominator must not be zero.
    public static func divide(_ numerator: Int128, by denominator: Int128) -> Int64 {
        precondition(denominator != 0, "division by zero")
        let negative = (numerator < 0) != (denominator < 0)
        let n = numerator.magnitude
        let d = denominator.magnitude
        var quotient = n / d
        if (n % d) * 2 >= d { quotient += 1 }
        let signed = negative ? -Int128(quotient) : Int128(quotient)
        return Int64(clamping: signed)
    }

    public static func divide(_ numerator: Int64, by denominator: Int64) -> Int64 {
        divide(Int128(numerator), by: Int128(denominator))
    }
}
