import ForumCore

/// The minutes in JSON: stable English keys in snake_case, amounts in øre (docs/json.md).
struct MinutesJSON: Encodable {
    struct DecisionJSON: Encodable {
        let request: String
        let `case`: String
        let offer: String
        let law: String
        let kind: String
        let amount_ore: Int64
        let shares: [ShareJSON]
        let note: String
        let valid_until: String?
        let follow_up: String?
        let decided_by: String
    }

    struct ShareJSON: Encodable {
        let sector: String
        let weight: Int
        let amount_ore: Int64
    }

    struct DeviationJSON: Encodable {
        let sector: String
        let title: String
        let deviation_ore: Int64?
        let explanation: String
        let action_plan: String
        let owner: String
    }

    struct OverrideJSON: Encodable {
        let offer: String
        let offer_name: String
        let `case`: String
        let units: Int
        let from: String
        let reason: String
    }

    struct ItemJSON: Encodable {
        let key: String
        let title: String
        let text: String
    }

    let municipality: String
    let meeting: String
    let date: String
    let chair: String
    let participants: [String]
    let closed_at: Int64?
    let decisions: [DecisionJSON]
    let deviations: [DeviationJSON]
    let overrides: [OverrideJSON]
    let free_items: [ItemJSON]
    let postponed: [ItemJSON]
    let audit_anchor: String?

    init(_ minutes: Minutes) {
        audit_anchor = minutes.auditAnchor
        municipality = minutes.municipality
        meeting = minutes.meeting.rawValue
        date = minutes.date.description
        chair = minutes.chair
        participants = minutes.participants
        closed_at = minutes.closedAt?.secondsSinceEpoch
        decisions = minutes.decisions.map { line in
            DecisionJSON(request: line.request.rawValue, case: line.caseID.rawValue, offer: line.offer, law: line.law,
                         kind: line.kind.rawValue, amount_ore: line.amount.ore,
                         shares: line.split.map { ShareJSON(sector: $0.sector.rawValue, weight: $0.weight, amount_ore: $0.amount.ore) },
                         note: line.note, valid_until: line.validUntil?.description, follow_up: line.followUp?.description,
                         decided_by: line.decidedBy)
        }
        deviations = minutes.deviations.map {
            DeviationJSON(sector: $0.sector.rawValue, title: $0.title, deviation_ore: $0.deviation?.ore, explanation: $0.explanation,
                          action_plan: $0.actionPlan, owner: $0.owner)
        }
        overrides = minutes.overrides.map {
            OverrideJSON(offer: $0.offer.rawValue, offer_name: $0.offerName, case: $0.caseID.rawValue, units: $0.units,
                         from: $0.from.description, reason: $0.reason)
        }
        free_items = minutes.freeItems.map { ItemJSON(key: $0.key.description, title: $0.title, text: $0.text) }
        postponed = minutes.postponed.map { ItemJSON(key: $0.key.description, title: $0.title, text: $0.text) }
    }
}
