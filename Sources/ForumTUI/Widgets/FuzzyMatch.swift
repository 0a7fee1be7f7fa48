/// Matching what the user types against names. The palette ranks: case does not matter; a name
/// containing the query ranks first (earlier is better); a name that has the query's letters in
/// order ("nsk" in "næste skærm") also matches, ranked lower. Help filters more strictly, by words.
public enum FuzzyMatch {
    /// Whether every word of `query` occurs in `text`, ignoring case: help's filter, which must
    /// not surprise by matching letters scattered over a long line.
    public static func containsWords(_ query: String, in text: String) -> Bool {
        let hay = Array(text.lowercased())
        return query.lowercased().split(separator: " ").allSatisfy { hay.firstRange(of: Array($0)) != nil }
    }

    /// A score for `query` against `candidate` (higher is better), or nil when it does not match.
    /// An empty query matches everything equally.
    public static func score(_ query: String, in candidate: String) -> Int? {
        let needle = Array(query.lowercased().filter { $0 != " " })
        guard !needle.isEmpty else { return 0 }
        let hay = Array(candidate.lowercased())
        if let range = hay.firstRange(of: Array(query.lowercased())) {
            return 10_000 - range.lowerBound
        }
        var position = 0
        var gaps = 0
        var previous: Int?
        for character in needle {
            guard let found = hay[position...].firstIndex(of: character) else { return nil }
            if let previous { gaps += found - previous - 1 }
            previous = found
            position = found + 1
        }
        return 1_000 - gaps
    }

    /// The items whose text matches, best first; ties keep their original order.
    public static func filter<Item>(_ items: [Item], query: String, text: (Item) -> String) -> [Item] {
        items.enumerated()
            .compactMap { index, item in score(query, in: text(item)).map { (index, item, $0) } }
            .sorted { $0.2 != $1.2 ? $0.2 > $1.2 : $0.0 < $1.0 }
            .map(\.1)
    }
}
