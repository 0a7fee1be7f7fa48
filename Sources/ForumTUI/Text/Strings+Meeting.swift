import ForumCore

/// Screen 5's words: the agenda, its effect, and the chair's keys.
extension Strings {
    static func sectionShort(_ section: AgendaSection) -> Phrase {
        switch section {
        case .requests: Phrase(da: "Beslutning", en: "Decision")
        case .followUp: Phrase(da: "Opfølgning", en: "Follow-up")
        case .deviations: Phrase(da: "Økonomi", en: "Economy")
        case .targets: Phrase(da: "Krav", en: "Targets")
        case .transitions: Phrase(da: "Overgang", en: "Transition")
        case .capacity: Phrase(da: "Kapacitet", en: "Capacity")
        case .free: Phrase(da: "Øvrigt", en: "Other")
        }
    }

    static func agendaTitle(_ overview: AgendaOverview) -> Phrase {
        let size = overview.size
        let total = size.forDecision.formatted(.compact)
        if let meeting = overview.meeting {
            return Phrase(da: "Møde \(meeting.date.danish) · \(size.items) punkter · \(overview.done) behandlet, \(overview.left) mangler · \(total) til beslutning",
                          en: "Meeting \(meeting.date.danish) · \(size.items) items · \(overview.done) done, \(overview.left) left · \(total) for decision")
        }
        return Phrase(da: "Udkast til næste møde \(overview.date.danish) · \(size.items) punkter · \(total) til beslutning",
                      en: "Draft for the next meeting \(overview.date.danish) · \(size.items) items · \(total) for decision")
    }

    static let agendaEmptyHint = Phrase(
        da: "Intet på dagsordenen. n tilføjer et punkt.", en: "Nothing on the agenda. n adds an item.")
    static let effectTitleDraft = Phrase(
        da: "Virkning pr. sektor: før → alt godkendt som indstillet", en: "Effect per sector: before → all approved as proposed")
    static let effectTitleMeeting = Phrase(
        da: "Virkning pr. sektor: før → besluttet (→ som indstillet)", en: "Effect per sector: before → decided (→ as proposed)")
    static let effectNoFigures = Phrase(da: "Ingen bogføringer endnu: ingen virkning at vise.",
                                        en: "No postings yet: no effect to show.")
    static func deviationShort(_ money: Money) -> Phrase {
        Phrase(da: "afv. \(money.formatted(.compact, unit: false))", en: "dev. \(money.formatted(.compact, unit: false))")
    }

    static let actionOpenItem = Phrase(da: "Åbn punktet", en: "Open the item")
    static let actionAddItem = Phrase(da: "Tilføj et punkt", en: "Add an item")
    static let actionPostpone = Phrase(da: "Udsæt punktet", en: "Postpone the item")
    static let actionMoveItemUp = Phrase(da: "Flyt punktet op", en: "Move the item up")
    static let actionMoveItemDown = Phrase(da: "Flyt punktet ned", en: "Move the item down")
    static let actionOpenMeeting = Phrase(da: "Åbn mødet", en: "Open the meeting")
    static let actionCloseMeeting = Phrase(da: "Luk mødet", en: "Close the meeting")
    static let actionToggleDone = Phrase(da: "Behandlet / mangler", en: "Done / left")
    static let actionBackToAgenda = Phrase(da: "Tilbage til dagsordenen", en: "Back to the agenda")
    static let footerOpenItem = Phrase(da: "åbn", en: "open")
    static let footerAddItem = Phrase(da: "tilføj", en: "add")
    static let footerPostpone = Phrase(da: "udsæt", en: "postpone")
    static let footerOpenMeeting = Phrase(da: "åbn møde", en: "open meeting")
    static let footerCloseMeeting = Phrase(da: "luk møde", en: "close")
    static let footerToggleDone = Phrase(da: "behandlet", en: "done")
    static let footerAgenda = Phrase(da: "dagsorden", en: "agenda")

    static let noMeetingOpen = Phrase(da: "intet møde er åbent", en: "no meeting is open")
    static let meetingIsOpen = Phrase(da: "mødet er åbent: dagsordenen ligger fast", en: "the meeting is open: the agenda is set")
    static let reorderOnlyInSection = Phrase(da: "punktet står allerede yderst i sit afsnit", en: "the item is already at the end of its section")

    static let addItemTitle = Phrase(da: "Nyt punkt på dagsordenen", en: "New agenda item")
    static let addItemQuestion = Phrase(da: "Overskrift:", en: "Title:")
    static let addItemTextQuestion = Phrase(da: "Tekst (kan være tom; Enter ny linje, Tab til Gem):",
                                            en: "Text (may be empty; Enter new line, Tab to Save):")
    static let openMeetingTitle = Phrase(da: "Åbn mødet", en: "Open the meeting")
    static let openDateQuestion = Phrase(da: "Mødets dato:", en: "The meeting's date:")
    static func pickerTitle(_ day: Day, chosen: Int) -> Phrase {
        Phrase(da: "Åbn mødet \(day.danish): vælg deltagerne (\(chosen) valgt)",
               en: "Open the meeting \(day.danish): choose the participants (\(chosen) chosen)")
    }
    static let actionChooseParticipant = Phrase(da: "Vælg eller fravælg deltageren", en: "Choose or leave out the participant")
    static let fieldDate = Phrase(da: "Dato", en: "Date")
    static let fieldTitle = Phrase(da: "Overskrift", en: "Title")
    static let fieldText = Phrase(da: "Tekst", en: "Text")
    static let dialogClose = Phrase(da: "Luk mødet", en: "Close")
    static func closeMeetingQuestion(done: Int, left: Int) -> Phrase {
        Phrase(da: "\(done) \(done == 1 ? "punkt er" : "punkter er") behandlet, \(left) mangler og udsættes til næste møde. "
                   + "Protokollen skrives, og mødet kan derefter ikke ændres.",
               en: "\(done) \(done == 1 ? "item is" : "items are") done, \(left) \(left == 1 ? "is" : "are") left and move to the next "
                   + "meeting. The minutes are written, and the meeting cannot change after.")
    }
    static func meetingOpenedShort(_ id: String) -> Phrase {
        Phrase(da: "Mødet \(id) er åbnet", en: "Meeting \(id) is open")
    }
    static func meetingClosedShort(_ id: String) -> Phrase {
        Phrase(da: "Mødet \(id) er lukket; protokollen: chefforum minutes \(id)",
               en: "Meeting \(id) is closed; the minutes: chefforum minutes \(id)")
    }
    static func itemAddedShort(_ title: String) -> Phrase {
        Phrase(da: "«\(title)» er sat på dagsordenen", en: "«\(title)» is on the agenda")
    }
    static func itemPostponedShort(_ title: String) -> Phrase {
        Phrase(da: "«\(title)» er udsat", en: "«\(title)» is postponed")
    }
    static let itemMovedShort = Phrase(da: "Punktet er flyttet", en: "The item is moved")
    static func itemMarkedShort(_ state: ItemState) -> Phrase {
        Phrase(da: "Punktet er \(itemState(state).danish)", en: "The item is \(itemState(state).english)")
    }
}

extension Strings {
    /// Where an opened item's own keys are.
    static func itemElsewhere(_ key: AgendaKey) -> Phrase {
        switch key {
        case .offer: Phrase(da: "Pladser, venteliste og dispensationer: skærm 2 (kapacitet).",
                            en: "Places, waiting list and overrides: screen 2 (capacity).")
        case .deviation: Phrase(da: "Forklaring, handleplan og prognose skrives på skærm 4 (afvigelser).",
                                en: "Explanation, action plan and forecast are written on screen 4 (deviations).")
        case .target: Phrase(da: "Kravet, den realiserede besparelse (skøn) og hvad der er forventet til dato: skærm 3 (budget).",
                             en: "The target, the realised saving (estimate) and what is expected by date: screen 3 (budget).")
        case .youth: Phrase(da: "Sandsynlighed, farve og senest drøftet rettes på skærm 6 (overgange).",
                            en: "Probability, colour and last discussed are changed on screen 6 (transitions).")
        case .free, .request, .followUp: Phrase(da: "x markerer punktet behandlet; ] og [ går til næste og forrige punkt.",
                                                en: "x marks the item done; ] and [ go to the next and previous item.")
        }
    }
}
