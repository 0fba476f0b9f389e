import Foundation
import InspectionKit
import Testing

/// Evidence names cases by reference only: a reference that could be a name, a key that names
/// a child, or free text that looks like a postcode, a birth date or an address is refused, and
/// no message copies what the record says.
@Suite("Personal data in evidence")
struct PersonalDataTests {
    static let visits = EvidenceTests.visits
    static let observations = "Forces/alpha/evidence/observations.yaml"
    static let statement = "statement: Recording was thorough."

    @Test(arguments: [
        "NP/2025/0001", "A-01", "2025-00017", "MISS/24/118a", "oac-4211", "S07-ME-004211", "24ME0004211", "NPT-MIS-01", "Ab-12",
        "MISPER-0012", "ME/24/004211", "NP/13/24/1", "2024/13/01-7",
    ])
    func referencesWithADigitAndNoDotsAreCaseReferences(_ reference: String) {
        #expect(CaseReferenceRule.default.accepts(reference))
    }

    @Test(arguments: [
        "Zebedee.Canaryson.2012-03-04", "JaneSmith", "Jane Smith", "A_01", "A-01.", "Ünal-1", "", String(repeating: "1", count: 65),
        "Zebedee-Canaryson-1", "ZC/Canaryson/1", "zebedee-1", "Ann-1", "1-Lee", "Smith12",
        "ZEBEDEE-CANARYSON-1", "ACACIA-AVENUE-NN1-2AB", "03/04/2015", "ZC-3/4/2015", "2015-04-03", "NP-2015/04/03-1",
    ])
    func referencesThatCouldHoldANameAreNot(_ reference: String) {
        #expect(!CaseReferenceRule.default.accepts(reference))
    }

    @Test func aDottedNameAndBirthDateIsRefusedWithoutEchoingIt() throws {
        let copy = try ProjectCopy()
        try copy.edit(Self.visits, replacing: "case_ref: A-03", with: "case_ref: Zebedee.Canaryson.2012-03-04")
        let problems = try copy.problems()
        #expect(
            problems
                == "<root>/Forces/alpha/evidence/visits.yaml:23:15: error: a case reference is letters, digits, - and / only, with at least one digit (at most 64, no spaces or dots), never a name or a date of birth (no word of four letters or more with a lower-case one, nor a capitalised three, nor two words of five letters or more, nor a date)"
        )
    }

    @Test func aForcesOwnPatternHoldsEveryReference() throws {
        let copy = try ProjectCopy()
        try copy.edit(
            "Forces/alpha/force.yaml", replacing: "country: England\n", with: "country: England\ncase_reference_pattern: \"A-0[12]\"\n")
        #expect(
            try copy.problems() == """
                <root>/Forces/alpha/evidence/visits.yaml:23:15: error: a case reference is letters, digits, - and / only, with at least one digit (at most 64, no spaces or dots), never a name or a date of birth (no word of four letters or more with a lower-case one, nor a capitalised three, nor two words of five letters or more, nor a date); this force's references match A-0[12]
                """ + "\n"
                + "<root>/Forces/alpha/evidence/visits.yaml:31:15: error: a case reference is letters, digits, - and / only, with at least one digit (at most 64, no spaces or dots), never a name or a date of birth (no word of four letters or more with a lower-case one, nor a capitalised three, nor two words of five letters or more, nor a date); this force's references match A-0[12]"
        )
        try copy.edit("Forces/alpha/force.yaml", replacing: "\"A-0[12]\"", with: "\"A-[0-9]{2}\"")
        #expect(try copy.problems() == "")
    }

    @Test func aPatternThatIsNotARegularExpressionIsAConfigurationError() throws {
        let copy = try ProjectCopy()
        try copy.edit(
            "Forces/alpha/force.yaml", replacing: "country: England\n", with: "country: England\ncase_reference_pattern: \"A-[0-9\"\n")
        #expect(
            try copy.problems().hasPrefix(
                """
                <root>/Forces/alpha/force.yaml:8:25: error: case_reference_pattern is not a regular expression that can be read
                """))
    }

    @Test(arguments: [
        ("Zebedee Canaryson born 2012-03-04 of 12 Canary Row NN1 1ZZ", "a postcode"),
        ("The family moved to NN1 1ZZ.", "a postcode"),
        ("The boy, born 4 March 2012, was seen.", "a date of birth"),
        ("Child (DOB: 04/03/2012) not seen.", "a date of birth"),
        ("Officers went to 12 Canary Row twice.", "a street address"),
    ])
    func freeTextThatLooksLikePersonalDataIsRefusedWithoutEchoingIt(_ text: String, _ shape: String) throws {
        let copy = try ProjectCopy()
        try copy.edit(Self.observations, replacing: Self.statement, with: "statement: \"\(text)\"")
        let problems = try copy.problems()
        #expect(
            problems
                == "<root>/Forces/alpha/evidence/observations.yaml:7:62: error: the text of statement looks like it holds personal data (\(shape)); evidence carries case references only: rewrite it without the child's details"
        )
    }

    @Test(arguments: [
        "In 3 of 6 cases officers attended within 12 hours.",
        "Officers reached 2 of 4 children by 10:30 on 6 January 2025.",
        "The force's 2025 plan names 12 Street Triage posts.",
        "Risk was reviewed at 12-hour intervals (policy NP/24/3).",
    ])
    func ordinaryTextWithNumbersIsRead(_ text: String) throws {
        let copy = try ProjectCopy()
        try copy.edit(Self.observations, replacing: Self.statement, with: "statement: \"\(text)\"")
        #expect(try copy.problems() == "")
    }

    @Test func aKeyMadeOfPersonalWordsIsRefusedWithoutItsLine() throws {
        let copy = try ProjectCopy()
        try copy.edit(Self.visits, replacing: "  - case_ref: A-01\n", with: "  - case_ref: A-01\n    childs_full_name: Zebedee Canaryson\n")
        #expect(
            try copy.problems()
                == "<root>/Forces/alpha/evidence/visits.yaml:8:5: error: field 'childs_full_name' would hold personal data; evidence carries case references only, never a child's name, date of birth or address"
        )
    }

    /// A key the record type does not declare is quoted only when it cannot be a name, and
    /// then its line is not shown either (an echoed line keeps its keys).
    @Test func anUnknownKeyThatCouldBeANameIsNotShown() throws {
        let copy = try ProjectCopy()
        try copy.edit(Self.visits, replacing: "  - case_ref: A-01\n", with: "  - case_ref: A-01\n    Zebedee Canaryson: seen\n")
        #expect(
            try copy.problems()
                == "<root>/Forces/alpha/evidence/visits.yaml:8:5: error: unknown key '•••••••••••••••••'; a record's keys are its fields, in lower case (`inspector explain home-visit` lists them)"
        )
    }

    @Test func anEchoedEvidenceLineKeepsItsKeysAndMasksItsValues() throws {
        let copy = try ProjectCopy()
        try copy.edit(
            Self.visits, replacing: "outcome: unsafe\n    concerns: [violence]",
            with: "outcome: unsafe\n    concerns: [violence, 'Zebedee']")
        let problems = try copy.problems()
        #expect(
            problems == """
                <root>/Forces/alpha/evidence/visits.yaml:27:15: error: '•••••••' is not in the framework's vocabulary for concerns; the framework lists the words it knows under vocabularies
                    concerns: [••••••••, •••••••••]
                              ^
                """)
    }

    @Test func aCSVCellWithPersonalDataIsRejectedWithoutItsValue() throws {
        let copy = try ProjectCopy()
        try copy.write(
            "Forces/alpha/evidence/observations.csv",
            """
            Topic,Rating,Statement,Source
            recording-practice,strength,Recording was thorough.,Fixture report
            recording-practice,mixed,"Seen at 12 Canary Row, NN1 1ZZ",Fixture report

            """)
        try copy.write(
            "Forces/alpha/mappings/observations.yaml",
            """
            schema: 1
            record_type: inspection-observation
            columns: {topic: Topic, rating: Rating, statement: Statement, source: Source}

            """)
        try copy.edit(
            EvidenceTests.inspection, replacing: "file: evidence/observations.yaml}",
            with: "file: evidence/observations.csv, format: csv, provenance: published, mapping: mappings/observations.yaml}")
        let problems = try copy.problems()
        #expect(
            problems.hasPrefix(
                "<root>/Forces/alpha/evidence/observations.csv:3:26: error: row rejected: the text looks like it holds personal data (a postcode); it is not shown\n"
            ))
        #expect(!problems.contains("Canary"))
    }
}
