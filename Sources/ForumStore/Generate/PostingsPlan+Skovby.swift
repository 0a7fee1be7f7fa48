import ForumCore

extension PostingsPlan {
    /// Skovby Kommune, the demo municipality (`Sources/ForumStore/Demo/Skovby`): what each sub-area of
    /// `subareas.csv` spends in 2026.
    ///
    /// The amounts tell the demo's story against `budgets.csv` when the forecast of DOMAIN §6
    /// is taken at the end of October or November: the specialised adult area (VOK), vulnerable
    /// children (BUF) and special education (SPU) overspend beyond the tolerance, employment
    /// (BEV) and PPR underspend, and health and care (SUN) is on track. `Sources/ForumStore/Demo/Skovby/README.md`
    /// tells the story; the store's tests check it.
    public static let skovby = PostingsPlan(
        streams: [
            stream("5.68.90", 36_987_000, .jobs, .adults, 6_000, 86, 10, partner: "3.30.46",
                   ["Aktiveringsforløb", "Vejledning og opkvalificering", "Kursusbetaling"]),
            stream("5.68.91", 11_693_000, .jobs, .adults, 5_500, 82, 8,
                   ["Opkvalificering, forsikret ledig", "Kursus jf. jobplan"]),
            stream("5.68.97", 8_513_000, .flat, .adults, 9_500, 90, 12,
                   ["Løn, seniorjob", "Løn, seniorjob, regulering"]),
            stream("5.68.98", 20_940_000, .jobs, .adults, 4_500, 88, 16, partner: "5.38.38",
                   ["Mentorstøtte", "Løntilskud", "Hjælpemidler på arbejdspladsen"]),
            stream("5.28.20", 45_493_000, .flat, .children, 33_000, 95, 14,
                   ["Opholdssted, månedstakst", "Opholdssted, særtakst", "Lommepenge og beklædning"]),
            stream("5.28.21", 54_571_000, .family, .children, 5_500, 86, 20, partner: "3.22.04",
                   ["Familiebehandling", "Kontaktperson", "Aflastning"]),
            stream("5.28.22", 49_980_000, .flat, .children, 16_000, 94, 22, partner: "3.22.01.3",
                   ["Plejevederlag", "Plejefamilie, omkostninger", "Supervision af plejefamilie"]),
            stream("5.28.23", 32_138_000, .flat, .children, 28_000, 90, 14, partner: "3.22.08",
                   ["Døgninstitution, takst", "Døgninstitution, særtakst"]),
            stream("5.28.24", 4_643_000, .flat, .youth, 40_000, 96, 6,
                   ["Sikret institution, takst"]),
            stream("5.38.38", 89_728_000, .care, .adults, 6_500, 88, 30, partner: "5.68.98",
                   ["Socialpædagogisk bistand § 85", "Bostøtte, timer", "Ledsagelse"]),
            stream("5.38.42", 14_383_000, .care, .adults, 9_000, 80, 10,
                   ["Forsorgshjem, ophold", "Krisecenter, ophold"]),
            stream("5.38.45", 16_512_000, .care, .adults, 7_500, 85, 14, partner: "5.38.52",
                   ["Misbrugsbehandling, ambulant", "Døgnbehandling, takst"]),
            stream("5.38.50", 146_639_000, .flat, .adults, 32_000, 93, 16, partner: "5.38.59",
                   ["Botilbud § 108, takst", "Botilbud § 108, særtakst", "Mellemkommunal afregning"]),
            stream("5.38.52", 69_892_000, .flat, .adults, 30_000, 92, 15, partner: "5.38.45",
                   ["Botilbud § 107, takst", "Botilbud § 107, særtakst", "Mellemkommunal afregning"]),
            stream("5.38.59", 24_665_000, .care, .adults, 7_000, 90, 18, partner: "5.38.50",
                   ["Aktivitets- og samværstilbud", "Kørsel til dagtilbud"]),
            stream("5.30.26", 96_330_000, .care, .elderly, 7_000, 86, 24, partner: "4.62.82",
                   ["Hjemmehjælp, privat leverandør", "Hjemmehjælp, kommunal leverandør"]),
            stream("5.30.27", 82_929_000, .care, .elderly, 14_000, 86, 20,
                   ["Pleje i plejebolig", "Plejebolig, mellemkommunal afregning"]),
            stream("5.30.29", 5_945_000, .care, .elderly, 2_500, 75, 6,
                   ["Forebyggende hjemmebesøg", "Træningshold"]),
            stream("4.62.82", 30_935_000, .care, .elderly, 3_800, 86, 12, partner: "5.30.26",
                   ["Genoptræning efter sygehusophold", "Vedligeholdelsestræning"]),
            stream("4.62.88", 9_018_000, .care, .adults, 4_500, 55, 5,
                   ["Rygestopforløb", "Sundhedssamtale"]),
            stream("3.22.04", 20_753_000, .school, .children, 6_000, 72, 6, partner: "5.28.21",
                   ["Psykologisk undersøgelse", "Tale-hørekonsulent"]),
            stream("3.22.16", 2_433_000, .school, .adults, 3_500, 75, 5,
                   ["Kompenserende specialundervisning", "Ordblindeundervisning"]),
            stream("3.22.17", 5_560_000, .school, .children, 3_000, 78, 7,
                   ["Specialpædagogisk bistand, førskole", "Tale-sprogforløb"]),
            stream("3.22.01.3", 39_632_000, .school, .children, 11_000, 82, 14, partner: "5.28.22",
                   ["Støttetimer", "Specialklasse, elevtakst"]),
            stream("3.22.06", 14_421_000, .school, .children, 4_000, 84, 16,
                   ["Specialkørsel, taxa", "Befordring, kørselsgodtgørelse"]),
            stream("3.22.08", 47_517_000, .school, .children, 14_000, 82, 16, partner: "5.28.23",
                   ["Specialskole, elevtakst", "Intern skole, takst"]),
            stream("3.30.46", 17_585_000, .school, .youth, 12_000, 90, 14, partner: "5.68.90",
                   ["STU, takst", "STU, praktik og transport"]),
        ],
        generalTexts: ["Lønudgifter", "Husleje og drift", "Fællesudgifter", "Administration"],
        correctionTexts: ["Korrektion af tidligere postering", "Tilbagebetaling", "Refusion, særligt dyre enkeltsager"])

    /// Monthly shapes of spending. School areas dip in July; employment dips in the summer
    /// holidays; most areas peak in December with the year-end settlements.
    enum Profile {
        case flat, family, jobs, school, care

        var weights: [Int64] {
            switch self {
            case .flat: [100, 100, 100, 100, 100, 100, 100, 100, 100, 100, 100, 108]
            case .family: [98, 100, 103, 102, 101, 97, 82, 95, 102, 104, 103, 113]
            case .jobs: [96, 102, 106, 103, 100, 97, 68, 92, 106, 108, 105, 117]
            case .school: [104, 104, 104, 100, 104, 92, 30, 86, 106, 106, 106, 118]
            case .care: [102, 96, 101, 99, 101, 99, 103, 100, 99, 101, 100, 109]
            }
        }
    }

    private static func stream(_ code: String, _ annualKroner: Int64, _ profile: Profile, _ band: AgeBand,
                               _ typicalKroner: Int64, _ cprPercent: Int, _ linesPerPerson: Int,
                               partner: String? = nil, _ texts: [String]) -> Stream {
        Stream(subArea: code, annual: Money(kroner: annualKroner), profile: profile.weights, band: band,
               typicalLine: Money(kroner: typicalKroner), cprPercent: cprPercent,
               linesPerPerson: linesPerPerson, partner: partner, texts: texts)
    }
}
