/// The rules of efficiency targets (DOMAIN §13): who may set one and what is stored.
extension CommandRules {
    /// Checks setting `target` over `existing` (the year's stored target, nil when it has none)
    /// and returns it as stored: by this person, now, one version on. `expectedVersion` is the
    /// version the person saw (0 for a new target). The economist and the administrator set targets.
    public static func setTarget(_ target: EfficiencyTarget, existing: EfficiencyTarget?, expectedVersion: Int,
                                 knownSectors: Set<SectorCode>, context: CommandContext) throws(RepositoryError) -> EfficiencyTarget {
        try check(context.user, may: .setTarget)
        try checkKnown(target.split.sectors, in: knownSectors)
        guard (existing?.version ?? 0) == expectedVersion else { throw .conflict(by: existing?.author, at: existing?.at) }
        try checkNoCPR((Strings.fieldTargetNote, target.note))
        var stored = target
        stored.author = context.user.name
        stored.at = context.at
        stored.version = expectedVersion + 1
        return stored
    }
}
