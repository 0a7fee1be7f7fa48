/// The formats the minutes are written in as text (JSON is their `Codable` form).
public enum MinutesFormat: String, Sendable, CaseIterable {
    case md, txt, html
}

extension Minutes {
    /// One block of the minutes as a document: what each format then writes its own way.
    enum Block {
        case title(String)
        case facts([(label: String, value: String)])
        case section(String, [[String]])
    }

    /// The minutes in `format` and `language`: a heading with the municipality, the meeting and
    /// who took part, then decisions, deviations, capacity overrides, other items and what was
    /// postponed, each item with its details on lines of their own. The HTML is a whole page
    /// that prints on A4.
    public func write(_ format: MinutesFormat, language: Language) -> String {
        let blocks = document(language)
        switch format {
        case .md: return Self.markdown(blocks)
        case .txt: return Self.plain(blocks)
        case .html: return Self.html(blocks, language: language, municipality: municipality)
        }
    }

    func document(_ language: Language) -> [Block] {
        func t(_ phrase: Phrase) -> String { phrase.text(language) }
        let none = [[t(Strings.minutesNone)]]
        let decisionItems = decisions.map { line -> [String] in
            var lines = ["\(line.request) · \(line.offer) (\(line.law)) · \(t(Strings.minutesCase)) \(line.caseID): "
                         + "\(t(Strings.minutesOutcome(line.kind))) \(line.amount.formatted())"]
            let key = line.split.count > 1 ? (try? PaymentSplit(line.split.map { PaymentSplit.Share($0.sector, $0.weight) })) : nil
            lines.append(t(Strings.minutesPaidBy) + ": " + (key.map { Strings.splitText($0) + " — " } ?? "")
                         + line.split.map { "\($0.sector) \($0.amount.formatted())" }.joined(separator: ", "))
            let note = line.note.split(separator: "\n").map { String($0).trimmed }.filter { !$0.isEmpty }
            if let first = note.first { lines += [t(Strings.minutesNoteLabel(line.kind)) + ": " + first] + note.dropFirst() }
            if let until = line.validUntil { lines.append(t(Strings.minutesValidUntil) + ": " + until.danish) }
            if let followUp = line.followUp { lines.append(t(Strings.minutesFollowUp) + ": " + followUp.danish) }
            lines.append(t(Strings.minutesDecidedBy) + ": " + line.decidedBy)
            return lines
        }
        let deviationItems = deviations.map { line -> [String] in
            var first = AgendaKey.deviation(line.sector).named(line.title)
            if let deviation = line.deviation { first += ": " + t(Strings.minutesDeviation(deviation)) }
            return [first,
                    t(Strings.minutesExplanation) + ": " + (line.explanation.trimmed.isEmpty ? t(Strings.minutesNoExplanation) : line.explanation.trimmed),
                    t(Strings.minutesActionPlan) + ": " + (line.actionPlan.trimmed.isEmpty ? "–" : line.actionPlan.trimmed)
                        + (line.owner.trimmed.isEmpty ? "" : " (\(t(Strings.minutesOwner)): \(line.owner.trimmed))")]
        }
        let overrideItems = overrides.map {
            ["\($0.offer) \($0.offerName) · \(t(Strings.minutesCase)) \($0.caseID) · \(t(Strings.minutesUnitsFrom($0.units, $0.from)))",
             t(Strings.minutesReason) + ": " + $0.reason]
        }
        let freeLines = freeItems.map { [$0.title] + $0.text.split(separator: "\n").map { String($0).trimmed }.filter { !$0.isEmpty } }
        return [
            .title(t(Strings.minutesTitle) + " · " + municipality),
            .facts([(t(Strings.minutesMeeting), "\(meeting) · \(date.danish)"),
                    (t(Strings.minutesChair), chair),
                    (t(Strings.minutesParticipants), participants.joined(separator: ", "))]
                   + (auditAnchor.map { [(t(Strings.minutesAuditAnchor), $0)] } ?? [])),
            .section(t(Strings.minutesDecisions), decisionItems.isEmpty ? none : decisionItems),
            .section(t(Strings.minutesDeviations), deviationItems.isEmpty ? none : deviationItems),
            .section(t(Strings.minutesOverrides), overrideItems.isEmpty ? none : overrideItems),
            .section(t(Strings.minutesFreeItems), freeLines.isEmpty ? none : freeLines),
            .section(t(Strings.minutesPostponed), postponed.isEmpty ? none : postponed.map { [$0.key.named($0.title)] }),
        ]
    }

    static func markdown(_ blocks: [Block]) -> String {
        var out: [String] = []
        for block in blocks {
            switch block {
            case .title(let text): out += ["# " + text, ""]
            case .facts(let facts): out += facts.map { "- **\($0.label):** \($0.value)" } + [""]
            case .section(let heading, let items):
                out += ["## " + heading, ""]
                for item in items {
                    // Two trailing spaces break the line within the list item.
                    let lines = [("- " + (item.first ?? ""))] + item.dropFirst().map { "  " + $0 }
                    out += lines.enumerated().map { $0.offset < lines.count - 1 ? $0.element + "  " : $0.element }
                }
                out.append("")
            }
        }
        return out.joined(separator: "\n")
    }

    static func plain(_ blocks: [Block]) -> String {
        var out: [String] = []
        for block in blocks {
            switch block {
            case .title(let text): out += [text, String(repeating: "=", count: text.count), ""]
            case .facts(let facts): out += facts.map { "\($0.label): \($0.value)" } + [""]
            case .section(let heading, let items):
                out += [heading, String(repeating: "-", count: heading.count)]
                for item in items {
                    out.append("* " + (item.first ?? ""))
                    out += item.dropFirst().map { "  " + $0 }
                }
                out.append("")
            }
        }
        return out.joined(separator: "\n")
    }

    static func html(_ blocks: [Block], language: Language, municipality: String) -> String {
        func e(_ text: String) -> String {
            var out = ""
            for character in text {
                switch character {
                case "&": out += "&amp;"
                case "<": out += "&lt;"
                case ">": out += "&gt;"
                case "\"": out += "&quot;"
                default: out.append(character)
                }
            }
            return out
        }
        var title = ""
        var body: [String] = []
        for block in blocks {
            switch block {
            case .title(let text):
                title = text
                body.append("<header><p class=\"municipality\">\(e(municipality))</p><h1>\(e(text))</h1></header>")
            case .facts(let facts):
                body.append("<dl>" + facts.map { "<dt>\(e($0.label))</dt><dd>\(e($0.value))</dd>" }.joined() + "</dl>")
            case .section(let heading, let items):
                body.append("<section><h2>\(e(heading))</h2><ul>")
                for item in items {
                    body.append("<li><p>\(e(item.first ?? ""))</p>" + item.dropFirst().map { "<p class=\"detail\">\(e($0))</p>" }.joined()
                                + "</li>")
                }
                body.append("</ul></section>")
            }
        }
        return """
            <!DOCTYPE html>
            <html lang="\(language.rawValue)">
            <head>
            <meta charset="utf-8">
            <title>\(e(title))</title>
            <style>
            @page { size: A4; margin: 20mm 18mm; }
            body { font-family: "Helvetica Neue", Arial, sans-serif; font-size: 11pt; line-height: 1.4; color: #000; max-width: 174mm; margin: 0 auto; }
            .municipality { font-size: 10pt; text-transform: uppercase; letter-spacing: 0.08em; margin: 0; }
            h1 { font-size: 18pt; margin: 2mm 0 6mm; }
            h2 { font-size: 13pt; border-bottom: 0.3mm solid #000; margin: 8mm 0 3mm; break-after: avoid; }
            dl { display: grid; grid-template-columns: max-content 1fr; gap: 1mm 6mm; margin: 0; }
            dt { font-weight: bold; }
            dd { margin: 0; }
            ul { padding-left: 5mm; margin: 0; }
            li { margin-bottom: 3mm; break-inside: avoid; }
            li p { margin: 0; }
            .detail { padding-left: 4mm; }
            </style>
            </head>
            <body>
            \(body.joined(separator: "\n"))
            </body>
            </html>

            """
    }
}
