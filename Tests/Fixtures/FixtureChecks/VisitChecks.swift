import InspectionKit

/// `visits.on-time`: were children visited within the target after the request?
public struct VisitTimelinessCheck: InspectionCheck {
    static let target = Parameter<Duration>(
        "visits.target", unit: "after the request", example: .seconds(24 * 3600),
        summary: "Longest acceptable time from request to visit.")
    static let urgentTarget = Parameter<Duration>(
        "visits.urgent-target", unit: "after the request", example: .seconds(4 * 3600),
        summary: "Longest acceptable time for an urgent visit.")
    static let policy = Parameter<VisitPolicy>(
        "visits.policy", example: .standard, localPolicy: true,
        summary: "The force's policy: `standard` targets, or every visit treated as urgent.")
    static let lateShare = FigureSpec("visits.late-share", "Visits later than the target", .share)

    public enum VisitPolicy: String, ParameterChoice {
        case standard
        case allUrgent = "all-urgent"
    }

    public static let descriptor = CheckDescriptor(
        id: "visits.on-time", area: "response", title: "Children visited in time",
        rationale: "A fixture check: counts visits within the target.", recommendation: "Visit children in time.",
        parameters: [target, urgentTarget, policy] + ComplianceBars.parameters, reads: [HomeVisit.self],
        observationTopics: ["visit-timeliness"],
        figures: [lateShare],
        examples: [
            CheckExample(
                "On time",
                evidence: """
                    records:
                      home-visit:
                        - {case_ref: V-1, requested_at: 2025-01-06T10:00:00Z, visited_at: 2025-01-06T12:00:00Z, outcome: safe, concerns: [], children: 1, children_seen: 1}
                    """, expect: .init(.met, count: .init(met: 1, of: 1), statement: "1 of 1 visits were within 1 day of the request.")),
            CheckExample(
                "Half late",
                evidence: """
                    records:
                      home-visit:
                        - {case_ref: V-1, requested_at: 2025-01-06T10:00:00Z, visited_at: 2025-01-06T12:00:00Z, outcome: safe, concerns: [], children: 1, children_seen: 1}
                        - {case_ref: V-2, requested_at: 2025-01-06T10:00:00Z, outcome: unknown, concerns: [], children: 1, children_seen: 0}
                    """,
                expect: .init(.partlyMet, count: .init(met: 1, of: 2), statement: "1 of 2 visits were within 1 day of the request.")),
            CheckExample(
                "Never visited",
                evidence: """
                    records:
                      home-visit:
                        - {case_ref: V-2, requested_at: 2025-01-06T10:00:00Z, outcome: unknown, concerns: [], children: 1, children_seen: 0}
                    """, expect: .init(.notMet, count: .init(met: 0, of: 1), statement: "0 of 1 visits were within 1 day of the request.")),
        ])

    public static func evaluate(_ context: CheckContext) -> CheckResult {
        let target = context[policy] == .allUrgent ? context[urgentTarget] : context[target]
        let counted = context.records(HomeVisit.self).flatMap { visits in
            EvidenceJudgement.Counted.records(
                visits, reference: \.caseRef, meets: { ($0.delay ?? .seconds(Int64.max)) <= target },
                figure: .fallingShort(lateShare)
            ) { late, total in
                "\(total - late.count) of \(total) visits were within \(DurationText.words(target)) of the request."
            }
        }
        return EvidenceJudgement.decide(
            counted, observations: context.observations("visit-timeliness"), bars: ComplianceBars(context),
            nothing: "No home visits were provided.")
    }
}

/// `visits.children-seen`: were the children in each household seen?
public struct ChildrenSeenCheck: InspectionCheck {
    public static let descriptor = CheckDescriptor(
        id: "visits.children-seen", area: "response", title: "Children seen",
        rationale: "A fixture check: counts children seen, child by child.", recommendation: "See every child.",
        parameters: ComplianceBars.parameters, reads: [HomeVisit.self],
        examples: [
            CheckExample(
                "All seen",
                evidence: """
                    records:
                      home-visit:
                        - {case_ref: V-1, requested_at: 2025-01-06T10:00:00Z, outcome: safe, concerns: [], children: 2, children_seen: 2}
                    """, expect: .init(.met, count: .init(met: 2, of: 2), statement: "2 of 2 children were seen.")),
            CheckExample(
                "Some seen",
                evidence: """
                    records:
                      home-visit:
                        - {case_ref: V-1, requested_at: 2025-01-06T10:00:00Z, outcome: safe, concerns: [], children: 4, children_seen: 3}
                    """, expect: .init(.partlyMet, count: .init(met: 3, of: 4), statement: "3 of 4 children were seen.")),
            CheckExample(
                "None seen",
                evidence: """
                    records:
                      home-visit:
                        - {case_ref: V-1, requested_at: 2025-01-06T10:00:00Z, outcome: unknown, concerns: [], children: 2, children_seen: 0}
                    """, expect: .init(.notMet, count: .init(met: 0, of: 2), statement: "0 of 2 children were seen.")),
        ])

    public static func evaluate(_ context: CheckContext) -> CheckResult {
        guard let visits = context.records(HomeVisit.self) else { return .couldNotEvaluate("No home visits were provided.") }
        let children = visits.reduce(0) { $0 + $1.children }
        guard children > 0 else {
            return CheckResult(.notApplicable, statement: "No children were in the households visited.", basis: .records)
        }
        let seen = visits.reduce(0) { $0 + min($1.childrenSeen, $1.children) }
        let count = CheckResult.Count(met: seen, of: children)
        return CheckResult(
            ComplianceBars(context).outcome(count), statement: "\(seen) of \(children) children were seen.", count: count,
            cases: visits.filter { $0.childrenSeen < $0.children }.map(\.caseRef), basis: .records)
    }
}

/// `visits.recorded`: was each visit recorded?
public struct VisitRecordingCheck: InspectionCheck {
    /// What a fixture audit asks: whether the file records the visit fully (no falls short).
    public static let recordedFully = AuditQuestion(
        "visits.recorded-fully", "Does the file record the visit fully?", answers: .yesPartlyNo,
        guidance: "Yes when the visit and what was found are recorded; partly when only the visit is; no when neither is.",
        characteristic: "Every visit is recorded.")
    /// A fixture question whose answers are a framework vocabulary (the check declares it for
    /// the form; its answers are read by the tests).
    public static let concernFound = AuditQuestion(
        "visits.concern-found", "Which concern did the visit find?", answers: .vocabulary("home-visit.concerns"),
        guidance: "The main concern the file shows the visit found; not-applicable when none.", characteristic: "Every visit is recorded.")

    public static let descriptor = CheckDescriptor(
        id: "visits.recorded", area: "recording", title: "Visits recorded",
        rationale: "A fixture check: counts recorded visits, or the audited answers when a visit was audited.",
        recommendation: "Record every visit.",
        parameters: ComplianceBars.parameters, reads: [HomeVisit.self],
        auditQuestions: [recordedFully, concernFound],
        examples: [
            CheckExample(
                "Recorded",
                evidence: """
                    records:
                      home-visit:
                        - {case_ref: V-1, requested_at: 2025-01-06T10:00:00Z, outcome: safe, concerns: [], children: 1, children_seen: 1, recorded: true}
                    """, expect: .init(.met, count: .init(met: 1, of: 1), statement: "1 of 1 visits were recorded.")),
            CheckExample(
                "Some recorded",
                evidence: """
                    records:
                      home-visit:
                        - {case_ref: V-1, requested_at: 2025-01-06T10:00:00Z, outcome: safe, concerns: [], children: 1, children_seen: 1, recorded: true}
                        - {case_ref: V-2, requested_at: 2025-01-06T10:00:00Z, outcome: safe, concerns: [], children: 1, children_seen: 1, recorded: false}
                    """, expect: .init(.partlyMet, count: .init(met: 1, of: 2), statement: "1 of 2 visits were recorded.")),
            CheckExample(
                "None recorded",
                evidence: """
                    records:
                      home-visit:
                        - {case_ref: V-1, requested_at: 2025-01-06T10:00:00Z, outcome: safe, concerns: [], children: 1, children_seen: 1, recorded: false}
                    """, expect: .init(.notMet, count: .init(met: 0, of: 1), statement: "0 of 1 visits were recorded.")),
            CheckExample(
                "Audited",
                evidence: """
                    audits:
                      visits.recorded-fully:
                        - {case_ref: V-1, answer: yes}
                        - {case_ref: V-2, answer: partly}
                        - {case_ref: V-3, answer: no}
                    """, expect: .init(.partlyMet, count: .init(met: 2, of: 3), statement: "2 of 3 audited visits were recorded fully.")),
        ])

    public static func evaluate(_ context: CheckContext) -> CheckResult {
        let audited = context.audited(recordedFully).flatMap { answers in
            EvidenceJudgement.Counted.audited(answers, meets: { $0 != .no }) { failed, total in
                "\(total - failed.count) of \(total) audited visits were recorded fully."
            }
        }
        let counted =
            audited
            ?? context.records(HomeVisit.self).flatMap { visits in
                EvidenceJudgement.Counted.records(visits, reference: \.caseRef, meets: \.recorded) { failed, total in
                    "\(total - failed.count) of \(total) visits were recorded."
                }
            }
        return EvidenceJudgement.decide(
            counted, observations: [], bars: ComplianceBars(context), nothing: "No visit says whether it was recorded.")
    }
}

/// `practice.observed`: the inspection's qualitative finding on recording practice.
public struct RecordingPracticeCheck: InspectionCheck {
    public static let descriptor = CheckDescriptor(
        id: "practice.observed", area: "recording", title: "Recording practice",
        rationale: "A fixture check resting on observations alone.", recommendation: "Record well.",
        observationTopics: ["recording-practice"],
        examples: [
            CheckExample(
                "Strong",
                evidence: """
                    records:
                      inspection-observation:
                        - {topic: recording-practice, rating: strength, statement: Recording was thorough., source: Fixture}
                    """, expect: .init(.met, statement: "Recording was thorough. (Qualitative finding of the inspection.)")),
            CheckExample(
                "Mixed",
                evidence: """
                    records:
                      inspection-observation:
                        - {topic: recording-practice, rating: mixed, statement: Recording was uneven., source: Fixture}
                    """, expect: .init(.partlyMet, statement: "Recording was uneven. (Qualitative finding of the inspection.)")),
            CheckExample(
                "Weak",
                evidence: """
                    records:
                      inspection-observation:
                        - {topic: recording-practice, rating: shortfall, statement: Recording was poor., source: Fixture}
                    """, expect: .init(.notMet, statement: "Recording was poor. (Qualitative finding of the inspection.)")),
        ])

    public static func evaluate(_ context: CheckContext) -> CheckResult {
        EvidenceJudgement.fromObservations(
            in: context, topics: ["recording-practice"], nothing: "No finding on recording practice was provided.")
    }
}

/// `plans.name-children`: do the force's plans name children?
public struct PlansNameChildrenCheck: InspectionCheck {
    static let words = Parameter<[String]>("plans.words", example: ["children"], summary: "Words every plan must contain.")

    public static let descriptor = CheckDescriptor(
        id: "plans.name-children", area: "recording", title: "Plans name children",
        rationale: "A fixture check reading documents.", recommendation: "Name children in plans.",
        parameters: [words],
        examples: [
            CheckExample(
                "Named",
                evidence: """
                    documents:
                      - {id: plan, kind: plan, title: Plan, text: "We protect children."}
                    """, expect: .init(.met, statement: "Every plan names: children.")),
            CheckExample(
                "Named in one of two",
                evidence: """
                    parameters: {plans.words: [children, exploitation]}
                    documents:
                      - {id: plan, kind: plan, title: Plan, text: "We protect children."}
                    """, expect: .init(.partlyMet, statement: "The plans do not name: exploitation.")),
            CheckExample(
                "Not named",
                evidence: """
                    documents:
                      - {id: plan, kind: plan, title: Plan, text: "We cut burglary."}
                    """, expect: .init(.notMet, statement: "The plans do not name: children.")),
        ])

    public static func evaluate(_ context: CheckContext) -> CheckResult {
        let plans = context.documents([.plan, .strategy])
        guard !plans.isEmpty else { return .couldNotEvaluate("No plans were provided.") }
        let words = context[words]
        let missing = words.filter { word in !plans.contains { $0.text.lowercased().contains(word.lowercased()) } }
        let outcome: CheckResult.Outcome = missing.isEmpty ? .met : missing.count == words.count ? .notMet : .partlyMet
        let statement =
            missing.isEmpty
            ? "Every plan names: \(words.joined(separator: ", "))." : "The plans do not name: \(missing.joined(separator: ", "))."
        return CheckResult(outcome, statement: statement, basis: .documents)
    }
}

/// The fixture module the core tests register: two areas, five checks, one record type.
public enum FixtureChecks {
    public static let module = CheckModule(
        name: "FixtureChecks", areas: ["response", "recording"],
        checks: [
            VisitTimelinessCheck.self, ChildrenSeenCheck.self, VisitRecordingCheck.self, RecordingPracticeCheck.self,
            PlansNameChildrenCheck.self,
        ])

    /// The registry the core tests run with.
    public static func registry() throws(RegistryError) -> CheckRegistry { try CheckRegistry([module]) }
}
