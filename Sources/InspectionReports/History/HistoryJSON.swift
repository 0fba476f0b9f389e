import Foundation
import InspectionHistory
import InspectionKit

/// The history, a difference between runs and a follow-up as JSON, each described by a schema
/// under `schemas/` (`history.schema.json`, `run-diff.schema.json`, `follow-up.schema.json`),
/// keys in a fixed order, numbers as `NumberText` prints them.
public enum HistoryJSON {
    /// Raised when a shape changes in a way a reader would notice.
    public static let schemaVersion = 1
    /// The follow-up's own version (`schemas/follow-up.schema.json`): 2 added duties that are
    /// unknown, their derived state and assumption, and recommendations' time frames.
    public static let followUpSchemaVersion = 2

    public static func history(_ trend: RunTrend) -> String {
        JSONValue.object([
            ("schema_version", .number(Double(schemaVersion))),
            ("force", .object([("id", .string(trend.forceID)), ("name", .string(trend.forceName))])),
            ("runs", .array(trend.runs.reversed().map(run))),
            (
                "areas",
                .array(
                    trend.areas.map { area in
                        .object([
                            ("id", .string(area.id)), ("title", .string(area.title)),
                            (
                                "points",
                                .array(
                                    zip(trend.runs, area.points).map { run, point in
                                        .object([
                                            ("run", runID(run)), ("grade", .optional(point?.grade)),
                                            ("percent", .optional(point?.percent.map(rounded))),
                                            ("margin_up_cases", point?.margin?.up.change.map { .number(Double($0.cases)) } ?? .null),
                                            ("margin_down_cases", point?.margin?.down.change.map { .number(Double($0.cases)) } ?? .null),
                                        ])
                                    })
                            ),
                        ])
                    })
            ),
            (
                "checks",
                .array(
                    trend.checks.map { check in
                        .object([
                            ("area", .string(check.area)), ("id", .string(check.id)), ("figure", .string(check.figure)),
                            ("label", .string(check.label)),
                            ("unit", .string(check.unit.rawValue)),
                            (
                                "points",
                                .array(
                                    zip(trend.runs, zip(check.values, check.outcomes)).map { run, point in
                                        .object([
                                            ("run", runID(run)), ("value", .optional(point.0)), ("outcome", .optional(point.1?.rawValue)),
                                        ])
                                    })
                            ),
                        ])
                    })
            ),
        ]).serialized()
    }

    static func runID(_ run: RunRecord) -> JSONValue { run.id.map { .number(Double($0)) } ?? .null }

    static func rounded(_ percent: Double) -> Double { (percent * 10).rounded() / 10 }

    /// A run's identity and what it was graded against.
    static func runSummary(_ run: RunRecord) -> [(String, JSONValue)] {
        [
            ("id", runID(run)), ("saved_at", .string(DateText.timestamp(run.savedAt))), ("command", .string(run.command)),
            ("tool_version", .string(run.toolVersion)), ("force", .string(run.forceID)), ("inspection", .string(run.inspectionID)),
            ("framework", .string(run.frameworkID)), ("framework_version", .string(run.frameworkVersion)),
            ("scoring_model", .string(run.scoringModel)),
            ("what_if", .object(run.whatIf.map { ($0.name, .string($0.value)) })),
            ("evidence_kinds", run.evidenceKinds.map { .array($0.map { .string($0) }) } ?? .null),
        ]
    }

    static func run(_ run: RunRecord) -> JSONValue {
        .object(
            runSummary(run) + [
                (
                    "areas",
                    .array(
                        run.areas.map { area in
                            .object([
                                ("id", .string(area.id)), ("grade", .optional(area.grade)),
                                ("percent", .optional(area.percent.map(rounded))),
                                ("published", .optional(area.published)), ("agreement", .string(area.agreement)),
                                (JSONReport.marginKey, area.margin.map(JSONReport.margin) ?? .null),
                            ])
                        })
                ),
                (
                    "evidence",
                    .array(
                        run.evidence.map { file in
                            .object([
                                ("kind", .string(file.kind.rawValue)), ("name", .string(file.name)), ("file", .string(file.file)),
                                ("bytes", .number(Double(file.bytes))), ("sha256", .string(file.sha256)),
                            ])
                        })
                ),
            ])
    }

    public static func diff(_ diff: RunDiff) -> String {
        diffValue(diff).serialized()
    }

    public static func diffValue(_ diff: RunDiff) -> JSONValue {
        JSONValue.object([
            ("schema_version", .number(Double(schemaVersion))),
            ("from", .object(runSummary(diff.from))),
            ("to", .object(runSummary(diff.to))),
            ("comparable", .bool(diff.comparable)),
            ("context", .array(diff.context.map { .string($0) })),
            (
                "parameters",
                .array(
                    diff.parameters.map { change in
                        .object([
                            ("name", .string(change.name)), ("checks", .array(change.checks.map { .string($0) })),
                            ("from", .optional(change.from)), ("to", .optional(change.to)),
                            ("from_origin", .optional(change.fromOrigin)), ("to_origin", .optional(change.toOrigin)),
                        ])
                    })
            ),
            (
                "evidence",
                .array(
                    diff.evidence.map { change in
                        .object([
                            ("file", .string(change.file)), ("kind", .string(change.kind.rawValue)),
                            ("change", .string(change.change.rawValue)),
                            ("from_sha256", .optional(change.from?.sha256)), ("to_sha256", .optional(change.to?.sha256)),
                            ("from_records", change.from?.records.map { .number(Double($0)) } ?? .null),
                            ("to_records", change.to?.records.map { .number(Double($0)) } ?? .null),
                        ])
                    })
            ),
            (
                "areas",
                .array(
                    diff.areas.map { area in
                        .object([
                            ("id", .string(area.id)),
                            (
                                "from",
                                .object([
                                    ("grade", .optional(area.from?.grade)), ("percent", .optional(area.from?.percent.map(rounded))),
                                    ("published", .optional(area.from?.published)),
                                ])
                            ),
                            (
                                "to",
                                .object([
                                    ("grade", .optional(area.to?.grade)), ("percent", .optional(area.to?.percent.map(rounded))),
                                    ("published", .optional(area.to?.published)),
                                ])
                            ),
                            ("checks", .array(area.checks.map(check))),
                            ("margin_from", area.from?.margin.map(JSONReport.margin) ?? .null),
                            ("margin_to", area.to?.margin.map(JSONReport.margin) ?? .null),
                            ("margin_down_shrank", .bool(area.marginDownShrank)),
                        ])
                    })
            ),
        ])
    }

    static func check(_ change: RunDiff.CheckChange) -> JSONValue {
        .object([
            ("id", .string(change.id)),
            ("from", side(change.from)), ("to", side(change.to)),
            (
                "figures",
                .array(
                    change.figures.map { figure in
                        .object([
                            ("id", .string(figure.id)), ("unit", .string(figure.unit.rawValue)), ("from", .optional(figure.from)),
                            ("to", .optional(figure.to)),
                        ])
                    })
            ),
            ("cases_added", .array(change.casesAdded.map { .string($0) })),
            ("cases_removed", .array(change.casesRemoved.map { .string($0) })),
            ("reasons", .array(change.reasons.map { .string($0.words) })),
        ])
    }

    static func side(_ check: RunRecord.Check?) -> JSONValue {
        guard let check else { return .null }
        return .object([
            ("outcome", .string(check.outcome.rawValue)), ("score", check.score.map { .number(Double($0)) } ?? .null),
            ("count", JSONReport.count(check.count)),
        ])
    }

    public static func followUp(_ followUp: FollowUp) -> String {
        func date(_ value: Date?) -> JSONValue { .optional(value.map(DateText.iso)) }
        func state(_ state: FollowUp.State) -> JSONValue {
            let (name, days, on): (String, Int?, Date?) =
                switch state {
                case .notRequired: ("not-required", nil, nil)
                case .unknown: ("unknown", nil, nil)
                case .undated: ("undated", nil, nil)
                case .dueIn(let days): ("due", days, nil)
                case .dueToday: ("due", 0, nil)
                case .overdue(let days): ("overdue", days, nil)
                case .met(let day, let late): ("met", late, day)
                case .notRecorded(let days): ("not-recorded", days, nil)
                }
            return .object([
                ("state", .string(name)), ("days", days.map { .number(Double($0)) } ?? .null), ("on", date(on)),
                ("words", .string(state.words)),
            ])
        }
        return JSONValue.object([
            ("schema_version", .number(Double(followUpSchemaVersion))),
            ("force", .object([("id", .string(followUp.forceID)), ("name", .string(followUp.forceName))])),
            (
                "inspection",
                .object([
                    ("id", .string(followUp.inspectionID)), ("title", .string(followUp.inspectionTitle)),
                    ("published", .string(followUp.published.description)),
                ])
            ),
            ("as_of", .string(DateText.iso(followUp.asOf))),
            ("latest_run", followUp.latestRun.map { .object(runSummary($0)) } ?? .null),
            (
                "duties",
                .array(
                    followUp.duties.map { duty in
                        .object([
                            ("id", .string(duty.id)), ("description", .string(duty.description)), ("due", date(duty.due)),
                            ("applies", .string(duty.derived.id)), ("assumption", .optional(duty.assumption)),
                            ("status", state(duty.state)),
                        ])
                    })
            ),
            (
                "findings",
                .array(
                    followUp.items.map { item in
                        .object([
                            ("id", .string(item.finding.id)), ("kind", .string(item.finding.kind.rawValue)),
                            ("area", .optional(item.finding.area)),
                            ("theme", .optional(item.finding.theme)), ("text", .string(item.finding.text)),
                            ("time_frame", .optional(item.finding.timeFrame?.description)),
                            ("time_frame_due", date(item.timeFrameDue)),
                            ("due", .array(item.duties.map { .object([("duty", .string($0.id)), ("date", date($0.due))]) })),
                            ("status", state(item.state)),
                            ("response_status", .optional(item.status?.rawValue)),
                            (
                                "responses",
                                .array(
                                    item.responses.map { response in
                                        .object([
                                            ("date", .string(DateText.iso(response.date))), ("status", .string(response.status.rawValue)),
                                            ("text", .string(response.text)),
                                            ("evidence", .array(response.evidence.map { .string($0) })),
                                        ])
                                    })
                            ),
                            (
                                "evidence",
                                .array(
                                    item.evidence.map { check in
                                        .object([
                                            ("check", .string(check.id)), ("outcome", .string(check.outcome.rawValue)),
                                            ("count", JSONReport.count(check.count)),
                                            ("statement", .string(check.statement)), ("cases", .array(check.cases.map { .string($0) })),
                                        ])
                                    })
                            ),
                            ("evidence_note", .optional(item.evidenceNote)),
                        ])
                    })
            ),
            (
                "progress",
                .array(
                    followUp.progress.entries.map { entry in
                        .object([
                            ("id", .string(entry.id)), ("title", .string(entry.title)), ("when", .string(entry.when)),
                            ("measured", .bool(entry.measured)),
                            ("lines", .array(entry.lines.map { .string($0) })),
                        ])
                    })
            ),
        ]).serialized()
    }
}
