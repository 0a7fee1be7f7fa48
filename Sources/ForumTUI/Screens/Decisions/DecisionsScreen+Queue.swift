import ForumCore

/// The queue: listing, scope, opening a request; moving, sorting and filtering are the table
/// screen's (`TableScreenState`).
extension DecisionsScreen {
    /// The item under the cursor.
    var selectedItem: QueueItem? { queue.selected }

    /// Lists the loaded requests again under the current scope, filter and sort, keeping the
    /// selection on the same request.
    mutating func relist(_ context: ScreenContext) {
        guard let data else {
            queue.show([], context: context)
            return
        }
        queue.show(RequestQueue.items(data.requests, policy: data.settings.policy, today: context.today, all: showAll,
                                      fullOffers: OfferStatus.fullOffers(data.offers, on: context.today)),
                   context: context)
    }

    mutating func performInQueue(_ action: DecisionsAction, context: ScreenContext) -> ScreenResponse {
        switch action {
        case .table(let key):
            let columns = QueueColumn.shown(width: context.area.width)
            if let warning = queue.perform(key, columns: columns, context: context) {
                return ScreenResponse(status: (.warning, warning))
            }
        case .open:
            guard let item = selectedItem else { return .none }
            mode = .detail(DetailState(id: item.id))
            return ScreenResponse(effects: [loadDetail(item.id, today: context.today)])
        case .toggleScope:
            showAll.toggle()
            relist(context)
        default:
            break
        }
        return .none
    }
}

extension QueueColumn: TableScreenColumn {
    typealias Row = QueueItem
}
