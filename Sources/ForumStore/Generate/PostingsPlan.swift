import ForumCore

/// What a municipality spends, sub-area by sub-area: the script the postings generator follows.
///
/// Each stream is one sub-area of the chart of accounts with its year's spend, its monthly
/// profile and the shape of its postings (typical size, share booked per CPR, how often a
/// citizen recurs). The generator spends exactly each stream's monthly amount, however many
/// lines it is asked for.
public struct PostingsPlan: Sendable {
    /// One sub-area's spending.
    public struct Stream: Sendable {
        /// The sub-area's kontoplan code, e.g. `5.38.50`; every account of the stream starts with it.
        public let subArea: String
        /// What the sub-area spends in the whole year (January–December).
        public let annual: Money
        /// Twelve monthly weights (a July dip, a December peak, …).
        public let profile: [Int64]
        public let band: AgeBand
        /// The size of a typical posting: sets the stream's share of the lines.
        public let typicalLine: Money
        /// Percent of the stream's lines that carry a CPR number.
        public let cprPercent: Int
        /// How many lines a citizen has on average: sets how many people the stream has.
        public let linesPerPerson: Int
        /// A sub-area whose citizens also appear here (a mentor's citizen also gets § 85 support).
        public let partner: String?
        /// Full account strings: the first for lines without CPR, the rest for lines with.
        public let accounts: [String]
        /// Posting texts for lines with a CPR number.
        public let texts: [String]

        public init(subArea: String, annual: Money, profile: [Int64], band: AgeBand, typicalLine: Money,
                    cprPercent: Int, linesPerPerson: Int, partner: String? = nil, texts: [String]) {
            self.subArea = subArea
            self.annual = annual
            self.profile = profile
            self.band = band
            self.typicalLine = typicalLine
            self.cprPercent = cprPercent
            self.linesPerPerson = linesPerPerson
            self.partner = partner
            accounts = [subArea + ".1", subArea + ".1.001", subArea + ".1.002"]
            self.texts = texts
        }

        /// The number of the stream's people series: its code without dots (`5.38.50` → 53850).
        public var series: Int { Int(subArea.filter { $0 != "." }) ?? 0 }

        /// The amount of month `month` (1…12): the year's amount spread by the profile, rounded
        /// cumulatively so that the twelve months add up to the year's amount exactly.
        public func target(month: Int) -> Money {
            cumulative(through: month) - cumulative(through: month - 1)
        }

        private func cumulative(through month: Int) -> Money {
            let total = profile.reduce(0, +)
            guard month > 0, total > 0 else { return .zero }
            return annual.scaled(by: profile.prefix(month).reduce(0, +), over: total)
        }
    }

    public let streams: [Stream]
    /// Texts of lines without a CPR number (salaries, rent, shared costs).
    public let generalTexts: [String]
    /// Texts of negative corrections.
    public let correctionTexts: [String]

    public init(streams: [Stream], generalTexts: [String], correctionTexts: [String]) {
        self.streams = streams
        self.generalTexts = generalTexts
        self.correctionTexts = correctionTexts
    }

    /// The CPR number of person `local` of a stream: the same citizen in the demo's case files.
    public func cpr(subArea: String, local: Int) -> String? {
        guard let stream = streams.first(where: { $0.subArea == subArea }) else { return nil }
        return FictionalCPR.text(FictionalCPR.number(series: stream.series, local: local, band: stream.band))
    }
}
