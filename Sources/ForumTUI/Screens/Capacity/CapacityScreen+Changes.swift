import ForumCore

/// Ending a placement (`e`) and the waiting list (`p` a waiting case's priority, `w` a new case):
/// each asks which case, then what it needs, checks it with the core's rule on the offer as read
/// and confirms a summary with the effect on the forecast before the repository runs it.
extension CapacityScreen {
    /// The keys, each saying why it is not allowed when it is not.
    func changeBindings(_ context: ScreenContext, permission: Phrase?) -> [KeyBinding<CapacityAction>] {
        let status = target(context)
        let endReason = permission ?? (status.map { runningPlacements($0.offer, context: context).isEmpty } == true
            ? Strings.nobodyPlaced : nil)
        let priorityReason = permission ?? (status?.waiting.isEmpty == true ? Strings.nobodyWaiting : nil)
        return [
            KeyBinding(.end, keys: [.character("e")], title: Strings.actionEndPlacement, disabledReason: endReason),
            KeyBinding(.priority, keys: [.character("p")], title: Strings.actionWaitingPriority, disabledReason: priorityReason),
            KeyBinding(.addWaiting, keys: [.character("w")], title: Strings.actionAddWaiting, disabledReason: permission),
        ]
    }

    /// Placements still running today or starting later: the ones that can be ended.
    func runningPlacements(_ offer: Offer, context: ScreenContext) -> [Placement] {
        offer.placements.filter { $0.until.map { $0 >= context.today } ?? true }
    }

    func askCase(_ status: OfferStatus, for step: CaseStep, context: ScreenContext) -> ScreenResponse {
        let offer = status.offer
        let (title, cases): (Phrase, [CaseID]) = switch step {
        case .end: (Strings.dialogEndTitle(offer.name), runningPlacements(offer, context: context).map(\.caseID))
        case .priority: (Strings.dialogPriorityTitle(offer.name), status.waiting.map(\.caseID))
        case .addWaiting: (Strings.dialogAddWaitingTitle(offer.name), [])
        }
        return openDialog(title, Strings.whichCase(cases.map(\.rawValue)), field: (TextFieldState(), Strings.fieldCase), confirm: Strings.dialogNext,
                          then: .askCase(offer, step), language: context.language)
    }

    func caseAnswered(_ offer: Offer, step: CaseStep, dialog: DialogState, context: ScreenContext) -> ScreenResponse {
        let typed = (dialog.field?.text ?? "").trimmed
        let again = { (reason: Phrase) in self.reopen(dialog, then: .askCase(offer, step), reason: reason) }
        guard !typed.isEmpty else { return again(Strings.typeCase) }
        let same = { (caseID: CaseID) in caseID.rawValue.lowercased() == typed.lowercased() }
        switch step {
        case .end:
            guard let placement = runningPlacements(offer, context: context).last(where: { same($0.caseID) }) else {
                return again(Strings.noPlacement(typed, offer.name))
            }
            return openDialog(Strings.dialogEndTitle(offer.name),
                              Strings.endDayQuestion(placement.caseID.rawValue, from: placement.from),
                              field: (TextFieldState(max(context.today, placement.from).danish), Strings.fieldLastDay),
                              confirm: Strings.dialogNext, then: .askEndDay(offer, placement), language: context.language)
        case .priority:
            guard let entry = data?.waiting.first(where: { $0.offer == offer.id && same($0.caseID) }) else {
                return again(Strings.notWaiting(typed, offer.name))
            }
            return openDialog(Strings.dialogPriorityTitle(offer.name),
                              Strings.priorityQuestion(entry.caseID.rawValue, now: entry.priority),
                              field: (TextFieldState(String(entry.priority)), Strings.fieldPriority),
                              confirm: Strings.dialogNext, then: .askPriority(offer, entry), language: context.language)
        case .addWaiting:
            let caseID = CaseID(typed)
            return openDialog(Strings.dialogAddWaitingTitle(offer.name), Strings.addWaitingQuestion(typed),
                              field: (TextFieldState(String(WaitingList.lowestPriority)), Strings.fieldPriority),
                              confirm: Strings.dialogNext, then: .askNewPriority(offer, caseID), language: context.language)
        }
    }

    func endDayAnswered(_ offer: Offer, _ placement: Placement, dialog: DialogState, context: ScreenContext) -> ScreenResponse {
        let day: Day
        do {
            day = try Day(parsing: dialog.field?.text ?? "")
        } catch {
            return reopen(dialog, then: .askEndDay(offer, placement), reason: error.phrase)
        }
        do {
            let budgetYear = context.settings?.budgetYear ?? context.today.year
            let ending = try CommandRules.endPlace(offer, expectedVersion: offer.version, placementID: placement.id, on: day,
                                                   budgetYear: budgetYear, meeting: data?.meeting, context: commandContext(context))
            let effect = PlacementEffect(before: placement.commitments(budgetYear: budgetYear), after: ending.commitments)
            return openDialog(Strings.dialogEndTitle(offer.name),
                              Strings.endingSummary(placement.caseID.rawValue, on: day, effect: effect),
                              confirm: Strings.confirmEnd, then: .commit(.end(offer, placement, day)), language: context.language)
        } catch {
            return reopen(dialog, then: .askEndDay(offer, placement), reason: error.phrase)
        }
    }

    func priorityAnswered(_ offer: Offer, _ entry: WaitingListEntry, dialog: DialogState,
                          context: ScreenContext) -> ScreenResponse {
        do {
            let priority = try Self.priority(dialog.field?.text)
            _ = try CommandRules.setWaitingPriority(offer, expectedVersion: offer.version, entry: entry, entryID: entry.id,
                                                    priority: priority, meeting: data?.meeting, context: commandContext(context))
            return openDialog(Strings.dialogPriorityTitle(offer.name),
                              Strings.prioritySummary(entry.caseID.rawValue, from: entry.priority, to: priority),
                              confirm: Strings.confirmPriority, then: .commit(.setPriority(offer, entry, priority)),
                              language: context.language)
        } catch {
            return reopen(dialog, then: .askPriority(offer, entry), reason: error.phrase)
        }
    }

    func newPriorityAnswered(_ offer: Offer, _ caseID: CaseID, dialog: DialogState, context: ScreenContext) -> ScreenResponse {
        do {
            let priority = try Self.priority(dialog.field?.text)
            return openDialog(Strings.dialogAddWaitingTitle(offer.name), Strings.crossSectorQuestion(caseID.rawValue),
                              field: (TextFieldState(Strings.answerNo.text(context.language)), Strings.fieldCrossSectorAnswer),
                              confirm: Strings.dialogNext, then: .askCrossSector(offer, caseID, priority: priority),
                              language: context.language)
        } catch {
            return reopen(dialog, then: .askNewPriority(offer, caseID), reason: error.phrase)
        }
    }

    /// The answer read, the addition is checked by the core's rule on the offer and the waiting
    /// list as read; whether the store knows the case only the repository can say when it runs.
    func crossSectorAnswered(_ offer: Offer, _ caseID: CaseID, priority: Int, dialog: DialogState,
                             context: ScreenContext) -> ScreenResponse {
        let again = { (reason: Phrase) in self.reopen(dialog, then: .askCrossSector(offer, caseID, priority: priority), reason: reason) }
        let answer = (dialog.field?.text ?? "").trimmed.lowercased()
        let crossSector: Bool
        switch answer {
        case Strings.answerYes.danish, Strings.answerYes.english: crossSector = true
        case Strings.answerNo.danish, Strings.answerNo.english: crossSector = false
        default: return again(Strings.answerYesOrNo)
        }
        do {
            _ = try CommandRules.addToWaitingList(offer, expectedVersion: offer.version, caseID: caseID, known: true,
                                                  waiting: data?.waiting.filter { $0.offer == offer.id } ?? [],
                                                  crossSector: crossSector, priority: priority, units: 1, note: "",
                                                  meeting: data?.meeting, context: commandContext(context))
        } catch {
            return again(error.phrase)
        }
        return openDialog(Strings.dialogAddWaitingTitle(offer.name),
                          Strings.addWaitingSummary(caseID.rawValue, priority: priority, crossSector: crossSector),
                          confirm: Strings.confirmAddWaiting,
                          then: .commit(.addWaiting(offer, caseID, crossSector: crossSector, priority: priority)),
                          language: context.language)
    }

    /// Runs a confirmed command; the board reloads after it and says what was done.
    func run(_ change: CapacityCommand, context: ScreenContext) -> ScreenResponse {
        let commandContext = commandContext(context)
        switch change {
        case .end(let offer, let placement, let day):
            return ScreenResponse(effects: [command("end placement on \(offer.id)", {
                try await $0.endPlace(offer.id, placement: placement.id, on: day, expectedVersion: offer.version,
                                      context: commandContext)
            }) { screen, _, context in
                ScreenResponse(effects: screen.reload(context),
                               status: (.success, Strings.placementEnded(placement.caseID.rawValue, offer.name, on: day)))
            }])
        case .setPriority(let offer, let entry, let priority):
            return ScreenResponse(effects: [command("waiting priority on \(offer.id)", {
                try await $0.setWaitingPriority(offer.id, entry: entry.id, priority: priority, expectedVersion: offer.version,
                                                context: commandContext)
            }) { screen, _, context in
                ScreenResponse(effects: screen.reload(context),
                               status: (.success, Strings.waitingSet(entry.caseID.rawValue, offer.name, priority: priority)))
            }])
        case .addWaiting(let offer, let caseID, let crossSector, let priority):
            return ScreenResponse(effects: [command("add to waiting list of \(offer.id)", {
                try await $0.addToWaitingList(offer.id, case: caseID, crossSector: crossSector, priority: priority, units: 1,
                                              note: "", expectedVersion: offer.version, context: commandContext)
            }) { screen, _, context in
                ScreenResponse(effects: screen.reload(context),
                               status: (.success, Strings.waitingSet(caseID.rawValue, offer.name, priority: priority)))
            }])
        case .allocate(let offer, let entry, let terms):
            return ScreenResponse(effects: [command("allocate on \(offer.id)", {
                try await $0.allocatePlace(offer.id, entry: entry.id, expectedVersion: offer.version, terms: terms,
                                           context: commandContext)
            }) { screen, _, context in
                ScreenResponse(effects: screen.reload(context),
                               status: (.success, Strings.placedDone(entry.caseID.rawValue, offer.name)))
            }])
        case .setQuota(let offer, let quota):
            return ScreenResponse(effects: [command("quota of \(offer.id)", {
                try await $0.setQuota(offer.id, quota: quota, expectedVersion: offer.version, context: commandContext)
            }) { screen, _, context in
                ScreenResponse(effects: screen.reload(context), status: (.success, Strings.quotaDone(offer.name, quota)))
            }])
        }
    }

    /// The same dialog again, with why its answer was not taken.
    func reopen(_ dialog: DialogState, then continuation: CapacityDialog, reason: Phrase) -> ScreenResponse {
        var response = self.dialog(dialog, then: continuation)
        response.status = (.warning, reason)
        return response
    }

    private static func priority(_ text: String?) throws(RepositoryError) -> Int {
        guard let priority = Int((text ?? "").trimmed) else {
            throw .invalid(Strings.priorityOutOfRange(WaitingList.lowestPriority))
        }
        return priority
    }
}
