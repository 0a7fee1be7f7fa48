/// Whether a person may run a command, asked before it runs: the console's keys show the answer
/// (a ✗ in the footer, the reason in help, on the status line when pressed) from the same rules
/// `CommandRules` applies when the command reaches a repository.
extension CommandRules {
    /// May `user` decide `request` this way, paid as `split` (the proposal when nil), while
    /// `meeting` is open (nil: none is)? Routing counts the paying sectors of the split decided,
    /// as `decide` does.
    public static func permission(_ user: User, toDecide kind: DecisionKind, on request: GrantRequest,
                                  split: PaymentSplit? = nil, policy: CompetencePolicy, meeting: Meeting?) -> Permission {
        let payers = (split ?? request.proposedSplit).sectors
        let routing = policy.route(RoutingFacts(amount: request.amount, weeklyHours: request.weeklyHours,
                                                payingSectors: payers.count))
        return Permissions.check(user, .decide(request, kind, routing, payers: payers, meeting: meeting))
    }

    /// May `user` change who pays for `request` from now on? Only an approved grant's split changes.
    public static func permission(_ user: User, toChangeSplitOf request: GrantRequest) -> Permission {
        guard request.status.isApproved else { return .denied(Strings.splitChangeNeedsApproval(request.id.rawValue)) }
        return Permissions.check(user, .changeSplit(request))
    }
}

extension CommandRules {
    /// May `user` allocate, end and manage the waiting list and quota of `offer` while `meeting`
    /// is open (nil: none is)? The keys of screen 2 show this reason; the repository's commands
    /// apply the same check.
    public static func permission(_ user: User, toManage offer: Offer, meeting: Meeting?) -> Permission {
        Permissions.check(user, .manageOffer(offer, meeting: meeting))
    }
}
