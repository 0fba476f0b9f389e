import Foundation
import InspectionKit
import Scaffolding
import Testing

/// Rules that keep configuration honest: causes of concern from evidence, scaffold
/// placeholders, one id rule for forces, every problem of a file at once, areas found by name.
@Suite("Configuration rules")
struct ConfigurationRulesTests {
    /// Alpha's visits replaced by `late` visits late and `onTime` on time.
    static func alpha(late: Int, onTime: Int) throws -> ProjectCopy {
        let copy = try ProjectCopy()
        let visits = (0..<(late + onTime)).map { index in
            let visited = index < late ? "2025-01-09T10:00:00Z" : "2025-01-06T11:00:00Z"
            return
                "  - {case_ref: V-\(index), requested_at: 2025-01-06T10:00:00Z, visited_at: \(visited), outcome: safe, concerns: [], children: 1, children_seen: 1, recorded: true}"
        }
        try copy.write(
            "Forces/alpha/evidence/visits.yaml",
            "schema: 1\nrecord_type: home-visit\nprovenance: synthetic\nnote: Test records.\nrecords:\n" + visits.joined(separator: "\n")
                + "\n")
        return copy
    }

    @Test func aShortfallBelowTheFrameworksShareIsACauseOfConcern() throws {
        // The fixture framework: visits.on-time, cause_of_concern_below 0.25. 0 of 4 on time.
        let result = try Self.alpha(late: 4, onTime: 0).inspect()
        #expect(result.grade("response") == "inadequate")
        #expect(result.findings(.causeOfConcern).map(\.checkID) == ["visits.on-time"])
        #expect(
            result.area("response").grading.adjustments == [
                "capped at requires improvement because visits.on-time is not met",
                "capped at inadequate by a cause of concern (visits.on-time: 0 of 4 cases met the standard, fewer than the 25% below which the framework makes it a cause of concern)",
            ])
        // A duty follows what the report published, not the tool's findings: the report published
        // no cause of concern, so no action plan is due for this one.
        #expect(result.duties.first { $0.id == "action-plan" }?.state == .notRequired("the report published no cause of concern"))
    }

    @Test func aShortfallAtTheShareIsNotACauseOfConcern() throws {
        // 1 of 4 is exactly 25%: not below it.
        let result = try Self.alpha(late: 3, onTime: 1).inspect()
        #expect(result.findings(.causeOfConcern).isEmpty)
        #expect(result.grade("response") == "requires-improvement")
    }

    @Test func theShareMustBeAShare() throws {
        let copy = try ProjectCopy()
        try copy.edit("Frameworks/fixture-2024.yaml", replacing: "cause_of_concern_below: 0.25", with: "cause_of_concern_below: 25")
        #expect(
            copy.frameworkProblems().contains(
                "error: scoring model: cause_of_concern_below must be a share above 0 and at most 1 (0.5 for half the cases), not 25"))
    }

    @Test func aScaffoldedForceNamesEveryPlaceholderAndOnceFilledIsInspected() throws {
        let copy = try ProjectCopy()
        let workspace = try copy.workspace()
        let scaffold = ForceScaffold(
            id: "zeta", name: "Zeta Police", region: nil, country: "Wales",
            framework: workspace.catalog.frameworks["fixture-2024"]!, grades: ["good", "adequate"])
        for (path, text) in scaffold.files { try copy.write("Forces/zeta/\(path)", text) }
        let problems = try copy.workspace().problems(force: "zeta")
        #expect(problems.count == 12)
        #expect(problems.allSatisfy { if case .placeholder = $0.reason { true } else { false } })
        #expect(
            copy.rendered(Array(problems.prefix(2))) == """
                <root>/Forces/zeta/force.yaml:8:9: error: fill in this placeholder: the region, e.g. East Midlands
                region: "<FILL IN: the region, e.g. East Midlands>"
                        ^
                <root>/Forces/zeta/force.yaml:10:9: error: fill in this placeholder: where these facts come from: a published report and its date
                source: "<FILL IN: where these facts come from: a published report and its date>"
                        ^
                """)
        // Filled in, it validates and is inspected (not graded: it has no evidence yet).
        for file in ["Forces/zeta/force.yaml", "Forces/zeta/inspections/fixture-2024.yaml"] {
            var text = try String(contentsOfFile: "\(copy.root)/\(file)", encoding: .utf8)
            text = text.replacingOccurrences(of: "\"<FILL IN: the publication date: YYYY-MM-DD, YYYY-MM or unknown>\"", with: "2025-03")
            text = text.replacingOccurrences(
                of: #"grade: "<FILL IN: the grade published for [a-z ]+: good, adequate, or unknown>""#, with: "grade: good",
                options: .regularExpression)
            text = text.replacingOccurrences(of: #""<FILL IN: [^>]*>""#, with: "filled-in", options: .regularExpression)
            try text.write(toFile: "\(copy.root)/\(file)", atomically: true, encoding: .utf8)
        }
        #expect(try copy.workspace().problems(force: "zeta").isEmpty)
        let result = try copy.inspect("zeta")
        #expect(result.areas.map(\.agreement) == [.notGraded, .notGraded])
        #expect(result.duties.allSatisfy { $0.due == nil })
    }

    @Test func forceIDsFollowOneRuleAndMayNotDifferOnlyInCase() throws {
        let copy = try ProjectCopy()
        try FileManager.default.copyItem(atPath: "\(copy.root)/Forces/alpha", toPath: "\(copy.root)/Forces/Alpha")
        try copy.edit("Forces/Alpha/force.yaml", replacing: "id: alpha", with: "id: Alpha")
        try FileManager.default.copyItem(atPath: "\(copy.root)/Forces/beta", toPath: "\(copy.root)/Forces/beta_2")
        let workspace = try copy.workspace()
        #expect(
            copy.rendered(workspace.problems(force: "Alpha")) == """
                <root>/Forces/Alpha:1:1: error: 'Alpha' is not a force id: use lowercase letters, digits and hyphens, starting with a letter (e.g. alpha)
                <root>/Forces/Alpha:1:1: error: force directory 'Alpha' differs from 'alpha' only in case; a force has one id, in lowercase
                """)
        #expect(
            copy.rendered(workspace.problems(force: "beta_2"))
                == "<root>/Forces/beta_2:1:1: error: 'beta_2' is not a force id: use lowercase letters, digits and hyphens, starting with a letter (e.g. beta-2)"
        )
        #expect(workspace.problems(force: "alpha").isEmpty)
    }

    @Test func everyProblemInAFileIsReportedInOneRun() throws {
        let copy = try ProjectCopy()
        let file = "Forces/alpha/inspections/2025-fixture.yaml"
        try copy.edit(file, replacing: "inspector: A. Inspector", with: "inspectr: A. Inspector\ninspector: A. Inspector")
        try copy.edit(file, replacing: "{area: recording, grade: good,", with: "{area: recording, grade: goodd,")
        try copy.edit(file, replacing: "file: evidence/visits.yaml", with: "file: ../../beta/evidence/visits.yaml")
        let messages = try copy.workspace().problems(force: "alpha").map(\.message)
        #expect(
            messages == [
                "unknown key 'inspectr' (did you mean 'inspector'?)",
                "unknown grade 'goodd' (did you mean 'good'?)",
                "path '../../beta/evidence/visits.yaml' leads outside the directory '\(copy.root)/Forces/alpha'; evidence and documents must stay inside it",
            ])
    }

    @Test func anUnknownAreaIsFoundByItsNameAndTheAreasAreListed() throws {
        let copy = try ProjectCopy()
        try copy.edit(
            "Forces/alpha/inspections/2025-fixture.yaml", replacing: "{area: recording, grade: good,",
            with: "{area: recording-what-was-found, grade: good,")
        try copy.edit(
            "Forces/alpha/inspections/2025-fixture.yaml", replacing: "{area: response, theme: timeliness,",
            with: "{area: Response, theme: timeliness,")
        #expect(
            try copy.workspace().problems(force: "alpha").map(\.message) == [
                "unknown area 'recording-what-was-found' (did you mean 'recording'?); the framework's areas: response (Response), recording (Recording)",
                "unknown area 'Response' (did you mean 'response'?); the framework's areas: response (Response), recording (Recording)",
            ])
    }
}
