import Foundation
import InspectionKit
import InspectionRunner

/// The machine-readable result of one inspection, described by
/// `schemas/inspection-result.schema.json` (version `JSONReport.schemaVersion`).
public enum JSONReport {
    /// Raised when the shape changes in a way a reader would notice.
    /// 3: the publication's kind, published finding lists that may be unknown (null) with
    /// recommendations and their time frames, duties that may be unknown, and per area the
    /// evidence each check that could not be evaluated lacks. Additions a version-3 reader may
    /// ignore: overall_judgement, and per area not_graded_by_framework, characteristics,
    /// grade_margin_v1 and sampling.
    public static let schemaVersion = 3

    public static func render(_ result: InspectionResult, changes: WhatIfComparison? = nil) -> String {
        value(result, changes: changes).serialized()
    }

    public static func value(_ result: InspectionResult, changes: WhatIfComparison? = nil) -> JSONValue {
        .object([
            ("schema_version", .number(Double(schemaVersion))),
            ("tool", tool(result.tool)),
            ("framework", framework(result.framework)),
            (
                "force",
                .object([("id", .string(result.force.id)), ("name", .string(result.force.name)), ("region", .string(result.force.region))])
            ),
            (
                "inspection",
                .object([
                    ("id", .string(result.inspection.id)),
                    ("kind", .string(result.inspection.kind.rawValue)),
                    ("title", .string(result.inspection.title)),
                    ("published", .string(result.inspection.published.description)),
                    ("fieldwork", .string(result.inspection.fieldwork)),
                    ("inspector", .string(result.inspection.inspector)),
                    ("source", .string(result.inspection.source)),
                ])
            ),
            ("what_if", .object(result.overrides.sorted { $0.key < $1.key }.map { ($0.key, .string($0.value.description)) })),
            ("changes_from_baseline", changes?.json ?? .null),
            ("areas", .array(result.areas.map { area($0, result) })),
            ("overall_judgement", result.overall.map(overall) ?? .null),
            ("findings", .object(Finding.Kind.allCases.map { (key(for: $0), .array(result.findings($0).map(finding))) })),
            (
                "published_findings",
                .object(
                    PublishedFindings.List.allCases.map { list in
                        let findings = result.publishedFindings
                        let day = result.inspection.published.exact
                        return (
                            list.rawValue,
                            findings.isKnown(list) ? .array(findings.findings(list).map { published($0, publishedOn: day) }) : .null
                        )
                    })
            ),
            (
                "duties",
                .array(
                    result.duties.map { duty in
                        .object([
                            ("id", .string(duty.id)), ("description", .string(duty.description)),
                            ("due", .optional(duty.due.map(DateText.iso))), ("undated", .optional(duty.undated)),
                            ("applies", .string(duty.state.id)), ("reason", .string(duty.state.reason)),
                            ("source", .string(duty.source)), ("assumption", .optional(duty.assumption)),
                        ])
                    })
            ),
            (
                "policies_since",
                .array(
                    result.policies.map { policy in
                        .object([
                            ("parameter", .string(policy.parameter)), ("value", .string(policy.value)), ("since", .string(policy.since)),
                            ("description", .string(policy.description)), ("source", .string(policy.source)),
                        ])
                    })
            ),
            (
                "evidence",
                .object([
                    (
                        "datasets",
                        .array(
                            result.evidence.map { dataset in
                                .object([
                                    ("name", .string(dataset.name)), ("record_type", .string(dataset.recordType)),
                                    ("file", .string(dataset.file)), ("records", .number(Double(dataset.records))),
                                    ("provenance", .string(dataset.provenance.rawValue)),
                                    ("rows", dataset.rows.map { .number(Double($0)) } ?? .null),
                                    ("rejected", .number(Double(dataset.rejections.count))),
                                    (
                                        "rejection_reasons",
                                        .array(
                                            dataset.rejectionReasons.map {
                                                .object([("reason", .string($0.reason)), ("count", .number(Double($0.count)))])
                                            })
                                    ),
                                ])
                            })
                    ),
                    ("documents", .array(result.documents.map { .string($0) })),
                ])
            ),
        ])
    }

    static func tool(_ tool: ToolInfo) -> JSONValue {
        .object([("name", .string(tool.name)), ("version", .string(tool.version))])
    }

    static func framework(_ framework: FrameworkSummary) -> JSONValue {
        .object([
            ("id", .string(framework.id)), ("version", .string(framework.version)), ("title", .string(framework.title)),
            ("scoring_model", .string(framework.scoringModel)), ("scale", .string(framework.scale)),
            ("notes", .array(framework.notes.map { .string($0) })),
        ])
    }

    static func area(_ area: AreaResult, _ result: InspectionResult) -> JSONValue {
        .object([
            ("id", .string(area.id)),
            ("title", .string(area.title)),
            ("computed_grade", .optional(area.grading.grade)),
            ("percent", .optional(area.grading.percent.map { ($0 * 10).rounded() / 10 })),
            ("basis", .string(area.grading.basis)),
            ("adjustments", .array(area.grading.adjustments.map { .string($0) })),
            ("evidence", .array(area.provenance.map { .string($0.rawValue) })),
            ("published_grade", area.published.map(published) ?? .null),
            ("agreement", .string(area.agreement.rawValue)),
            ("lacking", lacking(area)),
            ("checks", .array(area.checks.map(check))),
            ("not_graded_by_framework", .optional(area.notGradedByFramework)),
            ("characteristics", .array(area.grading.characteristics.map(characteristic))),
            (marginKey, area.margin.map(margin) ?? .null),
            ("sampling", AuditText.samplingJSON(area, result)),
        ])
    }

    /// The key of an area's grade margin, versioned on its own so that its shape can change
    /// without a new schema version for the rest.
    public static let marginKey = "grade_margin_v1"

    static func margin(_ margin: GradeMargin) -> JSONValue {
        .object([("up", move(margin.up)), ("down", move(margin.down))])
    }

    static func move(_ move: GradeMargin.Move) -> JSONValue {
        let change = move.change
        return .object([
            ("grade", .optional(change?.grade)), ("check", .optional(change?.check)),
            ("cases", change.map { .number(Double($0.cases)) } ?? .null),
            ("counted", change.map { .number(Double($0.counted)) } ?? .null),
            ("outcome", .optional(change?.outcome.rawValue)), ("limit", .optional(move.limit?.rawValue)),
            ("statement", .string(move.statement)),
        ])
    }

    static func characteristic(_ characteristic: CharacteristicAssessment) -> JSONValue {
        .object([
            ("id", .optional(characteristic.id)), ("text", .string(characteristic.text)), ("state", .string(characteristic.state.rawValue)),
            ("checks", .array(characteristic.checks.map { .string($0) })),
        ])
    }

    static func overall(_ overall: OverallGrade) -> JSONValue {
        .object([
            ("title", .string(overall.title)), ("grade", .optional(overall.grade)), ("basis", .string(overall.basis)),
            ("source", .string(overall.source)),
        ])
    }

    /// Each check that could not be evaluated and the evidence it lacks.
    static func lacking(_ area: AreaResult) -> JSONValue {
        .array(area.lacking.map { .object([("check", .string($0.checkID)), ("needs", .string($0.needs))]) })
    }

    /// A published grade: `grade` is null when the sources do not give it, with `possible`
    /// the grades it may be.
    static func published(_ published: PublishedGrade) -> JSONValue {
        .object([
            ("grade", .optional(published.grade)), ("possible", .array(published.possible.map { .string($0) })),
            ("source", .string(published.source)), ("inferred", .bool(published.inferred)), ("note", .optional(published.note)),
        ])
    }

    static func check(_ check: CheckOutcome) -> JSONValue {
        let result = check.result
        return .object([
            ("id", .string(check.checkID)),
            ("title", .string(check.title)),
            ("weight", .number(check.weight)),
            ("on_failure", .string(check.onFailure.rawValue)),
            ("theme", .optional(check.theme)),
            ("outcome", .string(result.outcome.rawValue)),
            ("score", check.score.map { .number(Double($0)) } ?? .null),
            ("evidence", .array(check.provenance.map { .string($0.rawValue) })),
            ("promising_practice", .bool(result.isPromisingPractice)),
            ("statement", .string(result.statement)),
            ("count", count(result.count)),
            (
                "figures",
                .array(
                    result.figures.map { figure in
                        .object(
                            [
                                ("id", .string(figure.id)), ("label", .string(figure.label)), ("value", .number(figure.value)),
                                ("unit", .string(figure.unit.rawValue)),
                            ] + (figure.sampleSize.map { [("sample_size", .number(Double($0)))] } ?? []))
                    })
            ),
            ("cases", .array(result.cases.map { .string($0) })),
            ("basis", .string(result.basis.rawValue)),
            ("audit", AuditText.auditJSON(result)),
        ])
    }

    static func count(_ count: CheckResult.Count?) -> JSONValue {
        count.map { .object([("met", .number(Double($0.met))), ("of", .number(Double($0.of)))]) } ?? .null
    }

    static func finding(_ finding: Finding) -> JSONValue {
        .object([
            ("area", .string(finding.area)), ("check", .string(finding.checkID)), ("theme", .optional(finding.theme)),
            ("statement", .string(finding.statement)), ("count", count(finding.count)),
            ("cases", .array(finding.cases.map { .string($0) })),
            ("recommendation", .string(finding.recommendation)),
            ("interval", AuditText.intervalJSON(finding.interval)),
        ])
    }

    /// What the inspectorate published, as written in the inspection file.
    static func published(_ finding: PublishedFinding, publishedOn day: Date?) -> JSONValue {
        let recommendations: JSONValue =
            finding.recommendationsUnknown
            ? .null
            : .array(
                finding.recommendations.map { recommendation in
                    let timeFrame = recommendation.timeFrame ?? .unknown
                    return .object([
                        ("id", .optional(recommendation.id?.value)), ("text", .string(recommendation.text)),
                        ("time_frame", .string(timeFrame.description)),
                        ("due", .optional(timeFrame.due(publishedOn: day).map(DateText.iso))),
                        ("inferred", .bool(recommendation.inferred)), ("note", .optional(recommendation.note)),
                    ])
                })
        return .object([
            ("area", .optional(finding.area?.value)), ("theme", .optional(finding.theme?.value)), ("text", .string(finding.text)),
            ("recommendations", recommendations),
        ])
    }

    static func key(for kind: Finding.Kind) -> String {
        switch kind {
        case .causeOfConcern: return "causes_of_concern"
        case .areaForImprovement: return "areas_for_improvement"
        case .strength: return "strengths"
        case .promisingPractice: return "promising_practice"
        }
    }
}
