import Foundation
import InspectionHistory
import InspectionKit
import InspectionLoading
import Testing

/// Published findings followed to their due dates: the 8-week written response and the 56-day
/// commissioner's comments counted from publication, with their edges; responses; stable ids.
@Suite("Follow-up of published findings")
struct FollowUpTests {
    static let inspection = "Forces/alpha/inspections/2025-fixture.yaml"

    /// Alpha was published on 2 June 2025: the written response (8w) and the commissioner's
    /// comments (56d) fall due on 28 July 2025, an action plan (6w) on 14 July 2025.
    static func followUp(
        _ copy: ProjectCopy, asOf: String, run: RunRecord? = nil, sourceLocation: SourceLocation = #_sourceLocation
    ) throws -> FollowUp {
        let workspace = try copy.workspace()
        let problems = workspace.problems(force: "alpha")
        #expect(problems.isEmpty, "\(problems)", sourceLocation: sourceLocation)
        let force = try #require(workspace.catalog.forces["alpha"])
        let inspection = try #require(force.inspections.last)
        let framework = try #require(workspace.catalog.frameworks[inspection.framework.value])
        return FollowUp(
            force: force, inspection: inspection, framework: framework, responses: try FindingResponses.load(for: force),
            latestRun: run, asOf: try #require(PublishedDate(asOf)?.exact))
    }

    @Test(arguments: [
        ("2025-06-02", FollowUp.State.dueIn(days: 56)),
        ("2025-07-27", .dueIn(days: 1)),
        ("2025-07-28", .dueToday),
        ("2025-07-29", .overdue(days: 1)),
        ("2025-09-01", .overdue(days: 35)),
    ])
    func theWrittenResponseFallsDueEightWeeksAfterPublication(asOf: String, expected: FollowUp.State) throws {
        let followUp = try Self.followUp(try ProjectCopy(), asOf: asOf)
        let item = try #require(followUp.items.first)
        #expect(item.finding.id == "2025-fixture/afi-1")
        #expect(item.duties.map(\.id) == ["written-response"])
        #expect(item.duties.first?.due.map(DateText.iso) == "2025-07-28")
        #expect(item.state == expected)
        #expect(followUp.overdue.isEmpty == !expected.isOverdue)
    }

    @Test(arguments: [
        ("2025-07-27", FollowUp.State.dueIn(days: 1)),
        ("2025-07-28", .dueToday),
        ("2025-07-29", .notRecorded(daysPast: 1)),
    ])
    func theCommissionersCommentsFallDue56DaysAfterPublication(asOf: String, expected: FollowUp.State) throws {
        let followUp = try Self.followUp(try ProjectCopy(), asOf: asOf)
        let duty = try #require(followUp.duties.first { $0.id == "commissioner-comments" })
        #expect(duty.due.map(DateText.iso) == "2025-07-28")
        #expect(duty.state == expected)
        #expect(
            followUp.duties.first { $0.id == "action-plan" }?.state == .notRequired("the report published no cause of concern"),
            "no cause of concern, no action plan")
    }

    @Test func aResponseByTheDueDateMeetsItAndOneAfterIsLate() throws {
        let copy = try ProjectCopy()
        try copy.write(
            "Forces/alpha/responses.yaml",
            """
            schema: 1
            responses:
              - {finding: 2025-fixture/afi-1, date: 2025-07-30, status: in progress, text: Visits are now booked within the hour., evidence: [evidence/visits.yaml]}
            duties:
              - {duty: commissioner-comments, inspection: 2025-fixture, date: 2025-07-28}
            """)
        let before = try Self.followUp(copy, asOf: "2025-07-29")
        #expect(before.items[0].state == .overdue(days: 1), "a response dated after the day is not counted")
        #expect(before.items[0].responses.isEmpty)
        #expect(
            before.duties.first { $0.id == "commissioner-comments" }?.state
                == .met(on: try #require(PublishedDate("2025-07-28")?.exact), late: 0))
        let after = try Self.followUp(copy, asOf: "2025-08-01")
        #expect(after.items[0].state == .met(on: try #require(PublishedDate("2025-07-30")?.exact), late: 2))
        #expect(after.items[0].status == .inProgress)
        #expect(after.items[0].state.words == "met on 30 July 2025, 2 days late")
        #expect(
            after.duties.first { $0.id == "written-response" }?.state.words == "met on 30 July 2025, 2 days late",
            "every area for improvement answered: the written response was made")
    }

    @Test func causesOfConcernAndRecommendationsFallDueWithTheActionPlan() throws {
        let copy = try ProjectCopy()
        try copy.edit(
            Self.inspection, replacing: "  causes_of_concern: []",
            with: """
                  causes_of_concern:
                    - id: coc-late-visits
                      area: response
                      theme: timeliness
                      text: Children wait too long for a visit.
                      recommendations:
                        - {text: Visit every child within a day., within: 3 months}
                        - {id: rec-records, text: Record every visit., within: immediately}
                """)
        let followUp = try Self.followUp(copy, asOf: "2025-07-15")
        #expect(
            followUp.items.map(\.finding.id) == [
                "2025-fixture/afi-1", "2025-fixture/coc-late-visits", "2025-fixture/coc-late-visits/rec-1",
                "2025-fixture/coc-late-visits/rec-records",
            ])
        #expect(followUp.items[1].duties.map(\.id) == ["action-plan"])
        #expect(followUp.items[1].state == .overdue(days: 1), "six weeks after 2 June is 14 July")
        #expect(followUp.items[2].finding.parent == "2025-fixture/coc-late-visits")
        #expect(followUp.duties.first { $0.id == "action-plan" }?.state == .overdue(days: 1))
    }

    @Test func aPublicationDateKnownOnlyToTheMonthGivesNoDueDate() throws {
        let copy = try ProjectCopy()
        try copy.edit(Self.inspection, replacing: "published: 2025-06-02", with: "published: 2025-06")
        let followUp = try Self.followUp(copy, asOf: "2025-12-01")
        #expect(followUp.items[0].state == .undated("not dated: the report's publication date is known only to the month (June 2025)"))
        #expect(followUp.overdue.isEmpty)
    }

    @Test func theLatestRunsChecksOnAFindingsThemeAreQuoted() throws {
        let copy = try ProjectCopy()
        let workspace = try copy.workspace()
        let record = try workspace.record(try copy.inspect(), command: "inspect", savedAt: Date(timeIntervalSince1970: 1_750_000_000))
        let followUp = try Self.followUp(copy, asOf: "2025-07-01", run: record)
        #expect(followUp.items[0].evidence.map(\.id) == ["visits.on-time", "visits.children-seen"])
        #expect(followUp.items[0].evidenceNote == nil)
        let none = try Self.followUp(copy, asOf: "2025-07-01")
        #expect(none.items[0].evidenceNote == "no run of alpha is saved")
    }

    @Test func responsesAreCheckedAgainstTheFindingsAndTheForcesDirectory() throws {
        let copy = try ProjectCopy()
        try copy.write(
            "Forces/alpha/responses.yaml",
            """
            schema: 1
            responses:
              - {finding: 2025-fixture/afi-2, date: 2025-07-01, status: done, text: Done.}
              - {finding: 2025-fixture/afi-1, date: 2025-07-01, status: finished, text: Done.}
              - {finding: 2025-fixture/afi-1, date: 2025-7-1, status: done, text: Done.}
              - {finding: 2025-fixture/afi-1, date: 2025-07-01, status: done, text: Done., evidence: [../beta/evidence/visits.yaml]}
            duties:
              - {duty: commissioner-comment, inspection: 2025-fixture, date: 2025-07-01}
            """)
        #expect(
            try copy.problems() == """
                <root>/Forces/alpha/responses.yaml:3:15: error: no published finding has the id '2025-fixture/afi-2' (did you mean '2025-fixture/afi-1'?); `inspector follow-up <force>` lists every finding's id
                  - {finding: 2025-fixture/afi-2, date: 2025-07-01, status: done, text: Done.}
                              ^
                <root>/Forces/alpha/responses.yaml:4:61: error: unknown status 'finished'; a response is 'planned', 'in progress', 'done'
                  - {finding: 2025-fixture/afi-1, date: 2025-07-01, status: finished, text: Done.}
                                                                            ^
                <root>/Forces/alpha/responses.yaml:5:41: error: '2025-7-1' is not a day: write it as YYYY-MM-DD
                  - {finding: 2025-fixture/afi-1, date: 2025-7-1, status: done, text: Done.}
                                                        ^
                <root>/Forces/alpha/responses.yaml:6:91: error: path '../beta/evidence/visits.yaml' leads outside the directory '<root>/Forces/alpha'; evidence and documents must stay inside it
                  - {finding: 2025-fixture/afi-1, date: 2025-07-01, status: done, text: Done., evidence: [../beta/evidence/visits.yaml]}
                                                                                                          ^
                <root>/Forces/alpha/responses.yaml:8:12: error: unknown duty 'commissioner-comment' (did you mean 'commissioner-comments'?)
                  - {duty: commissioner-comment, inspection: 2025-fixture, date: 2025-07-01}
                           ^
                """)
    }

    /// A response's text is screened as evidence's is: personal data, and capitalised words the
    /// force has not declared, are refused where the text is, with no line and no letters.
    @Test func aResponsesTextIsScreenedAsEvidenceIs() throws {
        let copy = try ProjectCopy()
        try copy.write(
            "Forces/alpha/responses.yaml",
            """
            schema: 1
            responses:
              - {finding: 2025-fixture/afi-1, date: 2025-07-01, status: done, text: "Zebedee Canaryson, born 03/04/2015, of 14 Acacia Avenue, NN1 1ZZ"}
              - {finding: 2025-fixture/afi-1, date: 2025-07-02, status: done, text: Visits are now led by Sergeant Canaryson.}
              - {finding: 2025-fixture/afi-1, date: 2025-07-03, status: done, text: Visits are booked within the hour by Alpha Constabulary.}
            duties:
              - {duty: commissioner-comments, inspection: 2025-fixture, date: 2025-07-01, text: Published with DOB 03/04/2015 redacted.}
            """)
        let problems = try copy.problems()
        #expect(
            problems == """
                <root>/Forces/alpha/responses.yaml:3:73: error: the response's text looks like it holds personal data (a postcode); a response names cases by reference only: rewrite it without the child's details
                <root>/Forces/alpha/responses.yaml:4:73: error: the response's text has a capitalised word the force has not declared ('••••••••', at character 23): a response never names a person; if it names an operation, a team, a partner or a place, list it under proper_nouns in force.yaml
                <root>/Forces/alpha/responses.yaml:7:85: error: the response's text looks like it holds personal data (a date of birth); a response names cases by reference only: rewrite it without the child's details
                """)
        #expect(!problems.contains("Canaryson") && !problems.contains("Acacia"))
        // Declared, the sergeant's team may be named; the refused response is never read.
        try copy.edit(
            "Forces/alpha/force.yaml", replacing: "country: England\n", with: "country: England\nproper_nouns: [Sergeant Canaryson]\n")
        try copy.edit(
            "Forces/alpha/responses.yaml", replacing: "text: \"Zebedee Canaryson, born 03/04/2015, of 14 Acacia Avenue, NN1 1ZZ\"",
            with: "text: Done.")
        try copy.edit("Forces/alpha/responses.yaml", replacing: ", text: Published with DOB 03/04/2015 redacted.", with: "")
        #expect(try copy.problems() == "")
    }

    @Test func findingIDsAreCheckedWhereTheyAreWritten() throws {
        let copy = try ProjectCopy()
        try copy.edit(
            Self.inspection, replacing: "    - {area: response, theme: timeliness, text: The force should visit children sooner.}",
            with: """
                    - {id: afi-visits, area: response, theme: timeliness, text: The force should visit children sooner.}
                    - {id: afi-visits, area: recording, text: The force should record visits.}
                    - {id: AFI 3, area: recording, text: The force should record more.}
                """)
        #expect(
            try copy.problems() == """
                <root>/Forces/alpha/inspections/2025-fixture.yaml:16:12: error: finding 'afi-visits' is defined more than once
                    - {id: afi-visits, area: recording, text: The force should record visits.}
                           ^
                <root>/Forces/alpha/inspections/2025-fixture.yaml:15:12: note: 'afi-visits' was first given here
                    - {id: afi-visits, area: response, theme: timeliness, text: The force should visit children sooner.}
                           ^
                <root>/Forces/alpha/inspections/2025-fixture.yaml:17:12: error: 'AFI 3' is not a finding id: use lowercase letters, digits and hyphens (e.g. afi-missing-children)
                    - {id: AFI 3, area: recording, text: The force should record more.}
                           ^
                """)
    }
}
