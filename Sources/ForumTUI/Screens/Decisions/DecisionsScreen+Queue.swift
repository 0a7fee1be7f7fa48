import ForumCore

/// Which column the queue is sorted by, and which way.
struct QueueSort: Hashable, Sendable {
    var column: QueueColumn
    var ascending: Bool

    /// A column sorts first the way it reads best (largest amounts and longest waits first).
    static func starting(_ column: QueueColumn) -> QueueSort {
        QueueSort(column: column, ascending: !column.startsDescending)
    }
}

/// The `/` field: the text being typed, the filter to go back to on Esc, and what is wrong with
/// the text (the queue keeps showing the last filter that parsed).
struct FilterEditor: Hashable, Sendable {
    var field: TextFieldState
    var before: RequestQuery
    var error: Phrase?
}

/// The queue: listing, sorting, filtering, moving and opening a request.
extension DecisionsScreen {
    /// The item under the cursor.
    var selectedItem: QueueItem? { items.indices.contains(table.selected) ? items[table.selected] : nil }

    /// The rows the queue's table shows in `context.area`.
    func visibleRows(_ context: ScreenContext) -> Int {
        TableView.visibleRows(in: QueueView.tableArea(context.area, editingFilter: filter != nil))
    }

    /// Lists the loaded requests again under the current scope, filter and sort, keeping the
    /// selection on the same request.
    mutating func relist(_ context: ScreenContext) {
        let selectedID = selectedItem?.id
        guard let data else {
            items = []
            return
        }
        let listed = RequestQueue.items(data.requests, policy: data.settings.policy, today: context.today,
                                        query: query, all: showAll)
        let sort = sort
        let language = context.language
        items = listed.enumerated().sorted { a, b in
            guard let before = sort.column.ascending(a.element, b.element, language: language) else {
                return a.offset < b.offset
            }
            return sort.ascending ? before : !before
        }.map(\.element)
        table.reconcile(selecting: selectedID, in: items.map(\.id), visibleRows: visibleRows(context))
    }

    mutating func performInQueue(_ action: String, context: ScreenContext) -> ScreenResponse {
        if ConsoleAction.navigate(action, table: &table, rowCount: items.count, visibleRows: visibleRows(context)) {
            return .none
        }
        switch action {
        case "open":
            guard let item = selectedItem else { return .none }
            mode = .detail(DetailState(id: item.id))
            return ScreenResponse(effects: [loadDetail(item.id, today: context.today)])
        case "filter":
            filter = FilterEditor(field: TextFieldState(query.source), before: query)
            relist(context)
        case "filter.apply":
            if let error = filter?.error { return ScreenResponse(status: (.warning, error)) }
            filter = nil
            relist(context)
        case "filter.cancel":
            query = filter?.before ?? query
            filter = nil
            relist(context)
        case "filter.clear":
            query = .everything
            relist(context)
        case "sort.next":
            let shown = QueueColumn.shown(width: context.area.width)
            let next = shown.firstIndex(of: sort.column).map { ($0 + 1) % shown.count } ?? 0
            sort = QueueSort.starting(shown[next])
            relist(context)
        case "sort.reverse":
            sort.ascending.toggle()
            relist(context)
        case "scope":
            showAll.toggle()
            relist(context)
        default:
            return performDecision(action, on: selectedItem?.id, context: context)
        }
        return .none
    }

    /// Text keys while the filter field is open: every character is text, and the queue follows
    /// each key. Enter, Esc and the arrows up and down go on to the actions.
    mutating func editFilter(_ key: Key, context: ScreenContext) -> ScreenResponse? {
        guard var editor = filter, editor.field.handle(key) else { return nil }
        do {
            query = try RequestQuery(parsing: editor.field.text)
            editor.error = nil
        } catch {
            editor.error = error.phrase
        }
        filter = editor
        relist(context)
        return ScreenResponse.none
    }

    mutating func mouseInQueue(_ event: MouseEvent, context: ScreenContext) -> ScreenResponse {
        let view = QueueView(screen: self, context: context)
        let visible = TableView.visibleRows(in: view.tableArea)
        switch event.kind {
        case .wheelUp: table.scroll(by: -3, rowCount: items.count, visibleRows: visible)
        case .wheelDown: table.scroll(by: 3, rowCount: items.count, visibleRows: visible)
        case .click:
            switch view.table.hit(event.at, state: table, area: view.tableArea) {
            case .header(let index)?:
                let column = view.columns[index]
                sort = column == sort.column ? QueueSort(column: column, ascending: !sort.ascending) : .starting(column)
                relist(context)
            case .row(let index)?:
                table.select(index, rowCount: items.count, visibleRows: visible)
            case nil:
                break
            }
        }
        return .none
    }
}
