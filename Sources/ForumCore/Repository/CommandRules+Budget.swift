/// The rules of the economist's commands: manual forecasts and deviation notes.
extension CommandRules {
    /// Checks setting (or with nil clearing) the manual forecast of `sector`, and returns what
    /// is to be stored. A manual forecast carries no version: the last one set stands.
    public static func setForecast(_ forecast: ManualForecast?, for sector: SectorCode, knownSectors: Set<SectorCode>,
                                   context: CommandContext) throws(RepositoryError) -> ManualForecast? {
        guard knownSectors.contains(sector) else { throw .unknownSector(sector) }
        try check(context.user, may: .setForecast(sector))
        if let forecast { try checkNoCPR((Strings.fieldForecastNote, forecast.note)) }
        return forecast
    }

    /// Checks writing `note` over `existing` (the stored note of the same sector and month, nil
    /// when there is none) and returns the note as stored: by this person, now, one version on.
    /// `note.version` is the version the person saw (0 for a new note).
    public static func writeDeviationNote(_ note: DeviationNote, existing: DeviationNote?, knownSectors: Set<SectorCode>,
                                          context: CommandContext) throws(RepositoryError) -> DeviationNote {
        guard knownSectors.contains(note.sector) else { throw .unknownSector(note.sector) }
        let currentVersion = existing?.version ?? 0
        guard currentVersion == note.version else { throw .conflict(by: existing?.author, at: existing?.at) }
        try check(context.user, may: .writeDeviationNote(note.sector))
        try checkNoCPR((Strings.fieldExplanation, note.explanation), (Strings.fieldActionPlan, note.actionPlan),
                       (Strings.fieldOwner, note.owner))
        var stored = note
        stored.author = context.user.name
        stored.at = context.at
        stored.version = currentVersion + 1
        return stored
    }
}
