import ForumCore

/// The rows of a configuration or case-list file, typed by kind.
public enum ImportedTable: Hashable, Sendable {
    case budgets([BudgetLine])
    case requests([ImportedRequest])
    case offers([Offer])
    case waitingList([WaitingListLine])
    case users([User])
    case sectors([Sector])
    case subAreas([SubArea])
    case laws([LawBasis])

    /// Rows read.
    public var count: Int {
        switch self {
        case .budgets(let rows): rows.count
        case .requests(let rows): rows.count
        case .offers(let rows): rows.count
        case .waitingList(let rows): rows.count
        case .users(let rows): rows.count
        case .sectors(let rows): rows.count
        case .subAreas(let rows): rows.count
        case .laws(let rows): rows.count
        }
    }
}

/// Reads the files that are not postings: small enough to read whole, checked line by line and
/// against the organisation already configured. Either every line is good and all rows come
/// back, or `ImportFailure` lists the problems.
public enum TableImport {
    /// Reads a file of `kind`. CPR numbers in requests and waiting lists are replaced by
    /// pseudonyms as they are read.
    public static func read(_ kind: TableKind, from source: ImportSource, reference: ImportReference,
                            pseudonymizer: Pseudonymizer,
                            problemLimit: Int = ImportFailure.reportLimit) throws(ImportFailure) -> ImportedTable {
        let problems = ProblemLog(file: source.name, limit: problemLimit)
        let table: ImportedTable
        switch kind {
        case .budgets:
            var parser = BudgetRows(reference: reference)
            table = .budgets(TableReader.read(source, with: &parser, problems: problems))
        case .requests:
            var parser = RequestRows(reference: reference, pseudonymizer: pseudonymizer)
            table = .requests(TableReader.read(source, with: &parser, problems: problems))
        case .offers:
            var parser = OfferRows(sectors: reference.sectors)
            table = .offers(TableReader.read(source, with: &parser, problems: problems))
        case .waitinglist:
            var parser = WaitingListRows(offers: reference.offers, pseudonymizer: pseudonymizer)
            table = .waitingList(TableReader.read(source, with: &parser, problems: problems))
        case .users:
            var parser = UserRows(sectors: reference.sectors)
            table = .users(TableReader.read(source, with: &parser, problems: problems))
        case .sectors:
            var parser = SectorRows()
            table = .sectors(TableReader.read(source, with: &parser, problems: problems))
        case .subareas:
            var parser = SubAreaRows(sectors: reference.sectors)
            table = .subAreas(TableReader.read(source, with: &parser, problems: problems))
        case .laws:
            var parser = LawRows(sectors: reference.sectors)
            table = .laws(TableReader.read(source, with: &parser, problems: problems))
        }
        guard problems.isEmpty else { throw problems.failure }
        return table
    }
}
