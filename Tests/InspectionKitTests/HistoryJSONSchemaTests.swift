import Foundation
import InspectionHistory
import InspectionKit
import InspectionReports
import Testing

/// The history, a difference between runs and a follow-up, as JSON, each against its schema.
@Suite("History JSON outputs and their schemas")
struct HistoryJSONSchemaTests {
    static let history = try! JSONSchemaValidator(file: "\(repositoryRoot)/schemas/history.schema.json")
    static let diff = try! JSONSchemaValidator(file: "\(repositoryRoot)/schemas/run-diff.schema.json")
    static let followUp = try! JSONSchemaValidator(file: "\(repositoryRoot)/schemas/follow-up.schema.json")
    static let inspection = try! JSONSchemaValidator(file: "\(repositoryRoot)/schemas/inspection-result.schema.json")

    static func runs() throws -> [RunRecord] {
        let copy = try ProjectCopy()
        var first = try RunHistoryTests.record(copy)
        first.id = 1
        var second = try RunHistoryTests.record(copy, overrides: ["visits.policy=all-urgent"], at: 86_400)
        second.id = 2
        return [first, second]
    }

    @Test func aHistoryConforms() throws {
        let json = HistoryJSON.history(RunTrend(forceID: "alpha", forceName: "Alpha", runs: try Self.runs()))
        #expect(Self.history.validate(try JSON.parse(json)) == [])
    }

    @Test func aDiffConformsAndSoDoesAResultWithItsBaseline() throws {
        let runs = try Self.runs()
        let diff = RunDiff(from: runs[0], to: runs[1])
        #expect(!diff.isEmpty)
        #expect(Self.diff.validate(try JSON.parse(HistoryJSON.diff(diff))) == [])
        let result = try fixtureWorkspace().inspect(force: "alpha")
        guard case .object(let members) = JSONReport.value(result) else {
            Issue.record("not an object")
            return
        }
        let withBaseline = JSONValue.object(members + [("against_run", HistoryJSON.diffValue(diff))]).serialized()
        #expect(Self.inspection.validate(try JSON.parse(withBaseline)) == [])
    }

    @Test func aFollowUpConforms() throws {
        let copy = try ProjectCopy()
        try copy.write(
            "Forces/alpha/responses.yaml",
            """
            schema: 1
            responses:
              - {finding: 2025-fixture/afi-1, date: 2025-07-20, status: planned, text: Visits will be booked sooner.}
            """)
        let followUp = try FollowUpTests.followUp(copy, asOf: "2025-08-01", run: try Self.runs()[0])
        #expect(Self.followUp.validate(try JSON.parse(HistoryJSON.followUp(followUp))) == [])
    }
}
