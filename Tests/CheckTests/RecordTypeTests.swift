import BuiltInChecks
import ChildProtectionRecords
import Foundation
import InspectionKit
import InspectionReports
import InspectionTesting
import Testing
import TestSupport

/// Each record type's declared fields are exactly what it decodes, and the committed
/// documentation is what the code generates.
@Suite("Record types and their documentation")
struct RecordTypeTests {
    @Test(arguments: registry.recordTypeIDs)
    func declaredFieldsAreExactlyTheDecodedOnes(id: String) throws {
        expectRecordTypeContract(try #require(registry.recordType(id)))
    }

    @Test func everyChildProtectionRecordTypeIsRegistered() {
        #expect(Set(ChildProtectionRecords.recordTypes.map { $0.recordType.id }).isSubset(of: registry.recordTypeIDs))
        #expect(registry.recordTypeIDs.count == ChildProtectionRecords.recordTypes.count + CheckRegistry.coreRecordTypes.count)
    }

    @Test func theCommittedDocumentationIsCurrent() throws {
        let committed = try String(contentsOfFile: "\(repositoryRoot)/docs/record-types.md", encoding: .utf8)
        let types = registry.recordTypeIDs.compactMap { registry.recordType($0)?.recordType }
        #expect(committed == CheckDocumentation.recordTypesMarkdown(types),
                "docs/record-types.md is stale: run `inspector explain --record-types --format markdown > docs/record-types.md`")
    }
}
