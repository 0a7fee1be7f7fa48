import ForumCore

/// After an approval of a request for a capacity-limited offer (#10 item 5): the choice to give
/// the case a unit — which carries out the grant, paid by it alone — or to put it on the waiting
/// list, asked only of someone who may manage that offer now (its leader, the sector's chief, the
/// chair in an open meeting). Esc leaves the approval as it is.
extension DecisionsScreen {
    /// The dialog asking for the choice; nil when there is none to make.
    func askPlace(_ decided: GrantRequest, _ decision: Decision, context: ScreenContext) -> ScreenDialog? {
        guard decided.status.isApproved, let offerID = decided.offerID, let data,
              let offer = data.offers.first(where: { $0.id == offerID }),
              CommandRules.permission(context.user, toManage: offer, meeting: data.meeting).isAllowed else { return nil }
        let terms = CommandRules.PlacementTerms.grant(decided, decision: decision, from: nil, overrideReason: nil,
                                                      today: context.today)
        let question = Strings.placeOrWaitQuestion(decided.id.rawValue, caseID: decided.caseID.rawValue, offer: offer.name,
                                                   from: terms.from, free: offer.occupancy(on: terms.from).free)
        return openDialog(Strings.placeOrWaitTitle(offer.name), question, field: (TextFieldState(), Strings.fieldPlaceOrWait),
                          confirm: Strings.dialogNext, then: .place(decided, terms), context: context).dialog
    }

    /// `p` places the case, `v` (or `v2`: band 2) puts it on the waiting list; anything else asks again.
    func placeAnswered(_ request: GrantRequest, terms: CommandRules.PlacementTerms, text: String, dialog: DialogState,
                       context: ScreenContext) -> ScreenResponse {
        let answer = text.trimmed.lowercased()
        let commandContext = commandContext(context)
        if answer == "p" {
            return ScreenResponse(effects: [command("place \(request.id)", {
                try await $0.place(request, terms: terms, context: commandContext)
            }) { screen, offer, context in
                ScreenResponse(effects: screen.reload(context),
                               status: (.success, Strings.placedForGrant(request.caseID.rawValue, offer: offer.name)))
            }])
        }
        if answer.first == "v", let priority = answer.count == 1 ? 1 : Int(String(answer.dropFirst()).trimmed) {
            return ScreenResponse(effects: [command("wait \(request.id)", {
                try await $0.wait(request, priority: priority, context: commandContext)
            }) { screen, offer, context in
                ScreenResponse(effects: screen.reload(context),
                               status: (.success, Strings.waitingSet(request.caseID.rawValue, offer.name, priority: priority)))
            }])
        }
        var again = self.dialog(dialog, then: .place(request, terms))
        again.status = (.warning, Strings.answerPlaceOrWait)
        return again
    }
}
