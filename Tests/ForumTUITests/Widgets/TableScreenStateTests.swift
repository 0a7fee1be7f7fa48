import ForumCore
import Testing
@testable import ForumTUI

/// The table screen's state on its own, with rows that are not requests: what a second table
/// screen gets without copying the decision screen.
struct TableScreenStateTests {
    struct Offer: Identifiable, Sendable {
        var id: String
        var places: Int
    }

    enum Column: Hashable, Sendable, TableScreenColumn {
        case name, places

        func title(_ language: Language) -> String { self == .name ? "Tilbud" : "Pladser" }
        var startsDescending: Bool { self == .places }
        func ascending(_ a: Offer, _ b: Offer, language: Language) -> Bool? {
            switch self {
            case .name: a.id == b.id ? nil : a.id < b.id
            case .places: a.places == b.places ? nil : a.places < b.places
            }
        }
    }

    static let language = QueryLanguage<Offer>(fields: [
        .comparing(Phrase(da: "pladser", en: "places"), example: Phrase(da: ">2", en: ">2"), value: \.places,
                   read: { Int($0) }, invalid: QueryError.badAge),
    ]) { [$0.id] }

    static let context = ScreenContext(language: .danish, today: Fixture.today, user: Fixture.chair, settings: nil,
                                       area: Rect(x: 0, y: 2, width: 80, height: 20))
    static let offers = [Offer(id: "Botilbud", places: 4), Offer(id: "Aflastning", places: 1),
                         Offer(id: "Mentor", places: 9)]

    func state() -> TableScreenState<Column> {
        var state = TableScreenState<Column>(sort: .starting(.name))
        state.show(Self.offers, context: Self.context)
        return state
    }

    @Test("Rows are sorted; s sorts by the next column its own way, S turns it; the selection stays on its row")
    func sort() {
        var state = state()
        #expect(state.rows.map(\.id) == ["Aflastning", "Botilbud", "Mentor"])
        _ = state.perform(.navigate(.down), columns: [.name, .places], context: Self.context)
        #expect(state.selected?.id == "Botilbud")
        _ = state.perform(.sortNext, columns: [.name, .places], context: Self.context)
        #expect(state.rows.map(\.id) == ["Mentor", "Botilbud", "Aflastning"])
        #expect(state.selected?.id == "Botilbud")
        _ = state.perform(.sortReverse, columns: [.name, .places], context: Self.context)
        #expect(state.rows.map(\.id) == ["Aflastning", "Botilbud", "Mentor"])
    }

    @Test("A reload keeps the selection on its row by id, even when rows before it are gone")
    func reload() {
        var state = state()
        _ = state.perform(.navigate(.last), columns: [.name], context: Self.context)
        #expect(state.selected?.id == "Mentor")
        state.show([Offer(id: "Mentor", places: 9), Offer(id: "Botilbud", places: 4)], context: Self.context)
        #expect(state.selected?.id == "Mentor")
        #expect(state.table.selected == 1)
    }

    @Test("The filter follows each key; a bad one keeps the last that parsed and Enter says why")
    func filter() {
        var state = state()
        _ = state.perform(.openFilter, columns: [.name], context: Self.context)
        for character in "pladser:>3" { _ = state.editFilter(.character(character), language: Self.language, context: Self.context) }
        #expect(state.rows.map(\.id) == ["Botilbud", "Mentor"])
        for character in "x" { _ = state.editFilter(.character(character), language: Self.language, context: Self.context) }
        #expect(state.rows.map(\.id) == ["Botilbud", "Mentor"])
        #expect(state.perform(.applyFilter, columns: [.name], context: Self.context) == QueryError.badAge(">3x").phrase)
        _ = state.perform(.cancelFilter, columns: [.name], context: Self.context)
        #expect(state.filter == nil)
        #expect(state.rows.count == 3)
    }

    @Test("The picker chooses a column; choosing the sorted column turns it around")
    func picker() {
        var state = state()
        _ = state.perform(.openSortPicker, columns: [.name, .places], context: Self.context)
        #expect(state.sortPicker?.selected == 0)
        _ = state.perform(.sortPicker(.choose), columns: [.name, .places], context: Self.context)
        #expect(state.sort == ColumnSort(column: .name, ascending: false))
        _ = state.perform(.openSortPicker, columns: [.name, .places], context: Self.context)
        _ = state.perform(.sortPicker(.down), columns: [.name, .places], context: Self.context)
        _ = state.perform(.sortPicker(.choose), columns: [.name, .places], context: Self.context)
        #expect(state.sort == ColumnSort(column: .places, ascending: false))
        #expect(state.sortPicker == nil)
        #expect(state.rows.map(\.id) == ["Mentor", "Botilbud", "Aflastning"])
    }
}
