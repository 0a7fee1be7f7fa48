import ForumCore

/// Why a synthetic extract cannot be generated or written.
public enum GenerateError: Error, Hashable, Sendable, UserFacingError {
    case lineCountNotPositive(Int)
    case lineCountTooLarge(Int)
    /// More requests or offers than one generated file holds.
    case rowCountTooLarge(Int, maximum: Int)
    case yearOutOfRange(Int)
    case monthOutOfRange(Int)
    /// The last booking day must lie in the extract's last month.
    case lastBookingDayOutsidePeriod(Day)
    /// The file cannot be created or written; the system's reason when there is one.
    case cannotWrite(path: String, reason: String?)

    public var phrase: Phrase {
        switch self {
        case .lineCountNotPositive(let count):
            Strings.generateLineCount(count)
        case .lineCountTooLarge(let count):
            Strings.generateLineCountTooLarge(count, maximum: PostingsGenerator.maximumLines)
        case .rowCountTooLarge(let count, let maximum):
            Strings.generateRowCountTooLarge(count, maximum: maximum)
        case .yearOutOfRange(let year):
            Strings.generateYear(year, allowed: PostingsGenerator.years)
        case .monthOutOfRange(let month):
            Strings.generateMonth(month)
        case .lastBookingDayOutsidePeriod(let day):
            Strings.generateLastBookingDay(day)
        case .cannotWrite(let path, let reason):
            Strings.generateCannotWrite(path, reason: reason)
        }
    }
}
