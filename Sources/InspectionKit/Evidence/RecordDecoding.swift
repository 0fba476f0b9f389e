import YAML

/// Decoding records one by one, so that each bad record is reported (with every unknown key
/// in it) and the rest still read; each record is then checked against the rules of its type,
/// and no case reference is counted twice, within a dataset or across datasets of one type.
/// Where a case reference was first read, for "appears more than once".
struct SeenCase {
    var mark: YAML.Mark
    /// The YAML line it was on; nil for a CSV row, whose line is never echoed.
    var sourceLine: String?
}

enum RecordDecoding {
    static func decode<Record: EvidenceRecord>(
        _ type: Record.Type, items: [YAML.Node], rules: RecordRules,
        seen: inout [String: SeenCase], diagnostics: inout DiagnosticCollector
    ) -> [Record] {
        var records: [Record] = []
        let fields = RecordFields(Record.recordType)
        for item in items {
            // A case reference that could hold a name is reported first, and then no error
            // about this record shows its source line: the line would repeat it.
            let caseRef = item["case_ref"]
            let unsafe = caseRef.map { !isCaseReference($0.scalar ?? "") } ?? false
            if unsafe, let caseRef {
                diagnostics.add(Diagnostic(.implausibleRecord(caseReferenceRule), at: caseRef.mark))
            }
            func line(_ node: YAML.Node) -> String? { unsafe ? nil : node.sourceLine }
            let errors = YAMLRecordReader.read(item, into: fields)
            guard errors.isEmpty else {
                for error in errors {
                    var diagnostic = Diagnostic(error)
                    if unsafe { diagnostic.sourceLine = nil; diagnostic.notes = [] }
                    diagnostics.add(diagnostic)
                }
                continue
            }
            let record = Record(fields)
            let problems = record.problems(rules)
            guard problems.isEmpty, !unsafe else {
                for problem in problems {
                    let node = item[problem.field] ?? item
                    diagnostics.add(Diagnostic(.implausibleRecord(problem.message), at: node.mark, sourceLine: line(node)))
                }
                continue
            }
            if let reference = record.caseReference {
                if let first = seen[reference] {
                    diagnostics.add(Diagnostic(.duplicateCaseReference(reference), at: item.mark, sourceLine: item.sourceLine, notes: [
                        YAML.Note(.firstOccurrence(key: reference), at: first.mark, sourceLine: first.sourceLine),
                    ]))
                    continue
                }
                seen[reference] = SeenCase(mark: item.mark, sourceLine: item.sourceLine)
            }
            records.append(record)
        }
        return records
    }

    static let caseReferenceRule = "a case reference is letters, digits and . _ / - only (at most 64, no spaces), never a name or a date of birth"

    /// Letters, digits and `. _ / -`, starting with a letter or digit, at most 64 characters:
    /// enough for any force's references, too little for a name, an address or a date written
    /// out with spaces.
    static func isCaseReference(_ text: String) -> Bool {
        guard let first = text.unicodeScalars.first, text.unicodeScalars.count <= 64,
              first.isASCII, first.properties.isAlphabetic || ("0"..."9").contains(first) else { return false }
        return text.unicodeScalars.allSatisfy { scalar in
            (scalar.isASCII && (scalar.properties.isAlphabetic || ("0"..."9").contains(scalar))) || ".-_/".unicodeScalars.contains(scalar)
        }
    }
}
