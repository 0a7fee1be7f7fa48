import ForumCore

/// The split editor's keys: moving between sectors, adding and removing them, the presets,
/// paging the month table, and storing the split after a confirmation with its summary.
extension DecisionsScreen {
    /// Opens the editor on a request, from the queue or from its detail.
    /// The console has already refused the key when `splitReason` gives a reason.
    mutating func openSplit(_ request: GrantRequest, context: ScreenContext) -> ScreenResponse {
        var returnTo: DetailState?
        if case .detail(let detail) = mode { returnTo = detail }
        mode = .split(SplitEditorState(request: request, today: context.today, returnTo: returnTo))
        return .none
    }

    /// Leaves the split editor for where it was opened from, storing nothing.
    mutating func closeSplit(_ context: ScreenContext, from editor: SplitEditorState? = nil) {
        var returnTo = editor?.returnTo
        if editor == nil, case .split(let open) = mode { returnTo = open.returnTo }
        mode = returnTo.map(DecisionsMode.detail) ?? .queue
        relist(context)
    }

    func splitLayout(_ editor: SplitEditorState, context: ScreenContext) -> SplitLayout {
        let names = Dictionary((data?.sectors ?? []).map { ($0.code, $0.name) }, uniquingKeysWith: { first, _ in first })
        let preview = data.map(editor.preview) ?? SplitPreview(check: editor.check(known: []), schedule: nil, impacts: [],
                                                               month: nil, year: context.today.year)
        return SplitLayout(editor, preview: preview, names: names, area: context.area, language: context.language)
    }

    mutating func performInSplit(_ action: SplitEditorAction, editor: inout SplitEditorState,
                                 context: ScreenContext) -> ScreenResponse {
        let layout = splitLayout(editor, context: context)
        let monthCount = layout.preview.schedule?.months.count ?? 0
        let page = Swift.max(1, layout.months.height - 1)
        switch action {
        case .save: return save(editor, preview: layout.preview, context: context)
        case .cancel:
            // Typed shares are not thrown away by one key: Esc asks first, as q does.
            guard !editor.isEdited else {
                return openDialog(Strings.splitDiscardTitle, Strings.splitDiscardQuestion, confirm: Strings.splitDiscardConfirm,
                                  then: .discardSplit, context: context)
            }
            closeSplit(context, from: editor)
        case .previousShare: editor.select(by: -1)
        case .nextShare: editor.select(by: 1)
        case .monthsUp: editor.scrollMonths(by: -page, count: monthCount, visible: layout.months.height)
        case .monthsDown: editor.scrollMonths(by: page, count: monthCount, visible: layout.months.height)
        case .remove:
            if !editor.removeSelected() { return ScreenResponse(status: (.warning, Strings.splitKeepOne)) }
        case .add:
            let present = Set(editor.rows.map(\.sector))
            let free = (data?.sectors ?? []).filter { !present.contains($0.code) }
            guard let first = free.first else { return ScreenResponse(status: (.warning, Strings.splitNoMoreSectors)) }
            let list = free.map { "\($0.code.rawValue) \($0.name)" }.joined(separator: " · ")
            return openDialog(Strings.actionSplitAdd, Strings.splitAddMessage(list),
                              field: (TextFieldState(first.code.rawValue), Strings.fieldSectorCode),
                              confirm: Strings.confirmAdd, then: .addSector, context: context)
        case .preset(let preset):
            let message = editor.apply(preset)
            return ScreenResponse(status: (message.kind, message.text))
        }
        return .none
    }

    /// The sector typed into the "add a sector" dialog, if it is known and not in the split yet.
    mutating func addSector(_ text: String, context: ScreenContext) -> ScreenResponse {
        guard case .split(var editor) = mode else { return .none }
        let code = SectorCode(text.filter { $0 != " " })
        guard data?.sectors.contains(where: { $0.code == code }) == true else {
            return ScreenResponse(status: (.warning, Strings.splitUnknownSector(code.rawValue)))
        }
        guard !editor.rows.contains(where: { $0.sector == code }) else {
            return ScreenResponse(status: (.warning, Strings.splitDuplicate(code.rawValue)))
        }
        editor.add(code)
        mode = .split(editor)
        return .none
    }

    /// Asks to store the split: approving a pending request with it, or changing an approved
    /// grant's split from this month on.
    private func save(_ editor: SplitEditorState, preview: SplitPreview, context: ScreenContext) -> ScreenResponse {
        guard case .valid(let split) = preview.check else {
            if case .invalid(let reason) = preview.check { return ScreenResponse(status: (.warning, reason)) }
            return .none
        }
        let request = editor.request
        let id = request.id.rawValue
        if let month = editor.changeFrom {
            return openDialog(Strings.titleChangeSplit,
                              Strings.splitChangeSummary(id, split: split, from: month, before: request.currentSplit),
                              confirm: Strings.confirmChange, then: .commit(.changeSplit(request, split, from: month)),
                              context: context)
        }
        return openDialog(Strings.dialogTitle(.approve, id: id),
                          Strings.decisionSummary(.approve, id: id, amount: request.amount, split: split),
                          confirm: Strings.confirmLabel(.approve), then: .commit(.decide(request, Decision(kind: .approve, split: split))),
                          context: context)
    }
}

extension SplitEditorState {
    /// A click selects a share; the wheel scrolls the month table.
    mutating func mouse(_ event: MouseEvent, layout: SplitLayout) {
        let count = layout.preview.schedule?.months.count ?? 0
        switch event.kind {
        case .click:
            if let index = layout.shareRow(at: event.at, count: rows.count) { selected = index }
        case .wheelUp: scrollMonths(by: -3, count: count, visible: layout.months.height)
        case .wheelDown: scrollMonths(by: 3, count: count, visible: layout.months.height)
        }
    }
}
