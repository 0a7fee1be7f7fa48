import ForumCore

/// What every table screen keeps: the rows it was given, the rows listed (filtered and sorted),
/// the selection (kept on its row by id across reloads), the sort, the `/` filter and the sort
/// picker. A screen holds one and adds its own columns, rows and actions.
struct TableScreenState<Column: TableScreenColumn>: Sendable where Column.Row: Identifiable & Sendable {
    typealias Row = Column.Row

    /// Every row before the filter, in the order ties in the sort keep.
    private(set) var source: [Row] = []
    /// The rows listed, in the order shown.
    private(set) var rows: [Row] = []
    var table = TableState()
    var sort: ColumnSort<Column>
    /// The filter in force (the last one that parsed).
    private(set) var query: Query<Row> = .everything
    /// The filter field, while `/` has it open.
    private(set) var filter: FilterEditor<Row>?
    /// The sort picker, while `o` has it open.
    private(set) var sortPicker: SortPickerState?

    init(sort: ColumnSort<Column>) {
        self.sort = sort
    }

    var selected: Row? { rows.indices.contains(table.selected) ? rows[table.selected] : nil }

    /// The table's area: above the footer, and above the filter's two rows while it is open.
    static func tableArea(_ area: Rect, editingFilter: Bool) -> Rect {
        Rect(x: area.x, y: area.y, width: area.width, height: area.height - (editingFilter ? 2 : 1))
    }

    func visibleRows(_ area: Rect) -> Int {
        TableView.visibleRows(in: TableScreenState.tableArea(area, editingFilter: filter != nil))
    }

    /// New rows (a load, or the screen's scope changed): listed again, the selection on the same row.
    mutating func show(_ rows: [Row], context: ScreenContext) {
        source = rows
        relist(context)
    }

    /// Lists the rows again under the current filter and sort, keeping the selection on the same row.
    mutating func relist(_ context: ScreenContext) {
        let selectedID = selected?.id
        let sort = sort
        let query = query
        let language = context.language
        // The rows' positions are filtered and sorted, not the rows: a row (a request with its
        // texts and schedule) is large, and moving 10.000 of them about cost more than comparing.
        let source = source
        let order = source.indices.filter { query.matches(source[$0]) }.sorted { a, b in
            guard let before = sort.column.ascending(source[a], source[b], language: language) else { return a < b }
            return sort.ascending ? before : !before
        }
        rows = order.map { source[$0] }
        table.reconcile(selecting: selectedID, in: rows.map(\.id), visibleRows: visibleRows(context.area))
    }

    /// Selects the row `offset` rows from the selected one, if there is one: `]` and `[` in a detail.
    mutating func step(by offset: Int, context: ScreenContext) -> Row? {
        let index = table.selected + offset
        guard rows.indices.contains(index) else { return nil }
        table.select(index, rowCount: rows.count, visibleRows: visibleRows(context.area))
        return rows[index]
    }

    /// The table keys for now, in the screen's action type: the picker's while it is open, the
    /// filter field's while `/` is open, else `/`, the screen's `extra` keys, the sort keys and moving.
    func bindings<Action: Sendable>(_ wrap: (TableScreenAction) -> Action,
                                    extra: [KeyBinding<Action>] = []) -> [KeyBinding<Action>] {
        if sortPicker != nil { return SortPickerAction.bindings.map { $0.map { wrap(.sortPicker($0)) } } }
        if filter != nil { return TableScreenAction.editingFilterBindings.map { $0.map(wrap) } }
        return TableScreenAction.filterBindings(filtered: !query.isEmpty).map { $0.map(wrap) } + extra
            + (TableScreenAction.sortBindings + TableScreenAction.navigationBindings).map { $0.map(wrap) }
    }

    /// Whether the filter field or the sort picker is open: then the screen's own keys wait.
    var isEditing: Bool { filter != nil || sortPicker != nil }

    /// Carries out a table key; returns what the status line should say, if anything.
    mutating func perform(_ action: TableScreenAction, columns: [Column], context: ScreenContext) -> Phrase? {
        switch action {
        case .navigate(let navigation):
            table.apply(navigation, rowCount: rows.count, visibleRows: visibleRows(context.area))
            return nil
        case .openFilter:
            filter = FilterEditor(field: TextFieldState(query.source), before: query)
        case .applyFilter:
            if let error = filter?.error { return error }
            filter = nil
        case .cancelFilter:
            query = filter?.before ?? query
            filter = nil
        case .clearFilter:
            query = .everything
        case .sortNext:
            let next = columns.firstIndex(of: sort.column).map { ($0 + 1) % columns.count } ?? 0
            guard columns.indices.contains(next) else { return nil }
            sort = .starting(columns[next])
        case .sortReverse:
            sort.ascending.toggle()
        case .openSortPicker:
            sortPicker = SortPickerState(selected: columns.firstIndex(of: sort.column) ?? 0)
            return nil
        case .sortPicker(let key):
            guard var picker = sortPicker else { return nil }
            switch key {
            case .up: picker.selected = Swift.max(0, picker.selected - 1)
            case .down: picker.selected = Swift.min(columns.count - 1, picker.selected + 1)
            case .cancel:
                sortPicker = nil
                return nil
            case .choose:
                sortPicker = nil
                if columns.indices.contains(picker.selected) { sort = sort.choosing(columns[picker.selected]) }
                relist(context)
                return nil
            }
            sortPicker = picker
            return nil
        }
        relist(context)
        return nil
    }

    /// A key while the filter field is open: every character is text and the list follows each
    /// key. Enter, Esc and the arrows up and down are not taken; they go on to the bindings.
    mutating func editFilter(_ key: Key, language: QueryLanguage<Row>, context: ScreenContext) -> Bool {
        guard var editor = filter, editor.field.handle(key) else { return false }
        do {
            query = try language.parse(editor.field.text)
            editor.error = nil
        } catch {
            editor.error = error.phrase
        }
        filter = editor
        relist(context)
        return true
    }

    /// The wheel scrolls, a click on a title sorts by its column, a click on a row selects it.
    mutating func mouse(_ event: MouseEvent, columns: [Column], view: TableView, context: ScreenContext) {
        let area = TableScreenState.tableArea(context.area, editingFilter: filter != nil)
        let visible = TableView.visibleRows(in: area)
        switch event.kind {
        case .wheelUp: table.scroll(by: -3, rowCount: rows.count, visibleRows: visible)
        case .wheelDown: table.scroll(by: 3, rowCount: rows.count, visibleRows: visible)
        case .click:
            switch view.hit(event.at, state: table, area: area) {
            case .header(let index)?:
                guard columns.indices.contains(index) else { return }
                sort = sort.choosing(columns[index])
                relist(context)
            case .row(let index)?:
                table.select(index, rowCount: rows.count, visibleRows: visible)
            case nil:
                break
            }
        }
    }
}

extension TableScreenState {
    /// The listed rows — filtered and sorted as shown — in every exported column of `columns`,
    /// each cell in the long form a wide column gets.
    func exportSheet(_ title: Phrase, columns: [Column], language: Language,
                     cell: (Column, Row, Int) -> TableCell) -> ExportSheet {
        let columns = columns.filter(\.isExported)
        return ExportSheet(name: title.text(language), headers: columns.map { $0.title(language) },
                           rows: rows.map { row in columns.map { cell($0, row, 200).text } })
    }

    /// The table of the listed rows in the columns `shown` (those the width allows), with the
    /// sort marked on its column: what every table screen draws. `specs` are the columns'
    /// headings and width rules; `cell` gives a row's cell in a column at its laid-out width.
    func tableView(_ shown: [Column], specs: [TableColumn], width: Int, emptyText: String,
                   cell: @escaping (Column, Row, Int) -> TableCell) -> TableView {
        let widths = TableView.layout(specs, width: width).map { $0?.width ?? 0 }
        let rows = self.rows
        return TableView(columns: specs, rowCount: rows.count,
                         sort: shown.firstIndex(of: sort.column).map { TableSort(column: $0, ascending: sort.ascending) },
                         emptyText: emptyText) { index in
            TableRow(shown.enumerated().map { column, kind in cell(kind, rows[index], widths[column]) })
        }
    }
}
