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

    @Test func aDottedNameAndBirthDateIsRefusedWithoutEchoingIt() throws {
        let copy = try ProjectCopy()
        try copy.edit(Self.visits, replacing: "case_ref: A-03", with: "case_ref: Zebedee.Canaryson.2012-03-04")
        let problems = try copy.problems()
        #expect(
            problems
                == "<root>/Forces/alpha/evidence/visits.yaml:23:15: error: a case reference is letters, digits, - and / only, at most 64 (no spaces or dots)"
        )
    }

    /// A surname in capitals, run together with a number, is refused where it is written and
    /// never shown; the message says why and what a force that needs more does.
    @Test func aSurnameInCapitalsIsRefusedWithoutEchoingIt() throws {
        let copy = try ProjectCopy()
        try copy.edit(Self.visits, replacing: "case_ref: A-03", with: "case_ref: CANARYSON-4")
        let problems = try copy.problems()
        #expect(
            problems
                == "<root>/Forces/alpha/evidence/visits.yaml:23:15: error: the case reference has four letters or more in a row, which could be a surname or a street; references are codes of at most three letters between digits (NPT-MIS-01); a force whose references need this states its case_reference_pattern in force.yaml"
        )
    }

    @Test func aForcesOwnPatternHoldsEveryReference() throws {
        let copy = try ProjectCopy()
        try copy.edit(
            "Forces/alpha/force.yaml", replacing: "country: England\n", with: "country: England\ncase_reference_pattern: \"A-0[12]\"\n")
        #expect(
            try copy.problems() == """
                <root>/Forces/alpha/evidence/visits.yaml:23:15: error: the case reference does not match this force's case_reference_pattern, A-0[12]
                <root>/Forces/alpha/evidence/visits.yaml:31:15: error: the case reference does not match this force's case_reference_pattern, A-0[12]
                """)
        try copy.edit("Forces/alpha/force.yaml", replacing: "\"A-0[12]\"", with: "\"A-[0-9]{2}\"")
        #expect(try copy.problems() == "")
    }

    /// A force whose references the default refuses states its pattern, and they are read.
    @Test func aForcesPatternLetsThroughWhatTheDefaultRefuses() throws {
        let copy = try ProjectCopy()
        for (old, new) in [("A-01", "MISPER-0001"), ("A-02", "MISPER-0002"), ("A-03", "MISPER-0003"), ("A-04", "MISPER-0004")] {
            try copy.edit(Self.visits, replacing: "case_ref: \(old)", with: "case_ref: \(new)")
        }
        #expect(try copy.problems().hasPrefix("<root>/Forces/alpha/evidence/visits.yaml:7:15: error: the case reference has four letters"))
        try copy.edit(
            "Forces/alpha/force.yaml", replacing: "country: England\n",
            with: "country: England\ncase_reference_pattern: \"MISPER-[0-9]{4}\"\n")
        #expect(try copy.problems() == "")
    }

    @Test func aPatternThatIsNotARegularExpressionIsAConfigurationError() throws {
        let copy = try ProjectCopy()
        try copy.edit(
            "Forces/alpha/force.yaml", replacing: "country: England\n", with: "country: England\ncase_reference_pattern: \"A-[0-9\"\n")
        #expect(
            try copy.problems().hasPrefix(
                """
                <root>/Forces/alpha/force.yaml:8:25: error: case_reference_pattern cannot be used: the [ at character 3 is never closed
                """))
    }

    @Test func aPatternThatLetsANameThroughIsAConfigurationError() throws {
        let copy = try ProjectCopy()
        try copy.edit(
            "Forces/alpha/force.yaml", replacing: "country: England\n",
            with: "country: England\ncase_reference_pattern: \"[A-Z]+-[0-9]+\"\n")
        #expect(
            try copy.problems().hasPrefix(
                """
                <root>/Forces/alpha/force.yaml:8:25: error: case_reference_pattern accepts 'SURNAME-1', which could be a surname, an address or a date of birth; a force's pattern takes the place of the default rule's limits on letters and digits, so write it as narrowly as the force's references are (MISPER-[0-9]{4}, not [A-Z]+-[0-9]+)
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
        try copy.edit("Forces/alpha/force.yaml", replacing: "country: England\n", with: "country: England\nproper_nouns: [Street Triage]\n")
        try copy.edit(Self.observations, replacing: Self.statement, with: "statement: \"\(text)\"")
        #expect(try copy.problems() == "")
    }

    /// A capitalised word the force has not declared may be a name: the record is refused where
    /// the text is, with the word's length and place but not its letters.
    @Test(arguments: [
        ("Officers saw Zebedee Canaryson at home.", 14, "•••••••"),
        ("The force's 2025 plan names 12 Street Triage posts.", 32, "••••••"),
        ("Seen by officers; CANARYSON was not at home.", 19, "•••••••••"),
    ])
    func anUndeclaredProperNounIsRefusedWithoutEchoingIt(_ text: String, _ character: Int, _ shown: String) throws {
        let copy = try ProjectCopy()
        try copy.edit(Self.observations, replacing: Self.statement, with: "statement: \"\(text)\"")
        #expect(
            try copy.problems()
                == "<root>/Forces/alpha/evidence/observations.yaml:7:62: error: the text of statement has a capitalised word the force has not declared ('\(shown)', at character \(character)): evidence never names a person; if it names an operation, a team, a partner or a place, list it under proper_nouns in force.yaml"
        )
    }

    /// An observation's source is a citation: it may name a publication and the inspector
    /// quoted without the force declaring them, but not a postcode or a date of birth.
    @Test func aSourceMayNamePublicationsAndInspectorsButNoDetails() throws {
        let copy = try ProjectCopy()
        try copy.edit(
            Self.observations, replacing: "source: Fixture report}",
            with: "source: \"Nub News, 5 December 2025, quoting HM Inspector Michelle Skeer\"}")
        #expect(try copy.problems() == "")
        let postcode = try ProjectCopy()
        try postcode.edit(Self.observations, replacing: "source: Fixture report}", with: "source: \"Letter to NN1 4ZZ\"}")
        #expect(try postcode.problems().contains("the text of source looks like it holds personal data (a postcode)"))
    }

    /// The force's own names are declared without being listed.
    @Test func theForcesOwnNameNeedsNoDeclaring() throws {
        let copy = try ProjectCopy()
        try copy.edit(
            Self.observations, replacing: Self.statement, with: "statement: \"Officers of Alpha Constabulary in England were thorough.\"")
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

    @Test func aCSVCellWithAnUndeclaredProperNounIsRejectedWithoutItsValue() throws {
        let copy = try ProjectCopy()
        try copy.write(
            "Forces/alpha/evidence/observations.csv",
            """
            Topic,Rating,Statement,Source
            recording-practice,strength,Recording was thorough.,Fixture report
            recording-practice,mixed,Officers spoke with Zebedee at home.,Fixture report

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
                "<root>/Forces/alpha/evidence/observations.csv:3:26: error: row rejected: the text has a capitalised word the force has not declared (at character 21; it is not shown): evidence never names a person; if it names an operation, a team, a partner or a place, list it under proper_nouns in force.yaml\n"
            ))
        #expect(!problems.contains("Zebedee"))
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
