import YAML

/// Decoding records one by one, so that each bad record is reported (with every unknown key
/// in it) and the rest still read; each record is then checked against the rules of its type,
/// and no case reference is counted twice, within a dataset or across datasets of one type.
enum RecordDecoding {
    static func decode<Record: EvidenceRecord>(
        _ type: Record.Type, items: [YAML.Node], rules: RecordRules,
        seen: inout [String: YAML.Node], diagnostics: inout DiagnosticCollector
    ) -> [Record] {
        var records: [Record] = []
        for item in items {
            let record: Record
            switch YAMLDecoder().decodeReportingAll(Record.self, from: item) {
            case .success(let decoded): record = decoded
            case .failure(let errors):
                diagnostics.add(errors)
                continue
            }
            var problems = record.problems(rules)
            if let reference = record.caseReference, !isCaseReference(reference) {
                problems.insert(RecordProblem("case_ref", "a case reference is letters, digits and . _ / - only (at most 64, no spaces), never a name or a date of birth"), at: 0)
            }
            guard problems.isEmpty else {
                for problem in problems {
                    let node = item[problem.field] ?? item
                    // The line is not shown for a case reference: it may hold what it must not.
                    let line = problem.field == "case_ref" ? nil : node.sourceLine
                    diagnostics.add(Diagnostic(.implausibleRecord(problem.message), at: node.mark, sourceLine: line))
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
                seen[reference] = item
            }
            records.append(record)
        }
        return records
    }

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
