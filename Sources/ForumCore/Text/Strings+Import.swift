/// What `chefforum import` says: problems in files (`FILE:LINE:COLUMN: what is wrong (what was
/// found)`), the key file, and the summary.
extension Strings {
    // MARK: - A field

    /// `kolonne beløb: højst to decimaler efter kommaet (fandt «12,345»)`.
    public static func importField(_ column: String, _ reason: Phrase, found: String?) -> Phrase {
        let foundDanish = found.map { " (fandt «\($0)»)" } ?? ""
        let foundEnglish = found.map { " (found «\($0)»)" } ?? ""
        return Phrase(da: "kolonne \(column): \(reason.danish)\(foundDanish)",
                      en: "column \(column): \(reason.english)\(foundEnglish)")
    }

    public static let importValueMissing = Phrase(da: "værdien mangler", en: "the value is missing")
    public static func importAmountUnexpectedCharacter(position: Int) -> Phrase {
        Phrase(da: "ugyldigt beløb: uventet tegn på plads \(position) (skriv fx -1.234,56)",
               en: "invalid amount: unexpected character at position \(position) (write e.g. -1.234,56)")
    }
    public static let importAmountMisplacedThousands = Phrase(
        da: "ugyldigt beløb: tusindtalspunktum står forkert (skriv fx 1.234.567,89)",
        en: "invalid amount: misplaced thousands separator (write e.g. 1.234.567,89)")
    public static let importAmountTooManyDecimals = Phrase(
        da: "ugyldigt beløb: højst to decimaler efter kommaet",
        en: "invalid amount: at most two decimals after the comma")
    public static let importAmountNoDigits = Phrase(da: "ugyldigt beløb: ingen cifre", en: "invalid amount: no digits")
    public static let importAmountTooLarge = Phrase(da: "beløbet er for stort", en: "the amount is too large")
    public static let importAmountNotPositive = Phrase(da: "beløbet skal være større end 0", en: "the amount must be above 0")
    public static let importNegativeAmount = Phrase(da: "beløbet må ikke være negativt", en: "the amount must not be negative")
    public static let importTotalOverflow = Phrase(
        da: "filens beløb er tilsammen for store til at tælle sammen",
        en: "the file's amounts add up to more than can be counted")

    public static let importDateUnreadable = Phrase(
        da: "ikke en dato (skriv dd-mm-åååå, dd.mm.åååå eller åååå-mm-dd)",
        en: "not a date (write dd-mm-yyyy, dd.mm.yyyy or yyyy-mm-dd)")
    public static let importDateNoSuchDay = Phrase(da: "datoen findes ikke", en: "no such day")
    public static func importDateYearOutOfRange(_ first: Int, _ last: Int) -> Phrase {
        Phrase(da: "året skal ligge i \(first)–\(last)", en: "the year must be within \(first)–\(last)")
    }
    public static func importEndBeforeStart(_ start: String) -> Phrase {
        Phrase(da: "ligger før startdatoen \(start)", en: "is before the start date \(start)")
    }

    public static let importCPRShape = Phrase(
        da: "ugyldigt CPR-nummer: skal være 10 cifre, evt. med bindestreg efter de første seks",
        en: "invalid CPR number: must be 10 digits, optionally with a dash after the first six")
    public static let importCPRImpossibleDate = Phrase(
        da: "ugyldigt CPR-nummer: de første seks cifre er ikke en dato",
        en: "invalid CPR number: the first six digits are not a date")

    public static let importNotABoolean = Phrase(
        da: "skriv ja eller nej (eller 1/0, x/tom)", en: "write yes or no (or 1/0, x/empty)")
    public static let importNotAWholeNumber = Phrase(da: "ikke et helt tal", en: "not a whole number")
    public static func importOutOfRange(_ low: Int, _ high: Int) -> Phrase {
        Phrase(da: "skal ligge mellem \(low) og \(high)", en: "must be between \(low) and \(high)")
    }
    public static let importNotHours = Phrase(
        da: "ikke et antal timer om ugen (skriv fx 6,5; højst én decimal)",
        en: "not a number of hours a week (write e.g. 6,5; at most one decimal)")
    public static func importUnknownWord(accepted: String) -> Phrase {
        Phrase(da: "ukendt værdi (skriv \(accepted))", en: "unknown value (write \(accepted))")
    }
    public static func importDuplicate(firstLine: Int) -> Phrase {
        Phrase(da: "står allerede på linje \(firstLine)", en: "already given on line \(firstLine)")
    }
    public static func importRequiredWithStatus(_ status: Phrase) -> Phrase {
        Phrase(da: "skal udfyldes ved status «\(status.danish)»", en: "is required with status «\(status.english)»")
    }

    // MARK: - The organisation

    public static let importUnknownSector = Phrase(da: "ukendt sektor", en: "unknown sector")
    public static let importUnknownSubArea = Phrase(
        da: "ukendt delområde (importér delområderne først)", en: "unknown sub-area (import the sub-areas first)")
    public static func importSubAreaOfOtherSector(_ subArea: String, _ sector: String) -> Phrase {
        Phrase(da: "delområdet \(subArea) hører til sektor \(sector)", en: "sub-area \(subArea) belongs to sector \(sector)")
    }
    public static let importNotAKontoplanPrefix = Phrase(
        da: "ikke en kontoplankode (skriv fx 5.38.52)", en: "not a kontoplan code (write e.g. 5.38.52)")
    public static let importUnknownLaw = Phrase(
        da: "ukendt lovgrundlag (importér lovene først)", en: "unknown law (import the laws first)")
    public static let importUnknownOffer = Phrase(
        da: "ukendt tilbud (importér tilbuddene først)", en: "unknown offer (import the offers first)")
    public static let importUnknownRole = Phrase(
        da: "ukendt rolle (fagchef, leder, økonom, formand, administrator, læser)",
        en: "unknown role (chief, leader, economist, chair, administrator, reader)")
    public static let importChiefNeedsSector = Phrase(
        da: "en fagchef skal have en sektor", en: "a chief must have a sector")
    public static let loginSyntax = Phrase(
        da: "et login består af bogstaverne a–z og A–Z, cifre og . _ - @, begynder ikke med - og har højst 64 tegn",
        en: "a login consists of the letters a–z and A–Z, digits and . _ - @, does not begin with - and has at most 64 characters")
    public static let userNameMissing = Phrase(da: "navnet mangler", en: "the name is missing")
    public static let userRolesMissing = Phrase(da: "brugeren skal have mindst én rolle", en: "the user needs at least one role")
    public static func importQuotaAboveCapacity(_ capacity: Int) -> Phrase {
        Phrase(da: "større end kapaciteten \(capacity)", en: "larger than the capacity \(capacity)")
    }
    public static func importProfileCount(_ count: Int) -> Phrase {
        Phrase(da: "profilen skal have tolv vægte adskilt af / (har \(count))",
               en: "the profile needs twelve weights separated by / (has \(count))")
    }
    public static let importProfileWeight = Phrase(
        da: "en vægt i profilen er ikke et tal på 0 eller mere", en: "a weight in the profile is not a number of 0 or more")
    public static let importProfileAllZero = Phrase(
        da: "profilens vægte er alle 0", en: "the profile's weights are all 0")
    public static let importBothAmounts = Phrase(
        da: "angiv enten månedsbeløb eller engangsbeløb, ikke begge",
        en: "give a monthly amount or a one-off amount, not both")
    public static let importNeitherAmount = Phrase(
        da: "angiv et månedsbeløb eller et engangsbeløb", en: "give a monthly amount or a one-off amount")
    public static let importEndRequiredForMonthly = Phrase(
        da: "et månedsbeløb skal have en slutdato", en: "a monthly amount needs an end date")

    // MARK: - The file

    public static func importCannotOpen(_ reason: String) -> Phrase {
        Phrase(da: "kan ikke åbne filen: \(reason)", en: "cannot open the file: \(reason)")
    }
    public static func importReadFailed(_ reason: String) -> Phrase {
        Phrase(da: "kan ikke læse filen: \(reason)", en: "cannot read the file: \(reason)")
    }
    public static let importPostingsNotWhole = Phrase(
        da: "posteringer læses som en strøm, ikke som en hel tabel", en: "postings are read as a stream, not as a whole table")
    public static let importCROnlyLineEndings = Phrase(
        da: "linjerne slutter med CR alene (gammelt Mac-format); gem filen med linjeskift LF eller CRLF",
        en: "the lines end in CR alone (old Mac format); save the file with LF or CRLF line endings")
    public static let importNotARegularFile = Phrase(da: "ikke en almindelig fil", en: "not a regular file")
    public static let importEmptyFile = Phrase(da: "filen er tom", en: "the file is empty")
    public static let importNoData = Phrase(
        da: "filen har en overskrift, men ingen datalinjer", en: "the file has a header but no data lines")
    public static let importUTF16 = Phrase(
        da: "filen er UTF-16; gem den som UTF-8 eller Windows-1252",
        en: "the file is UTF-16; save it as UTF-8 or Windows-1252")
    public static let importNulByte = Phrase(
        da: "filen indeholder en NUL-byte (er den binær?)", en: "the file contains a NUL byte (is it binary?)")
    public static func importLineTooLong(kibibytes: Int) -> Phrase {
        Phrase(da: "linjen er længere end \(kibibytes) KiB", en: "the line is longer than \(kibibytes) KiB")
    }
    public static let importUnclosedQuote = Phrase(
        da: "anførselstegnet, der begynder her, lukkes aldrig", en: "the quote that begins here is never closed")
    public static func importTextAfterQuote(_ found: String) -> Phrase {
        Phrase(da: "tekst efter det afsluttende anførselstegn (fandt «\(found)»)",
               en: "text after the closing quote (found «\(found)»)")
    }
    public static func importInvalidUTF8(_ byte: String) -> Phrase {
        Phrase(da: "ugyldig UTF-8: byten \(byte) (filen blander UTF-8 og Windows-1252)",
               en: "invalid UTF-8: byte \(byte) (the file mixes UTF-8 and Windows-1252)")
    }
    public static let importUTF8InWindows1252 = Phrase(
        da: "UTF-8-tegn i en Windows-1252-fil (filen blander tegnsæt)",
        en: "UTF-8 characters in a Windows-1252 file (the file mixes encodings)")
    public static func importUndefinedWindows1252(_ byte: String) -> Phrase {
        Phrase(da: "byten \(byte) findes ikke i Windows-1252", en: "byte \(byte) does not exist in Windows-1252")
    }
    public static func importFieldCount(found: Int, expected: Int) -> Phrase {
        Phrase(da: "linjen har \(found) felter, overskriften \(expected)",
               en: "the line has \(found) fields, the header \(expected)")
    }
    public static func importMissingColumn(_ name: String) -> Phrase {
        Phrase(da: "kolonnen «\(name)» mangler", en: "the column «\(name)» is missing")
    }
    public static func importDuplicateColumn(_ name: String, found: String, earlierColumn: Int) -> Phrase {
        Phrase(da: "kolonnen «\(found)» betyder det samme som kolonne \(earlierColumn) («\(name)»)",
               en: "the column «\(found)» means the same as column \(earlierColumn) («\(name)»)")
    }
    public static func importMoreProblems(_ count: Int) -> Phrase {
        Phrase(da: "… og \(count) fejl mere", en: "… and \(count) more problems")
    }
    public static func importUnmappedAccount(_ account: String, lines: Int) -> Phrase {
        Phrase(da: "kontoen «\(account)» passer ikke til noget delområde i kontoplanen (\(lines) posteringer)",
               en: "the account «\(account)» matches no sub-area of the kontoplan (\(lines) postings)")
    }
    public static let importUnmappedHint = Phrase(
        da: "brug --allow-unmapped for at bogføre ikke-placerede konti på delområdet «ikke placeret»",
        en: "use --allow-unmapped to book unmapped accounts to the sub-area «unmapped»")

    // MARK: - The key file

    public static func keyFileMissing(_ path: String) -> Phrase {
        Phrase(da: "nøglefilen \(path) findes ikke", en: "the key file \(path) does not exist")
    }
    public static func keyFileTooOpen(_ path: String, mode: String) -> Phrase {
        Phrase(da: "nøglefilen \(path) kan læses eller skrives af andre (rettigheder \(mode)); ret det med: chmod 600 \(path)",
               en: "the key file \(path) is open to others (mode \(mode)); fix it with: chmod 600 \(path)")
    }
    public static func keyFileNotAFile(_ path: String) -> Phrase {
        Phrase(da: "nøglefilen \(path) er ikke en almindelig fil", en: "the key file \(path) is not a regular file")
    }
    public static func keyFileMalformed(_ path: String) -> Phrase {
        Phrase(da: "nøglefilen \(path) indeholder ikke 64 hexadecimale cifre",
               en: "the key file \(path) does not hold 64 hexadecimal digits")
    }
    public static func keyFileSystem(_ path: String, message: String) -> Phrase {
        Phrase(da: "nøglefilen \(path): \(message)", en: "the key file \(path): \(message)")
    }
}

extension Strings {
    // MARK: - The database

    public static func importAlreadyImported(_ file: String, at: String, by login: String) -> Phrase {
        Phrase(da: "filen er allerede indlæst (som «\(file)» den \(at) af \(login)); brug --replace for at erstatte den indlæsning",
               en: "the file was imported before (as «\(file)» on \(at) by \(login)); use --replace to replace that import")
    }
    public static func importPeriodOverlaps(_ file: String, at: String, by login: String) -> Phrase {
        Phrase(da: "posteringernes måneder overlapper indlæsningen af «\(file)» den \(at) af \(login); brug --replace for at erstatte den",
               en: "the postings' months overlap the import of «\(file)» on \(at) by \(login); use --replace to replace it")
    }
    public static func importRequestExists(_ id: String) -> Phrase {
        Phrase(da: "indstillingen \(id) findes allerede i databasen og bliver ikke overskrevet",
               en: "the request \(id) is already in the database and is not overwritten")
    }
    public static let unmappedSubAreaName = Phrase(da: "Ikke placerede konti", en: "Unmapped accounts")
}

extension Strings {
    public static func importSettingsOneRow(firstLine: Int) -> Phrase {
        Phrase(da: "indstillingerne står allerede på linje \(firstLine); filen må have én række",
               en: "the settings are already given on line \(firstLine); the file must have one row")
    }
}

extension Strings {
    /// `1.234.567`: a count grouped in thousands, as in the import's and the generator's summaries.
    public static func count(_ value: Int) -> String { Money.grouped(UInt64(max(0, value))) }
}
