import ArgumentParser
import ForumCore

/// What the budget commands share: `--month YYYY-MM` and `--sector CODE`, checked against the
/// store, and the budget rows read once.
struct BudgetArguments: ParsableArguments {
    @Option(help: ArgumentHelp(Strings.reportMonthHelp, valueName: Strings.valueMonth)) var month: String?
    @Option(help: ArgumentHelp(Strings.reportSectorHelp, valueName: Strings.valueSector)) var sector: String?

    /// The budget rows of the settings' year and the burn at the chosen month.
    func report(_ session: Session) async throws -> (report: BurnReport, rows: BudgetInput, settings: ForumSettings) {
        let repository = session.repository
        let settings = try await repository.settings()
        let rows = try await repository.forecastRows(year: settings.budgetYear)
        let chosen = try month.map { try parseMonth($0, budgetYear: settings.budgetYear) }
        guard let last = rows.lastPostedMonth else { throw CommandError.failed(Strings.reportNoPostings(settings.budgetYear)) }
        if let chosen, chosen.month > last {
            throw CommandError.invalidArgument(Strings.reportMonthAfterPostings(chosen.description, last: Strings.monthName(last)))
        }
        let sectors = try await repository.sectors()
        let wanted = try sector.map { code in
            let code = SectorCode(code)
            guard sectors.contains(where: { $0.code == code }) else { throw CommandError.invalidArgument(Strings.reportUnknownSector(code.rawValue)) }
            return code
        }
        guard let report = BurnReport.make(rows, sectors: sectors.filter { wanted == nil || $0.code == wanted },
                                           subAreas: try await repository.subAreas(), month: chosen?.month,
                                           tolerance: settings.tolerance) else {
            throw CommandError.failed(Strings.reportNoPostings(settings.budgetYear))
        }
        return (report, rows, settings)
    }
}

/// `--month` as given, else — as the help says — the last month with postings in the budget year.
func chosenMonth(_ text: String?, settings: ForumSettings, repository: any ForumRepository) async throws -> Month {
    if let text { return try parseMonth(text, budgetYear: settings.budgetYear) }
    guard let last = try await repository.forecastRows(year: settings.budgetYear).lastPostedMonth else {
        throw CommandError.failed(Strings.reportNoPostings(settings.budgetYear))
    }
    return try Month(year: settings.budgetYear, month: last)
}

/// Reads `YYYY-MM` of the budget year, or says what is wrong with it.
func parseMonth(_ text: String, budgetYear: Int) throws -> Month {
    let parts = text.split(separator: "-", omittingEmptySubsequences: false)
    guard parts.count == 2, parts[0].count == 4, let year = Int(parts[0]), let number = Int(parts[1]),
          let month = try? Month(year: year, month: number) else {
        throw CommandError.invalidArgument(Strings.reportBadMonth(text))
    }
    guard year == budgetYear else { throw CommandError.invalidArgument(Strings.forecastOutsideBudgetYear(text, budgetYear)) }
    return month
}

/// A kroner amount as `--amount` takes it (`12.500.000`, `12500000,50`).
func parseAmount(_ text: String) throws -> Money {
    do {
        return try Money(parsing: text)
    } catch {
        throw CommandError.invalidArgument(Strings.reportBadAmount(text, error.phrase))
    }
}
