/// A check: one piece of an area's evidence, evaluated the same way for every force.
///
/// A check is a type with a static descriptor and a pure static `evaluate`: everything it may
/// use arrives in the `CheckContext` (typed parameters, the force's evidence tables and
/// documents, the inspection's dates). It never touches the file system or the network and
/// never prints. Write one check per file, named after its id (`missing.risk-grading` →
/// `RiskGradingCheck`), and list it in its module's `CheckModule`.
public protocol InspectionCheck: Sendable {
    static var descriptor: CheckDescriptor { get }
    /// Evaluates the check. Missing evidence is a result (`couldNotEvaluate`), not an error.
    static func evaluate(_ context: CheckContext) -> CheckResult
}
