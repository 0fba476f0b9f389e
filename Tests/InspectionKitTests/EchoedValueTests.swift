import CSV
import Foundation
import Testing
import YAML

@testable import InspectionKit
@testable import InspectionLoading

/// A value that failed to read is quoted only when it cannot be anyone's details.
@Suite("Values quoted in errors")
struct EchoedValueTests {
    @Test(arguments: [
        ("32/13/2024 25:00", "32/13/2024 25:00"), ("2024-13-01T10:00", "2024-13-01T10:00"), ("-3.5", "-3.5"), ("50%", "50%"),
        ("HGH", "HGH"), ("U13", "U13"), ("yes", "yes"), ("repeat-mising", "repeat-mising"),
        ("Alice", "•••••"), ("Alice Smith", "•••••••••••"), ("SMITH", "•••••"), ("alice smith", "•••••••••••"),
        ("03/04/2015 Alice", "••••••••••••••••"), ("Zoë", "•••"), ("NN1 2AB", "•••••••"),
    ])
    func aValueIsShownOnlyWhenItCannotBeAnyonesDetails(text: String, shown: String) {
        #expect(EchoedValue.shown(text) == shown)
    }

    /// A date is shown where a date was expected (a mistyped one); elsewhere it may be a birth date.
    @Test func aDateIsShownOnlyWhereADateWasExpected() {
        #expect(EchoedValue.shown("03/04/2015") == "••••••••••")
        #expect(EchoedValue.shown("2015-04-03T10:00") == "••••••••••••••••")
        #expect(EchoedValue.shown("03/04/2015", dateExpected: true) == "03/04/2015")
        #expect(EchoedValue.shown("32/13/2024 25:00") == "32/13/2024 25:00")
        #expect(EchoedValue.shown("12/2015") == "12/2015")
        let typed = EchoedValue.masking(.invalidScalar("03/04/2015", expected: .timestamp, problem: .malformed))
        #expect(typed.message.hasPrefix("'03/04/2015' is not"))
        let counted = EchoedValue.masking(.invalidScalar("03/04/2015", expected: .integer(range: "0 to 9"), problem: .malformed))
        #expect(counted.message.hasPrefix("'••••••••••' is not"))
    }

    @Test func aNearMissOfAKnownWordIsShown() {
        #expect(EchoedValue.quoted("repeat missing", nearMiss: true) == "'repeat missing'")
        #expect(EchoedValue.quoted("repeat missing") == "'••••••••••••••'")
        // A near miss with a capital may be a name: Hugh for high.
        #expect(EchoedValue.quoted("Hugh", nearMiss: true) == "'••••'")
        #expect(EchoedValue.quoted("\u{C9}mile", nearMiss: true) == "'•••••'")
        #expect(EchoedValue.quoted("\u{E9}mile", nearMiss: true) == "'\u{E9}mile'")
    }

    @Test func aLongValueShowsAtMostSixtyMarks() {
        #expect(EchoedValue.shown(String(repeating: "Ab", count: 50)) == String(repeating: "•", count: 60))
    }

    @Test func aYAMLErrorKeepsItsWordsAndMasksTheValue() {
        let masked = EchoedValue.masking(.invalidScalar("Bobby", expected: .oneOf(["low", "high"]), problem: .notOneOf(suggestion: nil)))
        #expect(masked.message == "'•••••' is not one of 'low', 'high'")
        let typo = EchoedValue.masking(.invalidScalar("hihg ", expected: .oneOf(["low", "high"]), problem: .notOneOf(suggestion: "high")))
        #expect(typo.message == "'hihg ' is not one of 'low', 'high' (did you mean 'high'?)")
        #expect(EchoedValue.masking(.missingKey("case_ref")) == .missingKey("case_ref"))
        #expect(EchoedValue.masking(.unknownKey("Alice Smith", suggestion: nil)).message == "unknown key '•••••••••••'")
        #expect(
            EchoedValue.masking(.unknownKey("Risk_Grade", suggestion: "risk_grade")).message
                == "unknown key '••••••••••' (did you mean 'risk_grade'?)")
        #expect(
            EchoedValue.masking(.unknownKey("risk grade", suggestion: "risk_grade")).message
                == "unknown key 'risk grade' (did you mean 'risk_grade'?)")
        #expect(EchoedValue.masking(.unknownKey("notes", suggestion: nil)).message == "unknown key 'notes'")
        #expect(EchoedValue.masking(.unsupportedTag("!Zebedee")).message.hasPrefix("unsupported tag '••••••••'"))
        #expect(EchoedValue.masking(.undefinedAlias("base")).message.hasPrefix("alias '*base'"))
    }
}

/// A value read as a timestamp that could be a date of birth is never quoted, in a rejection
/// or in an order check.
@Suite("Dates of birth in timestamp columns")
struct BirthDateShapedTests {
    @Test(arguments: ["03/04/2015", "2015-04-03", "20150403", "03/04/2015 00:00", "2015-04-03T00:00:00Z", "3/4/2015 00:00:00"])
    func aDateWithNoTimeOrAtMidnightMayBeABirthDate(_ text: String) {
        #expect(EchoedValue.mayBeBirthDate(text))
    }

    @Test(arguments: ["03/04/2015 10:30", "2015-04-03T00:00:00+01:00", "32/13/2024", "12:00", "HGH", "1200", "2015-04-03T23:15:00Z"])
    func aTimeOfDayOrNoDateIsNot(_ text: String) {
        #expect(!EchoedValue.mayBeBirthDate(text))
    }

    @Test func anOrderCheckQuotesNoTimeAtMidnight() {
        let midnight = Date(timeIntervalSince1970: 1_428_019_200)  // 2015-04-03T00:00:00Z
        let report = Date(timeIntervalSince1970: 1_728_259_200 + 66_000)  // 2024-10-07T18:20:00Z
        #expect(
            RecordRules.order(midnight, "deployed_at", after: report, "reported_at")?.message
                == "deployed_at is before reported_at (the times are not shown: one is at midnight, as a date of birth would be)")
        #expect(
            RecordRules.order(report.addingTimeInterval(-3600), "deployed_at", after: report, "reported_at")?.message
                == "deployed_at (2024-10-07T17:20:00Z) is before reported_at (2024-10-07T18:20:00Z)")
    }
}

/// A mapping's problems are masked as evidence's are.
@Suite("Mapping problems as shown")
struct MappingEchoTests {
    @Test func whatAMappingProblemQuotesIsShownOnlyWhenItCannotBeAName() {
        #expect(MappingEcho.masking(.codeGivenTwice(code: "Zebedee")) == .codeGivenTwice(code: "•••••••"))
        #expect(MappingEcho.masking(.codeGivenTwice(code: "HGH")) == .codeGivenTwice(code: "HGH"))
        #expect(
            MappingEcho.masking(.notInVocabulary(word: "under-31", field: "risk_indicators", suggestion: "under-13"))
                == .notInVocabulary(word: "under-31", field: "risk_indicators", suggestion: "under-13"))
        #expect(
            MappingEcho.masking(.notInVocabulary(word: "Zebedee", field: "risk_indicators", suggestion: nil))
                == .notInVocabulary(word: "•••••••", field: "risk_indicators", suggestion: nil))
        #expect(
            MappingEcho.masking(.unreadableFormat(format: "%d/%m/%Q", problem: "x")) == .unreadableFormat(format: "%d/%m/%Q", problem: "x"))
        #expect(
            MappingEcho.masking(.unreadableFormat(format: "Zebedee", problem: "x")) == .unreadableFormat(format: "•••••••", problem: "x"))
        #expect(MappingEcho.masking(.unknownTimeZone("Europe/Londn")) == .unknownTimeZone("Europe/Londn"))
        #expect(MappingEcho.masking(.unknownTimeZone("Canaryson")) == .unknownTimeZone("•••••••••"))
    }

    @Test func anUnknownFieldKeyAndTheEchoedLineAreMasked() {
        let diagnostic = Diagnostic(
            .unknownReference(kind: .field, id: "Zebedee Canaryson", suggestion: nil), at: YAML.Mark(file: "m.yaml", line: 9, column: 3),
            sourceLine: "  Zebedee Canaryson: Notes")
        let masked = MappingEcho.masked(diagnostic)
        #expect(masked.message == "unknown field '•••••••••••••••••'")
        #expect(masked.sourceLine == "  ••••••• •••••••••: •••••")
        let typo = Diagnostic(
            .unknownReference(kind: .field, id: "case_rf", suggestion: "case_ref"), at: YAML.Mark(file: "m.yaml", line: 9, column: 3),
            sourceLine: "  case_rf: Occurrence Ref")
        #expect(MappingEcho.masked(typo).message == "unknown field 'case_rf' (did you mean 'case_ref'?)")
        #expect(MappingEcho.masked(typo).sourceLine == "  case_rf: •••••••••• •••")
    }
}

/// A header's names are quoted only when they read like names of columns.
@Suite("Header names quoted in errors")
struct HeaderNamesShownTests {
    static func names(writing columns: [String] = [], fields: [any FieldDeclaration] = []) throws -> ColumnNames {
        let text =
            "schema: 1\nrecord_type: visit\ncolumns: {" + columns.enumerated().map { "f\($0): '\($1)'" }.joined(separator: ", ") + "}\n"
        var diagnostics = DiagnosticCollector()
        let mapping = try #require(CSVMapping.read(try YAML.Document.parse(text, file: "m.yaml").root, diagnostics: &diagnostics))
        return ColumnNames(recordType: RecordType(id: "visit", title: "Visit", summary: "A visit.", fields: fields), mapping: mapping)
    }

    @Test func aHeaderCellThatMayBeDataIsNotListed() throws {
        let header = try CSV.Reader(
            bytes: Array("Occurrence Ref,07/10/2024 18:40,Zebedee Canaryson's home address is 12 Acacia Avenue,Risk Level\nx,y,z,w\n".utf8),
            file: "t.csv"
        ).header
        #expect(
            try Self.names().listed(header.names)
                == "'Occurrence Ref', 'Risk Level', and 2 not shown (they do not read like a column's name: they may be data)")
        #expect(ColumnNames.quotable(header.names) == ["Occurrence Ref", "Risk Level"])
    }

    /// A name in capitals, or written as names are, is not a column's name: it is never listed.
    @Test(arguments: ["CANARYSON", "ZEBEDEE CANARYSON", "Zebedee Canaryson", "Zebedee", "CANARYSON, Zebedee"])
    func aPersonsNameAsAHeaderCellIsNotListed(_ cell: String) throws {
        #expect(try !Self.names().mayList(cell))
        #expect(
            try Self.names().listed(["Notes", cell]) == "'Notes', and 1 not shown (they do not read like a column's name: they may be data)"
        )
    }

    @Test(arguments: [
        "Occurrence Ref", "OCCURRENCE_REF", "DateReported", "dateReported", "Risk Level", "NOTES", "URN", "Child Surname", "DOB",
        "Officer Collar No", "Home Street", "Mobile",
    ])
    func aColumnsNameIsListed(_ cell: String) throws {
        #expect(try Self.names().mayList(cell))
    }

    /// The record type's own field names count as column words, and the mapping's names are listed as written.
    @Test func theRecordTypesFieldsAndTheMappingsNamesAreListed() throws {
        #expect(try Self.names(fields: [Field<String>("welfare_outcome", .text, "How it went.")]).mayList("WELFARE"))
        #expect(try !Self.names().mayList("WELFARE"))
        #expect(try Self.names(writing: ["Kids"]).mayList("Kids"))
        #expect(try !Self.names().mayList("Kids"))
    }
}
