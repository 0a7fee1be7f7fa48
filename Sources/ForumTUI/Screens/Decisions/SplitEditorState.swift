import ForumCore

/// The split editor (`f`): one row per paying sector with its share as typed, weights (`3`) or
/// percents (`60%`), read by `PaymentSplit(parsing:)` so that the console and the command line
/// accept the same shares. For a pending request storing the split approves it; for an approved
/// grant it changes who pays from `changeFrom` on.
struct SplitEditorState: Sendable {
    struct Row: Hashable, Sendable {
        var sector: SectorCode
        var field: TextFieldState
    }

    /// The request as it was when the editor opened: storing against a stale version is a conflict.
    var request: GrantRequest
    /// For an approved grant, the month the new split applies from (this month); nil for a pending request.
    var changeFrom: Month?
    var rows: [Row]
    var selected = 0
    /// The first month row shown in the month table.
    var monthScroll = 0
    /// Where Esc and a stored split go back to: the detail it was opened from, or the queue.
    var returnTo: DetailState?

    init(request: GrantRequest, today: Day, returnTo: DetailState?) {
        self.request = request
        changeFrom = request.status.isApproved ? today.calendarMonth : nil
        self.returnTo = returnTo
        rows = Self.rows(for: request.currentSplit)
    }

    /// One row per share, as percents when they are whole, else as weights.
    static func rows(for split: PaymentSplit) -> [Row] {
        let (percents, exact) = split.displayPercents()
        return zip(split.shares, percents).map { share, percent in
            Row(sector: share.sector, field: TextFieldState(exact ? "\(percent.percent)%" : "\(share.weight)"))
        }
    }

    /// Whether the rows differ from the split the editor opened with: quitting would lose them.
    var isEdited: Bool {
        rows.map { [$0.sector.rawValue, $0.field.text] } != Self.rows(for: request.currentSplit).map { [$0.sector.rawValue, $0.field.text] }
    }

    /// The split the rows make, or what is wrong with them.
    func check(known: Set<SectorCode>) -> SplitCheck {
        if let empty = rows.first(where: { $0.field.text.isEmpty }) {
            return .invalid(Strings.splitWeightMissing(empty.sector.rawValue))
        }
        let text = rows.map { "\($0.sector.rawValue)=\($0.field.text)" }.joined(separator: ",")
        do {
            return .valid(try PaymentSplit(parsing: text, known: known))
        } catch {
            return .invalid(error.phrase)
        }
    }

    /// The grant the split applies to: for an approved grant, as it was approved (time limit included).
    var amount: GrantAmount { request.decision?.decision.approvedAmount(of: request.amount) ?? request.amount }

    /// What the split would store and do, computed from the loaded budget.
    func preview(_ data: QueueData) -> SplitPreview {
        let check = check(known: Set(data.sectors.map(\.code)))
        let settings = data.settings
        guard case .valid(let split) = check else {
            return SplitPreview(check: check, schedule: nil, impacts: [], month: data.budget.lastPostedMonth,
                                year: settings.budgetYear)
        }
        let schedule: CommitmentSchedule
        var impacts: [ForecastImpact] = []
        if let changeFrom, let old = request.decision?.decision.split {
            let before = CommitmentSchedule(amount: amount, split: old)
            schedule = before.replacingMonths(from: changeFrom, of: amount, with: split)
            // The budget already holds the old commitments: the change is the new schedule less the old.
            let change = CommitmentSchedule(lines: schedule.lines + before.lines.map {
                CommitmentLine(month: $0.month, sector: $0.sector, amount: -$0.amount)
            })
            if let month = data.budget.lastPostedMonth {
                impacts = ForecastImpact.of(change, on: data.budget.sectors, year: settings.budgetYear, month: month,
                                            tolerance: settings.tolerance)
            }
        } else {
            schedule = CommitmentSchedule(amount: amount, split: split)
            impacts = RequestDetail.impacts(of: request, split: split, budget: data.budget, settings: settings)
        }
        return SplitPreview(check: check, schedule: schedule, impacts: impacts, month: data.budget.lastPostedMonth,
                            year: settings.budgetYear)
    }

    // MARK: - Editing

    /// A key for the selected share's field: digits, `%` and the editing keys. False for any
    /// other key, which then goes on to the editor's actions and the console.
    mutating func edit(_ key: Key) -> Bool {
        switch key {
        case .character(let character) where character.isASCII && (character.isNumber || character == "%"): break
        case .backspace, .delete, .left, .right, .home, .end: break
        case .control(let letter) where "aedkuw".contains(letter): break
        default: return false
        }
        guard rows.indices.contains(selected) else { return false }
        return rows[selected].field.handle(key)
    }

    mutating func select(by delta: Int) {
        selected = Swift.max(0, Swift.min(rows.count - 1, selected + delta))
    }

    /// Adds a sector with an empty share and selects it.
    mutating func add(_ sector: SectorCode) {
        rows.append(Row(sector: sector, field: TextFieldState()))
        selected = rows.count - 1
    }

    /// Removes the selected sector; false when it is the only one (someone must pay).
    mutating func removeSelected() -> Bool {
        guard rows.count > 1, rows.indices.contains(selected) else { return false }
        rows.remove(at: selected)
        selected = Swift.min(selected, rows.count - 1)
        return true
    }

    /// Puts a preset's shares on the first sectors in the editor, in order (the requesting sector
    /// first, as the request proposed), and drops sectors beyond the preset. Returns the message
    /// for the status line.
    mutating func apply(_ preset: SplitPreset) -> (kind: StatusMessage.Kind, text: Phrase) {
        let shares = preset.shares
        guard rows.count >= shares.count else { return (.warning, Strings.presetNeedsSectors(preset.name, shares.count)) }
        rows = zip(rows.prefix(shares.count), shares).map { row, share in Row(sector: row.sector, field: TextFieldState(share)) }
        selected = Swift.min(selected, rows.count - 1)
        return (.info, Strings.presetApplied(preset.name, sectors: rows.map(\.sector.rawValue).joined(separator: " · ")))
    }

    /// Scrolls the month table by `delta` rows, never past its ends.
    mutating func scrollMonths(by delta: Int, count: Int, visible: Int) {
        monthScroll = Swift.max(0, Swift.min(monthScroll + delta, count - visible))
    }
}

/// The split the editor's rows make, or why they make none.
enum SplitCheck: Sendable {
    case valid(PaymentSplit)
    case invalid(Phrase)
}

/// What a split would store (the commitments per month and sector, exact to the øre) and do (each
/// paying sector's forecast and deviation before → after, at the last posted month).
struct SplitPreview: Sendable {
    var check: SplitCheck
    var schedule: CommitmentSchedule?
    var impacts: [ForecastImpact]
    var month: Int?
    var year: Int

    /// What the split commits in each later budget year the grant touches.
    var laterYears: [LaterYearCommitments] { schedule.map { LaterYearCommitments.of($0, after: year) } ?? [] }
}

/// The editor's ready-made splits, applied to its sectors in order.
enum SplitPreset: Int, Hashable, Sendable, CaseIterable {
    case halves, sixtyTwentyTwenty, halfThirdSixth

    var key: Key { .function(rawValue + 2) }

    var name: Phrase {
        switch self {
        case .halves: Strings.presetHalves
        case .sixtyTwentyTwenty: Strings.presetSixtyTwentyTwenty
        case .halfThirdSixth: Strings.presetHalfThirdSixth
        }
    }

    /// The shares as typed: thirds are not whole percents, so ½/⅓/⅙ is the weights 3:2:1.
    var shares: [String] {
        switch self {
        case .halves: ["50%", "50%"]
        case .sixtyTwentyTwenty: ["60%", "20%", "20%"]
        case .halfThirdSixth: ["3", "2", "1"]
        }
    }
}
