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
    case settings([ForumSettings])

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
        case .settings(let rows): rows.count
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
    /// Reads a file of `kind`. CPR numbers in requests and waiting lists are replaced by
    /// pseudonyms as they are read.
    public static func read(_ kind: TableKind, from source: ImportSource, reference: ImportReference,
                            pseudonymizer: Pseudonymizer,
                            problemLimit: Int = ImportFailure.reportLimit) throws(ImportFailure) -> TableFile {
        let problems = ProblemLog(file: source.name, limit: problemLimit)
        let table: ImportedTable
        let fingerprint: String
        switch kind {
        case .budgets:
            var parser = BudgetRows(reference: reference)
            let file = TableReader.read(source, with: &parser, problems: problems)
            table = .budgets(file.rows)
            fingerprint = file.fingerprint
        case .requests:
            var parser = RequestRows(reference: reference, pseudonymizer: pseudonymizer)
            let file = TableReader.read(source, with: &parser, problems: problems)
            table = .requests(file.rows)
            fingerprint = file.fingerprint
        case .offers:
            var parser = OfferRows(sectors: reference.sectors)
            let file = TableReader.read(source, with: &parser, problems: problems)
            table = .offers(file.rows)
            fingerprint = file.fingerprint
        case .waitinglist:
            var parser = WaitingListRows(offers: reference.offers, pseudonymizer: pseudonymizer)
            let file = TableReader.read(source, with: &parser, problems: problems)
            table = .waitingList(file.rows)
            fingerprint = file.fingerprint
        case .users:
            var parser = UserRows(sectors: reference.sectors)
            let file = TableReader.read(source, with: &parser, problems: problems)
            table = .users(file.rows)
            fingerprint = file.fingerprint
        case .sectors:
            var parser = SectorRows()
            let file = TableReader.read(source, with: &parser, problems: problems)
            table = .sectors(file.rows)
            fingerprint = file.fingerprint
        case .subareas:
            var parser = SubAreaRows(sectors: reference.sectors)
            let file = TableReader.read(source, with: &parser, problems: problems)
            table = .subAreas(file.rows)
            fingerprint = file.fingerprint
        case .laws:
            var parser = LawRows(sectors: reference.sectors)
            let file = TableReader.read(source, with: &parser, problems: problems)
            table = .laws(file.rows)
            fingerprint = file.fingerprint
        case .settings:
            var parser = SettingsRows()
            let file = TableReader.read(source, with: &parser, problems: problems)
            table = .settings(file.rows)
            fingerprint = file.fingerprint
        }
        guard problems.isEmpty else { throw problems.failure }
        return TableFile(table: table, fingerprint: fingerprint)
    }
}
