import ChildData
import YAML

/// Decoding YAML records one at a time, as a file streams past: each bad record is reported
/// (with every problem in it) and the rest still read; each record is checked against the
/// rules of its type; no case reference is counted twice, within a dataset or across datasets
/// of one type; and nothing a record says is copied into a message.
///
/// The source lines errors echo have their values masked (keys kept). A record whose case
/// reference could be a name, or with a key that names personal data, is reported with no
/// line at all; so is text that looks like a postcode, a date of birth or an address, or that
/// has a capitalised word the force has not declared (`ProperNouns`).
package struct YAMLRecordDecoder<Record: EvidenceRecord> {
    let rules: RecordRules
    private let fields = RecordFields(Record.recordType)
    private let declared = Set(Record.recordType.fields.map(\.name))
    private let textFields = Record.recordType.fields.enumerated().filter { $0.element.type == .text }.map(\.offset)

    package init(rules: RecordRules) {
        self.rules = rules
    }

    /// The fields of the record `decode` last returned, until the next call: what a sample
    /// reads besides the record (a stratum, a date).
    package var decodedFields: RecordFields { fields }

    /// The record in `item`, or nil when it is refused (with every reason added).
    package func decode(_ item: YAML.Node, seen: inout CaseReferenceTable, diagnostics: inout DiagnosticCollector) -> Record? {
        // Personal data is refused before anything else is read, and its line is not shown:
        // it holds the very data that must not be copied anywhere.
        let personal = Self.personalDataKeys(in: item, declared: declared)
        guard personal.isEmpty else {
            personal.forEach { diagnostics.add(Diagnostic(.personalDataField(EchoedValue.shown($0.scalar ?? "")), at: $0.mark)) }
            return nil
        }
        // A case reference that could hold a name is reported first, and then no error about
        // this record shows its line.
        let caseRef = item["case_ref"]
        let refusal = caseRef.flatMap { rules.caseReference.refusal(of: $0.scalar ?? "") }
        let unsafe = refusal != nil
        if let refusal, let caseRef {
            diagnostics.add(Diagnostic(.caseReferenceRefused(refusal), at: caseRef.mark))
        }
        func line(_ node: YAML.Node) -> String? { unsafe ? nil : node.sourceLine.map(SourceLineMask.mask) }
        let errors = YAMLRecordReader.read(item, into: fields)
        guard errors.isEmpty else {
            for error in errors {
                var diagnostic = EchoedValue.masked(Diagnostic(error))
                // An echoed line keeps its keys, so a key that is not shown keeps its line hidden.
                let hiddenKey = if case .unknownKey(let key, nil) = error.reason { !EchoedValue.isSafeToShow(key) } else { false }
                if unsafe || hiddenKey { diagnostic.sourceLine = nil }
                if unsafe { diagnostic.notes = [] }
                if hiddenKey, case .yaml(let masked) = diagnostic.reason {
                    // Neither the key nor its line is shown, so say what the keys may be.
                    diagnostic.reason = .yaml(
                        .invalidValue(
                            masked.message + "; a record's keys are its fields, in lower case "
                                + "(`inspector explain \(Record.recordType.id)` lists them)"))
                }
                diagnostics.add(diagnostic)
            }
            return nil
        }
        var refused = unsafe
        for index in textFields {
            guard case .text(let text) = fields.values[index] else { continue }
            let name = Record.recordType.fields[index].name
            let mark = item[name]?.mark ?? item.mark
            if let shape = PersonalDataText.shape(in: text) {
                diagnostics.add(Diagnostic(.personalDataText(field: name, shape: shape.rawValue), at: mark))
                refused = true
            } else if !Record.recordType.fields[index].isCitation, let word = rules.properNouns.undeclared(in: text) {
                let shown = String(repeating: "•", count: word.length)
                diagnostics.add(Diagnostic(.undeclaredProperNoun(field: name, shown: shown, character: word.offset + 1), at: mark))
                refused = true
            }
        }
        let record = Record(fields)
        let problems = record.problems(rules)
        for problem in problems {
            let node = item[problem.field] ?? item
            diagnostics.add(Diagnostic(.implausibleRecord(problem.message), at: node.mark, sourceLine: line(node)))
        }
        guard problems.isEmpty, !refused else { return nil }
        if let reference = record.caseReference {
            if let first = seen.add(reference, at: item.mark) {
                // Only the first one's position is kept (a million are held at once); its line is
                // looked up again when it is in this file (the whole file's text is at hand).
                let firstLine =
                    first.file == item.mark.file && !unsafe ? item.document.sourceLine(first.line).map(SourceLineMask.mask) : nil
                diagnostics.add(
                    Diagnostic(
                        .duplicateCaseReference(reference), at: item.mark, sourceLine: line(item),
                        notes: [
                            YAML.Note(.firstOccurrence(key: reference), at: first, sourceLine: firstLine)
                        ]))
                return nil
            }
        }
        return record
    }

    /// Every mapping key in the record, at any depth, that names personal data; the record
    /// type's own fields (`declared`) are not judged, which keeps the test off the hot path.
    static func personalDataKeys(in root: YAML.Node, declared: Set<String> = []) -> [YAML.Node] {
        var found: [YAML.Node] = []
        var stack: [(node: YAML.Node, top: Bool)] = [(root, true)]
        while let (node, top) = stack.popLast() {
            switch node.kind {
            case .scalar:
                continue
            case .sequence:
                stack.append(contentsOf: node.items.reversed().map { ($0, false) })
            case .mapping:
                for (key, value) in node.pairs.reversed() {
                    if let name = key.scalar, !(top && declared.contains(name)), PersonalData.isPersonal(key: name) { found.append(key) }
                    if value.kind != .scalar { stack.append((value, false)) }
                }
            }
        }
        return found.sorted { $0.mark < $1.mark }
    }
}

enum RecordDecoding {
    /// Decodes a list of YAML records at once (inline evidence, tests).
    static func decode<Record: EvidenceRecord>(
        _ type: Record.Type, items: [YAML.Node], rules: RecordRules,
        seen: inout CaseReferenceTable, diagnostics: inout DiagnosticCollector
    ) -> [Record] {
        let decoder = YAMLRecordDecoder<Record>(rules: rules)
        return items.compactMap { decoder.decode($0, seen: &seen, diagnostics: &diagnostics) }
    }
}
