import Foundation
import InspectionKit
import InspectionReports
import Testing

/// The proof: Northamptonshire's five grades computed from its evidence match what HMICFRS
/// published in August 2025, and they come from the evidence, not from the published grades.
@Suite("Northamptonshire 2025, graded from evidence")
struct NorthamptonshireTests {
    @Test func computedGradesEqualPublishedGradesInAllFiveAreas() throws {
        let result = try inspectNorthamptonshire(ProjectCopy(of: repositoryRoot))
        #expect(result.areas.map(\.id) == ["leadership", "partnerships", "responding", "assessing", "investigating"])
        #expect(result.areas.map(\.grading.grade) == ["adequate", "good", "requires-improvement", "adequate", "requires-improvement"])
        #expect(result.areas.map(\.published?.grade) == ["adequate", "good", "requires-improvement", "adequate", "requires-improvement"])
        #expect(result.areas.allSatisfy { $0.agreement == .agrees })
        #expect(result.framework.scoringModel == "hmicfrs-percentage@2")
        // Out of 4: promising practice (Operation Satin) scores 3, as met, so partnerships is
        // 75%, not the 83% it had when promising practice scored 4.
        #expect(result.areas.map { ($0.grading.percent ?? 0).rounded() } == [58, 75, 31, 42, 25])
    }

    /// The alternative model agrees in all five areas too: both are measured on every shipped
    /// force (ScoringAgreementTests), and the default must keep Northamptonshire's five.
    @Test func theCharacteristicsModelAlsoAgreesInAllFiveAreas() throws {
        let result = try inspectNorthamptonshire(ProjectCopy(of: repositoryRoot), scoring: "hmicfrs-characteristics")
        #expect(result.framework.scoringModel == "hmicfrs-characteristics@1")
        #expect(result.areas.map(\.grading.grade) == ["adequate", "good", "requires-improvement", "adequate", "requires-improvement"])
        #expect(result.areas.map { ($0.grading.percent ?? 0).rounded() } == [67, 100, 17, 33, 0])
    }

    @Test func eachCharacteristicOfGoodIsJudgedFromTheChecksThatEvidenceIt() throws {
        let result = try inspectNorthamptonshire(ProjectCopy(of: repositoryRoot), scoring: "hmicfrs-characteristics")
        let leadership = result.area("leadership").grading
        #expect(
            leadership.characteristics.map { "\($0.id ?? "") \($0.state.rawValue) \($0.checks)" } == [
                "statutory-governance not-assessed []", "skilled-workforce met [\"leadership.capacity\"]",
                "child-centred-service not-met [\"leadership.national-threats\"]", "staff-wellbeing met [\"leadership.wellbeing\"]",
            ])
        #expect(
            leadership.basis
                == "66.7% of the characteristics of good demonstrated (2 met, 1 not met of 3 assessed; 1 not assessed); the adequate band (some) starts at 25%."
        )
        #expect(
            result.area("partnerships").grading.basis
                == "100% of the characteristics of good demonstrated (3 met, 0 not met of 3 assessed; 1 not assessed); the good band (substantially all) starts at 75%; every characteristic assessed is met, but outstanding needs them exceeded, which no check measures (promising practice is highlighted, never scored above met)."
        )
    }

    /// Each margin re-scored from Northamptonshire's counts: one abuse report answered in time
    /// lifts responding (the margin above is that test's edit), one more missing child graded
    /// below the risk known makes it a cause of concern.
    @Test func gradeMarginsNameTheCheckAndTheCases() throws {
        let result = try inspectNorthamptonshire(ProjectCopy(of: repositoryRoot))
        #expect(
            result.areas.map { [$0.margin?.up.statement ?? "", $0.margin?.down.statement ?? ""] } == [
                [
                    "None within the evidence: no change of cases in one check would lift leadership.",
                    "None within the evidence: no change of cases in one check would lower leadership.",
                ],
                [
                    "None within the evidence: no change of cases in one check would lift partnership working.",
                    "None within the evidence: no change of cases in one check would lower partnership working.",
                ],
                [
                    "1 more of the 1 reports of child abuse responded to within the target would lift initial response to adequate.",
                    "1 fewer of the 6 missing children graded at the risk the information showed would lower initial response to inadequate.",
                ],
                [
                    "None within the evidence: no change of cases in one check would lift risk assessment and referral.",
                    "None within the evidence: no change of cases in one check would lower risk assessment and referral.",
                ],
                [
                    "None within the evidence: no change of cases in one check would lift investigation.",
                    "None within the evidence: no change of cases in one check would lower investigation.",
                ],
            ])
        let responding = try #require(result.area("responding").margin)
        #expect(responding.up.change == .init(check: "abuse.time-to-respond", cases: 1, counted: 1, outcome: .met, grade: "adequate"))
        #expect(
            responding.down.change == .init(check: "missing.risk-grading", cases: 1, counted: 6, outcome: .notMet, grade: "inadequate"))
    }

    @Test func derivedAreasForImprovementCoverThePublishedThemes() throws {
        let result = try inspectNorthamptonshire(ProjectCopy(of: repositoryRoot))
        let derived = Set(result.findings(.areaForImprovement).compactMap(\.theme))
        let published = Set(result.publishedFindings.areasForImprovement.compactMap(\.theme?.value))
        #expect(
            published == ["missing-children", "children-as-victims-of-domestic-abuse", "child-centred-strategies", "voice-of-the-child"])
        #expect(published.isSubset(of: derived))
        #expect(result.findings(.causeOfConcern).isEmpty)
        #expect(result.findings(.promisingPractice).map(\.checkID) == ["partnerships.initiative-outcomes"])
    }

    @Test func publishedFindingsAreReproducedWithTheirCounts() throws {
        let result = try inspectNorthamptonshire(ProjectCopy(of: repositoryRoot))
        let responding = result.area("responding").checks
        #expect(
            responding[0].result.statement
                == "In 3 of 6 audited missing-child cases the child was graded medium risk despite information showing high risk.")
        #expect(responding[0].result.cases == ["NPT-MIS-01", "NPT-MIS-02", "NPT-MIS-03"])
        #expect(
            responding[1].result.statement.contains(
                "In 4 of 6 missing-child cases officers were deployed between 4 hours 30 minutes and 12 hours after the report. In 1 case officers took 10 days."
            ))
        #expect(result.area("investigating").checks[0].result.count == .init(met: 1, of: 6))
        #expect(
            result.area("investigating").checks[2].result.statement
                == "In 5 of 6 audited criminal exploitation cases the force did not recognise that the child had been exploited.")
    }

    @Test func dutiesAreDatedFromPublication() throws {
        let result = try inspectNorthamptonshire(ProjectCopy(of: repositoryRoot))
        #expect(
            result.duties.map { "\($0.id) \($0.due.map(DateText.iso) ?? "undated") \($0.state.id)" } == [
                "written-response 2025-10-17 applies",
                "commissioner-comments 2025-10-17 applies",
                "action-plan 2025-10-03 unknown",
            ])
    }

    // MARK: The grades move with the evidence

    @Test func namingChildSexualAbuseInThePlanRaisesLeadershipToGood() throws {
        let copy = try ProjectCopy(of: repositoryRoot)
        try copy.edit(
            "Forces/northamptonshire/evidence/documents/strategies-summary.md",
            replacing: "to domestic abuse.", with: "to domestic abuse, and tackling child sexual abuse.")
        let result = try inspectNorthamptonshire(copy)
        #expect(result.grade("leadership") == "good")
        #expect(result.area("leadership").agreement == .differs)
    }

    @Test func aTimelyAbuseResponseRaisesRespondingToAdequate() throws {
        let copy = try ProjectCopy(of: repositoryRoot)
        try copy.edit(
            "Forces/northamptonshire/evidence/abuse-reports.yaml",
            replacing: "first_response_at: 2024-11-11T10:15:00Z", with: "first_response_at: 2024-11-04T12:15:00Z")
        #expect(try inspectNorthamptonshire(copy).grade("responding") == "adequate")
    }

    @Test func viewsNeverRecordedLowersAssessingToRequiresImprovement() throws {
        let copy = try ProjectCopy(of: repositoryRoot)
        try copy.edit(
            "Forces/northamptonshire/evidence/observations.yaml",
            replacing: "topic: voice-of-the-child\n    rating: mixed", with: "topic: voice-of-the-child\n    rating: shortfall")
        #expect(try inspectNorthamptonshire(copy).grade("assessing") == "requires-improvement")
    }

    @Test func aSeriousShortfallMakesInvestigatingInadequateWithACauseOfConcern() throws {
        let copy = try ProjectCopy(of: repositoryRoot)
        try copy.edit(
            "Forces/northamptonshire/evidence/observations.yaml",
            replacing: "topic: sudden-child-death-training\n    rating: shortfall",
            with: "topic: sudden-child-death-training\n    rating: serious-shortfall")
        let result = try inspectNorthamptonshire(copy)
        #expect(result.grade("investigating") == "inadequate")
        #expect(result.findings(.causeOfConcern).map(\.checkID) == ["investigating.sudden-death-readiness"])
        // The action plan follows the report's recommendations, not this tool's findings: the
        // report's causes of concern are not known in our sources, so it stays unknown.
        #expect(
            result.duties.last?.state
                == .unknown("the report's causes of concern, and so its recommendations, are not known in the sources recorded"))
    }

    @Test func removingTheMissingEpisodesLeavesThoseChecksUnevaluatedNotFailed() throws {
        let copy = try ProjectCopy(of: repositoryRoot)
        try copy.removeCaseAudits(force: "northamptonshire")
        try copy.edit(
            "Forces/northamptonshire/inspections/2025-ncpi.yaml",
            replacing: "    - {name: missing_episodes, record_type: missing-episode, file: evidence/missing-episodes.yaml}\n", with: "")
        let responding = try inspectNorthamptonshire(copy, scoring: "hmicfrs-characteristics").area("responding")
        let missing = responding.checks.filter { ["missing.risk-grading", "missing.time-to-deploy"].contains($0.checkID) }
        #expect(missing.map(\.result.outcome) == [.couldNotEvaluate, .couldNotEvaluate])
        #expect(!responding.findings.contains { $0.kind == .areaForImprovement && $0.checkID.hasPrefix("missing.") }, "not failed")
        // The area says what its grade rests on: the missing-children characteristic is no
        // longer assessed (counted from the area, so that a check or characteristic added to
        // the framework's area moves nothing here).
        let characteristics = responding.grading.characteristics
        #expect(characteristics.first { $0.id == "missing-children-risk" }?.state == .notAssessed)
        let unassessed = characteristics.filter { $0.state == .notAssessed }.count
        #expect(responding.grading.basis.contains("of \(characteristics.count - unassessed) assessed; \(unassessed) not assessed)"))
    }

    // MARK: What-if

    @Test func allHighPolicyChangesTheMissingChildFindings() throws {
        let copy = try ProjectCopy(of: repositoryRoot)
        let result = try inspectNorthamptonshire(copy, overrides: ["missing.risk-policy=all-high"])
        let grading = result.area("responding").checks[0].result
        #expect(grading.outcome == .notMet)
        #expect(grading.count == .init(met: 1, of: 6))
        #expect(result.area("responding").checks[1].result.count == .init(met: 1, of: 6))
        #expect(result.overrides == ["missing.risk-policy": .choice("all-high")])
    }

    @Test func twoRunsGiveByteIdenticalReports() throws {
        let copy = try ProjectCopy(of: repositoryRoot)
        let first = try inspectNorthamptonshire(copy)
        let second = try inspectNorthamptonshire(copy)
        #expect(JSONReport.render(first) == JSONReport.render(second))
        #expect(MarkdownReport.render(first) == MarkdownReport.render(second))
        #expect(TextReport.render(first) == TextReport.render(second))
    }
}
