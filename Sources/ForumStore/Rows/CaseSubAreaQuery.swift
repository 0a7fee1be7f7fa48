/// The query of `caseSubAreas`, the same on both backends: per case and sector, the sub-area with
/// the case's largest spend over all years, ties to the lowest code.
package enum CaseSubAreaQuery {
    package static let sql = """
        SELECT case_id, sector_code, code FROM (
            SELECT p.case_id, s.sector_code, s.code,
                   ROW_NUMBER() OVER (PARTITION BY p.case_id, s.sector_code ORDER BY SUM(m.amount_ore) DESC, s.code) AS rank
            FROM monthly_case m JOIN person p ON p.id = m.person_id JOIN sub_area s ON s.id = m.sub_area_id
            WHERE s.sector_code IS NOT NULL
            GROUP BY p.case_id, s.sector_code, s.code
            HAVING SUM(m.amount_ore) <> 0
        ) ranked
        WHERE rank = 1
        ORDER BY case_id, sector_code
        """
}
