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
            <root>/Forces/northamptonshire/evidence/missing-episodes.yaml:30:18: error: '2024-11-24 08:15' is not a timestamp with a time zone (e.g. 2025-03-04T09:30:00Z)
                deployed_at: 2024-11-24 08:15
                             ^
            """)
    }

    @Test func aChildsNameIsRefused() throws {
        let copy = try ProjectCopy()
        try copy.edit("Forces/northamptonshire/evidence/abuse-reports.yaml", replacing: "  - case_ref: NPT-ABU-01\n", with: "  - case_ref: NPT-ABU-01\n    child_name: Jane Example\n")
        let actual = try problems(copy)
        #expect(actual == "<root>/Forces/northamptonshire/evidence/abuse-reports.yaml:11:5: error: field 'child_name' would hold personal data; evidence carries case references only, never a child's name, date of birth or address")
    }

    @Test func aRepeatedCaseReferenceIsReportedWithTheFirst() throws {
        let copy = try ProjectCopy()
        try copy.edit("Forces/northamptonshire/evidence/strategy-discussions.yaml", replacing: "NPT-SD-02", with: "NPT-SD-01")
        let actual = try problems(copy)
        #expect(actual == """
            <root>/Forces/northamptonshire/evidence/strategy-discussions.yaml:10:5: error: case reference 'NPT-SD-01' appears more than once among this inspection's records of this type
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

/// Evidence that decodes but cannot be true, or names what it must not, is refused record by
/// record, with the field it is about.
@Suite("Implausible evidence")
struct ImplausibleEvidenceTests {
    func problems(_ copy: ProjectCopy) throws -> String {
        copy.rendered(try copy.workspace().problems(force: "northamptonshire"))
    }

    @Test func aDeploymentBeforeTheReportIsRefused() throws {
        let copy = try ProjectCopy()
        try copy.edit("Forces/northamptonshire/evidence/missing-episodes.yaml", replacing: "deployed_at: 2024-10-07T23:40:00Z", with: "deployed_at: 2023-10-07T23:40:00Z")
        let actual = try problems(copy)
        #expect(actual == """
            <root>/Forces/northamptonshire/evidence/missing-episodes.yaml:15:18: error: deployed_at (2023-10-07T23:40:00Z) is before reported_at (2024-10-07T17:40:00Z)
                deployed_at: 2023-10-07T23:40:00Z
                             ^
            """)
    }

    @Test func countsOutOfRangeAreRefused() throws {
        let copy = try ProjectCopy()
        try copy.edit("Forces/northamptonshire/evidence/partnership-initiatives.yaml", replacing: "improved: 415", with: "improved: 9223372036854775807")
        try copy.edit("Forces/northamptonshire/evidence/partnership-initiatives.yaml", replacing: "measured_change: -0.88", with: "measured_change: -8.8")
        let actual = try problems(copy)
        #expect(actual == """
            <root>/Forces/northamptonshire/evidence/partnership-initiatives.yaml:13:15: error: improved is 9223372036854775807; it must be between 0 and 475 (the children referred)
                improved: 9223372036854775807
                          ^
            <root>/Forces/northamptonshire/evidence/partnership-initiatives.yaml:14:22: error: measured_change is -8.8; a relative change lies between -1 (a fall of 100%) and 100
                measured_change: -8.8
                                 ^
            """)
    }

    @Test func anObservationTopicNoCheckReadsIsRefusedWithASuggestion() throws {
        let copy = try ProjectCopy()
        try copy.edit("Forces/northamptonshire/evidence/observations.yaml", replacing: "topic: staff-wellbeing", with: "topic: staff-well-being")
        let actual = try problems(copy)
        #expect(actual == """
            <root>/Forces/northamptonshire/evidence/observations.yaml:13:12: error: no check reads the topic 'staff-well-being' (did you mean 'staff-wellbeing'?); `inspector explain <check>` lists each check's topics
              - topic: staff-well-being
                       ^
            """)
    }

    @Test func aCaseReferenceThatCouldHoldANameIsRefusedWithoutEchoingIt() throws {
        let copy = try ProjectCopy()
        try copy.edit("Forces/northamptonshire/evidence/abuse-reports.yaml", replacing: "case_ref: NPT-ABU-01", with: "case_ref: \"Jane Smith, 12 Acacia Avenue\"")
        let actual = try problems(copy)
        #expect(actual == "<root>/Forces/northamptonshire/evidence/abuse-reports.yaml:10:15: error: a case reference is letters, digits and . _ / - only (at most 64, no spaces), never a name or a date of birth")
    }

    @Test func aPersonalDataFieldIsRefusedWithoutEchoingItsLine() throws {
        let copy = try ProjectCopy()
        try copy.edit("Forces/northamptonshire/evidence/abuse-reports.yaml", replacing: "  - case_ref: NPT-ABU-01\n", with: "  - case_ref: NPT-ABU-01\n    date_of_birth: 2012-03-04\n")
        let actual = try problems(copy)
        #expect(actual == "<root>/Forces/northamptonshire/evidence/abuse-reports.yaml:11:5: error: field 'date_of_birth' would hold personal data; evidence carries case references only, never a child's name, date of birth or address")
    }

    @Test func theSameCaseInTwoDatasetsOfOneTypeIsCountedOnce() throws {
        let copy = try ProjectCopy()
        try copy.edit("Forces/northamptonshire/inspections/2025-ncpi.yaml",
                      replacing: "    - {name: abuse_reports,",
                      with: "    - {name: missing_again, record_type: missing-episode, file: evidence/missing-episodes.yaml}\n    - {name: abuse_reports,")
        let actual = try problems(copy)
        #expect(actual.hasPrefix("<root>/Forces/northamptonshire/evidence/missing-episodes.yaml:11:5: error: case reference 'NPT-MIS-01' appears more than once among this inspection's records of this type"))
        #expect(actual.components(separatedBy: "error: case reference").count == 7)
    }

    @Test func evidenceProblemsAreReportedWithConfigurationProblems() throws {
        let copy = try ProjectCopy()
        try copy.edit("Forces/northamptonshire/inspections/2025-ncpi.yaml", replacing: "{area: partnerships, grade: good,", with: "{area: partnerships, grade: goood,")
        try copy.edit("Forces/northamptonshire/evidence/strategy-discussions.yaml", replacing: "NPT-SD-03, decision_quality: adequate", with: "NPT-SD-03, decision_quality: adequat")
        let actual = try problems(copy)
        #expect(actual.contains("unknown grade 'goood'"))
        #expect(actual.contains("'adequat' is not one of 'good', 'adequate', 'poor' (did you mean 'adequate'?)"))
    }
}

@Suite("Evidence: vocabularies and names kept out of messages")
struct VocabularyAndLeakTests {
    @Test func aMisspeltRiskIndicatorIsRefusedWithTheWordMeant() throws {
        let copy = try ProjectCopy()
        try copy.edit("Forces/northamptonshire/evidence/missing-episodes.yaml",
                      replacing: "risk_indicators: [child-sexual-exploitation-risk]", with: "risk_indicators: [child-sexual-exploitaton-risk]")
        let problems = copy.rendered(try copy.workspace().problems(force: "northamptonshire"))
        #expect(problems == """
            <root>/Forces/northamptonshire/evidence/missing-episodes.yaml:23:22: error: 'child-sexual-exploitaton-risk' is not in the framework's vocabulary for risk_indicators (did you mean 'child-sexual-exploitation-risk'?); the framework lists the words it knows
                risk_indicators: [child-sexual-exploitaton-risk]
                                 ^
            """)
    }

    @Test func aFrameworkIndicatorListMustUseItsVocabulary() throws {
        let copy = try ProjectCopy()
        try copy.edit("Frameworks/ncpi-2024.yaml", replacing: "    - under-13\n    - self-harm", with: "    - under-12\n    - self-harm")
        do {
            _ = try copy.workspace()
            Issue.record("expected the framework to be refused")
        } catch let error as InspectorError {
            guard case .invalid(let diagnostics) = error else {
                Issue.record("\(error)")
                return
            }
            #expect(diagnostics.all.map(\.message) == ["parameter 'missing.high-risk-indicators': 'under-12' is not in the vocabulary missing-episode.risk_indicators (did you mean 'under-13'?)"])
        }
    }

    @Test func noErrorAboutARecordWithANameForAReferenceShowsItsLine() throws {
        let copy = try ProjectCopy()
        try copy.edit("Forces/northamptonshire/evidence/strategy-discussions.yaml",
                      replacing: "{case_ref: NPT-SD-01, decision_quality: poor}", with: "{case_ref: Jane Smith, decision_quality: bad}")
        let problems = try copy.workspace().problems(force: "northamptonshire")
        #expect(problems.map(\.message) == [
            "a case reference is letters, digits and . _ / - only (at most 64, no spaces), never a name or a date of birth",
            "'bad' is not one of 'good', 'adequate', 'poor'",
        ])
        #expect(problems.allSatisfy { $0.sourceLine == nil && $0.notes.isEmpty })
        #expect(!problems.map(\.description).joined().contains("Jane"))
    }
}
