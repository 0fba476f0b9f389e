import Foundation
import InspectionKit
import InspectionRunner

/// A comparison as Markdown, CSV and versioned JSON (`schemas/comparison.schema.json`).
public enum ComparisonReports {
    /// 3: each area says the evidence its unevaluated checks lack (`lacking`); 4: figures carry
    /// their number of cases, an area ranks only forces evaluated on the same checks, and
    /// audited shares come with their 95% intervals (`audited_shares`).
    public static let schemaVersion = 4

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
                let published = text(
                    area.published.map { $0.words(comparison.label(of:)) + ($0.inferred ? "*" : "") } ?? row.result.publishedWords(area))
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
        let total = comparison.totalAgreement
        if comparison.rows.count > 1 {
            out.append("- In all: \(total.agrees) of \(total.compared) areas with both a computed and a published grade agree.")
        }
        out += marginsMarkdown(comparison)
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
                            figure.values[row.force.id].map {
                                ComparisonTextReport.format($0, figure.unit)
                                    + " (\(RankingText.sampleSize(figure.sampleSizes[row.force.id])))"
                            } ?? "—"
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
        out += [
            "", "### Ranking per area", "", "Only forces evaluated on the same checks are ranked in an area.", "", "| Area | Ranking |",
            "|---|---|",
        ]
        for area in comparison.areas {
            out.append("| \(text(area.title)) | \(text(ComparisonTextReport.areaRanking(area.id, comparison))) |")
        }
        let lacking = LackText.comparisonLines(comparison)
        if !lacking.isEmpty {
            out += ["", "## Not graded: what the evidence lacks", ""]
            out += lacking.map { "- \(text($0))" }
        }
        if !comparison.failures.isEmpty {
            out += ["", "## Not compared", ""]
            out += comparison.failures.map { "- `\(MarkdownReport.code($0.force))`: \(text(ComparisonTextReport.describe($0.reason)))" }
        }
        return out.joined(separator: "\n") + "\n"
    }

    /// Per force and graded area, the grade margin in words.
    static func marginsMarkdown(_ comparison: Comparison) -> [String] {
        let text = MarkdownReport.text
        let rows = comparison.rows.flatMap { row in row.result.areas.compactMap { area in area.margin.map { (row, area, $0) } } }
        guard !rows.isEmpty else { return [] }
        var out = [
            "", "## Grade margins", "",
            "The smallest change of cases in one check that would move each computed grade up and down, found by re-scoring.", "",
        ]
        out += ["| Force | Area | Up | Down |", "|---|---|---|---|"]
        for (row, area, margin) in rows {
            out.append(
                "| \(text(row.force.shortName)) | \(text(area.topic)) | \(text(margin.up.statement)) | \(text(margin.down.statement)) |")
        }
        return out
    }

    /// One row per force and area, then one per force and figure (RFC 4180 quoting).
    public static func csv(_ comparison: Comparison) -> String {
        var lines = [
            "force,force_name,framework,kind,id,label,computed_grade,percent,evidence,published_grade,published_possible,published_inferred,agreement,value,unit,n,margin_up_cases,margin_up_check,margin_down_cases,margin_down_check,low,high"
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
                            area.agreement.rawValue, "", "", "",
                            area.margin?.up.change.map { String($0.cases) } ?? "", area.margin?.up.change?.check ?? "",
                            area.margin?.down.change.map { String($0.cases) } ?? "", area.margin?.down.change?.check ?? "",
                            "", "",
                        ]))
            }
            for figure in comparison.figures {
                guard let value = figure.values[row.force.id] else { continue }
                lines.append(
                    csvLine(
                        prefix + [
                            "figure", figure.id, figure.label, "", "", "", "", "", "", "", NumberText.plain(value), figure.unit.rawValue,
                            figure.sampleSizes[row.force.id].map(String.init) ?? "",
                            "", "", "", "", "", "",
                        ]))
            }
            // Audited shares: the share of audited cases meeting the standard, with its 95% interval
            // (n is the number of audited cases).
            for share in comparison.auditedShares {
                guard let interval = share.values[row.force.id] else { continue }
                lines.append(
                    csvLine(
                        prefix + [
                            "audited", share.check, share.title, "", "", "", "", "", "", "", NumberText.plain(interval.share), "share",
                            String(interval.cases), "", "", "", "", NumberText.plain(interval.low), NumberText.plain(interval.high),
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
            (
                "agreement",
                .object([
                    ("agrees", .number(Double(comparison.totalAgreement.agrees))),
                    ("compared", .number(Double(comparison.totalAgreement.compared))),
                ])
            ),
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
            ("lacking", JSONReport.lacking(area)),
            (JSONReport.marginKey, area.margin.map(JSONReport.margin) ?? .null),
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
            (
                "sample_sizes",
                .object(figure.sampleSizes.sorted { $0.key < $1.key }.map { ($0.key, .number(Double($0.value))) })
            ),
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
            ("per_area", .object(comparison.areas.map { ($0.id, .array(comparison.ranking(of: $0.id).ranked.map(rank))) })),
            ("per_area_basis", .object(comparison.areas.map { ($0.id, areaBasis(comparison.ranking(of: $0.id))) })),
        ])
    }

    /// What an area's ranking rests on, and the forces graded on other checks, left apart.
    private static func areaBasis(_ ranking: Comparison.AreaRanking) -> JSONValue {
        .object([
            ("checks", .array(ranking.checks.map { .string($0) })),
            ("checks_in_area", .number(Double(ranking.checksInArea))),
            (
                "apart",
                .array(
                    ranking.apart.map {
                        .object([("force", .string($0.force)), ("evaluated_checks", .array($0.evaluatedChecks.map { .string($0) }))])
                    })
            ),
            ("not_graded", .array(ranking.notGraded.map { .string($0) })),
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
