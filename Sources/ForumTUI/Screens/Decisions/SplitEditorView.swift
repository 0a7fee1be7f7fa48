import ForumCore

/// Where the split editor's parts go in the screen's area. Computed the same way for drawing, for
/// paging the month table and for clicks.
struct SplitLayout: Sendable {
    var area: Rect
    /// The first share row.
    var sharesTop: Int
    /// The rows of the month table below its header.
    var months: Rect
    var preview: SplitPreview
    /// The sectors' names, shown after their shares.
    var names: [SectorCode: String]

    /// The impact section's title and legend, on one or two lines.
    var impactTitle: [StyledLine]

    init(_ editor: SplitEditorState, preview: SplitPreview, names: [SectorCode: String], area: Rect, language: Language) {
        self.area = area
        self.preview = preview
        self.names = names
        let heading = editor.changeFrom == nil ? Strings.sectionImpactOfSplit : Strings.sectionImpactOfChange
        impactTitle = ImpactLines.title(heading, month: preview.month, year: preview.year, language: language,
                                        width: area.width)
        sharesTop = area.y + 4
        let checkRow = sharesTop + editor.rows.count
        let impactRows = impactTitle.count + 1 + Swift.max(preview.impacts.count + preview.laterYears.count, editor.rows.count)
        let monthsTitle = checkRow + 1 + impactRows
        months = Rect(x: area.x, y: monthsTitle + 2, width: area.width, height: area.maxY - monthsTitle - 2)
    }

    /// The share row at a point, if any.
    func shareRow(at point: Point, count: Int) -> Int? {
        let index = point.y - sharesTop
        return area.contains(point) && (0..<count).contains(index) ? index : nil
    }
}

/// Draws the split editor: what is split; the shares, the field of the selected one holding
/// the terminal cursor; whether the shares make a split; each paying sector's forecast and
/// deviation before → after; and the commitments per month and sector, exact to the øre, each
/// month's parts shown to add up to the month (scrolling with PgUp/PgDn).
enum SplitEditorView {
    static func render(_ editor: SplitEditorState, layout: SplitLayout, into frame: inout Frame, context: ScreenContext) {
        let area = context.area
        let language = context.language
        let request = editor.request
        var y = area.y
        func line(_ styled: StyledLine) {
            if y < area.maxY { styled.render(into: &frame, at: Point(x: area.x, y: y), width: area.width) }
            y += 1
        }
        line(StyledLine(Strings.splitTitle(request.id.rawValue, offer: request.offer).text(language), .title))
        var about = Strings.amountSummary(editor.amount).text(language)
        if let from = editor.changeFrom { about += " · " + Strings.splitAppliesFrom(from).text(language) }
        line(StyledLine(about))
        line(StyledLine(Strings.splitHint.text(language), .muted))
        let preview = layout.preview
        var split: PaymentSplit?
        if case .valid(let valid) = preview.check { split = valid }
        let cursor = renderShares(editor, layout: layout, split: split, y: &y, into: &frame, language: language)
        switch preview.check {
        case .valid(let split): line(StyledLine("✓ ", .good, .bold).adding(Strings.splitText(split)))
        case .invalid(let reason): line(StyledLine("✗ ", .bad, .bold).adding(reason.text(language), .bad))
        }
        y = layout.sharesTop + editor.rows.count + 1
        layout.impactTitle.forEach(line)
        if preview.month == nil {
            line(StyledLine("  " + Strings.noPostingsYet.text(language), .muted))
        } else if !preview.impacts.isEmpty {
            ImpactLines.lines(preview.impacts, year: preview.year, language: language, width: area.width).forEach(line)
        }
        ImpactLines.laterYears(preview.laterYears, language: language, width: area.width).forEach(line)
        y = layout.months.y - 2
        line(StyledLine(Strings.monthTableTitle.text(language), .title))
        if let schedule = preview.schedule {
            renderMonths(editor, schedule: schedule, layout: layout, into: &frame, language: language)
        }
        frame.cursor = cursor
    }

    private static let fieldX = 9, fieldWidth = 8, percentWidth = 8, totalWidth = 14

    /// The share rows under their header; returns the cursor in the selected share's field.
    private static func renderShares(_ editor: SplitEditorState, layout: SplitLayout, split: PaymentSplit?, y: inout Int,
                                     into frame: inout Frame, language: Language) -> Point? {
        let area = layout.area
        let schedule = layout.preview.schedule
        var cursor: Point?
        let header = StyledLine.columns([
            (Strings.colSector.text(language), fieldX - 3, .left, .columnHeader),
            (Strings.colShare.text(language), fieldWidth, .left, .columnHeader),
            (Strings.colPercent.text(language), percentWidth, .right, .columnHeader),
            (Strings.colTotalKroner.text(language), totalWidth, .right, .columnHeader),
        ])
        header.render(into: &frame, at: Point(x: area.x, y: y), width: area.width)
        y += 1
        let percents = split.map { split -> [SectorCode: String] in
            let (shares, exact) = split.displayPercents()
            return Dictionary(shares.map { ($0.sector, (exact ? "" : "≈ ") + "\($0.percent) %") },
                              uniquingKeysWith: { first, _ in first })
        } ?? [:]
        for (index, row) in editor.rows.enumerated() where y < area.maxY {
            let selected = index == editor.selected
            frame.put(selected ? "▸" : " ", at: Point(x: area.x, y: y), style: Style(.accent, .bold))
            frame.put(row.sector.rawValue, at: Point(x: area.x + 2, y: y), style: Style(.plain, selected ? .bold : []))
            let fieldStyle = Style(.input, selected ? [] : .underline)
            let field = TextFieldView.render(row.field, into: &frame,
                                             row: Rect(x: area.x + fieldX, y: y, width: fieldWidth, height: 1),
                                             style: fieldStyle)
            if selected { cursor = field }
            var x = area.x + fieldX + fieldWidth + 1
            frame.put(TextLayout.fit(percents[row.sector] ?? "", to: percentWidth, alignment: .right), at: Point(x: x, y: y))
            x += percentWidth + 1
            let total = schedule.map { $0.total(for: row.sector).formatted(.exact, unit: false) } ?? ""
            frame.put(TextLayout.fit(total, to: totalWidth, alignment: .right), at: Point(x: x, y: y))
            x += totalWidth + 2
            frame.put(TextLayout.truncate(layout.names[row.sector] ?? "", to: area.maxX - x), at: Point(x: x, y: y),
                      style: Style(.muted))
            y += 1
        }
        return cursor
    }

    private static func renderMonths(_ editor: SplitEditorState, schedule: CommitmentSchedule, layout: SplitLayout,
                                     into frame: inout Frame, language: Language) {
        let area = layout.months
        guard area.height > 0 else { return }
        let sectors = schedule.sectors
        let monthWidth = 9
        let cellWidth = Swift.max(8, Swift.min(12, (area.width - monthWidth - 4) / Swift.max(1, sectors.count + 1) - 1))
        let header = StyledLine.columns([(Strings.colMonth.text(language), monthWidth, .left, .columnHeader)]
            + sectors.map { ($0.rawValue, cellWidth, .right, .columnHeader) }
            + [(Strings.colTotal.text(language), cellWidth, .right, .columnHeader)], indent: 0)
        header.render(into: &frame, at: Point(x: area.x, y: area.y - 1), width: area.width)
        let amounts = Dictionary(editor.amount.monthlyAmounts.map { ($0.month, $0.amount) },
                                 uniquingKeysWith: { first, _ in first })
        let months = schedule.months
        let top = Swift.max(0, Swift.min(editor.monthScroll, months.count - area.height))
        for (offset, month) in months.dropFirst(top).prefix(area.height).enumerated() {
            let parts = sectors.map { sector in
                Money.sum(schedule.lines.lazy.filter { $0.month == month && $0.sector == sector }.map(\.amount))
            }
            let sum = Money.sum(parts)
            let adds = sum == amounts[month]
            let label = Strings.monthShort(month.month).text(language) + " \(month.year)"
            StyledLine.columns([(label, monthWidth, .left, .plain)]
                + parts.map { ($0.formatted(.exact, unit: false), cellWidth, .right, .plain) }
                + [(sum.formatted(.exact, unit: false), cellWidth, .right, .plain)], indent: 0)
                .adding(adds ? " ✓" : " ✗", adds ? .good : .bad, .bold)
                .render(into: &frame, at: Point(x: area.x, y: area.y + offset), width: area.width)
        }
        if top > 0 { frame.put("▲", at: Point(x: area.maxX - 1, y: area.y), style: Style(.marker)) }
        if top + area.height < months.count {
            frame.put("▼", at: Point(x: area.maxX - 1, y: area.maxY - 1), style: Style(.marker))
        }
    }
}
