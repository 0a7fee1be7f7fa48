import Testing
@testable import ForumTUI

/// Scrolling and selection, and keeping the selection on the same item after a reload.
struct TableStateTests {
    @Test("Moving keeps the selection in view and inside the rows")
    func moving() {
        var state = TableState()
        state.move(by: 12, rowCount: 100, visibleRows: 10)
        #expect(state.selected == 12)
        #expect(state.top == 3)
        state.move(by: -20, rowCount: 100, visibleRows: 10)
        #expect(state.selected == 0)
        #expect(state.top == 0)
        state.move(by: 500, rowCount: 100, visibleRows: 10)
        #expect(state.selected == 99)
        #expect(state.top == 90)
    }

    @Test("A page moves by a screen less one row, for context")
    func paging() {
        var state = TableState()
        state.page(down: true, rowCount: 100, visibleRows: 10)
        #expect(state.selected == 9)
        state.page(down: false, rowCount: 100, visibleRows: 10)
        #expect(state.selected == 0)
    }

    @Test("The wheel scrolls and drags the selection along only as far as needed")
    func wheel() {
        var state = TableState()
        state.select(2, rowCount: 100, visibleRows: 10)
        state.scroll(by: 3, rowCount: 100, visibleRows: 10)
        #expect(state.top == 3)
        #expect(state.selected == 3)
        state.scroll(by: -3, rowCount: 100, visibleRows: 10)
        #expect(state.top == 0)
        #expect(state.selected == 3)
    }

    @Test("After a reload the selection follows its item by id, even when it moved")
    func reconcileMoved() {
        var state = TableState()
        state.select(2, rowCount: 4, visibleRows: 10)
        let before = ["A", "B", "C", "D"]
        let selectedID = before[state.selected]
        state.reconcile(selecting: selectedID, in: ["X", "C", "A", "B", "D"], visibleRows: 10)
        #expect(state.selected == 1)
    }

    @Test("When the selected item is gone the selection keeps its place, clamped to the new rows")
    func reconcileGone() {
        var state = TableState()
        state.select(3, rowCount: 4, visibleRows: 10)
        state.reconcile(selecting: "D", in: ["A", "B"], visibleRows: 10)
        #expect(state.selected == 1)
        state.reconcile(selecting: "Z", in: [String](), visibleRows: 10)
        #expect(state.selected == 0)
    }
}
