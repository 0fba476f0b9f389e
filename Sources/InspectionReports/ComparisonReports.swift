import InspectionKit
/// A comparison as Markdown, CSV and versioned JSON (`schemas/comparison.schema.json`).
public enum ComparisonReports {
    public static let schemaVersion = 1

    public static func markdown(_ comparison: Comparison) -> String {
        let text = MarkdownReport.text
        var out = ["# Comparison of \(comparison.rows.count) forces", ""]
        if let framework = comparison.framework {
            out.append("Framework \(text(framework.title)) (`\(MarkdownReport.code("\(framework.id)@\(framework.version)"))`), scoring model `\(MarkdownReport.code(framework.scoringModel))`.")
        } else if comparison.incomparable {
            out.append("> **Incomparable runs**, compared at the user's request: the forces were graded under different frameworks or scoring models.")
        }
        guard !comparison.rows.isEmpty else {
            if out.last != "" { out.append("") }
            out.append("No force could be compared.")
            if !comparison.failures.isEmpty {
                out += ["", "## Not compared", ""]
                out += comparison.failures.map { "- `\(MarkdownReport.code($0.force))`: \(text(ComparisonTextReport.describe($0.reason)))" }
            }
            return out.joined(separator: "\n") + "\n"
        }
        out += ["", "## Grades: computed / published", ""]
        out.append("| Force | " + comparison.areas.map { text($0.title) }.joined(separator: " | ") + " |")
        out.append("|---|" + comparison.areas.map { _ in "---|" }.joined())
        for row in comparison.rows {
            let cells = comparison.areas.map { column -> String in
                let area = row.result.areas.first { $0.id == column.id }
                let computed = area?.grading.grade.map { text(comparison.label(of: $0)) } ?? "not graded"
                let published = area?.published.map { text(comparison.label(of: $0.grade)) } ?? "—"
                let agreement = area?.agreement == .agrees ? " ✓" : area?.agreement == .differs ? " ✗" : ""
                return "\(computed) / \(published)\(agreement)"
            }
            out.append("| \(text(row.force.name)) | " + cells.joined(separator: " | ") + " |")
        }
        out += ["", "## Computed grades per area", ""]
        out.append("| Area | " + comparison.scale.map { text($0.label) }.joined(separator: " | ") + " | Not graded |")
        out.append("|---|" + comparison.scale.map { _ in "---|" }.joined() + "---|")
        for area in comparison.areas {
            out.append("| \(text(area.title)) | " + comparison.distribution(of: area.id).map { String($0.count) }.joined(separator: " | ") + " | \(comparison.notGraded(in: area.id)) |")
        }
        let figures = comparison.figures
        if !figures.isEmpty {
            out += ["", "## Figures", ""]
            out.append("| Figure | " + comparison.rows.map { text($0.force.name) }.joined(separator: " | ") + " |")
            out.append("|---|" + comparison.rows.map { _ in "---|" }.joined())
            for figure in figures {
                out.append("| \(text(figure.label)) | " + comparison.rows.map { row in
                    figure.values[row.force.id].map { ComparisonTextReport.format($0, figure.unit) } ?? "—"
                }.joined(separator: " | ") + " |")
            }
        }
        out += ["", "## Ranking", "", Comparison.rankingBasis, ""]
        for rank in comparison.ranking {
            let name = comparison.rows.first { $0.force.id == rank.force }?.force.name ?? rank.force
            out.append("\(rank.position). \(text(name)): \(NumberText.plain((rank.meanPercent * 10).rounded() / 10))% over \(rank.gradedAreas) areas")
        }
        if !comparison.failures.isEmpty {
            out += ["", "## Not compared", ""]
            out += comparison.failures.map { "- `\(MarkdownReport.code($0.force))`: \(text(ComparisonTextReport.describe($0.reason)))" }
        }
        return out.joined(separator: "\n") + "\n"
    }

    /// One row per force and area, then one per force and figure (RFC 4180 quoting).
    public static func csv(_ comparison: Comparison) -> String {
        var lines = ["force,force_name,framework,kind,id,label,computed_grade,percent,published_grade,agreement,value,unit"]
        for row in comparison.rows {
            let prefix = [row.force.id, row.force.name, row.result.framework.comparabilityKey]
            for area in row.result.areas {
                lines.append(csvLine(prefix + ["area", area.id, area.title, area.grading.grade ?? "",
                                               area.grading.percent.map { NumberText.plain(($0 * 10).rounded() / 10) } ?? "",
                                               area.published?.grade ?? "", area.agreement.rawValue, "", ""]))
            }
            for figure in comparison.figures {
                guard let value = figure.values[row.force.id] else { continue }
                lines.append(csvLine(prefix + ["figure", figure.id, figure.label, "", "", "", "", NumberText.plain(value), figure.unit.rawValue]))
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    private static func csvLine(_ fields: [String]) -> String {
        fields.map { field in
            // By scalar: "\r\n" is one Character, which a Character comparison would miss.
            field.unicodeScalars.contains { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }
                ? "\"" + field.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : field
        }.joined(separator: ",")
    }

    public static func json(_ comparison: Comparison) -> String {
        value(comparison).serialized()
    }

    public static func value(_ comparison: Comparison) -> JSONValue {
        .object([
            ("schema_version", .number(Double(schemaVersion))),
            ("tool", JSONReport.tool(comparison.tool)),
            ("framework", comparison.framework.map(JSONReport.framework) ?? .null),
            ("incomparable", .bool(comparison.incomparable)),
            ("forces", .array(comparison.rows.map(force))),
            ("distribution", .object(comparison.areas.map { ($0.id, distribution(comparison, $0.id)) })),
            ("figures", .array(comparison.figures.map(figure))),
            ("ranking", .object([
                ("basis", .string(Comparison.rankingBasis)),
                ("ranks", .array(comparison.ranking.map(rank))),
            ])),
            ("failures", .array(comparison.failures.map(failure))),
        ])
    }

    private static func force(_ row: Comparison.Row) -> JSONValue {
        .object([
            ("id", .string(row.force.id)),
            ("name", .string(row.force.name)),
            ("graded_under", .string(row.result.framework.comparabilityKey)),
            ("published", .string(DateText.iso(row.result.inspection.published))),
            ("areas", .array(row.result.areas.map(area))),
        ])
    }

    private static func area(_ area: AreaResult) -> JSONValue {
        let percent: Double? = area.grading.percent.map { ($0 * 10).rounded() / 10 }
        return .object([
            ("id", .string(area.id)),
            ("computed_grade", .optional(area.grading.grade)),
            ("percent", .optional(percent)),
            ("published_grade", .optional(area.published?.grade)),
            ("agreement", .string(area.agreement.rawValue)),
        ])
    }

    private static func distribution(_ comparison: Comparison, _ area: String) -> JSONValue {
        var members: [(String, JSONValue)] = comparison.distribution(of: area).map { ($0.grade, .number(Double($0.count))) }
        members.append(("not_graded", .number(Double(comparison.notGraded(in: area)))))
        return .object(members)
    }

    private static func figure(_ figure: Comparison.FigureRow) -> JSONValue {
        let values: [(String, JSONValue)] = figure.values.sorted { $0.key < $1.key }.map { ($0.key, .number($0.value)) }
        return .object([
            ("id", .string(figure.id)), ("label", .string(figure.label)), ("unit", .string(figure.unit.rawValue)),
            ("values", .object(values)),
        ])
    }

    private static func rank(_ rank: Comparison.Rank) -> JSONValue {
        .object([
            ("position", .number(Double(rank.position))), ("force", .string(rank.force)),
            ("mean_percent", .number((rank.meanPercent * 10).rounded() / 10)), ("graded_areas", .number(Double(rank.gradedAreas))),
        ])
    }

    private static func failure(_ failure: Comparison.Failure) -> JSONValue {
        .object([("force", .string(failure.force)), ("reason", .string(ComparisonTextReport.describe(failure.reason)))])
    }
}

import Foundation
