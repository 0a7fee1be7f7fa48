/// The efficiency targets of `InMemoryRepository`, by the same `CommandRules` as every backend.
extension InMemoryRepository {
    public func targets() -> [EfficiencyTarget] {
        targetList.values.sorted { $0.year < $1.year }
    }

    public func setTarget(_ target: EfficiencyTarget, expectedVersion: Int,
                          context: CommandContext) throws(RepositoryError) -> EfficiencyTarget {
        let stored = try CommandRules.setTarget(target, existing: targetList[target.year], expectedVersion: expectedVersion,
                                                knownSectors: knownSectors, context: context)
        targetList[target.year] = stored
        token += 1
        return stored
    }
}
