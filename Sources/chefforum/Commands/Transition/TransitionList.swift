import ForumCore

/// The youth list as `transition list` and `report transitions` print it: each youth with its
/// expected amounts per year and its flags on a day, read once.
struct TransitionList {
    struct Line {
        let youth: Youth
        let expected: [(year: Int, amount: Money)]
        let flags: [YouthFlag]
    }

    let lines: [Line]
    let years: [Int]

    static func load(_ repository: any ForumRepository, years: [Int], today: Day) async throws -> TransitionList {
        let youths = try await repository.youths()
        let settings = try await repository.transitionSettings()
        let adult = TransitionInflow.adultGrantCases(try await repository.requests(), youths: youths)
        return TransitionList(lines: youths.map { youth in
            Line(youth: youth, expected: years.map { ($0, ExpectedTransition.total(youth, year: $0)) },
                 flags: YouthFlag.flags(youth, today: today, settings: settings, hasAdultGrant: adult.contains(youth.caseID)))
        }, years: years)
    }
}

/// One youth of `report transitions --format json`: keys as the issue fixes them, amounts in øre,
/// the probability as its exact fraction ("1/3"), expected amounts by year.
struct TransitionJSON: Encodable {
    let caseID: String
    let colour: String
    let probability: String
    let from: String
    let receivingSector: String
    let annualOre: Int64
    let expected: [String: Int64]
    let flags: [String]

    enum CodingKeys: String, CodingKey {
        case colour, probability, from, expected, flags
        case caseID = "case", receivingSector = "receiving_sector", annualOre = "annual_ore"
    }

    init(_ line: TransitionList.Line) {
        caseID = line.youth.caseID.rawValue
        colour = line.youth.colour.rawValue
        probability = line.youth.probability.description
        from = line.youth.transitionDate.description
        receivingSector = line.youth.receivingSector.rawValue
        annualOre = line.youth.annualCost.ore
        expected = Dictionary(uniqueKeysWithValues: line.expected.map { (String($0.year), $0.amount.ore) })
        flags = line.flags.map(\.rawValue)
    }
}

extension TransitionList {
    /// The table of the list: a row per youth, the colour as glyph and word.
    func table(_ format: OutputFormat, _ language: Language) -> TextTable {
        let cells = NumberCells(format, language)
        return TextTable(
            headers: [Strings.colCase, Strings.colColour, Strings.colProbability, Strings.colTransitionDate,
                      Strings.colReceiving].map { $0.text(language) }
                + years.map { cells.heading(String($0), .ore) } + [Strings.colFlags.text(language), Strings.colDiscussed.text(language)],
            rows: lines.map { line in
                let youth = line.youth
                return [youth.caseID.rawValue, youth.colour.glyph + " " + youth.colour.phrase.text(language),
                        youth.probability.description, youth.transitionDate.danish, youth.receivingSector.rawValue]
                    + line.expected.map { cells.kroner($0.amount) }
                    + [line.flags.map { $0.phrase.text(language) }.joined(separator: "; "), youth.lastDiscussed?.danish ?? "–"]
            },
            rightAligned: Set(5..<(5 + years.count)),
            // Narrow, the later years and the day last discussed go first; dates are never cut.
            keptWhenNarrow: Set(0...5).union([5 + years.count]), uncut: [0, 3])
    }
}
