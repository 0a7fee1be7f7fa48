import ForumCore

/// `sectors`: code, name and the login of the budget-responsible chief. Logins are not checked
/// against the users, since users name their sector and sectors their chief: one of the two
/// files must come first.
struct SectorRows: RowParser {
    enum Column { static let code = 0, name = 1, chief = 2 }

    static let columns = [
        ColumnSpec("kode", ["code"], required: true),
        ColumnSpec("navn", ["name"], required: true),
        ColumnSpec("fagchef", ["chief"]),
    ]

    private var codes = FirstLines<SectorCode>()

    mutating func parse(_ fields: inout RowFields) -> Sector? {
        let code = fields.text(Column.code)
        let name = fields.text(Column.name)
        let chief = fields.text(Column.chief)
        guard let code, let name else { return nil }
        let sector = SectorCode(code)
        guard codes.insert(sector, column: Column.code, found: code, in: &fields) else { return nil }
        return Sector(code: sector, name: name, chiefLogin: chief)
    }
}

/// `subareas`: a kontoplan prefix (`5.38.52`), its name and the sector it belongs to.
struct SubAreaRows: RowParser {
    enum Column { static let code = 0, name = 1, sector = 2 }

    static let columns = [
        ColumnSpec("kode", ["code"], required: true),
        ColumnSpec("navn", ["name"], required: true),
        ColumnSpec("sektor", ["sector"], required: true),
    ]

    let sectors: Set<SectorCode>
    private var codes = FirstLines<String>()

    init(sectors: Set<SectorCode>) {
        self.sectors = sectors
    }

    mutating func parse(_ fields: inout RowFields) -> SubArea? {
        let code = fields.text(Column.code)
        let name = fields.text(Column.name)
        let sector = fields.sector(Column.sector, known: sectors)
        guard let code, let name, let sector else { return nil }
        guard SubAreaRows.isKontoplanPrefix(code) else {
            fields.report(Column.code, Strings.importNotAKontoplanPrefix, found: Redaction.echo(code))
            return nil
        }
        guard codes.insert(code, column: Column.code, found: code, in: &fields) else { return nil }
        return SubArea(code: code, name: name, sector: sector)
    }

    /// Groups of digits separated by single dots: `5`, `5.38`, `5.38.52`.
    static func isKontoplanPrefix(_ code: String) -> Bool {
        let segments = code.split(separator: ".", omittingEmptySubsequences: false)
        return segments.allSatisfy { !$0.isEmpty && $0.allSatisfy { ("0"..."9").contains($0) } }
    }
}

/// `laws`: a law code (`SEL52`), its name, and the sector that pays by default.
struct LawRows: RowParser {
    enum Column { static let code = 0, name = 1, payer = 2 }

    static let columns = [
        ColumnSpec("kode", ["code"], required: true),
        ColumnSpec("navn", ["name"], required: true),
        ColumnSpec("betaler", ["payer"], required: true),
    ]

    let sectors: Set<SectorCode>
    private var codes = FirstLines<String>()

    init(sectors: Set<SectorCode>) {
        self.sectors = sectors
    }

    mutating func parse(_ fields: inout RowFields) -> LawBasis? {
        let code = fields.text(Column.code)
        let name = fields.text(Column.name)
        let payer = fields.sector(Column.payer, known: sectors)
        guard let code, let name, let payer else { return nil }
        guard codes.insert(code.uppercased(), column: Column.code, found: code, in: &fields) else { return nil }
        return LawBasis(code: code, name: name, defaultPayer: payer)
    }
}
