import Foundation
import InspectionKit
import InspectionLoading

/// Runs one inspection: every check of every area on the force's evidence, scored and graded
/// by the framework's model, with findings, published grades and the duties that follow.
///
/// Pure: the same configuration, evidence and overrides give the same result, in the same
/// order, on every machine.
public struct InspectionEngine: Sendable {
    public let registry: CheckRegistry

    public init(registry: CheckRegistry) {
        self.registry = registry
    }

    /// - Parameter model: the scoring model to grade by (default: the framework's default).
    public func run(
        _ inspection: Inspection, of force: ForceConfiguration, framework: Framework, scale: GradingScale,
        evidence: EvidenceStore, overrides: [String: ParameterValue] = [:], model: ScoringModel? = nil
    ) throws(InspectorError) -> InspectionResult {
        let resolver = ParameterResolver(registry: registry)
        let model = model ?? framework.scoring
        let grader = AreaGrader(model: model, scale: scale)
        var diagnostics = DiagnosticCollector()
        var areas: [AreaResult] = []
        for area in framework.areas {
            var outcomes: [CheckOutcome] = []
            var counted: [Int: GradeMarginFinder.Counted] = [:]
            var caps: [String: String] = [:]
            var concernBelow: [String: Double] = [:]
            var seriousAnyway: Set<String> = []
            for reference in area.checks {
                guard let check = registry.check(reference.check.value),
                    let parameters = resolver.resolve(
                        reference, framework: framework, inspection: inspection, overrides: overrides, diagnostics: &diagnostics)
                else { continue }
                let context = CheckContext(
                    descriptor: check.descriptor, parameters: parameters, evidence: evidence, published: inspection.published.exact)
                var result = check.evaluate(context)
                // The registry runs every example and refuses a check that reads what it did
                // not declare; a read that slipped past it is a fault in the check, never a
                // silent "could not evaluate".
                if let fault = context.access.faults.first {
                    throw .checkFault(CheckFault(check, problem: fault, module: registry.module(of: check.descriptor.id)?.name))
                }
                if let cap = reference.whenNotMetAtBest { caps[check.descriptor.id] = cap.value }
                if result.isSerious { seriousAnyway.insert(check.descriptor.id) }
                concernBelow[check.descriptor.id] = reference.causeOfConcernBelow?.value
                let concern = Self.causeOfConcern(result, below: reference.causeOfConcernBelow?.value)
                if concern != nil { result.isSerious = true }
                if let rule = Self.countRule(result, descriptor: check.descriptor, parameters: parameters, reference: reference) {
                    counted[outcomes.count] = rule
                }
                outcomes.append(
                    CheckOutcome(
                        checkID: check.descriptor.id, title: check.descriptor.title, weight: reference.weight,
                        onFailure: reference.onFailure, onPartlyMet: reference.partlyMetClass,
                        recommendation: check.descriptor.recommendation,
                        theme: reference.theme, result: result, score: grader.score(result),
                        provenance: evidence.provenance(ofRecordTypes: context.access.recordTypes, documents: context.access.documents),
                        concern: concern, characteristic: reference.characteristic?.value))
            }
            let published = inspection.publishedGrade(for: area.id.value).map {
                PublishedGrade(
                    grade: $0.knownGrade, possible: $0.oneOf.map(\.value), source: $0.source, inferred: $0.inferred, note: $0.note)
            }
            let grading: AreaGrading
            var margin: GradeMargin?
            var sampling: SamplingUncertainty?
            if let reason = area.notGraded?.value {
                grading = AreaGrading(percent: nil, grade: nil, basis: "Assessed, not graded: \(reason)", adjustments: [])
            } else {
                grading = grader.grade(outcomes, characteristics: area.characteristicsOfGood, caps: caps)
                if let grade = grading.grade {
                    let finder = GradeMarginFinder(
                        grader: grader, characteristics: area.characteristicsOfGood, caps: caps, topic: Self.inSentence(area.topic))
                    margin = finder.margin(outcomes, grade: grade, counted: counted)
                }
                sampling = SamplingAssessment(
                    grader: grader, characteristics: area.characteristicsOfGood, caps: caps, concernBelow: concernBelow,
                    seriousAnyway: seriousAnyway
                ).assess(outcomes)
            }
            var areaResult = AreaResult(
                id: area.id.value, title: area.title, topic: area.topic, checks: outcomes, grading: grading,
                published: published, findings: outcomes.compactMap { Self.finding(from: $0, area: area.id.value) },
                lacking: outcomes.filter { $0.result.outcome == .couldNotEvaluate }.compactMap { outcome in
                    registry.descriptor(outcome.checkID).map { EvidenceLack(checkID: outcome.checkID, needs: $0.evidenceNeeded) }
                },
                margin: margin, notGradedByFramework: area.notGraded?.value)
            areaResult.sampling = sampling
            areas.append(areaResult)
        }
        if !diagnostics.isEmpty { throw .invalid(Diagnostics(diagnostics.diagnostics)) }
        let result = InspectionResult(
            tool: .current,
            force: ForceSummary(id: force.id, name: force.force.name, shortName: force.force.shortName, region: force.force.region),
            inspection: InspectionSummary(
                id: inspection.id.value, kind: inspection.kind, title: inspection.title, published: inspection.published,
                fieldwork: inspection.fieldwork, inspector: inspection.inspector, source: inspection.source),
            framework: FrameworkSummary(
                id: framework.id.value, version: framework.version, title: framework.title,
                scoringModel: model.versionedID, scale: scale.id.value, notes: framework.notes),
            scale: scale.grades, areas: areas, duties: [], evidence: evidence.datasets,
            documents: evidence.documents.map(\.title), overrides: overrides,
            publishedFindings: inspection.publishedFindings, history: force.history,
            policies: force.force.policies.map {
                PolicySummary(
                    parameter: $0.parameter.value, value: $0.value.scalar ?? "", since: $0.since, description: $0.description,
                    source: $0.source)
            },
            overall: framework.overallJudgement.map { OverallGrading(scale: scale).grade($0, areas: areas) })
        // The duties follow the publication, derived where follow-up derives them too.
        return with(result) { $0.duties = DutyDeadline.derive(framework.duties, for: inspection) }
    }

    /// How a result's outcome follows from its count, when a count decides it: the check
    /// reads the compliance bars and its outcome is the one the bars give for its count of
    /// records. Nil for a result resting on observations or documents, or decided otherwise.
    static func countRule(
        _ result: CheckResult, descriptor: CheckDescriptor, parameters: ParameterValues, reference: CheckReference
    ) -> GradeMarginFinder.Counted? {
        guard result.basis == .records || result.basis == .audit, let count = result.count, count.of > 0, let share = count.share,
            let met = parameters[ComplianceBars.metShare.name].flatMap(Double.from),
            let partlyMet = parameters[ComplianceBars.partlyMetShare.name].flatMap(Double.from),
            descriptor.parameters.contains(where: { $0.name == ComplianceBars.metShare.name }),
            CheckResult.Outcome.forShare(share, met: met, partlyMet: partlyMet) == result.outcome
        else { return nil }
        return GradeMarginFinder.Counted(
            metShare: met, partlyMetShare: partlyMet, causeOfConcernBelow: reference.causeOfConcernBelow?.value,
            words: descriptor.countedWords)
    }

    /// "Initial response" → "initial response", for the middle of a sentence.
    static func inSentence(_ topic: String) -> String { topic.prefix(1).lowercased() + topic.dropFirst() }

    /// Why a shortfall is a cause of concern by the framework's `cause_of_concern_below`, or
    /// nil when the rule is absent or not met: fewer than that share of cases met the standard.
    static func causeOfConcern(_ result: CheckResult, below threshold: Double?) -> String? {
        guard let threshold, result.outcome.fallsShort, let count = result.count, let share = count.share, share < threshold else {
            return nil
        }
        return
            "\(count.met) of \(count.of) cases met the standard, fewer than the \(NumberText.percent(threshold)) below which the framework makes it a cause of concern"
    }

    /// The finding a check's outcome produces in its area, if any.
    static func finding(from outcome: CheckOutcome, area: String) -> Finding? {
        let result = outcome.result
        let kind: Finding.Kind
        switch result.outcome {
        case .partlyMet, .notMet:
            kind = outcome.isCauseOfConcern ? .causeOfConcern : .areaForImprovement
        case .met:
            kind = result.isPromisingPractice ? .promisingPractice : .strength
        case .notApplicable, .couldNotEvaluate:
            return nil
        }
        var finding = Finding(
            kind: kind, area: area, checkID: outcome.checkID, statement: result.statement,
            count: result.count, cases: result.cases, theme: outcome.theme, recommendation: outcome.recommendation)
        finding.interval = result.interval
        return finding
    }
}

private func with<T>(_ value: T, _ change: (inout T) -> Void) -> T {
    var copy = value
    change(&copy)
    return copy
}

/// Why a run could not produce a result, deciding the exit code: invalid configuration or
/// input (3), a fault in a check module's code (4), or a fault in the inspector itself (4).
public enum InspectorError: Error, Sendable, CustomStringConvertible {
    case invalid(Diagnostics)
    /// A check read what it did not declare on a path no example took.
    case checkFault(CheckFault)
    case internalFault(String)

    public var description: String {
        switch self {
        case .invalid(let diagnostics): return diagnostics.description
        case .checkFault(let fault): return "error: \(fault.description)\n\(fault.advice)"
        case .internalFault(let detail): return "internal error: \(detail)"
        }
    }
}
