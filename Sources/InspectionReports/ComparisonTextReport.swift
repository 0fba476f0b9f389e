import Foundation
import InspectionKit
import InspectionRunner

/// A comparison for the terminal, within 80 columns: the forces × areas matrix (computed and
/// published grade), the grade distribution per area, figures side by side, the ranking.
public enum ComparisonTextReport {
    public static func render(_ comparison: Comparison, style: TextStyle = .plain, width: Int = 80) -> String {
        var out: [String] = []
        let forces = comparison.rows.count
        if let framework = comparison.framework {
            out.append(
                style.bold(
                    TextWrap.wrap(
                        "Comparison of \(forces) \(forces == 1 ? "force" : "forces") under \(framework.comparabilityKey)", width: width,
                        indent: "")))
        } else if comparison.incomparable {
            out.append(
                style.red(
                    TextWrap.wrap(
                        "INCOMPARABLE RUNS compared at the user's request (--allow-incomparable): the forces were graded under different frameworks or scoring models.",
                        width: width, indent: "")))
        }
        if comparison.rows.isEmpty {
            out.append("No force could be compared.")
            out += failures(comparison, style: style, width: width)
            return out.joined(separator: "\n") + "\n"
        }
        out.append(
            TextWrap.wrap(
                "Computed/published grade per area: "
                    + comparison.scale.map { "\(comparison.code(of: $0.id)) \($0.label.lowercased())" }.joined(separator: ", ")
                    + "; – not graded (computed) or not inspected (published); ? published grade unknown; * published grade inferred; ✓ agree, ✗ differ. "
                    + "Evidence the computed grades rest on: " + ProvenanceText.legend + ".", width: width, indent: ""))
        if let filter = comparison.evidenceFilter {
            out.append(
                style.yellow(
                    TextWrap.wrap("Evidence limited to " + ProvenanceText.words(filter) + " (--evidence).", width: width, indent: "")))
        }
        out.append("")
        out += matrix(comparison, style: style)
        out.append("")
        out += agreement(comparison, style: style, width: width)
        out += margins(comparison, style: style, width: width)
        out.append(style.bold("Computed grades per area"))
        for area in comparison.areas {
            let counts = comparison.distribution(of: area.id).map { "\(comparison.code(of: $0.grade)) \($0.count)" }.joined(separator: "  ")
            out.append("  " + TextWrap.pad(area.topic, 29) + counts + "  not graded \(comparison.notGraded(in: area.id))")
        }
        out.append("")
        out += figures(comparison, style: style)
        out += ComparisonAudits.text(comparison, style: style, width: width)
        out += ranking(comparison, style: style, width: width)
        let lacking = LackText.comparisonLines(comparison)
        if !lacking.isEmpty {
            if out.last != "" { out.append("") }
            out.append(style.bold("Not graded: what the evidence lacks"))
            out += lacking.map { TextWrap.wrap($0, width: width, indent: "    ", firstIndent: "  - ") }
        }
        out += failures(comparison, style: style, width: width)
        return out.joined(separator: "\n") + "\n"
    }

    static func matrix(_ comparison: Comparison, style: TextStyle) -> [String] {
        let nameWidth = 17
        let evidenceWidth = 9
        let cellWidth = 11
        let header =
            TextWrap.pad("Force", nameWidth) + TextWrap.pad("Evidence", evidenceWidth)
            + comparison.areas.map { TextWrap.pad($0.topic, cellWidth - 1) + " " }.joined()
        var lines = [style.bold(String(header.reversed().drop { $0 == " " }.reversed()))]
        for row in comparison.rows {
            let kinds = Array(Set(row.result.areas.flatMap(\.provenance))).sorted()
            var line =
                TextWrap.pad(shortName(row.force), nameWidth - 1) + " "
                + TextWrap.pad(kinds.isEmpty ? "–" : ProvenanceText.marks(kinds), evidenceWidth - 1) + " "
            for area in comparison.areas {
                let result = row.result.areas.first { $0.id == area.id }
                let computed = result?.grading.grade.map(comparison.code(of:)) ?? "–"
                let published = result.map { publishedCode($0, comparison) } ?? "–"
                let mark: String
                switch result?.agreement {
                case .agrees: mark = " ✓"
                case .differs: mark = " ✗"
                default: mark = ""
                }
                line += TextWrap.pad("\(computed)/\(published)\(mark)", cellWidth)
            }
            lines.append(String(line.reversed().drop { $0 == " " }.reversed()))
            if comparison.incomparable { lines.append(style.dim("  graded under \(row.result.framework.comparabilityKey)")) }
        }
        return lines
    }

    /// Per force, and over all of them, how many computed grades agree with the published ones.
    static func agreement(_ comparison: Comparison, style: TextStyle, width: Int) -> [String] {
        var lines = [style.bold("Agreement with the published grades")]
        for row in comparison.rows {
            let (agrees, compared) = comparison.agreement(of: row)
            lines.append(
                "  " + TextWrap.pad(shortName(row.force), 16) + " "
                    + (compared == 0 ? "no area has both grades" : "\(agrees) of \(compared) \(compared == 1 ? "area" : "areas")"))
        }
        let (agrees, compared) = comparison.totalAgreement
        lines.append("  " + TextWrap.pad("In all", 17) + "\(agrees) of \(compared) \(compared == 1 ? "area" : "areas")")
        lines.append("")
        return lines
    }

    /// Each force's grade margins per area, as "↑2 ↓1".
    static func margins(_ comparison: Comparison, style: TextStyle, width: Int) -> [String] {
        guard comparison.rows.contains(where: { $0.result.areas.contains { $0.margin != nil } }) else { return [] }
        var lines = [style.bold("Grade margins"), TextWrap.wrap(MarginText.legend, width: width, indent: "")]
        let cellWidth = 11
        lines.append(
            style.bold(
                String(
                    (TextWrap.pad("Force", 26) + comparison.areas.map { TextWrap.pad($0.topic, cellWidth - 1) + " " }.joined())
                        .reversed().drop { $0 == " " }.reversed())))
        for row in comparison.rows {
            let cells = comparison.areas.map { column in
                TextWrap.pad(MarginText.cell(row.result.areas.first { $0.id == column.id }?.margin), cellWidth)
            }
            lines.append(String((TextWrap.pad(shortName(row.force), 26) + cells.joined()).reversed().drop { $0 == " " }.reversed()))
        }
        lines.append("")
        return lines
    }

    /// "A", "A*" (inferred), "?" (unknown) or "–" (not inspected).
    static func publishedCode(_ area: AreaResult, _ comparison: Comparison) -> String {
        guard let published = area.published else { return "–" }
        guard let grade = published.grade else { return "?" }
        return comparison.code(of: grade) + (published.inferred ? "*" : "")
    }

    static func figures(_ comparison: Comparison, style: TextStyle) -> [String] {
        let figures = comparison.figures
        guard !figures.isEmpty else { return [] }
        var lines = [style.bold("Figures")]
        let labelWidth = 34
        let columnWidth = 11
        // Four forces fit beside the labels in 80 columns; more go in further blocks. A label
        // too long to sit beside its values gets a line of its own.
        for start in stride(from: 0, to: comparison.rows.count, by: 4) {
            let block = Array(comparison.rows[start..<min(start + 4, comparison.rows.count)])
            lines.append(
                "  " + TextWrap.pad("", labelWidth) + block.map { TextWrap.pad(shortName($0.force), columnWidth - 1) + " " }.joined())
            for figure in figures {
                let values = block.map { row in
                    TextWrap.pad(figure.values[row.force.id].map { format($0, figure.unit) } ?? "—", columnWidth)
                }.joined()
                if figure.label.count < labelWidth {
                    lines.append("  " + TextWrap.pad(figure.label, labelWidth) + values)
                } else {
                    lines.append("  " + figure.label)
                    lines.append("  " + TextWrap.pad("", labelWidth) + values)
                }
                // n under each value: 50% of 36 cases is not 50% of 6.
                guard block.contains(where: { figure.values[$0.force.id] != nil }) else { continue }
                let sizes = block.map { row in
                    TextWrap.pad(figure.values[row.force.id] == nil ? "" : sampleSize(figure.sampleSizes[row.force.id]), columnWidth)
                }.joined()
                lines.append("  " + TextWrap.pad("    n (cases)", labelWidth) + sizes)
            }
        }
        lines.append("")
        return lines
    }

    static func ranking(_ comparison: Comparison, style: TextStyle, width: Int) -> [String] {
        var lines = [style.bold("Ranking")]
        lines.append(TextWrap.wrap(Comparison.rankingBasis, width: width, indent: "  "))
        let ranking = comparison.ranking
        if ranking.ranked.isEmpty {
            lines.append("  No force could be graded in any area.")
        } else {
            lines.append(TextWrap.wrap("Ranked on " + areaList(ranking.areas, comparison) + ":", width: width, indent: "  "))
        }
        for rank in ranking.ranked {
            lines.append(
                TextWrap.wrap(
                    "\(rank.position). \(name(rank.force, comparison)): \(percent(rank.meanPercent))"
                        + " (evidence \(ProvenanceText.marks(rank.provenance)))", width: width, indent: "     ", firstIndent: "  "))
        }
        if !ranking.apart.isEmpty {
            lines.append(
                TextWrap.wrap(
                    "Graded in fewer of those areas, so not ranked: "
                        + ranking.apart.map {
                            "\(name($0.force, comparison)) (\(areaList($0.gradedAreas, comparison)))"
                        }.joined(separator: "; ") + ".", width: width, indent: "  "))
        }
        let unranked = comparison.rows.filter { row in row.result.areas.allSatisfy { $0.grading.grade == nil } }
        if !unranked.isEmpty {
            lines.append(
                TextWrap.wrap(
                    "Not ranked (no area graded): " + unranked.map(\.force.name).joined(separator: ", ") + ".", width: width, indent: "  "))
        }
        lines.append("")
        lines.append(style.bold("Ranking per area"))
        for area in comparison.areas {
            lines.append(
                TextWrap.wrap("\(area.topic): " + areaRanking(area.id, comparison), width: width, indent: "    ", firstIndent: "  "))
        }
        lines.append("")
        return lines
    }

    /// One area's ranking in a sentence or three: what it rests on, the ranks, the forces left
    /// apart and the rows rejected under the ranked and apart forces' scores.
    package static func areaRanking(_ area: String, _ comparison: Comparison) -> String {
        let ranking = comparison.ranking(of: area)
        guard !ranking.ranked.isEmpty else { return "no force graded." }
        let ranks = ranking.ranked.map { "\($0.position). \(shortName(of: $0.force, comparison)) \(percent($0.meanPercent))" }
        return
            ([
                "ranked \(RankingText.basis(ranking)): " + ranks.joined(separator: ", ") + ".",
                RankingText.apartSentence(ranking, comparison),
                RankingText.rejectedSentence(ranking.ranked.map(\.force) + ranking.apart.map(\.force), comparison),
            ] as [String?]).compactMap { $0 }.joined(separator: " ")
    }

    /// "n = 36" under a figure; "n unknown" when the check does not say.
    static func sampleSize(_ size: Int?) -> String { size.map { "n = \(RankingText.grouped($0))" } ?? "n unknown" }

    package static func percent(_ value: Double) -> String { NumberText.plain((value * 10).rounded() / 10) + "%" }

    static func name(_ force: String, _ comparison: Comparison) -> String {
        comparison.rows.first { $0.force.id == force }?.force.name ?? force
    }

    static func shortName(of force: String, _ comparison: Comparison) -> String {
        comparison.rows.first { $0.force.id == force }?.force.shortName ?? force
    }

    /// "the 2 areas Leadership and Partnership working" or "1 area, Leadership".
    static func areaList(_ ids: [String], _ comparison: Comparison) -> String {
        let topics = ids.map { id in comparison.areas.first { $0.id == id }?.topic ?? id }
        let list =
            topics.count <= 2 ? topics.joined(separator: " and ") : topics.dropLast().joined(separator: ", ") + " and " + topics.last!
        return ids.count == 1 ? "1 area, \(list)" : "the \(ids.count) areas \(list)"
    }

    static func failures(_ comparison: Comparison, style: TextStyle, width: Int) -> [String] {
        guard !comparison.failures.isEmpty else { return [] }
        var lines = [style.red("Not compared")]
        for failure in comparison.failures {
            lines.append(TextWrap.wrap("\(failure.force): \(describe(failure.reason))", width: width, indent: "    ", firstIndent: "  - "))
        }
        return lines
    }

    package static func describe(_ reason: Comparison.Failure.Reason) -> String {
        switch reason {
        case .invalid(let diagnostics):
            let file = diagnostics.all.first?.mark.file ?? ""
            return "invalid configuration or evidence (\(diagnostics.summary), the first in \(file); `inspector validate` lists them)"
        case .noInspection(let framework): return framework.map { "no inspection under \($0)" } ?? "no inspection yet"
        case .internalFault(let detail): return "internal error: \(detail)"
        case .checkFault(let fault): return "error: \(fault.description)"
        }
    }

    /// A figure as a table shows it: 50%, 7.5 h, 10 d, 12.
    package static func format(_ value: Double, _ unit: CheckResult.Figure.Unit) -> String {
        switch unit {
        case .share: return NumberText.percent(value)
        case .hours: return NumberText.plain((value * 10).rounded() / 10) + " h"
        case .days: return NumberText.plain((value * 10).rounded() / 10) + " d"
        case .count: return NumberText.plain(value)
        }
    }

    static func shortName(_ force: ForceSummary) -> String { force.shortName }
}
