/// The rules of the youth list (DOMAIN §12): who may change a youth record and what is stored.
extension CommandRules {
    /// Checks writing `youth` over `existing` (the stored record of the case, nil for a new one)
    /// and returns the record as stored: by this person, now, one version on. `expectedVersion` is
    /// the version the person saw (0 for a new record). The economist and the chiefs of the
    /// children's and the receiving sector may write it, before and after the change.
    public static func setYouth(_ youth: Youth, existing: Youth?, expectedVersion: Int, knownSectors: Set<SectorCode>,
                                context: CommandContext) throws(RepositoryError) -> Youth {
        for sector in [youth.childrenSector, youth.receivingSector] where !knownSectors.contains(sector) {
            throw .unknownSector(sector)
        }
        guard (existing?.version ?? 0) == expectedVersion else { throw .conflict(by: existing?.author, at: existing?.at) }
        if let existing { try check(context.user, may: .editYouth(existing)) }
        try check(context.user, may: .editYouth(youth))
        try checkNoCPR((Strings.fieldExpectedMeasure, youth.expectedMeasure), (Strings.fieldYouthLaw, youth.law))
        var stored: Youth
        do {
            stored = try youth.validated()
        } catch {
            throw .invalid(error.phrase)
        }
        stored.author = context.user.name
        stored.at = context.at
        stored.version = expectedVersion + 1
        return stored
    }

    /// Checks new transition settings: the administrator's, ages in range.
    public static func setTransitionSettings(_ settings: TransitionSettings, knownSectors: Set<SectorCode>,
                                             context: CommandContext) throws(RepositoryError) -> TransitionSettings {
        try check(context.user, may: .administer)
        for sector in settings.netOtherInflow.keys where !knownSectors.contains(sector) { throw .unknownSector(sector) }
        do {
            return try settings.validated()
        } catch {
            throw .invalid(error.phrase)
        }
    }

    /// May `user` change this youth record? The console's keys show the answer.
    public static func permission(_ user: User, toEdit youth: Youth) -> Permission {
        Permissions.check(user, .editYouth(youth))
    }
}
