extension Strings {
    public static func role(_ role: Role) -> Phrase {
        switch role {
        case .chief: Phrase(da: "fagchef", en: "chief")
        case .leader: Phrase(da: "leder", en: "leader")
        case .economist: Phrase(da: "økonom", en: "economist")
        case .chair: Phrase(da: "formand", en: "chair")
        case .administrator: Phrase(da: "administrator", en: "administrator")
        case .reader: Phrase(da: "læser", en: "reader")
        }
    }

    public static func authority(_ authority: Authority) -> Phrase {
        switch authority {
        case .caseworker: Phrase(da: "sagsbehandler", en: "caseworker")
        case .leader: Phrase(da: "leder", en: "leader")
        case .chief: Phrase(da: "betalende fagchef", en: "paying chief")
        case .forum: Phrase(da: "chefforum", en: "chiefs' forum")
        case .politicalCommittee: Phrase(da: "politisk udvalg", en: "political committee")
        }
    }

    /// "the leader's" / "lederens": whose ceiling a request exceeds.
    public static func possessive(_ authority: Authority) -> Phrase {
        switch authority {
        case .caseworker: Phrase(da: "sagsbehandlerens", en: "caseworker's")
        case .leader: Phrase(da: "lederens", en: "leader's")
        case .chief: Phrase(da: "fagchefens", en: "chief's")
        case .forum: Phrase(da: "chefforums", en: "forum's")
        case .politicalCommittee: Phrase(da: "udvalgets", en: "committee's")
        }
    }

    /// "Why it is here": the rule that routed a request.
    public static func routingReason(_ reason: RoutingReason) -> Phrase {
        switch reason {
        case .splitPayment:
            return Phrase(da: "delt betaling", en: "split payment")
        case .noCeiling:
            return Phrase(da: "intet beløbsloft", en: "no ceiling")
        case .withinCeiling(let ceilings):
            guard let first = ceilings.first else { return Phrase(da: "intet beløbsloft", en: "no ceiling") }
            let limit = ceiling(first)
            return Phrase(da: "inden for \(limit.danish)", en: "within \(limit.english)")
        case .exceeds(let authority, let exceeded):
            let limit = ceiling(exceeded)
            let who = possessive(authority)
            return Phrase(da: "over \(who.danish) loft \(limit.danish)", en: "above the \(who.english) ceiling \(limit.english)")
        }
    }

    /// `25.000 kr. i alt`, `6 t./uge`.
    public static func ceiling(_ ceiling: Ceiling) -> Phrase {
        switch ceiling {
        case .amount(let money, let basis):
            let amount = money.formatted(.natural)
            switch basis {
            case .total: return Phrase(da: "\(amount) i alt", en: "\(amount) in total")
            case .perMonth: return Phrase(da: "\(amount)/md.", en: "\(amount)/month")
            case .perYear: return Phrase(da: "\(amount)/år", en: "\(amount)/year")
            }
        case .hours(let hours, let basis):
            switch basis {
            case .perWeek: return Phrase(da: "\(hours.formatted) t./uge", en: "\(hours.formatted) h/week")
            case .perMonth: return Phrase(da: "\(hours.formatted) t./md.", en: "\(hours.formatted) h/month")
            }
        }
    }

    public static let readOnly = Phrase(
        da: "du har kun læseadgang; bed en administrator om at tilføje dig (chefforum users add)",
        en: "you have read-only access; ask an administrator to add you (chefforum users add)")
    public static let readerOnly = Phrase(
        da: "du har læseadgang (rollen læser): du kan se alt, men ikke beslutte eller ændre",
        en: "you have read access (the reader role): you can see everything but not decide or change anything")
    public static let readOnlyCannotImport = Phrase(
        da: "du har kun læseadgang; kun økonomer og administratorer kan indlæse data — bed en administrator om at give dig en af de roller (chefforum users add)",
        en: "you have read-only access; only economists and administrators can import data — ask an administrator to give you one of those roles (chefforum users add)")
    public static let onlyForumMembersDecide = Phrase(
        da: "kun fagchefer og forummets formand kan træffe forumbeslutninger",
        en: "only chiefs and the forum's chair can make forum decisions")
    public static let forumDecidesInMeeting = Phrase(
        da: "forummets indstillinger afgøres i et åbent møde: formanden åbner det på skærm 5 (eller chefforum meeting open)",
        en: "the forum's requests are decided in an open meeting: the chair opens it on screen 5 (or chefforum meeting open)")
    public static func notInMeeting(_ meeting: String) -> Phrase {
        Phrase(da: "kun formanden og de fagchefer, der deltager i mødet \(meeting), afgør forummets anmodninger",
               en: "only the chair and the chiefs taking part in the meeting \(meeting) decide the forum's requests")
    }
    public static func chairManagesOffersInMeeting(_ offer: String) -> Phrase {
        Phrase(da: "formanden ændrer pladser og venteliste på «\(offer)» kun i et åbent møde; uden for mødet gør lederen af tilbuddet eller sektorens fagchef det",
               en: "the chair changes places and the waiting list of «\(offer)» only in an open meeting; outside it, the offer's leader or the sector's chief does")
    }
    public static let politicalCommitteeMustApprove = Phrase(
        da: "beløbet er over forummets loft: kun det politiske udvalg kan bevilge; brug henvis (p)",
        en: "the amount is above the forum's ceiling: only the political committee can grant it; use refer (p)")
    public static func onlyPayingChiefDecides(_ sectors: String) -> Phrase {
        Phrase(da: "uden for et møde kan kun fagchefen for den ene betalende sektor (\(sectors)) beslutte denne; ellers afgør forummet den i et åbent møde",
               en: "outside a meeting only the chief of the one paying sector (\(sectors)) can decide this; otherwise the forum decides it in an open meeting")
    }
    public static func onlyLeaderOfSectorDecides(_ sector: String) -> Phrase {
        Phrase(da: "uden for et møde kan kun en leder i \(sector) eller fagchefen for den betalende sektor beslutte denne",
               en: "outside a meeting only a leader in \(sector) or the chief of the paying sector can decide this")
    }
    public static let onlyChiefOfPayerOrChairChangesSplit = Phrase(
        da: "kun en betalende fagchef eller formanden kan ændre fordelingen",
        en: "only a paying chief or the chair can change the split")
    public static func onlyLeaderOfOffer(_ offer: String) -> Phrase {
        Phrase(da: "kun lederen af «\(offer)» eller sektorens fagchef kan ændre pladser og venteliste",
               en: "only the leader of «\(offer)» or the sector's chief can change places and the waiting list")
    }
    public static let onlyEconomistSetsForecast = Phrase(
        da: "kun økonomer kan sætte en prognose", en: "only economists can set a forecast")
    public static func onlyEconomistOrChiefWritesNote(_ sector: String) -> Phrase {
        Phrase(da: "kun økonomer og fagchefen for \(sector) kan skrive afvigelsesforklaringer",
               en: "only economists and the chief of \(sector) can write deviation explanations")
    }
    public static let onlyEconomistOrAdministratorSetsTarget = Phrase(
        da: "kun økonomer og administratorer kan sætte effektiviseringskrav",
        en: "only economists and administrators can set efficiency targets")
    public static let onlyEconomistImports = Phrase(
        da: "kun økonomer og administratorer kan indlæse data", en: "only economists and administrators can import data")
    public static let onlyChair = Phrase(da: "kun formanden kan det", en: "only the chair can do that")
    public static let onlyAdministrator = Phrase(
        da: "kun administratorer kan ændre brugere og opsætning", en: "only administrators can change users and settings")
    public static func onlyDeciderUndoes(_ name: String) -> Phrase {
        Phrase(da: "kun \(name), der traf beslutningen, eller formanden kan fortryde den",
               en: "only \(name), who made the decision, or the chair can undo it")
    }

    public static func offerNotFound(_ id: String) -> Phrase {
        Phrase(da: "tilbuddet \(id) findes ikke", en: "there is no offer \(id)")
    }
    public static func waitingEntryNotFound(_ id: Int64) -> Phrase {
        Phrase(da: "venteliste-plads \(id) findes ikke", en: "there is no waiting-list entry \(id)")
    }
    public static func userNotFound(_ login: String) -> Phrase {
        Phrase(da: "brugeren \(login) findes ikke", en: "there is no user \(login)")
    }
    public static func userExists(_ login: String) -> Phrase {
        Phrase(da: "brugeren \(login) findes allerede", en: "the user \(login) already exists")
    }
    public static func noFreePlace(_ id: String) -> Phrase {
        Phrase(da: "der er ingen ledig plads på \(id) til denne borger", en: "there is no free place on \(id) for this case")
    }
    public static let policyNoRungs = Phrase(da: "kompetencestigen har ingen trin", en: "the competence ladder has no rungs")
    public static func policyTopRungCeiling(_ authority: Authority) -> Phrase {
        Phrase(da: "øverste trin (\(Strings.authority(authority).danish)) må ikke have et loft",
               en: "the top rung (\(Strings.authority(authority).english)) must not have a ceiling")
    }
}
