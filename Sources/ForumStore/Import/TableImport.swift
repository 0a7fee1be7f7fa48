import ForumCore

/// The rows of a configuration or case-list file, typed by kind.
public enum ImportedTable: Hashable, Sendable {
    case budgets([BudgetLine])
    case requests([ImportedRequest])
    case offers([Offer])
    case waitingList([WaitingListLine])
    case placements([PlacementLine])
    case users([User])
    case sectors([Sector])
    case subAreas([SubArea])
    case laws([LawBasis])
    case settings([ForumSettings])
    case youths([YouthLine])

    /// Rows read.
    public var count: Int {
        switch self {
        case .budgets(let rows): rows.count
        case .requests(let rows): rows.count
        case .offers(let rows): rows.count
        case .waitingList(let rows): rows.count
        case .placements(let rows): rows.count
        case .users(let rows): rows.count
        case .sectors(let rows): rows.count
        case .subAreas(let rows): rows.count
        case .laws(let rows): rows.count
        case .settings(let rows): rows.count
        case .youths(let rows): rows.count
        }
    }
}

/// A configuration or case-list file as read: its rows and its fingerprint.
public struct TableFile: Hashable, Sendable {
    public let table: ImportedTable
    /// SHA-256 of the file's bytes, hexadecimal.
    public let fingerprint: String
}

/// Reads the files that are not postings: small enough to read whole, checked line by line and
/// against the organisation already configured. Either every line is good and all rows come
/// back, or `ImportFailure` lists the problems.
public enum TableImport {
    /// Reads a file of `kind`. CPR numbers in requests, waiting lists and placements are replaced by
    /// pseudonyms as they are read.
    public static func read(_ kind: ImportKind, from source: ImportSource, reference: ImportReference,
                            pseudonymizer: Pseudonymizer,
                            problemLimit: Int = ImportFailure.reportLimit) throws(ImportFailure) -> TableFile {
        let problems = ProblemLog(file: source.name, limit: problemLimit)
        /// Reads the file with one kind's parser and wraps its rows as that kind.
        func read<Parser: RowParser>(_ parser: Parser, _ wrap: ([Parser.Row]) -> ImportedTable) -> (ImportedTable, String) {
            var parser = parser
            let file = TableReader.read(source, with: &parser, problems: problems)
            return (wrap(file.rows), file.fingerprint)
        }
        let (table, fingerprint): (ImportedTable, String)
        switch kind {
        case .postings:
            // Postings are too many to hold: they stream through `PostingsReader`.
            problems.add(Strings.importPostingsNotWhole)
            throw problems.failure
        case .budgets: (table, fingerprint) = read(BudgetRows(reference: reference), ImportedTable.budgets)
        case .requests: (table, fingerprint) = read(RequestRows(reference: reference, pseudonymizer: pseudonymizer), ImportedTable.requests)
        case .offers: (table, fingerprint) = read(OfferRows(sectors: reference.sectors), ImportedTable.offers)
        case .waitinglist: (table, fingerprint) = read(WaitingListRows(offers: reference.offers, pseudonymizer: pseudonymizer), ImportedTable.waitingList)
        case .placements: (table, fingerprint) = read(PlacementRows(reference: reference, pseudonymizer: pseudonymizer), ImportedTable.placements)
        case .users: (table, fingerprint) = read(UserRows(sectors: reference.sectors), ImportedTable.users)
        case .sectors: (table, fingerprint) = read(SectorRows(), ImportedTable.sectors)
        case .subareas: (table, fingerprint) = read(SubAreaRows(sectors: reference.sectors), ImportedTable.subAreas)
        case .laws: (table, fingerprint) = read(LawRows(sectors: reference.sectors), ImportedTable.laws)
        case .settings: (table, fingerprint) = read(SettingsRows(), ImportedTable.settings)
        case .youths: (table, fingerprint) = read(YouthRows(sectors: reference.sectors, pseudonymizer: pseudonymizer), ImportedTable.youths)
        }
        guard problems.isEmpty else { throw problems.failure }
        return TableFile(table: table, fingerprint: fingerprint)
    }
}
