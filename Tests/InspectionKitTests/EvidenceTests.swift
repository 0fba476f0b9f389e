import Foundation
import InspectionKit
import Testing

/// Evidence is read record by record: each bad record reported, personal data refused, and
/// no path in configuration leaves the force's directory.
@Suite("Evidence loading and path safety")
struct EvidenceTests {
    static let visits = "Forces/alpha/evidence/visits.yaml"
    static let inspection = "Forces/alpha/inspections/2025-fixture.yaml"

    @Test func everyBadRecordIsReportedAndNoneIsDropped() throws {
        let copy = try ProjectCopy()
        try copy.edit(Self.visits, replacing: "outcome: unsafe", with: "outcome: unsaf")
        try copy.edit(Self.visits, replacing: "visited_at: 2025-01-07T11:30:00Z", with: "visited_at: 2025-01-07 11:30")
        let actual = try copy.problems()
        #expect(
            actual == """
                <root>/Forces/alpha/evidence/visits.yaml:17:17: error: '2025-01-07 11:30' is not a timestamp with a time zone (e.g. 2025-03-04T09:30:00Z)
                    visited_at: •••••••••• •••••
                                ^
                <root>/Forces/alpha/evidence/visits.yaml:26:14: error: 'unsaf' is not one of 'safe', 'unsafe', 'unknown' (did you mean 'unsafe'?)
                    outcome: •••••
                             ^
                """)
    }

    @Test func unknownAndMissingFieldsAreReportedTogether() throws {
        let copy = try ProjectCopy()
        try copy.edit(Self.visits, replacing: "  - case_ref: A-02\n    requested_at:", with: "  - case_ref: A-02\n    requestd_at:")
        let actual = try copy.problems()
        #expect(
            actual == """
                <root>/Forces/alpha/evidence/visits.yaml:15:5: error: missing required key 'requested_at'
                  - case_ref: ••••
                    ^
                <root>/Forces/alpha/evidence/visits.yaml:16:5: error: unknown key 'requestd_at' (did you mean 'requested_at'?)
                    requestd_at: ••••••••••••••••••••
                    ^
                """)
    }

    @Test func aChildsNameIsRefusedWithoutItsLine() throws {
        let copy = try ProjectCopy()
        try copy.edit(Self.visits, replacing: "  - case_ref: A-01\n", with: "  - case_ref: A-01\n    child_name: Jane Example\n")
        let actual = try copy.problems()
        #expect(
            actual
                == "<root>/Forces/alpha/evidence/visits.yaml:8:5: error: field 'child_name' would hold personal data; evidence carries case references only, never a child's name, date of birth or address"
        )
    }

    @Test func aRepeatedCaseReferenceIsReportedWithTheFirst() throws {
        let copy = try ProjectCopy()
        try copy.edit(Self.visits, replacing: "A-02", with: "A-01")
        let actual = try copy.problems()
        #expect(
            actual == """
                <root>/Forces/alpha/evidence/visits.yaml:15:5: error: case reference 'A-01' appears more than once among this inspection's records of this type
                  - case_ref: ••••
                    ^
                <root>/Forces/alpha/evidence/visits.yaml:7:5: note: 'A-01' was first given here
                  - case_ref: ••••
                    ^
                """)
    }

    @Test func aDatasetOfTheWrongRecordTypeIsRefused() throws {
        let copy = try ProjectCopy()
        try copy.edit(
            "Forces/alpha/evidence/observations.yaml", replacing: "record_type: inspection-observation", with: "record_type: home-visit")
        let actual = try copy.problems()
        #expect(
            actual == """
                <root>/Forces/alpha/evidence/observations.yaml:3:14: error: the file holds 'home-visit' records but the dataset declares 'inspection-observation'
                record_type: ••••••••••
                             ^
                """)
    }

    @Test(arguments: [
        (
            "../../../etc/passwd",
            "path '../../../etc/passwd' leads outside the directory '<root>/Forces/alpha'; evidence and documents must stay inside it"
        ),
        ("/etc/passwd", "path '/etc/passwd' is absolute; write it relative to the force's directory"),
        (
            "evidence/../../beta/evidence/visits.yaml",
            "path 'evidence/../../beta/evidence/visits.yaml' leads outside the directory '<root>/Forces/alpha'; evidence and documents must stay inside it"
        ),
        ("evidence/nowhere.yaml", "file 'evidence/nowhere.yaml' does not exist"),
    ])
    func pathsCannotLeaveTheForceDirectory(path: String, message: String) throws {
        let copy = try ProjectCopy()
        try copy.edit(Self.inspection, replacing: "file: evidence/visits.yaml", with: "file: \(path)")
        #expect(try copy.problems().hasPrefix("<root>/Forces/alpha/inspections/2025-fixture.yaml:22:53: error: \(message)\n"))
    }

    @Test func aSymbolicLinkPointingOutIsRefused() throws {
        let copy = try ProjectCopy()
        let outside = "\(copy.root)/outside.yaml"
        try FileManager.default.moveItem(atPath: "\(copy.root)/\(Self.visits)", toPath: outside)
        try FileManager.default.createSymbolicLink(atPath: "\(copy.root)/\(Self.visits)", withDestinationPath: outside)
        #expect(try copy.problems().contains("error: path 'evidence/visits.yaml' leads outside the directory '<root>/Forces/alpha'"))
    }
}

/// Evidence that decodes but cannot be true, or names what it must not, is refused record by
/// record, with the field it is about.
@Suite("Implausible evidence")
struct ImplausibleEvidenceTests {
    @Test func aVisitBeforeTheRequestIsRefused() throws {
        let copy = try ProjectCopy()
        try copy.edit(EvidenceTests.visits, replacing: "visited_at: 2025-01-06T15:00:00Z", with: "visited_at: 2024-01-06T15:00:00Z")
        let actual = try copy.problems()
        #expect(
            actual == """
                <root>/Forces/alpha/evidence/visits.yaml:9:17: error: visited_at (2024-01-06T15:00:00Z) is before requested_at (2025-01-06T10:00:00Z)
                    visited_at: ••••••••••••••••••••
                                ^
                """)
    }

    @Test func countsOutOfRangeAreRefused() throws {
        let copy = try ProjectCopy()
        try copy.edit(
            EvidenceTests.visits, replacing: "children: 3\n    children_seen: 2",
            with: "children: 3\n    children_seen: 9223372036854775807")
        try copy.edit(EvidenceTests.visits, replacing: "children: 1\n    children_seen: 0", with: "children: -1\n    children_seen: 0")
        #expect(
            try copy.problems().split(separator: "\n").filter { $0.contains("error:") }.map { String($0.split(separator: " error: ")[1]) }
                == [
                    "children_seen is 9223372036854775807; it must be between 0 and 3 (the children in the household)",
                    "children is -1; it must be between 0 and 1000000",
                ])
    }

    @Test func anObservationTopicNoCheckReadsIsRefusedWithASuggestion() throws {
        let copy = try ProjectCopy()
        try copy.edit("Forces/alpha/evidence/observations.yaml", replacing: "topic: recording-practice", with: "topic: recording-practise")
        let actual = try copy.problems()
        #expect(
            actual == """
                <root>/Forces/alpha/evidence/observations.yaml:7:13: error: no check reads the topic 'recording-practise' (did you mean 'recording-practice'?); `inspector explain <check>` lists each check's topics
                  - {topic: ••••••••••••••••••, rating: ••••••••, statement: ••••••••• ••• •••••••••, source: ••••••• ••••••}
                            ^
                """)
    }

    @Test func aCaseReferenceThatCouldHoldANameIsRefusedWithoutEchoingIt() throws {
        let copy = try ProjectCopy()
        try copy.edit(EvidenceTests.visits, replacing: "case_ref: A-03", with: "case_ref: \"Jane Smith, 12 Acacia Avenue\"")
        let actual = try copy.problems()
        #expect(
            actual
                == "<root>/Forces/alpha/evidence/visits.yaml:23:15: error: a case reference is letters, digits, - and / only, at most 64 (no spaces or dots)"
        )
    }

    @Test func noErrorAboutARecordWithANameForAReferenceShowsItsLine() throws {
        let copy = try ProjectCopy()
        try copy.edit(EvidenceTests.visits, replacing: "case_ref: A-03", with: "case_ref: Jane Smith")
        try copy.edit(EvidenceTests.visits, replacing: "outcome: unsafe", with: "outcome: bad")
        let problems = try copy.workspace().problems(force: "alpha")
        #expect(
            problems.map(\.message) == [
                "a case reference is letters, digits, - and / only, at most 64 (no spaces or dots)",
                "'bad' is not one of 'safe', 'unsafe', 'unknown'",
            ])
        #expect(problems.allSatisfy { $0.sourceLine == nil && $0.notes.isEmpty })
        #expect(!problems.map(\.description).joined().contains("Jane"))
    }

    @Test func theSameCaseInTwoDatasetsOfOneTypeIsCountedOnce() throws {
        let copy = try ProjectCopy()
        try copy.edit(
            EvidenceTests.inspection, replacing: "    - {name: observations,",
            with: "    - {name: visits_again, record_type: home-visit, file: evidence/visits.yaml}\n    - {name: observations,")
        let problems = try copy.problems()
        #expect(
            problems.hasPrefix(
                "<root>/Forces/alpha/evidence/visits.yaml:7:5: error: case reference 'A-01' appears more than once among this inspection's records of this type"
            ))
        #expect(problems.components(separatedBy: "error: case reference").count == 5)
    }

    @Test func evidenceProblemsAreReportedWithConfigurationProblems() throws {
        let copy = try ProjectCopy()
        try copy.edit(EvidenceTests.inspection, replacing: "{area: recording, grade: good,", with: "{area: recording, grade: goood,")
        try copy.edit(EvidenceTests.visits, replacing: "outcome: unsafe", with: "outcome: unsaf")
        let problems = try copy.problems()
        #expect(problems.contains("unknown grade 'goood' (did you mean 'good'?)"))
        #expect(problems.contains("'unsaf' is not one of 'safe', 'unsafe', 'unknown' (did you mean 'unsafe'?)"))
    }

    @Test func aWordOutsideTheFrameworksVocabularyIsRefusedWithTheWordMeant() throws {
        let copy = try ProjectCopy()
        try copy.edit(EvidenceTests.visits, replacing: "concerns: [violence]", with: "concerns: [violense]")
        let actual = try copy.problems()
        #expect(
            actual == """
                <root>/Forces/alpha/evidence/visits.yaml:27:15: error: 'violense' is not in the framework's vocabulary for concerns (did you mean 'violence'?); the framework lists the words it knows under vocabularies
                    concerns: [••••••••]
                              ^
                """)
    }
}
