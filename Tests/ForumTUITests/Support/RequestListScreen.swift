import ForumCore
@testable import ForumTUI

/// A small list screen for the tests, built only from the public screen API and the widgets as a
/// real screen would be: it loads the requests, lists pending ones first, keeps the selection
/// by id across reloads, and opens a dialog with a text field whose continuation is typed: it
/// proves the shell carries any screen, not only the decision screen.
struct RequestListScreen: Screen {
    var id: ScreenID = .decisions
    var requests: [GrantRequest] = []
    var table = TableState()
    var loads = 0
    /// What was typed into confirmed dialogs.
    var confirmed: [String] = []

    static let reject = Phrase(da: "Afvis", en: "Reject")
    static let reason = Phrase(da: "Begrundelse:", en: "Reason:")

    enum Action: Hashable, Sendable {
        case navigate(TableNavigation)
        case reject
    }

    /// The request the reject dialog asks about.
    struct Rejecting: Sendable {
        var id: RequestID
    }

    func bindings(_ context: ScreenContext) -> [KeyBinding<Action>] {
        TableNavigation.bindings.map { $0.map(Action.navigate) } + [
            KeyBinding(.reject, keys: [.character("r")], title: Self.reject, footer: Self.reject),
        ]
    }

    mutating func perform(_ action: Action, context: ScreenContext) -> ScreenResponse {
        let visible = TableView.visibleRows(in: context.area)
        guard case .reject = action else {
            if case .navigate(let navigation) = action {
                table.apply(navigation, rowCount: requests.count, visibleRows: visible)
            }
            return .none
        }
        guard requests.indices.contains(table.selected) else { return .none }
        let request = requests[table.selected]
        let dialog = DialogState(title: Self.reject.text(context.language) + " " + request.id.rawValue,
                                 message: request.offer, field: TextFieldState(),
                                 fieldLabel: Self.reason.text(context.language),
                                 confirmLabel: Self.reject.text(context.language),
                                 cancelLabel: Strings.dialogCancel.text(context.language))
        return self.dialog(dialog, then: Rejecting(id: request.id))
    }

    mutating func confirm(_ continuation: Rejecting, dialog: DialogState, context: ScreenContext) -> ScreenResponse {
        confirmed.append(continuation.id.rawValue + ": " + (dialog.field?.text ?? ""))
        return .none
    }

    mutating func mouse(_ event: MouseEvent, context: ScreenContext) -> ScreenResponse {
        let visible = TableView.visibleRows(in: context.area)
        switch event.kind {
        case .wheelUp: table.scroll(by: -3, rowCount: requests.count, visibleRows: visible)
        case .wheelDown: table.scroll(by: 3, rowCount: requests.count, visibleRows: visible)
        case .click:
            if case .row(let index)? = view(context).hit(event.at, state: table, area: context.area) {
                table.select(index, rowCount: requests.count, visibleRows: visible)
            }
        }
        return .none
    }

    func reload(_ context: ScreenContext) -> [Effect] {
        [load("load requests", { try await $0.requests() }) { screen, loaded, context in
            let selectedID = screen.requests.indices.contains(screen.table.selected)
                ? screen.requests[screen.table.selected].id : nil
            screen.requests = loaded.sorted { ($0.status.isPending ? 0 : 1, $0.id) < ($1.status.isPending ? 0 : 1, $1.id) }
            screen.table.reconcile(selecting: selectedID, in: screen.requests.map(\.id),
                                   visibleRows: TableView.visibleRows(in: context.area))
            screen.loads += 1
            return .none
        }]
    }

    func render(into frame: inout Frame, context: ScreenContext) {
        view(context).render(table, into: &frame, area: context.area)
    }

    private func view(_ context: ScreenContext) -> TableView {
        TableView(columns: [
            TableColumn("Id", width: .fixed(8)),
            TableColumn("Tilbud", width: .flexible(minimum: 10)),
            TableColumn.money("Pr. md. (kr.)", width: 14),
            TableColumn("Status", width: .fixed(16)),
        ], rowCount: requests.count) { index in
            let request = requests[index]
            let rate: Money = if case .monthly(let rate, _, _) = request.amount { rate } else { .zero }
            return TableRow([TableCell(request.id.rawValue), TableCell(request.offer), .money(rate),
                             TableCell(Strings.status(request.status).text(context.language))])
        }
    }
}

extension RequestStatus {
    var isPending: Bool { self == .submitted || self == .onAgenda }
}
