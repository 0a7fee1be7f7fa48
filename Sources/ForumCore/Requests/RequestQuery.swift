/// The filter language of the queue, shared by the console's `/` and `--filter` on the command
/// line: `sektor:BUF,VOK beløb:>25000 -status:udsat alder:>14d lov:SEL52 mentor`.
///
/// A `Query` over the queue's items (see `QueryLanguage` for the syntax). Free words must occur
/// in the id, case, offer, unit, law, sector, reason or who asked.
public typealias RequestQuery = Query<QueueItem>

extension Query where Subject == QueueItem {
    /// Reads a query in the queue's language, or `QueryError` naming the term that is wrong.
    /// With `sectors`, a sector that does not exist is reported instead of matching nothing.
    public init(parsing text: String, sectors: [SectorCode]? = nil) throws(QueryError) {
        self = try Query.language(sectors: sectors).parse(text)
    }

    /// The queue's fields: sector, total, monthly rate, status, waiting age and law.
    public static func language(sectors: [SectorCode]? = nil) -> QueryLanguage<QueueItem> {
        QueryLanguage(fields: [
            .code(Phrase(da: "sektor", en: "sector"), example: same("BUF"), known: sectors?.map(\.rawValue)) { item, code in
                let request = item.request
                return request.sector.rawValue == code || request.currentSplit.sectors.contains { $0.rawValue == code }
            },
            .comparing(Phrase(da: "beløb", en: "amount"), aliases: ["belob", "total"], example: same(">25000"),
                       wholeFirst: true, value: { $0.request.amount.total }, read: { try? Money(parsing: $0) },
                       invalid: QueryError.badAmount),
            .comparing(Phrase(da: "md", en: "monthly"), aliases: ["måned", "maanedsbeloeb", "month"],
                       example: same(">10000"), wholeFirst: true, value: { $0.request.amount.perMonth },
                       read: { try? Money(parsing: $0) }, invalid: QueryError.badAmount),
            .choice(Phrase(da: "status", en: "status"), example: Phrase(da: "afventer", en: "pending"),
                    value: { $0.request.status }, words: RequestQuery.statuses, invalid: QueryError.badStatus),
            .comparing(Phrase(da: "alder", en: "age"), aliases: ["ventetid"], example: same(">14d"),
                       value: { $0.waitingDays }, read: RequestQuery.days, invalid: QueryError.badAge),
            .prefix(Phrase(da: "lov", en: "law"), example: same("SEL52")) { $0.request.law },
        ], searchText: \.searchText)
    }

    /// An example that reads the same in both languages.
    private static func same(_ text: String) -> Phrase { Phrase(da: text, en: text) }

    /// `14`, `14d`, `2u` (weeks), `2w`.
    static func days(_ text: String) -> Int? {
        let lower = text.lowercased()
        if let number = Int(lower) { return number }
        guard let unit = lower.last, let number = Int(lower.dropLast()) else { return nil }
        switch unit {
        case "d": return number
        case "u", "w": return number * 7
        default: return nil
        }
    }

    /// A status word (normalised) in Danish or English; `afventer`/`pending` means every status
    /// still waiting, `godkendt` both kinds of approval.
    static func statuses(_ word: String) -> Set<RequestStatus>? {
        switch word {
        case "afventer", "pending", "aaben", "open": Set(RequestStatus.allCases.filter(\.isPending))
        case "indstillet", "submitted": [.submitted]
        case "dagsorden", "paadagsorden", "onagenda", "on_agenda", "agenda": [.onAgenda]
        case "godkendt", "approved": [.approved, .approvedTimeLimited]
        case "tidsbegraenset", "timelimited", "approved_time_limited": [.approvedTimeLimited]
        case "afvist", "rejected": [.rejected]
        case "udsat", "deferred": [.deferred]
        case "henvist", "referred": [.referred]
        case "trukket", "withdrawn": [.withdrawn]
        case "besluttet", "decided": Set(RequestStatus.allCases.filter { !$0.isPending })
        default: nil
        }
    }
}
