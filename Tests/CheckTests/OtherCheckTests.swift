import AssessingChecks
import InspectionKit
import InspectionTesting
import PartnershipChecks
import Testing

@testable import LeadershipChecks

@Suite("Other checks")
struct OtherCheckTests {
    @Test(arguments: [
        ("We will tackle child sexual abuse.", true),
        ("Tackling CSA is a priority.", true),
        ("CHILD SEXUAL ABUSE teams", true),
        ("Child sexual abusers are pursued.", false),
        ("Our CSAE unit", false),
        ("sexual abuse of children", false),
    ])
    func threatsAreFoundByNameOrInitialsAsWholeWords(text: String, found: Bool) {
        #expect(NationalThreatsCheck.mentions(text, "child sexual abuse") == found)
    }

    @Test func aFewCasesDeferToTheInspectionsObservationAndAreCited() {
        expectCheck(
            ChildViewsCheck.self,
            on: """
                records:
                  case-file-review:
                    - {case_ref: R1, category: referral, views_recorded: false}
                  inspection-observation:
                    - {topic: voice-of-the-child, rating: mixed, statement: Views were not always recorded., source: Example}
                """, outcome: .partlyMet,
            statement:
                "Views were not always recorded. (Qualitative finding of the inspection.) Too few cases were counted to measure on their own: the child's views and concerns were not recorded in 1 of 1 case files."
        )
    }

    @Test func greaterManchestersPublishedCountsGiveTheirStatement() throws {
        let records = (1...48).map { index in
            "    - {case_ref: GMP-\(index), category: referral, ethnicity_recorded: \(index > 12), disability_recorded: \(index > 20)}"
        }.joined(separator: "\n")
        let result = try runCheck(IdentityRecordingCheck.self, on: "records:\n  case-file-review:\n" + records)
        #expect(
            result.statement
                == "The child's ethnicity was not recorded in 12 of 48 case files, and disability or special educational need was not recorded in 20 of 48."
        )
        #expect(result.count == .init(met: 28, of: 48))
        #expect(result.outcome == .partlyMet)
        #expect(result.cases.count == 20)
    }
}

@Suite("Assessing: one case, one count")
struct CaseCountingTests {
    @Test func aCaseInBothAnAbuseReportAndAFileReviewIsCountedOnce() {
        expectCheck(
            ChildSafetyCheck.self,
            on: """
                records:
                  abuse-report:
                    - {case_ref: C1, received_at: 2025-02-03T16:00:00Z, first_response_at: 2025-02-03T18:00:00Z, child_spoken_to: true, sharing_required: true, shared_with_social_care: true, safety_confirmed: false}
                  case-file-review:
                    - {case_ref: C1, category: referral, safety_confirmed: false}
                    - {case_ref: C2, category: referral, safety_confirmed: true}
                """, outcome: .partlyMet, count: .init(met: 1, of: 2),
            statement: "In 1 of 2 cases officers did not make sure the child was safe.")
    }
}

@Suite("Partnership initiatives")
struct InitiativeOutcomesTests {
    /// Partly met when some initiatives go unmeasured; one that is measured may still be
    /// promising practice, and every unmeasured one is named.
    @Test func unmeasuredInitiativesAreNamedAndDoNotHidePromisingPractice() throws {
        let result = try runCheck(
            InitiativeOutcomesCheck.self,
            on: """
                proper_nouns: [Operation Example, Project Sample, Scheme Test]
                records:
                  partnership-initiative:
                    - {initiative: Operation Example, description: Early intervention workers, measured_change: -0.8, outcome_measured: repeat missing episodes, source: Example}
                    - {initiative: Project Sample, description: Youth workers in schools, outcome_measured: none yet, source: Example}
                    - {initiative: Scheme Test, description: Mentoring, referred: 0, improved: 0, outcome_measured: none yet, source: Example}
                """)
        #expect(result.outcome == .partlyMet)
        #expect(
            result.statement
                == "Operation Example: a measured fall of 80% in repeat missing episodes. Promising practice: the measured improvement reaches the bar of 75%. Project Sample and Scheme Test did not measure their outcomes (2 of 3 initiatives described)."
        )
        #expect(result.isPromisingPractice)
    }
}
