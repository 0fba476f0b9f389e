import Foundation
import InspectionKit
import InspectionReports
import Testing

/// CSV exports read with a mapping: every row loaded or rejected with its position and reason,
/// every mapping problem located in the mapping's YAML, personal data never read.
@Suite("CSV evidence")
struct CSVEvidenceTests {
    static let inspection = "Forces/alpha/inspections/2025-fixture.yaml"

    /// The four visits of alpha's YAML file, as a force might export them.
    static let visitsCSV = """
        Ref,Requested,Visited,Result,Concerns,Kids,Seen,Logged,Reviewed,Score,Child Surname,Notes
        A-01,06/01/2025 10:00,06/01/2025 15:00,S,NEG,2,2,Y,,,Doe,"Seen at home, both children"
        A-02,07/01/2025 10:00,07/01/2025 11:30,S,,1,1,Y,,,Roe,"Quick visit"
        A-03,08/01/2025 10:00,10/01/2025 10:00,U,VIO,3,2,Y,,,Poe,"Late; ""urgent"" flagged"
        A-04,09/01/2025 10:00,,X,MIS,1,0,Y,12/01/2025,0.5,Moe,

        """

    static let mapping = """
        schema: 1
        record_type: home-visit
        timestamps: {format: "%d/%m/%Y %H:%M", time_zone: Europe/London}
        dates: {format: "%d/%m/%Y"}
        booleans: {true: [Y], false: [N]}
        columns:
          case_ref: Ref
          requested_at: Requested
          visited_at: Visited
          outcome: {column: Result, codes: {S: safe, U: unsafe, X: unknown}}
          concerns: {column: Concerns, codes: {NEG: neglect, VIO: violence, MIS: missing}}
          children: Kids
          children_seen: Seen
          recorded: Logged
          reviewed_on: Reviewed
          score: Score
        ignore: [Child Surname]

        """

    /// Alpha with its visits as a CSV export read with `mapping`.
    static func copy(csv: String = visitsCSV, mapping: String = mapping, maxRejected: String? = nil) throws -> ProjectCopy {
        let copy = try ProjectCopy()
        try copy.write("Forces/alpha/evidence/visits.csv", csv)
        try copy.write("Forces/alpha/mappings/visits.yaml", mapping)
        try copy.edit(
            inspection, replacing: "{name: visits, record_type: home-visit, file: evidence/visits.yaml}",
            with:
                "{name: visits, record_type: home-visit, file: evidence/visits.csv, format: csv, provenance: export, mapping: mappings/visits.yaml"
                + (maxRejected.map { ", max_rejected: \"\($0)\"" } ?? "") + "}")
        return copy
    }

    @Test func anExportGivesTheSameResultAsTheYAMLRecords() throws {
        let yaml = try ProjectCopy().inspect()
        let csv = try Self.copy().inspect()
        #expect(csv.areas.flatMap(\.checks).map(\.result) == yaml.areas.flatMap(\.checks).map(\.result))
        #expect(csv.areas.map(\.grading.grade) == ["adequate", "good"])
        #expect(csv.area("response").provenance == [.export])
        let dataset = try #require(csv.evidence.first)
        #expect((dataset.rows, dataset.records, dataset.rejections.count, dataset.provenance) == (4, 4, 0, .export))
    }

    @Test func aBadCodeIsRejectedWithItsPositionAndTheCodeMeant() throws {
        let csv = Self.visitsCSV.replacingOccurrences(
            of: "A-03,08/01/2025 10:00,10/01/2025 10:00,U,", with: "A-03,08/01/2025 10:00,10/01/2025 10:00,UU,")
        let copy = try Self.copy(csv: csv)
        let actual = try copy.problems()
        #expect(
            actual == """
                <root>/Forces/alpha/evidence/visits.csv:4:40: error: row rejected: 'UU' is not a code for outcome in the mapping (did you mean 'U'?)
                <root>/Forces/alpha/inspections/2025-fixture.yaml:22:14: error: 1 of 4 rows of dataset 'visits' were rejected, more than it allows (max_rejected: 0 rows)
                    - {name: visits, record_type: home-visit, file: evidence/visits.csv, format: csv, provenance: export, mapping: mappings/visits.yaml}
                             ^
                """)
    }

    @Test func rowsWithinTheLimitAreReportedAndTheRestUsed() throws {
        let csv = Self.visitsCSV
            .replacingOccurrences(of: "A-03,08/01/2025 10:00,10/01/2025 10:00,U,", with: "A-03,08/01/2025 10:00,10/01/2025 10:00,UU,")
            .replacingOccurrences(of: "A-02,07/01/2025 10:00,07/01/2025 11:30,", with: "A-02,07/01/2025 10:00,06/01/2025 11:30,")
        let result = try Self.copy(csv: csv, maxRejected: "50%").inspect()
        let dataset = try #require(result.evidence.first)
        #expect((dataset.rows, dataset.records) == (4, 2))
        #expect(
            dataset.rejections.map { "\($0.row) \($0.mark.line):\($0.mark.column) \($0.column): \($0.reason)" } == [
                "2 3:23 Visited: visited_at (2025-01-06T11:30:00Z) is before requested_at (2025-01-07T10:00:00Z)",
                "3 4:40 Result: 'UU' is not a code for outcome in the mapping (did you mean 'U'?)",
            ])
        #expect(
            TextReport.render(result, width: 200).contains(
                """
                  - 2 home-visit records from evidence/visits.csv (export): 4 rows read, 2 used, 2 rejected, for 2 reasons, all shown:
                      1 × 'UU' is not a code for outcome in the mapping (did you mean 'U'?)
                      1 × visited_at (2025-01-06T11:30:00Z) is before requested_at (2025-01-07T10:00:00Z)
                """))
    }

    @Test func tooManyRejectedRowsStopTheRunListingTheFirstTwenty() throws {
        let rows = (1...25).map { "R-\($0),06/01/2025 10:00,,BAD,,1,1,Y,,,x," }
        let csv =
            "Ref,Requested,Visited,Result,Concerns,Kids,Seen,Logged,Reviewed,Score,Child Surname,Notes\n" + rows.joined(separator: "\n")
            + "\n"
        let copy = try Self.copy(csv: csv, maxRejected: "3")
        let problems = try copy.workspace().problems(force: "alpha")
        #expect(problems.count == 21)
        #expect(
            problems.last?.message
                == "25 of 25 rows of dataset 'visits' were rejected, more than it allows (max_rejected: 3 rows); the first 20 are listed")
    }

    /// Every row read is loaded or rejected, whatever rejects it: rows = loaded + rejected, in
    /// the summary and in the words every report uses.
    @Test(arguments: [
        ("none rejected", visitsCSV, 4, 4),
        ("a bad code", visitsCSV.replacingOccurrences(of: "10/01/2025 10:00,U,", with: "10/01/2025 10:00,UU,"), 4, 3),
        ("a record that cannot be true", visitsCSV.replacingOccurrences(of: "07/01/2025 11:30", with: "06/01/2025 11:30"), 4, 3),
        ("a reference read twice", visitsCSV + "A-01,06/01/2025 10:00,06/01/2025 15:00,S,,1,1,Y,,,Doe,\n", 5, 4),
        ("a required cell empty", visitsCSV.replacingOccurrences(of: "A-02,07/01/2025 10:00,", with: "A-02,,"), 4, 3),
        ("a reference that could be a surname", visitsCSV.replacingOccurrences(of: "A-02,", with: "CANARYSON-2,"), 4, 3),
        ("the header alone", String(visitsCSV.prefix { $0 != "\n" }) + "\n", 0, 0),
        ("blank lines after the last row", visitsCSV + "\n\n", 4, 4),
        ("a line break in a quoted cell", visitsCSV.replacingOccurrences(of: "\"Quick visit\"", with: "\"Quick\nvisit\""), 4, 4),
        ("every row rejected", visitsCSV.replacingOccurrences(of: ",Y,", with: ",Maybe,"), 4, 0),
    ])
    func everyRowReadIsLoadedOrRejected(_ shape: String, _ csv: String, _ rows: Int, _ loaded: Int) throws {
        let result = try Self.copy(csv: csv, maxRejected: "100%").inspect()
        let dataset = try #require(result.evidence.first)
        #expect(dataset.rows == rows, "\(shape)")
        #expect(dataset.records == loaded, "\(shape)")
        #expect(dataset.rejections.count == rows - loaded, "\(shape)")
        #expect(
            TextReport.render(result, width: 200).contains(
                "\(rows) \(rows == 1 ? "row" : "rows") read, \(loaded) used, \(rows - loaded) rejected"),
            "\(shape)")
    }

    @Test func aColumnThatLooksLikePersonalDataMustBeIgnoredKnowingly() throws {
        let copy = try Self.copy(mapping: Self.mapping.replacingOccurrences(of: "ignore: [Child Surname]\n", with: ""))
        let actual = try copy.problems()
        #expect(
            actual == """
                <root>/Forces/alpha/mappings/visits.yaml:7:3: error: mapping: the CSV has a column 'Child Surname' that looks like personal data; list it under ignore: so that the mapping says it knows the column is there (it is never read)
                  case_ref: •••
                  ^
                """)
        for header in [
            "Child Surname", "DOB", "Date of Birth", "HomeAddress", "post_code", "NHS Number", "Forename", "D.O.B.", "Birth Dt", "Born",
            "Home Street", "Mobile", "Email", "E-mail", "Nominal", "Subject", "Telephone",
        ] {
            #expect(CSVEvidenceTests.looksPersonal(header), "\(header)")
        }
        for header in ["Requested", "Outcome", "Kids", "Referral Date", "Team", "Adobe Version", "Mode"] {
            #expect(!CSVEvidenceTests.looksPersonal(header), "\(header)")
        }
    }

    static func looksPersonal(_ header: String) -> Bool {
        // Through the public path: a mapping that reads nothing of a one-column CSV.
        (try? problemsOfHeader(header))?.contains("looks like personal data") ?? false
    }

    static func problemsOfHeader(_ header: String) throws -> String {
        let copy = try Self.copy(
            csv: Self.visitsCSV.replacingOccurrences(of: ",Child Surname,", with: ",\(header),"),
            mapping: Self.mapping.replacingOccurrences(of: "ignore: [Child Surname]\n", with: ""))
        return try copy.problems()
    }

    /// A header cell that is a surname in capitals is never listed: not in the error, and so not
    /// in the comparison's HTML, which lists every problem of a force it could not compare.
    @Test func aSurnameAsAHeaderCellReachesNoErrorAndNoReport() throws {
        let csv = Self.visitsCSV.replacingOccurrences(of: ",Notes\n", with: ",Notes,CANARYSON\n")
            .replacingOccurrences(of: "both children\"\n", with: "both children\",x\n")
            .replacingOccurrences(of: "\"Quick visit\"\n", with: "\"Quick visit\",x\n")
            .replacingOccurrences(of: "flagged\"\n", with: "flagged\",x\n")
            .replacingOccurrences(of: "0.5,Moe,\n", with: "0.5,Moe,,x\n")
        let copy = try Self.copy(csv: csv, mapping: Self.mapping.replacingOccurrences(of: "  children: Kids\n", with: "  children: Kid\n"))
        let problems = try copy.problems()
        #expect(
            problems.hasPrefix(
                "<root>/Forces/alpha/mappings/visits.yaml:12:13: error: mapping: the CSV has no column 'Kid' (did you mean 'Kids'?); its columns: 'Ref', 'Requested', 'Visited', 'Result', 'Concerns', 'Seen', 'Logged', 'Reviewed', 'Score', 'Child Surname', 'Notes', and 2 not shown (they do not read like a column's name: they may be data)"
            ))
        let html = HTMLReport.render(try ComparisonTests.compare(copy))
        #expect(html.contains("and 2 not shown"))
        #expect(!html.contains("CANARYSON") && !problems.contains("CANARYSON"))
    }

    @Test func everyMappingProblemIsLocatedInTheMapping() throws {
        let mapping = Self.mapping
            .replacingOccurrences(of: "  case_ref: Ref\n", with: "  case_rf: Ref\n")
            .replacingOccurrences(of: "  children: Kids\n", with: "  children: Kid\n")
            .replacingOccurrences(of: "codes: {S: safe, U: unsafe, X: unknown}", with: "codes: {S: safe, U: unsafe, X: unknwn}")
            .replacingOccurrences(of: "format: \"%d/%m/%Y %H:%M\"", with: "format: \"%d/%m/%Y %H:%Q\"")
        let copy = try Self.copy(mapping: mapping)
        let messages = try copy.workspace().problems(force: "alpha").map(\.message)
        #expect(messages.count == 5)
        #expect(messages.contains { $0.hasPrefix("mapping: the format '%d/%m/%Y %H:%Q' cannot be read") })
        #expect(messages.contains("unknown field 'case_rf' (did you mean 'case_ref'?)"))
        #expect(messages.contains("'unknwn' is not one of 'safe', 'unsafe', 'unknown' (did you mean 'unknown'?)"))
        #expect(
            messages.contains {
                $0.hasPrefix("mapping: the CSV has no column 'Kid' (did you mean 'Kids'?); its columns: 'Ref', 'Requested'")
            })
        #expect(messages.contains("mapping: home-visit needs the field 'case_ref' (The visit's reference.); give it a column"))
    }

    @Test func aLocalTimeInTheClockChangeIsRejectedUnlessTheMappingResolvesIt() throws {
        // 26 October 2025, 01:30 in London happens twice.
        let csv = Self.visitsCSV.replacingOccurrences(
            of: "A-02,07/01/2025 10:00,07/01/2025 11:30,", with: "A-02,26/10/2025 01:30,26/10/2025 03:00,")
        let rejected = try Self.copy(csv: csv, maxRejected: "1").inspect().evidence[0].rejections
        #expect(
            rejected.map(\.reason) == [
                "01:30 on 2025-10-26 happens twice in Europe/London (the clocks go back from 02:00 to 01:00); set ambiguous_times: earlier (BST) or later (GMT) under timestamps in the mapping"
            ])
        let resolved = try Self.copy(
            csv: csv,
            mapping: Self.mapping.replacingOccurrences(
                of: "time_zone: Europe/London}", with: "time_zone: Europe/London, ambiguous_times: earlier}")
        ).inspect()
        #expect(resolved.evidence[0].rejections.isEmpty)
        #expect(resolved.evidence[0].records == 4)
    }

    @Test func malformedCSVIsAnErrorInTheFileNotARejectedRow() throws {
        let ragged = Self.visitsCSV.replacingOccurrences(
            of: "A-04,09/01/2025 10:00,,X,MIS,1,0,Y,12/01/2025,0.5,Moe,", with: "A-04,09/01/2025 10:00,,X,MIS,1,0,Y,12/01/2025,0.5,Moe")
        let raggedProblems = try Self.copy(csv: ragged).problems()
        #expect(raggedProblems == "<root>/Forces/alpha/evidence/visits.csv:5:54: error: the row has 11 fields but the header has 12")
        let copy = try Self.copy()
        var latin1 = Array(Self.visitsCSV.utf8)
        latin1.replaceSubrange(latin1.firstRange(of: Array("Quick".utf8))!, with: [0x51, 0xFC, 0x69, 0x63, 0x6B])
        try Data(latin1).write(to: URL(fileURLWithPath: "\(copy.root)/Forces/alpha/evidence/visits.csv"))
        let invalid = try copy.problems()
        #expect(
            invalid
                == "<root>/Forces/alpha/evidence/visits.csv:3:57: error: invalid UTF-8 (byte 0xFC never appears in UTF-8); save the file as UTF-8"
        )
        let headerOnly = "Ref,Requested,Visited,Result,Concerns,Kids,Seen,Logged,Reviewed,Score,Child Surname,Notes\n"
        let empty = try Self.copy(csv: headerOnly).inspect()
        #expect((empty.evidence[0].rows, empty.evidence[0].records) == (0, 0))
        #expect(
            try Self.copy(csv: "").problems()
                == "<root>/Forces/alpha/evidence/visits.csv: error: the file is empty; a CSV file starts with a header row naming its columns"
                .replacingOccurrences(of: "visits.csv:", with: "visits.csv:1:1:"))
    }

    @Test func aByteOrderMarkAndCRLFLineEndingsAreRead() throws {
        let csv = "\u{FEFF}" + Self.visitsCSV.replacingOccurrences(of: "\n", with: "\r\n")
        let result = try Self.copy(csv: csv).inspect()
        #expect(result.evidence[0].records == 4)
    }

    @Test func aCSVDatasetStatesItsProvenanceAndAYAMLOneNoMapping() throws {
        let copy = try ProjectCopy()
        try copy.edit(
            Self.inspection, replacing: "{name: visits, record_type: home-visit, file: evidence/visits.yaml}",
            with: "{name: visits, record_type: home-visit, file: evidence/visits.yaml, format: csv}")
        try copy.edit(
            Self.inspection, replacing: "{name: observations, record_type: inspection-observation, file: evidence/observations.yaml}",
            with: "{name: observations, record_type: inspection-observation, file: evidence/observations.yaml, mapping: x.yaml}")
        let messages = try copy.workspace().problems(force: "alpha").map(\.message)
        #expect(
            messages == [
                "CSV dataset 'visits' needs a mapping: a mapping file's path, or the mapping written here (see docs/csv-evidence.md)",
                "CSV dataset 'visits' needs a provenance: published, reconstructed, export or synthetic",
                "mapping applies only to CSV datasets: add format: csv if this dataset is a CSV export",
            ])
    }
}
