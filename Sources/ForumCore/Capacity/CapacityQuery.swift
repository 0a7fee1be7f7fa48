/// The filter language of the capacity board, shared by screen 2's `/` and `capacity list
/// --filter`: `sektor:VOK leverandør:intern ledig:>0 venteliste:>0 Egebo`. Free words must occur
/// in the offer's id, name, sector or leader.
public typealias CapacityQuery = Query<OfferStatus>

extension Query where Subject == OfferStatus {
    /// Reads a query in the board's language, or `QueryError` naming the term that is wrong.
    /// With `sectors`, a sector that does not exist is reported instead of matching nothing.
    public init(parsing text: String, sectors: [SectorCode]? = nil) throws(QueryError) {
        self = try Query.language(sectors: sectors).parse(text)
    }

    /// The board's fields: sector, provider, free units and waiting-list length.
    public static func language(sectors: [SectorCode]? = nil) -> QueryLanguage<OfferStatus> {
        QueryLanguage(fields: [
            .code(Phrase(da: "sektor", en: "sector"), example: Phrase(da: "VOK", en: "VOK"), known: sectors?.map(\.rawValue)) {
                $0.offer.sector.rawValue == $1
            },
            .choice(Phrase(da: "leverandør", en: "provider"), aliases: ["leverandoer", "levarandor"],
                    example: Phrase(da: "intern", en: "internal"), value: { $0.offer.provider },
                    words: CapacityQuery.providers, invalid: QueryError.badProvider),
            .comparing(Phrase(da: "ledig", en: "free"), example: Phrase(da: ">0", en: ">0"), value: { $0.occupancy.free },
                       read: { Int($0) }, invalid: QueryError.badCount),
            .comparing(Phrase(da: "venteliste", en: "waiting"), aliases: ["ventende"], example: Phrase(da: ">0", en: ">0"),
                       value: { $0.waiting.count }, read: { Int($0) }, invalid: QueryError.badCount),
        ]) { status in
            [status.offer.id.rawValue, status.offer.name, status.offer.sector.rawValue, status.offer.leaderLogin ?? ""]
        }
    }

    /// A provider word (normalised) in Danish or English.
    static func providers(_ word: String) -> Set<Provider>? {
        switch word {
        case "intern", "internal", "egen", "own": [.internal]
        case "ekstern", "external": [.external]
        default: nil
        }
    }
}
