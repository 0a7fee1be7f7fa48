import Testing
@testable import ForumCore

@Suite("Commitment schedules of approved grants")
struct CommitmentScheduleTests {
    @Test("60/20/20 of 37.500,00 kr a month over 7 whole months (Assens' mentor)")
    func assensMentor() throws {
        let amount = try GrantAmount.monthly(kr(37_500), from: day(2026, 1, 1), through: day(2026, 7, 31))
        let schedule = CommitmentSchedule(amount: amount, split: split([("BEV", 60), ("VOK", 20), ("FAM", 20)]))
        #expect(schedule.months.count == 7)
        for m in schedule.months {
            #expect(schedule.total(in: m) == kr(37_500))
        }
        #expect(schedule.total(for: "BEV") == kr(157_500))
        #expect(schedule.total(for: "VOK") == kr(52_500))
        #expect(schedule.total(for: "FAM") == kr(52_500))
        #expect(schedule.total == kr(262_500))
    }

    @Test("12.000 kr a month from 15 March to 14 June 2026, pro rata by days")
    func partialMonths() throws {
        let amount = try GrantAmount.monthly(kr(12_000), from: day(2026, 3, 15), through: day(2026, 6, 14))
        let months = amount.monthlyAmounts
        #expect(months.map(\.month) == [month(2026, 3), month(2026, 4), month(2026, 5), month(2026, 6)])
        #expect(months.map(\.amount) == [kr(6_580, 65), kr(12_000), kr(12_000), kr(5_600)])
        #expect(amount.total == kr(36_180, 65))
        let schedule = CommitmentSchedule(amount: amount, split: .single("VOK"))
        #expect(schedule.total == kr(36_180, 65))
    }

    @Test("Every month of a split schedule sums exactly, and the schedule sums to the total")
    func exactEveryMonth() throws {
        let amount = try GrantAmount.monthly(Money(ore: 1_234_567), from: day(2026, 2, 10), through: day(2027, 1, 20))
        let shares = split([("BEV", 3), ("VOK", 2), ("FAM", 1)])
        let schedule = CommitmentSchedule(amount: amount, split: shares)
        for (m, monthAmount) in amount.monthlyAmounts {
            #expect(schedule.total(in: m) == monthAmount)
        }
        #expect(schedule.total == amount.total)
        #expect(schedule.byMonth(for: "BEV", year: 2026).count == 12)
        #expect(schedule.byMonth(for: "BEV", year: 2026)[0] == .zero)
    }

    @Test("A one-off amount is booked in its month")
    func oneOff() {
        let schedule = CommitmentSchedule(amount: .oneOff(kr(80_000), on: day(2026, 5, 20)),
                                          split: split([("BEV", 1), ("FAM", 1)]))
        #expect(schedule.lines == [
            CommitmentLine(month: month(2026, 5), sector: "BEV", amount: kr(40_000)),
            CommitmentLine(month: month(2026, 5), sector: "FAM", amount: kr(40_000)),
        ])
    }

    @Test("A changed split applies from its month on; earlier months keep their lines, also after a second change")
    func changedSplit() throws {
        let amount = try GrantAmount.monthly(kr(10_000), from: day(2026, 1, 1), through: day(2026, 4, 30))
        let original = CommitmentSchedule(amount: amount, split: .single("BEV"))
        let changed = original.replacingMonths(from: month(2026, 3), of: amount, with: split([("BEV", 1), ("VOK", 1)]))
        #expect(changed.total(for: "BEV") == kr(30_000))
        #expect(changed.total(for: "VOK") == kr(10_000))
        #expect(changed.total == kr(40_000))
        // Changing back from March restores the original; a later change leaves March alone.
        #expect(changed.replacingMonths(from: month(2026, 3), of: amount, with: .single("BEV")).lines == original.lines)
        let again = changed.replacingMonths(from: month(2026, 4), of: amount, with: .single("VOK"))
        #expect(again.total(for: "BEV") == kr(25_000))
        #expect(again.total(for: "VOK") == kr(15_000))
    }

    @Test("An end before the start is refused")
    func endBeforeStart() {
        #expect(throws: GrantError.endBeforeStart(start: day(2026, 5, 1), end: day(2026, 4, 30))) {
            try GrantAmount.monthly(kr(1), from: day(2026, 5, 1), through: day(2026, 4, 30))
        }
    }

    @Test("A time-limited approval cuts the grant at its limit")
    func timeLimited() throws {
        let amount = try GrantAmount.monthly(kr(31_000), from: day(2026, 1, 1), through: day(2026, 12, 31))
        let decision = Decision(kind: .approveTimeLimited, split: .single("BEV"), validUntil: day(2026, 3, 15))
        let cut = decision.approvedAmount(of: amount)
        // January and February are whole months at the rate; 15 of 31 days of March.
        #expect(cut.total == kr(31_000) + kr(31_000) + kr(15_000))
        #expect(Decision(kind: .approve, split: .single("BEV")).approvedAmount(of: amount) == amount)
    }
}
