import Foundation
import YAML

/// The contract between a record type's declaration and its initialiser: every declared
/// field can hold its declared type, the initialiser reads every declared field and nothing
/// else. Checked by the registry when it is built and by `InspectionTesting` for authors.
public enum RecordTypeContract {
    /// What breaks the contract, in words; empty when the type keeps it.
    public static func problems(of type: any EvidenceRecord.Type) -> [String] {
        let recordType = type.recordType
        var problems = recordType.declarations.compactMap(\.typeProblem)
        if recordType.fields.count > 64 {
            problems.append("declares \(recordType.fields.count) fields; a record type may declare at most 64")
        }
        var names: Set<String> = []
        for field in recordType.fields where !names.insert(field.name).inserted {
            problems.append("declares field '\(field.name)' twice")
        }
        guard problems.isEmpty else { return problems }
        let fields = sample(recordType)
        _ = type.init(fields)
        problems += fields.faults
        problems += fields.unreadFields.map { "declares field '\($0)' but its initialiser never reads it" }
        return problems
    }

    /// A record with a value of the declared type in every field.
    static func sample(_ recordType: RecordType) -> RecordFields {
        let fields = RecordFields(recordType)
        for (index, spec) in recordType.fields.enumerated() {
            fields.values[index] = sampleValue(spec.type)
        }
        return fields
    }

    static func sampleValue(_ type: FieldSpec.FieldType) -> FieldValue {
        switch type {
        case .caseReference: return .text("REF-1")
        case .text: return .text("text")
        case .timestamp, .date: return .time(Date(timeIntervalSince1970: 1_736_121_600))
        case .duration: return .duration(.seconds(3600))
        case .integer: return .integer(1)
        case .decimal, .share: return .decimal(0.5)
        case .boolean: return .boolean(true)
        case .choice(let options): return .text(options.first ?? "")
        case .textList: return .words(["word"])
        }
    }
}

extension RecordTypeContract {
    /// The problems a YAML record holding a sample value in each of `fields` has, read as
    /// `type`: none when the declaration and the reader agree.
    public static func yamlProblems(of type: any EvidenceRecord.Type, fields: [FieldSpec]) -> [String] {
        let yaml = "{" + fields.map { "\($0.name): \(sampleYAML($0.type))" }.joined(separator: ", ") + "}"
        do {
            let document = try YAML.Document.parse(yaml, file: type.recordType.id)
            return YAMLRecordReader.read(document.root, into: RecordFields(type.recordType)).map(\.description)
        } catch {
            return [error.description]
        }
    }

    /// A value of the field's type, written as in YAML.
    package static func sampleYAML(_ type: FieldSpec.FieldType) -> String {
        switch type {
        case .caseReference: return "REF-1"
        case .text: return "text"
        case .timestamp: return "2025-01-06T18:20:00Z"
        case .date: return "2025-01-06"
        case .duration: return "4h"
        case .integer: return "3"
        case .decimal: return "-0.5"
        case .share: return "0.5"
        case .boolean: return "true"
        case .choice(let options): return options.first ?? "''"
        case .textList: return "[a, b]"
        }
    }
}
