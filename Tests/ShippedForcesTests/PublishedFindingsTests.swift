import Foundation
import InspectionHistory
import InspectionKit
import InspectionLoading
import InspectionReports
import Testing

/// What every shipped force published is borne out by its recorded evidence: each published
/// cause of concern is raised by the check of its theme, in its area, from evidence the force's
/// files hold; each area published inadequate is computed inadequate. A force or a cause of
/// concern added under Forces/ joins these tests with no change here.
@Suite("Published findings of the shipped forces, from their evidence")
struct PublishedFindingsTests {
    /// Every shipped force's latest inspection, run on its evidence.
    static func results() throws -> [(force: String, result: InspectionResult)] {
        let workspace = try shippedWorkspace()
        return try workspace.forceIDs.map { ($0, try workspace.inspect(force: $0)) }
    }

    @Test func everyPublishedCauseOfConcernIsRaisedByACheckFromRecordedEvidence() throws {
        var raised: [String] = []
        for (force, result) in try Self.results() {
            for concern in result.publishedFindings.causesOfConcern {
                let area = try #require(concern.area?.value, "\(force): a published cause of concern names no area")
                let theme = try #require(concern.theme?.value, "\(force): a published cause of concern names no theme")
                let derived = result.findings(.causeOfConcern).filter { $0.area == area && $0.theme == theme }
                #expect(!derived.isEmpty, "\(force): no check raises the cause of concern \(area)/\(theme): \(concern.text)")
                for finding in derived {
                    let outcome = try #require(result.area(area).checks.first { $0.checkID == finding.checkID })
                    #expect(
                        outcome.result.basis != .none && !outcome.provenance.isEmpty, "\(force): \(finding.checkID) rests on no evidence")
                }
                raised.append("\(force) \(area) \(theme): " + derived.map(\.checkID).joined(separator: ", "))
            }
        }
        // The list itself, so that a cause of concern dropped from a force's file fails here too.
        #expect(
            raised == [
                "cleveland responding missing-children: missing.risk-grading, missing.time-to-deploy",
                "cleveland investigating online-exploitation: investigating.online-exploitation",
                "gloucestershire leadership governance: leadership.governance",
                "gloucestershire responding missing-children: missing.recording",
                "gloucestershire investigating investigations: investigating.timeliness-and-supervision",
                "lincolnshire investigating exploitation: investigating.exploitation-recognised",
                "lincolnshire leadership workforce: leadership.trained-staff",
            ])
    }

    @Test func everyAreaPublishedInadequateIsComputedInadequate() throws {
        var inadequate: [String] = []
        for (force, result) in try Self.results() {
            for area in result.areas where area.published?.grade == "inadequate" {
                #expect(area.grading.grade == "inadequate", "\(force) \(area.id): computed \(area.grading.grade ?? "not graded")")
                inadequate.append("\(force) \(area.id)")
            }
        }
        #expect(
            inadequate == [
                "cleveland responding", "cleveland investigating", "gloucestershire leadership", "gloucestershire responding",
                "gloucestershire investigating",
            ])
    }

    @Test func aCauseOfConcernDecidesAnAreaWithLittleElseRecorded() throws {
        let result = try shippedWorkspace().inspect(force: "gloucestershire")
        let responding = result.area("responding")
        #expect(responding.grading.grade == "inadequate")
        #expect(
            responding.grading.basis
                == "25% of the maximum score (1 of 5 checks evaluated, fewer than the 50% of the area's weight needed to grade from scores); decided by a cause of concern (missing.recording): inadequate is the lowest grade, so no result of the 4 checks not evaluated (missing.risk-grading, missing.time-to-deploy, abuse.time-to-respond, domestic-abuse.children-seen) could change it."
        )
        #expect(
            responding.checks.last?.result.statement
                == "There are serious concerns with the way the constabulary records reports of vulnerable missing children. It doesn't properly record missing children when it should. (Qualitative finding of the inspection.)"
        )
    }

    /// Where the evidence cannot support a grade, the report names each check and what it lacks.
    @Test func anAreaNotGradedNamesEachCheckAndTheEvidenceItLacks() throws {
        let result = try shippedWorkspace().inspect(force: "west-midlands")
        let leadership = result.area("leadership")
        #expect(leadership.grading.grade == nil)
        #expect(
            leadership.lacking.map(\.words) == [
                "leadership.national-threats lacks strategy or plan documents",
                "leadership.capacity lacks team-establishment records or an inspection-observation on child-protection-capacity",
                "leadership.wellbeing lacks an inspection-observation on staff-wellbeing",
                "leadership.trained-staff lacks team-establishment records or an inspection-observation on child-protection-training",
            ])
        #expect(
            TextReport.render(result, width: 400).contains(
                "  To be graded, the evidence lacks: leadership.national-threats lacks strategy or plan documents; leadership.capacity lacks team-establishment records or an inspection-observation on child-protection-capacity; leadership.wellbeing lacks an inspection-observation on staff-wellbeing; leadership.trained-staff lacks team-establishment records or an inspection-observation on child-protection-training.\n"
            ))
    }

    // MARK: Lincolnshire's accelerated causes of concern

    @Test func lincolnshireShipsItsAcceleratedCausesOfConcernWithNoGrades() throws {
        let result = try shippedWorkspace().inspect(force: "lincolnshire")
        #expect(result.inspection.kind == .acceleratedCausesOfConcern)
        #expect(result.inspection.published.description == "2025-12-19")
        #expect(result.areas.allSatisfy { $0.published == nil })
        #expect(result.areas.map { result.publishedWords($0) } == Array(repeating: "no grade published", count: 5))
        let concerns = result.publishedFindings.causesOfConcern
        #expect(concerns.map(\.recommendations.count) == [6, 3])
        #expect(concerns.flatMap(\.recommendations).allSatisfy { $0.timeFrame == .unknown && $0.inferred })
        #expect(result.areas.map(\.grading.grade) == ["inadequate", nil, nil, nil, "inadequate"])
        let text = TextReport.render(result, width: 400)
        #expect(
            text.contains(
                "\n  Accelerated causes of concern: published ahead of the graded report, with no grades. The areas are computed from the evidence recorded; none has a published grade to compare with.\n"
            ))
        #expect(
            text.contains(
                "    Recommendation, time frame unknown: Make sure supervisors regularly review investigations, record any outstanding actions and monitor deadlines for completion. [placed under this cause of concern by our reading]\n"
            ))
    }

    @Test func lincolnshiresDutiesFollowWhatWasPublished() throws {
        let result = try shippedWorkspace().inspect(force: "lincolnshire")
        #expect(
            result.duties.map { "\($0.id) \($0.due.map(DateText.iso) ?? "undated") \($0.state.id): \($0.state.reason)" } == [
                "written-response undated not-required: the report published no area for improvement",
                "commissioner-comments 2026-02-13 applies: it follows every report",
                "action-plan 2026-01-30 unknown: the time frames of 9 of the report's 9 recommendations are not known, so whether any is not marked immediately is not either",
            ])
    }

    // MARK: Duties: inspect and follow-up agree

    /// Both derive the duties in one place: for every shipped force, follow-up's duty (before
    /// anything is recorded as met) falls due on the day `inspect` gives, and applies, is not
    /// required or is unknown as `inspect` says, for the same reason.
    @Test func inspectAndFollowUpAgreeOnEveryDutyOfEveryShippedForce() throws {
        let workspace = try shippedWorkspace()
        var compared = 0
        for force in workspace.forceIDs {
            let result = try workspace.inspect(force: force)
            let configuration = try #require(workspace.catalog.forces[force])
            let inspection = try #require(configuration.inspections.first { $0.id.value == result.inspection.id })
            let framework = try #require(workspace.catalog.frameworks[inspection.framework.value])
            let followUp = FollowUp(
                force: configuration, inspection: inspection, framework: framework, responses: FindingResponses(), latestRun: nil,
                asOf: try #require(PublishedDate("2025-01-01")?.exact))
            #expect(followUp.duties.map(\.id) == result.duties.map(\.id), "\(force)")
            for (fromFollowUp, fromInspect) in zip(followUp.duties, result.duties) {
                #expect(fromFollowUp.derived == fromInspect.state, "\(force) \(fromInspect.id)")
                #expect(fromFollowUp.due == fromInspect.due, "\(force) \(fromInspect.id)")
                switch fromInspect.state {
                case .notRequired(let reason): #expect(fromFollowUp.state == .notRequired(reason), "\(force) \(fromInspect.id)")
                case .unknown(let reason): #expect(fromFollowUp.state == .unknown(reason), "\(force) \(fromInspect.id)")
                case .applies:
                    switch fromFollowUp.state {
                    case .notRequired, .unknown: Issue.record("\(force) \(fromInspect.id): follow-up says \(fromFollowUp.state.words)")
                    default: break
                    }
                }
                compared += 1
            }
        }
        #expect(compared == 3 * workspace.forceIDs.count)
    }

    /// "Not required" only where the sources say the report had nothing to trigger the duty.
    @Test func noDutyIsNotRequiredWhereThePublishedFindingsAreUnknown() throws {
        for (force, result) in try Self.results() {
            for duty in result.duties {
                guard case .notRequired(let reason) = duty.state else { continue }
                #expect(
                    ["the report published no area for improvement", "the report published no cause of concern, so no recommendation"]
                        .contains(reason), "\(force) \(duty.id): \(reason)")
            }
        }
        let staffordshire = try shippedWorkspace().inspect(force: "staffordshire")
        #expect(
            staffordshire.duties.map(\.state) == [
                .applies("the report published 5 areas for improvement"), .applies("it follows every report"),
                .unknown("the report's causes of concern, and so its recommendations, are not known in the sources recorded"),
            ])
        #expect(staffordshire.duties.map(\.undated) == Array(repeating: "not dated: the report's publication date is not known", count: 3))
    }
}
