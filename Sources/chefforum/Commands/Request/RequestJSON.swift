import ForumCore

/// A request in `--format json`. The keys are stable English names that scripts rely on;
/// amounts are integer øre, dates ISO 8601. Documented in docs/json.md.
struct RequestJSON: Encodable {
    struct Share: Encodable {
        let sector: String
        let weight: Int
    }

    struct DecisionJSON: Encodable {
        let kind: String
        let decided_by: String
        let decided_by_name: String
        let at: Int64
        let note: String
        let valid_until: String?
        let follow_up: String?
        let meeting: String?
    }

    let id: String
    let `case`: String
    let cross_sector: Bool
    let status: String
    let sector: String
    let law: String
    let offer: String
    let amount_kind: String
    let amount_ore: Int64
    let monthly_ore: Int64?
    let start: String
    let end: String
    let shares: [Share]
    let submitted: String
    let age_days: Int?
    let routed_to: String?
    let routing_reason: String?
    let version: Int
    let decision: DecisionJSON?

    init(_ item: QueueItem) {
        self.init(item.request, waitingDays: item.waitingDays, routing: item.routing)
    }

    init(_ request: GrantRequest, waitingDays: Int?, routing: Routing?) {
        id = request.id.rawValue
        `case` = request.caseID.rawValue
        cross_sector = request.crossSector
        status = request.status.rawValue
        sector = request.sector.rawValue
        law = request.law
        offer = request.offer
        amount_kind = request.amount.isOneOff ? "one_off" : "monthly"
        amount_ore = request.amount.total.ore
        monthly_ore = request.amount.isOneOff ? nil : request.amount.perMonth.ore
        start = request.amount.start.description
        end = request.amount.end.description
        shares = request.currentSplit.shares.map { Share(sector: $0.sector.rawValue, weight: $0.weight) }
        submitted = request.submitted.description
        age_days = waitingDays
        routed_to = routing?.authority.rawValue
        routing_reason = routing.map { Strings.routingReason($0.reason).english }
        version = request.version
        decision = request.decision.map { record in
            DecisionJSON(kind: record.decision.kind.rawValue, decided_by: record.decidedBy, decided_by_name: record.decidedByName,
                         at: record.at.secondsSinceEpoch, note: record.decision.note,
                         valid_until: record.decision.validUntil?.description, follow_up: record.decision.followUp?.description,
                         meeting: record.meeting)
        }
    }
}

/// `chefforum request show ID --format json`.
struct RequestDetailJSON: Encodable {
    struct AlternativeJSON: Encodable {
        let description: String
        let amount_ore: Int64
        let monthly_ore: Int64?
        let yearly_ore: Int64
    }

    struct CommitmentJSON: Encodable {
        let month: String
        let sector: String
        let amount_ore: Int64
    }

    struct ImpactJSON: Encodable {
        let sector: String
        let added_this_year_ore: Int64
        let forecast_before_ore: Int64
        let forecast_after_ore: Int64
        let deviation_before_ore: Int64
        let deviation_after_ore: Int64
        let beyond_tolerance_after: Bool
    }

    struct EventJSON: Encodable {
        let kind: String
        let at: Int64?
        let day: String?
        let actor: String
        let decision: String?
        let note: String
    }

    let request: RequestJSON
    let alternatives: [AlternativeJSON]
    let other_grants: [RequestJSON]
    let commitments: [CommitmentJSON]
    let impacts: [ImpactJSON]
    let forecast_month: Int?
    let history: [EventJSON]

    init(_ detail: RequestDetail) {
        request = RequestJSON(detail.request, waitingDays: detail.waitingDays, routing: detail.routing)
        alternatives = detail.request.alternatives.map {
            AlternativeJSON(description: $0.description, amount_ore: $0.amount.total.ore,
                            monthly_ore: $0.amount.isOneOff ? nil : $0.amount.perMonth.ore, yearly_ore: $0.amount.perYear.ore)
        }
        other_grants = detail.otherGrants.map { RequestJSON($0, waitingDays: nil, routing: nil) }
        commitments = detail.commitments.lines.map {
            CommitmentJSON(month: $0.month.description, sector: $0.sector.rawValue, amount_ore: $0.amount.ore)
        }
        impacts = detail.impacts.map {
            ImpactJSON(sector: $0.sector.rawValue, added_this_year_ore: $0.addedThisYear.ore, forecast_before_ore: $0.before.forecast.ore,
                       forecast_after_ore: $0.forecastAfter.ore, deviation_before_ore: $0.before.deviation.ore,
                       deviation_after_ore: $0.deviationAfter.ore, beyond_tolerance_after: $0.beyondToleranceAfter)
        }
        forecast_month = detail.forecastMonth
        history = detail.history.map {
            EventJSON(kind: $0.kind.rawValue, at: $0.at?.secondsSinceEpoch, day: $0.day?.description, actor: $0.actor,
                      decision: $0.decision?.rawValue, note: $0.note)
        }
    }
}
