import ForumCore

/// `offers`: capacity-limited offers with their capacity, quota and tariff. Their occupancy is
/// their placements (`placements`), never a count in this file.
struct OfferRows: RowParser {
    enum Column {
        static let id = 0, name = 1, sector = 2, unit = 3, capacity = 4, quota = 5, base = 6, service = 7, special = 8
        static let provider = 9, leader = 10
    }

    static let columns = [
        ColumnSpec("id", ["tilbud id", "offer_id"], required: true),
        ColumnSpec("navn", ["name"], required: true),
        ColumnSpec("sektor", ["sector"], required: true),
        ColumnSpec("enhed", ["unit"], required: true),
        ColumnSpec("kapacitet", ["capacity"], required: true),
        ColumnSpec("kvote tværgående", ["cross_sector_quota"]),
        ColumnSpec("basistakst", ["base_tariff"], required: true),
        ColumnSpec("ydelsestakst", ["service_tariff"]),
        ColumnSpec("særtakst", ["saertakst", "special_tariff"]),
        ColumnSpec("leverandør", ["leverandoer", "provider"], required: true),
        ColumnSpec("leder", ["leader"]),
    ]

    /// Places and hours are counted in whole numbers up to this; more is a typing error.
    static let largestCount = 1_000_000

    let sectors: Set<SectorCode>
    private var ids = FirstLines<String>()

    init(sectors: Set<SectorCode>) {
        self.sectors = sectors
    }

    mutating func parse(_ fields: inout RowFields) -> Offer? {
        let counts = 0...OfferRows.largestCount
        let id = fields.text(Column.id)
        let name = fields.text(Column.name)
        let sector = fields.sector(Column.sector, known: sectors)
        let unit = fields.text(Column.unit).flatMap { word in choose(OfferRows.units, word, accepted: "pladser, timer pr uge", Column.unit, &fields) }
        let capacity = fields.integer(Column.capacity, in: counts)
        let quota = fields.integer(Column.quota, in: counts) ?? 0
        let base = nonNegative(fields.money(Column.base), Column.base, &fields)
        let service = nonNegative(fields.money(Column.service), Column.service, &fields) ?? .zero
        let special = nonNegative(fields.money(Column.special), Column.special, &fields) ?? .zero
        let provider = fields.text(Column.provider).flatMap { word in choose(OfferRows.providers, word, accepted: "intern, ekstern", Column.provider, &fields) }
        let leader = fields.text(Column.leader)
        guard let id, let name, let sector, let unit, let capacity, let base, let provider,
              fields.isValid else { return nil }
        if quota > capacity {
            fields.report(Column.quota, Strings.importQuotaAboveCapacity(capacity), found: String(quota))
        }
        guard fields.isValid, ids.insert(id, column: Column.id, found: id, in: &fields) else { return nil }
        return Offer(id: OfferID(id), name: name, sector: sector, unit: unit, capacity: capacity, crossSectorQuota: quota,
                     tariff: Tariff(base: base, service: service, special: special),
                     provider: provider, leaderLogin: leader)
    }

    static let units: [String: CapacityUnit] = [
        "pladser": .places, "plads": .places, "places": .places,
        "timerpruge": .hoursPerWeek, "timer": .hoursPerWeek, "hoursperweek": .hoursPerWeek, "hours": .hoursPerWeek,
    ]

    static let providers: [String: Provider] = [
        "intern": .internal, "internal": .internal, "ekstern": .external, "external": .external,
    ]
}

/// The value a word names in a table of normalised words, or a reported problem.
func choose<Value>(_ table: [String: Value], _ word: String, accepted: String, _ column: Int,
                   _ fields: inout RowFields) -> Value? {
    if let value = table[ColumnLayout.normalized(word)] { return value }
    fields.report(column, Strings.importUnknownWord(accepted: accepted), found: Redaction.echo(word))
    return nil
}

/// The amount when it is zero or more; a negative one is reported.
func nonNegative(_ amount: Money?, _ column: Int, _ fields: inout RowFields) -> Money? {
    guard let amount, amount.isNegative else { return amount }
    fields.report(column, Strings.importNegativeAmount, found: amount.formatted(.exact, unit: false))
    return nil
}
