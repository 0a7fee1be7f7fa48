import ForumCore

// What `e` exports on each table screen: its table as listed, in all its columns.

extension DecisionsScreen {
    func export(_ context: ScreenContext) -> ExportSheet? {
        queue.exportSheet(id.title, columns: QueueColumn.allCases, language: context.language) {
            $0.cell($1, width: $2, language: context.language)
        }
    }
}

extension CapacityScreen {
    func export(_ context: ScreenContext) -> ExportSheet? {
        board.exportSheet(id.title, columns: CapacityColumn.allCases, language: context.language) {
            $0.cell($1, width: $2, language: context.language)
        }
    }
}

extension BudgetScreen {
    func export(_ context: ScreenContext) -> ExportSheet? {
        table.exportSheet(id.title, columns: BurnColumn.allCases, language: context.language) {
            $0.cell($1, width: $2, language: context.language)
        }
    }
}

extension DeviationsScreen {
    func export(_ context: ScreenContext) -> ExportSheet? {
        table.exportSheet(id.title, columns: DeviationColumn.allCases, language: context.language) {
            $0.cell($1, width: $2, language: context.language)
        }
    }
}

extension TransitionsScreen {
    func export(_ context: ScreenContext) -> ExportSheet? {
        table.exportSheet(id.title, columns: TransitionColumn.allCases, language: context.language) {
            $0.cell($1, width: $2, language: context.language)
        }
    }
}

extension BurnColumn {
    var isExported: Bool { self != .meter && self != .sparkline }
}

extension CapacityColumn {
    var isExported: Bool { self != .meter }
}
