/// The transition list of `InMemoryRepository`, by the same `CommandRules` as every backend.
extension InMemoryRepository {
    public func youths() -> [Youth] {
        youthList.values.sorted { ($0.transitionDate, $0.caseID) < ($1.transitionDate, $1.caseID) }
    }

    public func transitionSettings() -> TransitionSettings { transitions }

    public func setYouth(_ youth: Youth, expectedVersion: Int, context: CommandContext) throws(RepositoryError) -> Youth {
        guard knownCases.contains(youth.caseID) else { throw .caseNotFound(youth.caseID) }
        let stored = try CommandRules.setYouth(youth, existing: youthList[youth.caseID], expectedVersion: expectedVersion,
                                               knownSectors: knownSectors, context: context)
        youthList[youth.caseID] = stored
        token += 1
        return stored
    }

    public func setTransitionSettings(_ settings: TransitionSettings,
                                      context: CommandContext) throws(RepositoryError) -> TransitionSettings {
        transitions = try CommandRules.setTransitionSettings(settings, knownSectors: knownSectors, context: context)
        token += 1
        return transitions
    }
}
