import Foundation

/// Everything a check may use, and nothing else: typed parameters, the force's evidence and
/// documents, and the inspection's dates.
public struct CheckContext: Sendable {
    public let checkID: String
    public let parameters: ParameterValues
    public let evidence: EvidenceStore
    /// When the report was (or will be) published; nil for a run outside an inspection.
    public let published: Date?

    public init(checkID: String, parameters: ParameterValues, evidence: EvidenceStore, published: Date?) {
        self.checkID = checkID
        self.parameters = parameters
        self.evidence = evidence
        self.published = published
    }

    /// The force's records of a type; nil when the inspection declares no dataset of that type
    /// (so the check cannot be evaluated), empty when one is declared but holds no records.
    public func records<Record: EvidenceRecord>(_ type: Record.Type) -> [Record]? {
        evidence.records(type)
    }

    /// Observations on one topic, in file order; empty when there are none.
    public func observations(_ topic: String) -> [InspectionObservation] {
        (evidence.records(InspectionObservation.self) ?? []).filter { $0.topic == topic }
    }

    /// The force's documents of the given kinds (all documents when `kinds` is empty).
    public func documents(_ kinds: Set<DocumentDeclaration.DocumentKind> = []) -> [EvidenceDocument] {
        evidence.documents.filter { kinds.isEmpty || kinds.contains($0.kind) }
    }

    // Typed parameter access. A check reads only parameters its descriptor declares, and
    // validation guarantees they are set; a mismatch is a fault in the check.

    public func duration(_ name: String) throws(CheckFault) -> Duration {
        guard case .duration(let value) = try parameters.value(name, for: checkID) else { throw mismatch(name, "a duration") }
        return value
    }

    public func share(_ name: String) throws(CheckFault) -> Double {
        switch try parameters.value(name, for: checkID) {
        case .share(let value), .decimal(let value): return value
        default: throw mismatch(name, "a share")
        }
    }

    public func integer(_ name: String) throws(CheckFault) -> Int {
        guard case .integer(let value) = try parameters.value(name, for: checkID) else { throw mismatch(name, "an integer") }
        return value
    }

    public func choice(_ name: String) throws(CheckFault) -> String {
        switch try parameters.value(name, for: checkID) {
        case .choice(let value), .text(let value): return value
        default: throw mismatch(name, "a choice")
        }
    }

    public func words(_ name: String) throws(CheckFault) -> [String] {
        guard case .textList(let values) = try parameters.value(name, for: checkID) else { throw mismatch(name, "a list of words") }
        return values
    }

    private func mismatch(_ name: String, _ expected: String) -> CheckFault {
        CheckFault(check: checkID, problem: "parameter '\(name)' is not \(expected)")
    }
}

/// Resolved parameter values for one check, by global name.
public struct ParameterValues: Sendable, Hashable {
    public private(set) var values: [String: ParameterValue]

    public init(_ values: [String: ParameterValue] = [:]) {
        self.values = values
    }

    public func value(_ name: String, for check: String) throws(CheckFault) -> ParameterValue {
        guard let value = values[name] else {
            throw CheckFault(check: check, problem: "reads parameter '\(name)', which is not set (is it in the descriptor?)")
        }
        return value
    }

    public subscript(name: String) -> ParameterValue? {
        get { values[name] }
        set { values[name] = newValue }
    }
}

/// A document a force supplied, with its text.
public struct EvidenceDocument: Sendable, Hashable {
    public var id: String
    public var kind: DocumentDeclaration.DocumentKind
    public var title: String
    public var text: String

    public init(id: String, kind: DocumentDeclaration.DocumentKind, title: String, text: String) {
        self.id = id
        self.kind = kind
        self.title = title
        self.text = text
    }
}
