import YAML

/// Decoding records one by one, so that each bad record is reported (with every unknown key
/// in it) and the rest still read, and no case reference is counted twice.
enum RecordDecoding {
    static func decode<Record: EvidenceRecord>(_ type: Record.Type, items: [YAML.Node], diagnostics: inout DiagnosticCollector) -> [Record] {
        var records: [Record] = []
        var seen: [String: YAML.Node] = [:]
        for item in items {
            switch YAMLDecoder().decodeReportingAll(Record.self, from: item) {
            case .success(let record):
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
            case .failure(let errors):
                diagnostics.add(errors)
            }
        }
        return records
    }
}
