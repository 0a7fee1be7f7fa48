import ForumCore

/// `chefforum meeting …`, `chefforum minutes` and `chefforum request reopen`.
extension Strings {
    static let meetingAbstract = Phrase(
        da: "Forummets møder: dagsorden, åbn, luk, udsæt og tilføj punkter.",
        en: "The forum's meetings: agenda, open, close, postpone and add items.")
    static let meetingListAbstract = Phrase(da: "Vis alle møder.", en: "List every meeting.")
    static let meetingShowAbstract = Phrase(
        da: "Vis et mødes dagsorden: det åbne møde, ellers udkastet til næste møde, med størrelse og virkning pr. sektor.",
        en: "Show a meeting's agenda: the open meeting, else the next meeting's draft, with its size and effect per sector.")
    static let meetingOpenAbstract = Phrase(
        da: "Åbn mødet på udkastet til dagsorden (kun formanden).", en: "Open the meeting on the draft agenda (chair only).")
    static let meetingCloseAbstract = Phrase(
        da: "Luk det åbne møde: protokollen skrives, og det, der ikke nåedes, udsættes til næste møde.",
        en: "Close the open meeting: the minutes are written, and what was left moves to the next meeting.")
    static let meetingPostponeAbstract = Phrase(
        da: "Udsæt et punkt: i det åbne møde, ellers fra udkastet til mødet efter.",
        en: "Postpone an item: in the open meeting, else from the draft to the meeting after.")
    static let meetingAddItemAbstract = Phrase(
        da: "Tilføj et punkt til næste mødes dagsorden.", en: "Add an item to the next meeting's agenda.")
    static let meetingReorderAbstract = Phrase(
        da: "Flyt et punkt i udkastet til en anden plads i sit afsnit.", en: "Move an item of the draft to another place in its section.")
    static let meetingIDHelp = Phrase(
        da: "Mødets id, fx M-2026-12-02 (standard: det åbne møde).", en: "The meeting's id, e.g. M-2026-12-02 (default: the open meeting).")
    static let meetingDateHelp = Phrase(da: "Mødets dato (standard: i dag).", en: "The meeting's date (default: today).")
    static let meetingParticipantsHelp = Phrase(
        da: "Deltagernes login, adskilt af komma.", en: "The participants' logins, separated by commas.")
    static let meetingItemHelp = Phrase(
        da: "Punktet: request:IND-1, offer:BO-1, deviation:BUF, free:3, follow-up:IND-7 (eller blot et indstillingsnummer).",
        en: "The item: request:IND-1, offer:BO-1, deviation:BUF, free:3, follow-up:IND-7 (or just a request id).")
    static let meetingTitleHelp = Phrase(da: "Punktets overskrift.", en: "The item's title.")
    static let meetingTextHelp = Phrase(da: "Punktets tekst.", en: "The item's text.")
    static let meetingPositionHelp = Phrase(da: "Den nye plads i afsnittet, fra 1.", en: "The new place in the section, from 1.")
    static let minutesAbstract = Phrase(
        da: "Udskriv et lukket mødes beslutningsprotokol (standard: det seneste).",
        en: "Print a closed meeting's minutes (default: the latest).")
    static let minutesMeetingHelp = Phrase(
        da: "Mødets id (standard: det seneste lukkede møde).", en: "The meeting's id (default: the latest closed meeting).")
    static let minutesFormatHelp = Phrase(da: "Format: md, txt, html eller json.", en: "Format: md, txt, html or json.")
    static let requestReopenAbstract = Phrase(
        da: "Genoptag en besluttet indstilling efter mødet (kun formanden): beslutningen bliver i historikken, dens dispositioner ophører fra i dag.",
        en: "Reopen a decided request after its meeting (chair only): the decision stays in the history, its commitments end from today.")
    static let requestReopenReasonHelp = Phrase(da: "Hvorfor sagen genoptages.", en: "Why the request is reopened.")
    static let valueItem = Phrase(da: "punkt", en: "item")
    static let valueLogins = Phrase(da: "logins", en: "logins")
    static let valueText = Phrase(da: "tekst", en: "text")
    static let valuePosition = Phrase(da: "plads", en: "position")

    static func unreadableItem(_ text: String) -> Phrase {
        Phrase(da: "«\(text)» er ikke et dagsordenspunkt; skriv fx request:IND-1 eller free:3",
               en: "«\(text)» is not an agenda item; write e.g. request:IND-1 or free:3")
    }
    static let noClosedMeeting = Phrase(da: "intet møde er lukket endnu", en: "no meeting has been closed yet")
    static func minutesNotYet(_ id: String) -> Phrase {
        Phrase(da: "mødet \(id) er ikke lukket: protokollen skrives, når det lukkes",
               en: "meeting \(id) is not closed: the minutes are written when it closes")
    }
    static func meetingOpened(_ id: String, items: Int) -> Phrase {
        Phrase(da: "Mødet \(id) er åbnet med \(items) punkter. Beslutninger bærer nu mødets id.",
               en: "Meeting \(id) is open with \(items) items. Decisions now carry the meeting's id.")
    }
    static func meetingClosedDone(_ id: String, done: Int, postponed: Int) -> Phrase {
        Phrase(da: "Mødet \(id) er lukket: \(done) behandlet, \(postponed) udsat. Protokollen: chefforum minutes \(id)",
               en: "Meeting \(id) is closed: \(done) done, \(postponed) postponed. The minutes: chefforum minutes \(id)")
    }
    static func itemPostponed(_ key: String, inMeeting: Bool) -> Phrase {
        inMeeting ? Phrase(da: "\(key) er udsat til næste møde.", en: "\(key) is postponed to the next meeting.")
            : Phrase(da: "\(key) er taget af udkastet og kommer på mødet efter.", en: "\(key) is off the draft and comes to the meeting after.")
    }
    static func itemAdded(_ key: String) -> Phrase {
        Phrase(da: "Punktet \(key) er tilføjet næste mødes dagsorden.", en: "Item \(key) is added to the next meeting's agenda.")
    }
    static func itemMoved(_ key: String, _ position: Int) -> Phrase {
        Phrase(da: "\(key) står nu som nr. \(position) i sit afsnit.", en: "\(key) is now number \(position) in its section.")
    }
    static func requestReopened(_ id: String) -> Phrase {
        Phrase(da: "\(id) er genoptaget og tilbage på forummets bord.", en: "\(id) is reopened and back on the forum's table.")
    }

    static func agendaHeading(_ overview: AgendaOverview) -> Phrase {
        let size = overview.size
        let total = size.forDecision.formatted(.kroner)
        if let meeting = overview.meeting {
            return Phrase(da: "Møde \(meeting.id) (\(meetingStatus(meeting.status).danish)): \(size.items) punkter, \(overview.done) behandlet, \(overview.left) mangler; \(total) til beslutning",
                          en: "Meeting \(meeting.id) (\(meetingStatus(meeting.status).english)): \(size.items) items, \(overview.done) done, \(overview.left) left; \(total) for decision")
        }
        return Phrase(da: "Udkast til dagsorden, møde \(overview.date.danish): \(size.items) punkter, \(total) til beslutning",
                      en: "Draft agenda, meeting \(overview.date.danish): \(size.items) items, \(total) for decision")
    }


    static let colItem = Phrase(da: "Punkt", en: "Item")
    static let colSection = Phrase(da: "Afsnit", en: "Section")
    static let colTitle = Phrase(da: "Titel", en: "Title")
    static let colReasons = Phrase(da: "Hvorfor", en: "Why")
    static let colAmount = Phrase(da: "Beløb", en: "Amount")
    static let colNumber = Phrase(da: "Nr.", en: "No.")
    static let colDate = Phrase(da: "Dato", en: "Date")
    static let colParticipants = Phrase(da: "Deltagere", en: "Participants")
    static let colItems = Phrase(da: "Punkter", en: "Items")
    static let colForecastBefore = Phrase(da: "Prognose før", en: "Forecast before")
    static let colForecastProposed = Phrase(da: "Som indstillet", en: "As proposed")
    static let colForecastDecided = Phrase(da: "Besluttet", en: "Decided")
    static let colDeviationBefore = Phrase(da: "Afvigelse før", en: "Deviation before")
    static let colDeviationProposed = Phrase(da: "Afvigelse indstillet", en: "Deviation proposed")
    static let putOffHeading = Phrase(da: "Udsat til mødet efter:", en: "Put off to the meeting after:")
    static func effectHeading(month: Int) -> Phrase {
        Phrase(da: "Samlet virkning pr. sektor (ultimo \(monthShort(month).danish)):",
               en: "Combined effect per sector (end of \(monthShort(month).english)):")
    }
}
