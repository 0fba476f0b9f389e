import Foundation
import InspectionKit

/// A comparison as Markdown, CSV and versioned JSON (`schemas/comparison.schema.json`).
public enum ComparisonReports {
    public static let schemaVersion = 3

    public static func markdown(_ comparison: Comparison) -> String {
        let text = MarkdownReport.text
        var out = ["# Comparison of \(comparison.rows.count) forces", ""]
        if let framework = comparison.framework {
            out.append(
                "Framework \(text(framework.title)) (`\(MarkdownReport.code("\(framework.id)@\(framework.version)"))`), scoring model `\(MarkdownReport.code(framework.scoringModel))`."
            )
        } else if comparison.incomparable {
            out.append(
                "> **Incomparable runs**, compared at the user's request: the forces were graded under different frameworks or scoring models."
            )
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
        if let filter = comparison.evidenceFilter {
            out += ["", "> Evidence limited to \(ProvenanceText.words(filter)) (`--evidence`)."]
        }
        out += [
            "", "## Grades: computed / published", "",
            "Each cell: the computed grade (and the evidence it rests on: " + ProvenanceText.legend
                + ") / the published grade (* inferred; unknown where the sources do not say; not inspected where none was published); ✓ agree, ✗ differ.",
            "",
        ]
        out.append("| Force | " + comparison.areas.map { text($0.title) }.joined(separator: " | ") + " |")
        out.append("|---|" + comparison.areas.map { _ in "---|" }.joined())
        for row in comparison.rows {
            let cells = comparison.areas.map { column -> String in
                let area = row.result.areas.first { $0.id == column.id }
                guard let area else { return "—" }
                let computed =
                    area.grading.grade.map { text(comparison.label(of: $0)) + " (\(ProvenanceText.marks(area.provenance)))" }
                    ?? "not graded"
                let published = text(area.published.map { $0.words(comparison.label(of:)) + ($0.inferred ? "*" : "") } ?? "not inspected")
                let agreement = area.agreement == .agrees ? " ✓" : area.agreement == .differs ? " ✗" : ""
                return "\(computed) / \(published)\(agreement)"
            }
            out.append("| \(text(row.force.name)) | " + cells.joined(separator: " | ") + " |")
        }
        out.append("")
        for row in comparison.rows {
            let (agrees, compared) = comparison.agreement(of: row)
            out.append(
                "- \(text(row.force.name)): "
                    + (compared == 0
                        ? "no area has both a computed and a published grade."
                        : "agrees with the published grade \(AgreementText.phrase(agree: agrees, compared: compared))."))
        }
        out += ["", "## Computed grades per area", ""]
        out.append("| Area | " + comparison.scale.map { text($0.label) }.joined(separator: " | ") + " | Not graded |")
        out.append("|---|" + comparison.scale.map { _ in "---|" }.joined() + "---|")
        for area in comparison.areas {
            out.append(
                "| \(text(area.title)) | " + comparison.distribution(of: area.id).map { String($0.count) }.joined(separator: " | ")
                    + " | \(comparison.notGraded(in: area.id)) |")
        }
        let figures = comparison.figures
        if !figures.isEmpty {
            out += ["", "## Figures", ""]
            out.append("| Figure | " + comparison.rows.map { text($0.force.name) }.joined(separator: " | ") + " |")
            out.append("|---|" + comparison.rows.map { _ in "---|" }.joined())
            for figure in figures {
                out.append(
                    "| \(text(figure.label)) | "
                        + comparison.rows.map { row in
                            figure.values[row.force.id].map { ComparisonTextReport.format($0, figure.unit) } ?? "—"
                        }.joined(separator: " | ") + " |")
            }
        }
        out += ComparisonAudits.markdown(comparison)
        let ranking = comparison.ranking
        out += ["", "## Ranking", "", Comparison.rankingBasis, ""]
        if !ranking.ranked.isEmpty {
            out += ["Ranked on \(text(ComparisonTextReport.areaList(ranking.areas, comparison))):", ""]
        }
        for rank in ranking.ranked {
            out.append(
                "\(rank.position). \(text(ComparisonTextReport.name(rank.force, comparison))): \(ComparisonTextReport.percent(rank.meanPercent)) (evidence: \(ProvenanceText.words(rank.provenance)))"
            )
        }
        if !ranking.apart.isEmpty {
            out += ["", "Graded in fewer of those areas, so not ranked:", ""]
            out += ranking.apart.map {
                "- \(text(ComparisonTextReport.name($0.force, comparison))): \(text(ComparisonTextReport.areaList($0.gradedAreas, comparison)))"
            }
        }
        out += ["", "### Ranking per area", "", "| Area | Ranking |", "|---|---|"]
        for area in comparison.areas {
            let ranks = comparison.ranking(of: area.id)
            out.append(
                "| \(text(area.title)) | "
                    + (ranks.isEmpty
                        ? "no force graded"
                        : ranks.map {
                            "\($0.position). \(text(ComparisonTextReport.shortName(of: $0.force, comparison))) \(ComparisonTextReport.percent($0.meanPercent))"
                        }.joined(separator: "; ")) + " |")
        }
        if !comparison.failures.isEmpty {
            out += ["", "## Not compared", ""]
            out += comparison.failures.map { "- `\(MarkdownReport.code($0.force))`: \(text(ComparisonTextReport.describe($0.reason)))" }
        }
        return out.joined(separator: "\n") + "\n"
    }

    /// One row per force and area, then one per force and figure (RFC 4180 quoting).
    public static func csv(_ comparison: Comparison) -> String {
        var lines = [
            "force,force_name,framework,kind,id,label,computed_grade,percent,evidence,published_grade,published_possible,published_inferred,agreement,value,unit,low,high,cases"
        ]
        for row in comparison.rows {
            let prefix = [row.force.id, row.force.name, row.result.framework.comparabilityKey]
            for area in row.result.areas {
                let published = area.published.map { $0.grade ?? PublishedJudgement.unknown } ?? ""
                lines.append(
                    csvLine(
                        prefix + [
                            "area", area.id, area.title, area.grading.grade ?? "",
                            area.grading.percent.map { NumberText.plain(($0 * 10).rounded() / 10) } ?? "",
                            area.provenance.map(\.rawValue).joined(separator: " "), published,
                            area.published?.possible.joined(separator: " ") ?? "",
                            area.published.map { $0.inferred ? "true" : "false" } ?? "",
                            area.agreement.rawValue, "", "", "", "", "",
                        ]))
            }
            for figure in comparison.figures {
                guard let value = figure.values[row.force.id] else { continue }
                lines.append(
                    csvLine(
                        prefix + [
                            "figure", figure.id, figure.label, "", "", "", "", "", "", "", NumberText.plain(value), figure.unit.rawValue,
                            "", "", "",
                        ]))
            }
            // Audited shares: the share of audited cases meeting the standard, with its 95% interval.
            for share in comparison.auditedShares {
                guard let interval = share.values[row.force.id] else { continue }
                lines.append(
                    csvLine(
                        prefix + [
                            "audited", share.check, share.title, "", "", "", "", "", "", "", NumberText.plain(interval.share), "share",
                            NumberText.plain(interval.low), NumberText.plain(interval.high), String(interval.cases),
                        ]))
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    private static func csvLine(_ fields: [String]) -> String { CSVText.line(fields) }

    public static func json(_ comparison: Comparison) -> String {
        value(comparison).serialized()
    }

    public static func value(_ comparison: Comparison) -> JSONValue {
        .object([
            ("schema_version", .number(Double(schemaVersion))),
            ("tool", JSONReport.tool(comparison.tool)),
            ("framework", comparison.framework.map(JSONReport.framework) ?? .null),
            ("incomparable", .bool(comparison.incomparable)),
            ("evidence_filter", comparison.evidenceFilter.map { .array($0.map { .string($0.rawValue) }) } ?? .null),
            ("forces", .array(comparison.rows.map { force($0, in: comparison) })),
            ("distribution", .object(comparison.areas.map { ($0.id, distribution(comparison, $0.id)) })),
            ("figures", .array(comparison.figures.map(figure))),
            ("audited_shares", ComparisonAudits.json(comparison)),
            ("ranking", ranking(comparison)),
            ("failures", .array(comparison.failures.map(failure))),
        ])
    }

    private static func force(_ row: Comparison.Row, in comparison: Comparison) -> JSONValue {
        .object([
            ("id", .string(row.force.id)),
            ("name", .string(row.force.name)),
            ("graded_under", .string(row.result.framework.comparabilityKey)),
            ("published", .string(row.result.inspection.published.description)),
            (
                "agreement",
                .object([
                    ("agrees", .number(Double(comparison.agreement(of: row).agrees))),
                    ("compared", .number(Double(comparison.agreement(of: row).compared))),
                ])
            ),
            ("areas", .array(row.result.areas.map { area($0, row.result) })),
        ])
    }

    private static func area(_ area: AreaResult, _ result: InspectionResult) -> JSONValue {
        let percent: Double? = area.grading.percent.map { ($0 * 10).rounded() / 10 }
        return .object([
            ("id", .string(area.id)),
            ("computed_grade", .optional(area.grading.grade)),
            ("percent", .optional(percent)),
            ("evidence", .array(area.provenance.map { .string($0.rawValue) })),
            ("published_grade", area.published.map(JSONReport.published) ?? .null),
            ("agreement", .string(area.agreement.rawValue)),
            ("sampling", AuditText.samplingJSON(area, result)),
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

    private static func ranking(_ comparison: Comparison) -> JSONValue {
        let ranking = comparison.ranking
        return .object([
            ("basis", .string(Comparison.rankingBasis)),
            ("areas", .array(ranking.areas.map { .string($0) })),
            ("ranks", .array(ranking.ranked.map(rank))),
            (
                "apart",
                .array(
                    ranking.apart.map {
                        .object([("force", .string($0.force)), ("graded_areas", .array($0.gradedAreas.map { .string($0) }))])
                    })
            ),
            ("per_area", .object(comparison.areas.map { ($0.id, .array(comparison.ranking(of: $0.id).map(rank))) })),
        ])
    }

    private static func rank(_ rank: Comparison.Rank) -> JSONValue {
        .object([
            ("position", .number(Double(rank.position))), ("force", .string(rank.force)),
            ("mean_percent", .number((rank.meanPercent * 10).rounded() / 10)),
            ("evidence", .array(rank.provenance.map { .string($0.rawValue) })),
        ])
    }

    private static func failure(_ failure: Comparison.Failure) -> JSONValue {
        .object([("force", .string(failure.force)), ("reason", .string(ComparisonTextReport.describe(failure.reason)))])
    }
}
