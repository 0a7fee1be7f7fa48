/// The domain's words about capacity-limited offers, placements and waiting lists.
extension Strings {
    public static func quotaReserved(_ id: String) -> Phrase {
        Phrase(da: "de ledige pladser på \(id) er forbeholdt den tværgående indsats",
               en: "the free units on \(id) are reserved for the cross-sector solution")
    }
    public static func placementNotFound(_ id: Int64) -> Phrase {
        Phrase(da: "placering \(id) findes ikke", en: "there is no placement \(id)")
    }
    public static func caseNotFound(_ id: String) -> Phrase {
        Phrase(da: "sagen \(id) findes ikke", en: "there is no case \(id)")
    }
    public static let onlyChiefOverrides = Phrase(
        da: "kun en fagchef kan tilsidesætte kapacitet eller kvote", en: "only a chief can override capacity or quota")
    public static let overrideNeedsReason = Phrase(
        da: "en tilsidesættelse kræver en begrundelse", en: "an override needs a reason")
    public static let unitsAtLeastOne = Phrase(da: "antal enheder skal være mindst 1", en: "the units must be at least 1")
    public static let placementEndsBeforeStart = Phrase(
        da: "placeringen kan ikke slutte før den begynder", en: "a placement cannot end before it starts")
    public static func placementAlreadyEnds(_ day: Day) -> Phrase {
        Phrase(da: "placeringen slutter allerede \(day.danish)", en: "the placement already ends on \(day.danish)")
    }
    public static func alreadyWaiting(_ caseID: String) -> Phrase {
        Phrase(da: "\(caseID) står allerede på ventelisten", en: "\(caseID) is already on the waiting list")
    }
    public static func quotaOutOfRange(_ capacity: Int) -> Phrase {
        Phrase(da: "kvoten skal ligge mellem 0 og kapaciteten \(capacity)",
               en: "the quota must lie between 0 and the capacity \(capacity)")
    }
    public static func priorityOutOfRange(_ lowest: Int) -> Phrase {
        Phrase(da: "prioriteten skal ligge mellem 1 og \(lowest)", en: "the priority must lie between 1 and \(lowest)")
    }
}
