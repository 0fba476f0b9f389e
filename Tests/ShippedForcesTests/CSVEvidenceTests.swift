import Foundation
import InspectionKit
import InspectionReports
import Testing

/// Northamptonshire's missing episodes come from its YAML records or from the same cases as a
/// CSV export (local UK times, the force's codes): the figures, statements and grades are the
/// same either way.
@Suite("Northamptonshire from a CSV export")
struct ShippedCSVEvidenceTests {
    @Test func theExportGivesTheSameFindingsAsTheYAMLRecords() throws {
        // The records alone: the audits' samples were drawn from the YAML dataset, and a changed
        // dataset is refused while they are declared.
        let original = try ProjectCopy(of: repositoryRoot)
        try original.removeCaseAudits(force: "northamptonshire")
        let yaml = try inspectNorthamptonshire(original)
        let copy = try ProjectCopy(of: repositoryRoot)
        try copy.removeCaseAudits(force: "northamptonshire")
        try copy.edit(
            "Forces/northamptonshire/inspections/2025-ncpi.yaml",
            replacing: "    - {name: missing_episodes, record_type: missing-episode, file: evidence/missing-episodes.yaml}",
            with:
                "    - {name: missing_episodes, record_type: missing-episode, file: evidence/exports/missing-episodes.csv, format: csv, provenance: reconstructed, mapping: mappings/missing-episodes.yaml}"
        )
        let csv = try inspectNorthamptonshire(copy)
        #expect(csv.areas.map(\.grading.grade) == yaml.areas.map(\.grading.grade))
        #expect(csv.areas.map(\.grading.percent) == yaml.areas.map(\.grading.percent))
        let checks = { (result: InspectionResult) in result.areas.flatMap(\.checks).map(\.result) }
        #expect(checks(csv) == checks(yaml))
        let dataset = try #require(csv.evidence.first { $0.name == "missing_episodes" })
        #expect(dataset.rows == 6)
        #expect(dataset.records == 6)
        #expect(dataset.rejections.isEmpty)
        #expect(
            TextReport.render(csv, width: 200).contains(
                "  - 6 missing-episode records from evidence/exports/missing-episodes.csv (reconstructed): 6 rows read, 6 used, 0 rejected.\n"
            ))
    }
}

/// The record types added for the checks of what graded forces were found to lack are read from
/// a force's CSV export through a mapping like any other: their fields are declared once, and
/// the CSV reader, the mapping's codes and booleans and the record rules come with them.
@Suite("The new record types from CSV exports")
struct NewRecordTypesFromCSVTests {
    /// One export and its mapping per record type, added to a copy of Staffordshire (whose
    /// checks otherwise fall back on its observations).
    static let exports: [(name: String, recordType: String, csv: String, mapping: String)] = [
        (
            "missing_reports", "missing-child-report",
            """
            Log,Received,Class,Risk Assessed
            ST-MR-01,03/02/2025 18:20,MISPER,Y
            ST-MR-02,04/02/2025 09:00,ABS,N
            ST-MR-03,05/02/2025 22:10,MISPER,Y
            ST-MR-04,06/02/2025 11:00,NR,N

            """,
            """
            timestamps: {format: "%d/%m/%Y %H:%M", time_zone: Europe/London}
            booleans: {true: [Y], false: [N]}
            columns:
              case_ref: Log
              reported_at: Received
              recorded_as: {column: Class, codes: {MISPER: missing, ABS: absent, NR: not-recorded}}
              risk_assessed: Risk Assessed
            """
        ),
        (
            "governance", "governance-arrangement",
            """
            Element,Active,Planned,Held
            PF,Y,,
            AUD,Y,4,1
            COS,Y,12,12

            """,
            """
            booleans: {true: [Y], false: [N]}
            columns:
              arrangement: {column: Element, codes: {PF: performance-framework, AUD: audit-programme, COS: chief-officer-scrutiny}}
              in_place: Active
              planned: Planned
              held: Held
            """
        ),
        (
            "teams", "team-establishment",
            """
            Team,Establishment,In Post,Trained
            CAIT,40,38,1
            MASH,20,20,19

            """,
            """
            columns:
              team: {column: Team, not_personal: a team's name}
              establishment: Establishment
              filled: In Post
              trained: Trained
            """
        ),
        (
            "online", "online-exploitation-investigation",
            """
            Ref,Received,Seized,Examined,Offender RA,Support
            ST-OE-01,2025-01-06T10:00:00Z,2025-01-07T08:00:00Z,2025-02-03T09:00:00Z,Y,Y
            ST-OE-02,2025-02-10T10:00:00Z,,,N,Y
            ST-OE-03,2025-03-03T10:00:00Z,2025-03-04T11:00:00Z,2025-04-01T09:00:00Z,Y,N

            """,
            """
            booleans: {true: [Y], false: [N]}
            columns:
              case_ref: Ref
              reported_at: Received
              devices_seized_at: Seized
              devices_examined_at: Examined
              offender_risk_assessed: Offender RA
              child_supported: Support
            """
        ),
        (
            "investigations", "child-abuse-investigation",
            """
            Crime,Reported,First Action,Closed,Reviews,Plan
            ST-CI-01,2025-01-06T10:00:00Z,2025-01-06T14:00:00Z,2025-03-10T10:00:00Z,2,Y
            ST-CI-02,2025-02-03T10:00:00Z,2025-02-10T11:00:00Z,2025-02-20T10:00:00Z,1,Y
            ST-CI-03,2025-02-10T10:00:00Z,2025-02-11T08:00:00Z,2025-05-12T10:00:00Z,1,N

            """,
            """
            booleans: {true: [Y], false: [N]}
            columns:
              case_ref: Crime
              reported_at: Reported
              started_at: First Action
              closed_at: Closed
              supervisory_reviews: Reviews
              child_centred_plan: Plan
            """
        ),
        (
            "exploitation", "exploitation-case",
            """
            Ref,Type,Recognised,Child Flag,Perp Flag
            ST-EX-01,CCE,Y,Y,Y
            ST-EX-02,CSE,Y,N,
            ST-EX-03,CCE,N,Y,N

            """,
            """
            booleans: {true: [Y], false: [N]}
            columns:
              case_ref: Ref
              kind: {column: Type, codes: {CCE: criminal, CSE: sexual}}
              exploitation_recognised: Recognised
              child_flagged: Child Flag
              perpetrator_flagged: Perp Flag
            """
        ),
    ]

    @Test func eachNewCheckCountsItsRecordsReadThroughAMapping() throws {
        let copy = try ProjectCopy(of: repositoryRoot)
        var datasets = ""
        for export in Self.exports {
            try copy.write("Forces/staffordshire/evidence/exports/\(export.name).csv", export.csv)
            try copy.write(
                "Forces/staffordshire/mappings/\(export.name).yaml",
                "schema: 1\nrecord_type: \(export.recordType)\n" + export.mapping + "\n")
            datasets +=
                "    - {name: \(export.name), record_type: \(export.recordType), file: evidence/exports/\(export.name).csv, format: csv, provenance: reconstructed, mapping: mappings/\(export.name).yaml}\n"
        }
        try copy.edit(
            "Forces/staffordshire/inspections/2025-ncpi.yaml",
            replacing: "    - {name: observations, record_type: inspection-observation, file: evidence/observations.yaml}\n",
            with: "    - {name: observations, record_type: inspection-observation, file: evidence/observations.yaml}\n" + datasets)
        let result = try copy.workspace().inspect(force: "staffordshire")
        let checks = Dictionary(uniqueKeysWithValues: result.areas.flatMap(\.checks).map { ($0.checkID, $0.result) })
        func expect(_ id: String, _ outcome: CheckResult.Outcome, _ count: CheckResult.Count, _ statement: String) {
            #expect(checks[id]?.outcome == outcome, "\(id)")
            #expect(checks[id]?.count == count, "\(id)")
            #expect(checks[id]?.statement == statement, "\(id)")
            #expect(checks[id]?.basis == .records, "\(id)")
        }
        expect(
            "missing.recording", .partlyMet, .init(met: 2, of: 4),
            "In 2 of 4 reports of a missing child the child was not recorded as missing and risk-assessed: 1 recorded as absent and 1 not recorded at all."
        )
        expect(
            "leadership.governance", .partlyMet, .init(met: 2, of: 3),
            "2 of 3 governance arrangements for child protection are in place and working; an audit programme: 1 of 4 planned took place (below 75%)."
        )
        expect(
            "leadership.trained-staff", .notMet, .init(met: 20, of: 60),
            "20 of 60 child protection posts were held by officers or staff with the training the post requires, across 2 teams (58 filled); CAIT had 39 posts without."
        )
        expect("leadership.capacity", .met, .init(met: 58, of: 60), "58 of 60 child protection posts were filled across 2 teams.")
        expect(
            "investigating.online-exploitation", .notMet, .init(met: 1, of: 3),
            "In 2 of 3 online child sexual exploitation investigations the standard was not met: devices not seized in 1; the offender's wider risk not assessed in 1; the child and family not supported in 1."
        )
        expect(
            "investigating.timeliness-and-supervision", .notMet, .init(met: 1, of: 3),
            "In 2 of 3 investigations of crimes against children the standard was not met: started after 1 day in 1; fewer supervisory reviews than one every 28 days in 1; no plan centred on the child in 1."
        )
        expect(
            "assessing.exploitation-flagged", .notMet, .init(met: 1, of: 3),
            "In 2 of 3 exploitation cases a flag was missing: the child was not flagged in 1; the perpetrator was not flagged in 1.")
        #expect(
            result.evidence.filter { $0.rows != nil }.map { "\($0.recordType) \($0.rows ?? 0)/\($0.records)/\($0.rejections.count)" } == [
                "missing-child-report 4/4/0", "governance-arrangement 3/3/0", "team-establishment 2/2/0",
                "online-exploitation-investigation 3/3/0", "child-abuse-investigation 3/3/0", "exploitation-case 3/3/0",
            ])
    }

    /// A record a mapping reads is held to its type's rules, row by row, like any other.
    @Test func aRowThatBreaksARecordRuleIsRejectedWithItsReason() throws {
        let copy = try ProjectCopy(of: repositoryRoot)
        try copy.write("Forces/staffordshire/evidence/exports/teams.csv", "Team,Establishment,In Post,Trained\nMASH,20,10,12\n")
        try copy.write(
            "Forces/staffordshire/mappings/teams.yaml",
            "schema: 1\nrecord_type: team-establishment\ncolumns:\n  team: {column: Team, not_personal: a team's name}\n  establishment: Establishment\n  filled: In Post\n  trained: Trained\n"
        )
        try copy.edit(
            "Forces/staffordshire/inspections/2025-ncpi.yaml",
            replacing: "    - {name: observations, record_type: inspection-observation, file: evidence/observations.yaml}\n",
            with:
                "    - {name: observations, record_type: inspection-observation, file: evidence/observations.yaml}\n    - {name: teams, record_type: team-establishment, file: evidence/exports/teams.csv, format: csv, provenance: reconstructed, mapping: mappings/teams.yaml, max_rejected: 1}\n"
        )
        let result = try copy.workspace().inspect(force: "staffordshire")
        let teams = try #require(result.evidence.first { $0.name == "teams" })
        #expect(teams.rejections.map(\.reason) == ["trained is 12; it must be between 0 and 10 (the posts filled)"])
    }
}
