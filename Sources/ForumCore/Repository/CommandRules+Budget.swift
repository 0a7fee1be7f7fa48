/// The rules of the economist's commands: manual forecasts and deviation notes.
extension CommandRules {
    /// Checks setting (or with nil clearing) the manual forecast of `sector` for `month` over
    /// `existing` (the stored one, nil when there is none), and returns what is to be stored: by
    /// this person, now, one version on, with the committed rest of the year and the expected
    /// transition inflow it was set against (from `figures`, the sector's figures as they stand,
    /// T included), so that later grants and youths still move it.
    /// `expectedVersion` is the version the person saw (0 for none).
    public static func setForecast(_ forecast: ManualForecast?, for sector: SectorCode, month: Month,
                                   existing: ManualForecast?, expectedVersion: Int, figures: BudgetFigures,
                                   budgetYear: Int, knownSectors: Set<SectorCode>,
                                   context: CommandContext) throws(RepositoryError) -> ManualForecast? {
        guard knownSectors.contains(sector) else { throw .unknownSector(sector) }
        guard (existing?.version ?? 0) == expectedVersion else { throw .conflict(by: existing?.author, at: existing?.at) }
        try check(context.user, may: .setForecast(sector))
        guard month.year == budgetYear else { throw .invalid(Strings.forecastOutsideBudgetYear(month.description, budgetYear)) }
        guard let forecast else {
            guard existing != nil else { throw .invalid(Strings.noForecastToClear(sector.rawValue, month.description)) }
            return nil
        }
        guard !forecast.note.allSatisfy(\.isWhitespace) else { throw .invalid(Strings.forecastNeedsNote) }
        try checkNoCPR((Strings.fieldForecastNote, forecast.note))
        guard !forecast.amount.isNegative else { throw .invalid(Strings.forecastNegative) }
        let burn = BudgetBurn(figures, month: month.month)
        return ManualForecast(amount: forecast.amount, note: forecast.note, author: context.user.name, at: context.at,
                              committedRest: burn.committedRest, transitionRest: burn.transitionRest, version: expectedVersion + 1)
    }

    /// Checks writing `note` over `existing` (the stored note of the same sector, sub-area and
    /// month, nil when there is none) and returns the note as stored: by this person, now, one
    /// version on. `note.version` is the version the person saw (0 for a new note); a sub-area's
    /// note must name one of the sector's `subAreas`.
    public static func writeDeviationNote(_ note: DeviationNote, existing: DeviationNote?, knownSectors: Set<SectorCode>,
                                          subAreas: [SubArea], context: CommandContext) throws(RepositoryError) -> DeviationNote {
        guard knownSectors.contains(note.sector) else { throw .unknownSector(note.sector) }
        if let code = note.subArea, !subAreas.contains(where: { $0.code == code && $0.sector == note.sector }) {
            throw .invalid(Strings.deviationSubAreaNotInSector(code, note.sector.rawValue))
        }
        let currentVersion = existing?.version ?? 0
        guard currentVersion == note.version else { throw .conflict(by: existing?.author, at: existing?.at) }
        try check(context.user, may: .writeDeviationNote(note.sector))
        try checkNoCPR((Strings.fieldExplanation, note.explanation), (Strings.fieldActionPlan, note.actionPlan),
                       (Strings.fieldOwner, note.owner))
        // Explained or acted on means there is something written to read.
        if note.status != .open && note.explanation.allSatisfy(\.isWhitespace) {
            throw .invalid(Strings.deviationStatusNeedsExplanation)
        }
        var stored = note
        stored.author = context.user.name
        stored.at = context.at
        stored.version = currentVersion + 1
        return stored
    }
}
