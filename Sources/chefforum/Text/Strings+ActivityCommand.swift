import ForumCore

/// `chefforum report activity`.
extension Strings {
    static let reportActivityAbstract = Phrase(
        da: "Aktive sager, tilgang, afgang og gennemsnitspris pr. underområde og måned.",
        en: "Active cases, inflow, outflow and average price per sub-area and month.")
    static let reportActivityMonthHelp = Phrase(
        da: "Kun denne måned (ÅÅÅÅ-MM); standard alle måneder til og med den seneste med bogføringer.",
        en: "Only this month (YYYY-MM); default every month through the last with postings.")
    static func reportActivityHeading(_ year: Int, through: Int) -> Phrase {
        Phrase(da: "Aktivitet \(year), måned 1–\(through). Aktive = bevillinger og pladser aktive på månedens sidste dag; gns. pris = prognose ÷ gns. aktive. En sag tælles på betalersektorens underområde med lovens paragraf i navnet, ellers hvor sagens forbrug er størst, ellers på sektoren som ikke henført.",
               en: "Activity \(year), months 1–\(through). Active = grants and places active on the month's last day; avg. price = forecast ÷ average active. A case counts on the paying sector's sub-area whose name carries its law's paragraph, else where its spend is largest, else on the sector as not attributed.")
    }
}
