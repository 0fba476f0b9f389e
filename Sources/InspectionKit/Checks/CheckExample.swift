/// A worked example: inline YAML evidence and the result the check must give on it.
///
/// The YAML has up to three keys: `parameters` (values by name, over the parameters' example
/// values), `records` (record type id → list of records) and `documents` (list of
/// `{id, kind, title, text}`).
public struct CheckExample: Sendable {
    public var title: String
    public var evidence: String
    public var expected: Expected

    public struct Expected: Sendable, Hashable {
        public var outcome: CheckResult.Outcome
        public var count: CheckResult.Count?
        public var statement: String

        public init(_ outcome: CheckResult.Outcome, count: CheckResult.Count? = nil, statement: String) {
            self.outcome = outcome
            self.count = count
            self.statement = statement
        }
    }

    public init(_ title: String, evidence: String, expect expected: Expected) {
        self.title = title
        self.evidence = evidence
        self.expected = expected
    }
}
