import ForumCore

/// `e`: exporting what a screen shows.
extension Strings {
    static let actionExport = Phrase(da: "Eksportér det viste (csv, md, json)", en: "Export what is shown (csv, md, json)")
    static let exportTitle = Phrase(da: "Eksportér", en: "Export")
    static func exportRows(_ count: Int) -> Phrase { Phrase(da: "\(count) rækker", en: "\(count) rows") }
    static func exportLines(_ count: Int) -> Phrase { Phrase(da: "\(count) linjer", en: "\(count) lines") }
    static func exportMessage(_ size: Phrase) -> Phrase {
        Phrase(da: "\(size.danish) som vist. Filnavnets endelse vælger formen: .csv, .md eller .json.",
               en: "\(size.english) as shown. The file name's ending chooses the form: .csv, .md or .json.")
    }
    static let exportColumnState = Phrase(da: "Status", en: "State")
    static let exportColumnNumber = Phrase(da: "Nr.", en: "No.")
    static let exportColumnSection = Phrase(da: "Afsnit", en: "Section")
    static let exportColumnSubject = Phrase(da: "Emne", en: "Subject")
    static let exportColumnTitle = Phrase(da: "Titel", en: "Title")
    static let exportColumnReasons = Phrase(da: "Hvorfor", en: "Why")
    static let exportColumnAmount = Phrase(da: "Beløb (kr.)", en: "Amount (DKK)")
    static let exportFieldLabel = Phrase(da: "Fil", en: "File")
    static let exportConfirm = Phrase(da: "Skriv filen", en: "Write the file")
    static let exportNothing = Phrase(da: "Her er intet at eksportere endnu", en: "Nothing to export here yet")
    static func exportBadEnding(_ name: String) -> Phrase {
        Phrase(da: "«\(name)» skal ende på .csv, .md eller .json", en: "«\(name)» must end in .csv, .md or .json")
    }
    static func exported(_ size: Phrase, path: String) -> Phrase {
        Phrase(da: "\(size.danish) eksporteret til \(path)", en: "\(size.english) exported to \(path)")
    }
    static func exportExists(_ name: String) -> Phrase {
        Phrase(da: "\(name) findes allerede og overskrives ikke; vælg et andet navn",
               en: "\(name) already exists and is not overwritten; choose another name")
    }
    static func exportCannotWrite(_ name: String, reason: String) -> Phrase {
        Phrase(da: "kan ikke skrive \(name): \(reason)", en: "cannot write \(name): \(reason)")
    }
}
