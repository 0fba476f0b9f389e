import InspectionKit
import InspectionReports

/// A table the site's script can sort (and filter): a caption, a head row, one row per item
/// with its first cell as the row's header. Complete without the script; each cell may carry
/// the value it sorts by (`data-sort`), so a grade sorts by its place on the scale and a
/// figure by its number, not by its words.
struct SiteTable {
    struct Cell {
        var html: HTML
        var sortKey: String?

        init(_ html: HTML, sort sortKey: String? = nil) {
            self.html = html
            self.sortKey = sortKey
        }

        /// A number, right-aligned, sorted by its value.
        static func number(_ text: String, sort value: Double?) -> Cell {
            Cell("\(text)", sort: value.map { NumberText.plain($0) } ?? "")
        }
    }

    /// The table's element id (the filter box's is `<id>-filter`).
    var id: String
    var caption: String
    var head: [String]
    var rows: [[Cell]]
    var numeric: Set<Int> = []
    var filterable = false
    var className: String? = nil

    var html: HTML {
        let headCells = head.enumerated().map { index, title -> HTML in
            "<th scope=\"col\"\(numeric.contains(index) ? HTML(" class=\"num\"") : .empty)>\(title)</th>"
        }
        let bodyRows = rows.map { cells -> HTML in
            let tds = cells.enumerated().map { index, cell -> HTML in
                let sort: HTML = cell.sortKey.map { " data-sort=\"\($0)\"" } ?? .empty
                let numericClass: HTML = numeric.contains(index) ? " class=\"num\"" : .empty
                return index == 0 ? "<th scope=\"row\"\(sort)>\(cell.html)</th>" : "<td\(numericClass)\(sort)>\(cell.html)</td>"
            }
            return "<tr>\(tds)</tr>\n"
        }
        let classes = (["sortable"] + (className.map { [$0] } ?? [])).joined(separator: " ")
        // A filter box earns its place on a long table only.
        let filter: HTML = filterable && rows.count > 10 ? " data-filter" : .empty
        // Focusable, so that a table wider than a phone can be scrolled from the keyboard.
        return """
            <div class="scroll" tabindex="0" role="group" aria-label="\(caption)"><table id="\(id)" class="\(classes)"\(filter)>
            <caption>\(caption)</caption>
            <thead><tr>\(headCells)</tr></thead>
            <tbody>
            \(bodyRows)</tbody>
            </table></div>

            """
    }
}

/// Grades in the site's tables: a badge with the grade's code (its full name for screen
/// readers and in the legend), sortable by its place on the scale, best first.
enum GradeCell {
    static func code(_ grade: String, _ scale: [GradingScale.Grade]) -> String {
        (scale.first { $0.id == grade }?.label ?? grade).split(separator: " ").map { String($0.prefix(1)).uppercased() }.joined()
    }

    /// A computed grade: its badge with the code, "not graded" in words.
    static func badge(_ grade: String?, _ scale: [GradingScale.Grade]) -> HTML {
        guard let grade else {
            return "<span class=\"grade none\"><span aria-hidden=\"true\">–</span><span class=\"visually-hidden\">not graded</span></span>"
        }
        let known = scale.first { $0.id == grade }
        let colour = HTMLEscaping.colour(known?.colour ?? HTMLEscaping.neutralColour)
        return
            "<span class=\"grade\" style=\"--g:\(colour: colour);--t:\(colour: HTMLEscaping.textColour(on: colour))\"><span aria-hidden=\"true\">\(code(grade, scale))</span><span class=\"visually-hidden\">\(known?.label ?? grade)</span></span>"
    }

    /// A published grade: its badge, "unknown" (with what it may be), or "not inspected".
    static func published(_ published: PublishedGrade?, _ scale: [GradingScale.Grade]) -> HTML {
        guard let published else {
            return
                "<span class=\"grade none\"><span aria-hidden=\"true\">–</span><span class=\"visually-hidden\">not inspected</span></span>"
        }
        guard let grade = published.grade else {
            let codes = published.possible.map { code($0, scale) }.joined(separator: "/")
            let words = published.words { id in scale.first { $0.id == id }?.label ?? id }
            return
                "<span class=\"grade unknown\"><span aria-hidden=\"true\">\(codes.isEmpty ? "?" : codes + "?")</span><span class=\"visually-hidden\">\(words)</span></span>"
        }
        return badge(grade, scale)
            + (published.inferred ? "<span aria-hidden=\"true\">*</span><span class=\"visually-hidden\"> (inferred)</span>" : .empty)
    }

    /// The sort key of a grade: its place on the scale (0 best), after every grade "not graded".
    static func sortKey(_ grade: String?, _ scale: [GradingScale.Grade]) -> String {
        grade.flatMap { grade in scale.firstIndex { $0.id == grade } }.map(String.init) ?? String(scale.count)
    }
}
