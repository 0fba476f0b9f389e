/// Resolved parameter values for one check, by global name.
public struct ParameterValues: Sendable, Hashable {
    public private(set) var values: [String: ParameterValue]

    public init(_ values: [String: ParameterValue] = [:]) {
        self.values = values
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
