/// A fault in a check's own code (such as reading a parameter it never declared), found by
/// the registry on the check's examples or, failing that, by the engine during a run.
public struct CheckFault: Error, Hashable, Sendable, CustomStringConvertible {
    public var check: String
    public var problem: String

    public init(check: String, problem: String) {
        self.check = check
        self.problem = problem
    }

    public var description: String { "check '\(check)': \(problem)" }
}
