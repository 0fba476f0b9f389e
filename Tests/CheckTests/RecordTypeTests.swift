import BuiltInChecks
import ChildProtectionRecords
import Foundation
import InspectionKit
import InspectionReports
import InspectionTesting
import TestSupport
import Testing

/// Each record type's declared fields are exactly what it decodes, and the committed
/// references are what the code generates: each module's in Plugins/<Module>/REFERENCE.md,
/// every record type the shipped inspector knows in docs/record-types.md.
@Suite("Record types and their documentation")
struct RecordTypeTests {
    @Test(arguments: registry.recordTypeIDs)
    func declaredFieldsAreExactlyTheDecodedOnes(id: String) throws {
        expectRecordTypeContract(try #require(registry.recordType(id)))
    }

    @Test func everyChildProtectionRecordTypeIsRegistered() {
        #expect(Set(ChildProtectionRecords.recordTypes.map { $0.recordType.id }).isSubset(of: registry.recordTypeIDs))
    }

    @Test(arguments: BuiltInChecks.modules.map(\.name))
    func eachModulesReferenceIsCurrent(name: String) throws {
        let module = try #require(registry.modules.first { $0.name == name })
        expectModuleReference(module, in: registry, file: "\(repositoryRoot)/Plugins/\(name)/REFERENCE.md")
    }

    @Test func everyRecordTypeIsDocumentedOnce() {
        let documented =
            registry.modules.flatMap { registry.recordTypes(documentedBy: $0).map { $0.recordType.id } }
            + CheckRegistry.coreRecordTypes.map { $0.recordType.id }
        #expect(documented.sorted() == registry.recordTypeIDs)
    }

    @Test func theReferenceOfEveryRecordTypeIsCurrent() throws {
        let committed = try String(contentsOfFile: "\(repositoryRoot)/docs/record-types.md", encoding: .utf8)
        let types = registry.recordTypeIDs.compactMap { registry.recordType($0)?.recordType }
        #expect(types.count == registry.recordTypeIDs.count)
        #expect(
            committed == CheckDocumentation.recordTypesMarkdown(types, generatedBy: "inspector explain --record-types --format markdown"),
            "docs/record-types.md is stale: run `./inspector explain --record-types --format markdown > docs/record-types.md`")
    }
}
