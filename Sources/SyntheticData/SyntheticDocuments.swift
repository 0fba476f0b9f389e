import InspectionKit
import InspectionLoading
import InspectionRunner

/// A check that reads documents (not records) and can have synthetic ones written for it, so
/// that a synthetic force's inspection can evaluate it.
///
/// Record types say how to synthesize records (`SyntheticRecords`); a check that judges a
/// force's strategies or plans says what a strategy at a given quality would contain. The text
/// must say that it is synthetic.
public protocol SyntheticDocuments: InspectionCheck {
    static func syntheticDocuments(_ force: SyntheticForceFacts, _ random: inout SyntheticRandom) -> [SyntheticDocument]
}

/// One synthetic document, written under the force's `evidence/documents/` as Markdown: a
/// document as the evidence store holds one. Its id is also its file name (`strategy.md`).
public typealias SyntheticDocument = EvidenceDocument
