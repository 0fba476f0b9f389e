import Foundation
import InspectionKit
import InspectionReports
import Testing
import YAML

/// Each record type's published fields match what its decoder accepts, and the committed
/// documentation is what the code generates.
@Suite("Record types and their documentation")
struct RecordTypeTests {
    static let types: [any EvidenceRecord.Type] = RecordTypes.builtIn

    /// A value of the field's type, written as in YAML.
    static func sample(_ type: FieldSpec.FieldType) -> String {
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
        case .choice(let options): return options[0]
        case .textList: return "[a, b]"
        }
    }

    static func decodes(_ type: any EvidenceRecord.Type, _ fields: [FieldSpec]) -> Result<Void, YAML.Errors> {
        let yaml = "{" + fields.map { "\($0.name): \(sample($0.type))" }.joined(separator: ", ") + "}"
        let document = try! YAML.Document.parse(yaml, file: type.recordType.id)
        return decode(type, document.root)
    }

    static func decode<Record: EvidenceRecord>(_ type: Record.Type, _ node: YAML.Node) -> Result<Void, YAML.Errors> {
        YAMLDecoder().decodeReportingAll(Record.self, from: node).map { _ in () }
    }

    @Test(arguments: RecordTypes.builtIn.map { $0.recordType.id })
    func documentedFieldsAreExactlyTheDecodedOnes(id: String) throws {
        let type = try #require(Self.types.first { $0.recordType.id == id })
        let fields = type.recordType.fields
        // Every documented field is accepted (no unknown key) ...
        if case .failure(let errors) = Self.decodes(type, fields) { Issue.record("all fields: \(errors)") }
        // ... the required ones are enough (nothing undocumented is required) ...
        if case .failure(let errors) = Self.decodes(type, fields.filter(\.required)) { Issue.record("required fields: \(errors)") }
        // ... and each required one is really required.
        for field in fields where field.required {
            guard case .failure = Self.decodes(type, fields.filter { $0.required && $0.name != field.name }) else {
                Issue.record("'\(field.name)' is documented as required but the record decodes without it")
                continue
            }
        }
    }

    @Test func theCommittedDocumentationIsCurrent() throws {
        let committed = try String(contentsOfFile: "\(repositoryRoot)/docs/record-types.md", encoding: .utf8)
        #expect(committed == CheckDocumentation.recordTypesMarkdown(Self.types.map { $0.recordType }),
                "docs/record-types.md is stale: run `inspector explain --record-types --format markdown > docs/record-types.md`")
    }
}
