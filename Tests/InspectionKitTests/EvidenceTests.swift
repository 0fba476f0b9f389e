import Foundation
import InspectionKit
import Testing

/// Evidence is read record by record: each bad record reported, personal data refused, and
/// no path in configuration leaves the force's directory.
@Suite("Evidence loading and path safety")
struct EvidenceTests {
    func problems(_ copy: ProjectCopy) throws -> String {
        copy.rendered(try copy.workspace().problems(force: "northamptonshire"))
    }

    @Test func everyBadRecordIsReportedAndNoneIsDropped() throws {
        let copy = try ProjectCopy()
        let file = "Forces/northamptonshire/evidence/missing-episodes.yaml"
        try copy.edit(file, replacing: "risk_grade: medium\n    deployed_at: 2024-10-07T23:40:00Z", with: "risk_grade: mediun\n    deployed_at: 2024-10-07T23:40:00Z")
        try copy.edit(file, replacing: "deployed_at: 2024-11-24T08:15:00Z", with: "deployed_at: 2024-11-24 08:15")
        let actual = try problems(copy)
        #expect(actual == """
            <root>/Forces/northamptonshire/evidence/missing-episodes.yaml:14:17: error: 'mediun' is not one of 'no-apparent-risk', 'low', 'medium', 'high' (did you mean 'medium'?)
                risk_grade: mediun
                            ^
            <root>/Forces/northamptonshire/evidence/missing-episodes.yaml:30:18: error: '2024-11-24 08:15' is not a date (YYYY-MM-DD)
                deployed_at: 2024-11-24 08:15
                             ^
            """)
    }

    @Test func aChildsNameIsRefused() throws {
        let copy = try ProjectCopy()
        try copy.edit("Forces/northamptonshire/evidence/abuse-reports.yaml", replacing: "  - case_ref: NPT-ABU-01\n", with: "  - case_ref: NPT-ABU-01\n    child_name: Jane Example\n")
        let actual = try problems(copy)
        #expect(actual == """
            <root>/Forces/northamptonshire/evidence/abuse-reports.yaml:11:5: error: field 'child_name' would hold personal data; evidence carries case references only, never a child's name, date of birth or address
                child_name: Jane Example
                ^
            """)
    }

    @Test func aRepeatedCaseReferenceIsReportedWithTheFirst() throws {
        let copy = try ProjectCopy()
        try copy.edit("Forces/northamptonshire/evidence/strategy-discussions.yaml", replacing: "NPT-SD-02", with: "NPT-SD-01")
        let actual = try problems(copy)
        #expect(actual == """
            <root>/Forces/northamptonshire/evidence/strategy-discussions.yaml:10:5: error: case reference 'NPT-SD-01' appears more than once in this dataset
              - {case_ref: NPT-SD-01, decision_quality: poor}
                ^
            <root>/Forces/northamptonshire/evidence/strategy-discussions.yaml:9:5: note: 'NPT-SD-01' was first given here
              - {case_ref: NPT-SD-01, decision_quality: poor}
                ^
            """)
    }

    @Test func aDatasetOfTheWrongRecordTypeIsRefused() throws {
        let copy = try ProjectCopy()
        try copy.edit("Forces/northamptonshire/evidence/exploitation-cases.yaml", replacing: "record_type: exploitation-case", with: "record_type: strategy-discussion")
        let actual = try problems(copy)
        #expect(actual == """
            <root>/Forces/northamptonshire/evidence/exploitation-cases.yaml:5:14: error: the file holds 'strategy-discussion' records but the dataset declares 'exploitation-case'
            record_type: strategy-discussion
                         ^
            """)
    }

    @Test(arguments: [
        ("../../../etc/passwd", "path '../../../etc/passwd' leads outside the directory '<root>/Forces/northamptonshire'; evidence and documents must stay inside it"),
        ("/etc/passwd", "path '/etc/passwd' is absolute; write it relative to the force's directory"),
        ("evidence/../../gloucestershire/x.yaml", "path 'evidence/../../gloucestershire/x.yaml' leads outside the directory '<root>/Forces/northamptonshire'; evidence and documents must stay inside it"),
        ("evidence/nowhere.yaml", "file 'evidence/nowhere.yaml' does not exist"),
    ])
    func pathsCannotLeaveTheForceDirectory(path: String, message: String) throws {
        let copy = try ProjectCopy()
        try copy.edit("Forces/northamptonshire/inspections/2025-ncpi.yaml", replacing: "file: evidence/abuse-reports.yaml", with: "file: \(path)")
        let text = try problems(copy)
        #expect(text.hasPrefix("<root>/Forces/northamptonshire/inspections/2025-ncpi.yaml:43:62: error: \(message)\n"))
        #expect(text.contains("error: \(message)\n"))
    }

    @Test func aSymbolicLinkPointingOutIsRefused() throws {
        let copy = try ProjectCopy()
        let outside = "\(copy.root)/outside.yaml"
        try FileManager.default.copyItem(atPath: "\(copy.root)/Forces/northamptonshire/evidence/abuse-reports.yaml", toPath: outside)
        try FileManager.default.removeItem(atPath: "\(copy.root)/Forces/northamptonshire/evidence/abuse-reports.yaml")
        try FileManager.default.createSymbolicLink(atPath: "\(copy.root)/Forces/northamptonshire/evidence/abuse-reports.yaml", withDestinationPath: outside)
        #expect(try problems(copy).contains("error: path 'evidence/abuse-reports.yaml' leads outside the directory '<root>/Forces/northamptonshire'"))
    }
}
