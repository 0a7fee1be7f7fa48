import ForumCore
import Testing
@testable import ForumTUI

@Suite("The header says who you are, even with many roles")
struct HeaderViewTests {
    static let everything = User(login: "demo", name: "Hanne Formand",
                                 roles: [.chief, .leader, .economist, .chair, .administrator])

    @Test("All roles when they fit; the main role and a count when they do not")
    func roles() {
        let wide = Fixture.state(size: Size(width: 160, height: 48), user: Self.everything)
        #expect(HeaderView.who(wide, room: 120) == "Hanne Formand (fagchef, leder, økonom, formand, administrator)")
        let narrow = Fixture.state(user: Self.everything)
        #expect(HeaderView.who(narrow, room: 30) == "Hanne Formand (formand +4)")
        let single = Fixture.state(user: Fixture.chiefBEV)
        #expect(HeaderView.who(single, room: 10) == "Bo Beskæftigelse (fagchef)")
    }
}
