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

    public func run(
        _ inspection: Inspection, of force: ForceConfiguration, framework: Framework, scale: GradingScale,
        evidence: EvidenceStore, overrides: [String: ParameterValue] = [:]
    ) throws(InspectorError) -> InspectionResult {
        let resolver = ParameterResolver(registry: registry)
        let grader = AreaGrader(model: framework.scoring, scale: scale)
        var diagnostics = DiagnosticCollector()
        var areas: [AreaResult] = []
        for area in framework.areas {
            var outcomes: [CheckOutcome] = []
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
                outcomes.append(
                    CheckOutcome(
                        checkID: check.descriptor.id, title: check.descriptor.title, weight: reference.weight,
                        onFailure: reference.onFailure, onPartlyMet: reference.partlyMetClass,
                        recommendation: check.descriptor.recommendation,
                        theme: reference.theme, result: result, score: grader.score(result),
                        provenance: evidence.provenance(ofRecordTypes: context.access.recordTypes, documents: context.access.documents),
                        concern: concern))
            }
            let published = inspection.publishedGrade(for: area.id.value).map {
                PublishedGrade(
                    grade: $0.knownGrade, possible: $0.oneOf.map(\.value), source: $0.source, inferred: $0.inferred, note: $0.note)
            }
            var areaResult = AreaResult(
                id: area.id.value, title: area.title, topic: area.topic, checks: outcomes, grading: grader.grade(outcomes, caps: caps),
                published: published, findings: outcomes.compactMap { Self.finding(from: $0, area: area.id.value) })
            areaResult.sampling = SamplingAssessment(grader: grader, caps: caps, concernBelow: concernBelow, seriousAnyway: seriousAnyway)
                .assess(outcomes)
            areas.append(areaResult)
        }
        if !diagnostics.isEmpty { throw .invalid(Diagnostics(diagnostics.diagnostics)) }
        let result = InspectionResult(
            tool: .current,
            force: ForceSummary(id: force.id, name: force.force.name, shortName: force.force.shortName, region: force.force.region),
            inspection: InspectionSummary(
                id: inspection.id.value, title: inspection.title, published: inspection.published,
                fieldwork: inspection.fieldwork, inspector: inspection.inspector, source: inspection.source),
            framework: FrameworkSummary(
                id: framework.id.value, version: framework.version, title: framework.title,
                scoringModel: framework.scoring.versionedID, scale: scale.id.value, notes: framework.notes),
            scale: scale.grades, areas: areas, duties: [], evidence: evidence.datasets,
            documents: evidence.documents.map(\.title), overrides: overrides,
            publishedFindings: inspection.publishedFindings, history: force.history,
            policies: force.force.policies.map {
                PolicySummary(
                    parameter: $0.parameter.value, value: $0.value.scalar ?? "", since: $0.since, description: $0.description,
                    source: $0.source)
            })
        return with(result) { $0.duties = Self.deadlines(framework.duties, published: inspection.published, result: result) }
    }

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

    /// Each duty's deadline, counted from publication; undated, with the reason, when the
    /// publication date is not known to the day.
    static func deadlines(_ duties: [ResponseDuty], published: PublishedDate, result: InspectionResult) -> [DutyDeadline] {
        duties.map { duty in
            let applies: Bool
            // A duty follows the published report as well as the evidence: either giving an
            // area for improvement or a cause of concern triggers it.
            let report = result.publishedFindings
            switch duty.appliesWhen {
            case .always: applies = true
            case .areasForImprovement: applies = !result.findings(.areaForImprovement).isEmpty || !report.areasForImprovement.isEmpty
            case .causesOfConcern: applies = !result.findings(.causeOfConcern).isEmpty || !report.causesOfConcern.isEmpty
            }
            let due = published.exact?.addingTimeInterval(TimeInterval(duty.within.components.seconds))
            let undated: String? =
                switch published {
                case .day: nil
                case .month: "not dated: the report's publication date is known only to the month (\(published.words))"
                case .unknown: "not dated: the report's publication date is not known"
                }
            return DutyDeadline(
                id: duty.id, description: duty.description, due: due, undated: undated, source: duty.source, applies: applies)
        }
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
