/// A check that reads documents (not records) and can have synthetic ones written for it, so
/// that a synthetic force's inspection can evaluate it.
///
/// Record types say how to synthesize records (`SyntheticRecords`); a check that judges a
/// force's strategies or plans says what a strategy at a given quality would contain. The text
/// must say that it is synthetic.
public protocol SyntheticDocuments: InspectionCheck {
    static func syntheticDocuments(_ force: SyntheticForceFacts, _ random: inout SyntheticRandom) -> [SyntheticDocument]
}

/// One synthetic document, written under the force's `evidence/documents/`.
public struct SyntheticDocument: Sendable, Hashable {
    /// The document's id in the inspection (`strategy`), also its file name (`strategy.md`).
    public var id: String
    public var kind: DocumentDeclaration.DocumentKind
    public var title: String
    /// Markdown.
    public var text: String

    public init(id: String, kind: DocumentDeclaration.DocumentKind, title: String, text: String) {
        self.id = id
        self.kind = kind
        self.title = title
        self.text = text
    }
}
