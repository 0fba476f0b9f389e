import ChildProtectionRecords
import InspectionKit
import InspectionTesting
import RespondingChecks
import Testing

/// Edge cases of the missing-children checks beyond their examples.
@Suite("Missing children")
struct MissingChildrenTests {
    @Test func noDatasetCannotBeEvaluatedAndAnEmptyOneDoesNotApply() {
        expectCheck(
            RiskGradingCheck.self, on: "{}", outcome: .couldNotEvaluate,
            statement:
                "No missing-child episodes were provided (record type missing-episode), and no finding on how missing children's risk is graded (inspection-observation topic missing-risk-grading)."
        )
        expectCheck(
            DeploymentTimeCheck.self, on: "records: {missing-episode: []}", outcome: .notApplicable,
            statement: "No missing-child episodes were examined.")
    }

    @Test func overGradingIsNotUnderGrading() {
        expectCheck(
            RiskGradingCheck.self,
            on: """
                records:
                  missing-episode:
                    - {case_ref: M-1, reported_at: 2025-01-06T18:20:00Z, risk_indicators: [], risk_grade: high}
                """, outcome: .met, count: .init(met: 1, of: 1),
            statement: "The one missing-child case was graded at the risk the information known at the time showed.")
    }

    @Test func targetsFollowTheRiskTheChildFacedNotTheGradeGiven() {
        // Graded low but known to be at risk of exploitation: judged against the 1-hour target.
        expectCheck(
            DeploymentTimeCheck.self,
            on: """
                records:
                  missing-episode:
                    - {case_ref: M-1, reported_at: 2025-01-06T18:20:00Z, risk_indicators: [exploitation-risk], risk_grade: low, deployed_at: 2025-01-06T20:20:00Z}
                """, outcome: .notMet, count: .init(met: 0, of: 1),
            statement:
                "In 1 of 1 missing-child cases officers were deployed 2 hours after the report. 1 of 1 deployments was later than the target for the risk the child faced (1 hour for high risk)."
        )
    }

    @Test func manyDeploymentsOverADayAreGivenAsARangeAndAFewAreListed() {
        // Six children with nothing known (a target of a day), reached after 2 to 7 days.
        let six = (2...7).map { day in
            "    - {case_ref: M-\(day), reported_at: 2025-01-01T10:00:00Z, risk_indicators: [], risk_grade: no-apparent-risk, deployed_at: 2025-01-0\(day + 1)T10:00:00Z}"
        }
        expectCheck(
            DeploymentTimeCheck.self, on: "records:\n  missing-episode:\n" + six.joined(separator: "\n"), outcome: .notMet,
            count: .init(met: 0, of: 6),
            statement:
                "In 6 cases officers took more than a day: between 2 days and 7 days. 6 of 6 deployments were later than the target for the risk the child faced (1 day for no apparent risk)."
        )
        // Over a day, durations are worded to the hour: six that read alike are said once.
        let alike = (1...6).map { minute in
            "    - {case_ref: A-\(minute), reported_at: 2025-01-01T10:00:00Z, risk_indicators: [], risk_grade: no-apparent-risk, deployed_at: 2025-01-03T13:0\(minute):00Z}"
        }
        expectCheck(
            DeploymentTimeCheck.self, on: "records:\n  missing-episode:\n" + alike.joined(separator: "\n"), outcome: .notMet,
            count: .init(met: 0, of: 6),
            statement:
                "In 6 cases officers took more than a day: 2 days 3 hours. 6 of 6 deployments were later than the target for the risk the child faced (1 day for no apparent risk)."
        )
        expectCheck(
            DeploymentTimeCheck.self, on: "records:\n  missing-episode:\n" + six.prefix(5).joined(separator: "\n"), outcome: .notMet,
            count: .init(met: 0, of: 5),
            statement:
                "In 5 cases officers took 2 days, 3 days, 4 days, 5 days, 6 days. 5 of 5 deployments were later than the target for the risk the child faced (1 day for no apparent risk)."
        )
    }

    @Test func riskGradesRunFromNoApparentRiskToHigh() {
        #expect(RiskGrade.allCases.sorted() == [.noApparentRisk, .low, .medium, .high])
        #expect(RiskGrade.medium < .high && !(RiskGrade.high < .medium) && !(RiskGrade.low < .low))
    }

    @Test func theRiskPolicyIsAParameter() throws {
        let evidence = """
            records:
              missing-episode:
                - {case_ref: M-1, reported_at: 2025-01-06T18:20:00Z, risk_indicators: [], risk_grade: medium, deployed_at: 2025-01-06T18:50:00Z}
            """
        let graded = try runCheck(DeploymentTimeCheck.self, on: evidence)
        let allHigh = try runCheck(DeploymentTimeCheck.self, on: evidence + "\nparameters: {missing.risk-policy: all-high}")
        #expect(graded.outcome == .met)
        #expect(allHigh.outcome == .met)
        #expect(try runCheck(RiskGradingCheck.self, on: evidence).outcome == .met)
        #expect(try runCheck(RiskGradingCheck.self, on: evidence + "\nparameters: {missing.risk-policy: all-high}").outcome == .notMet)
    }

    @Test func figuresAreComparableAcrossForces() throws {
        let late = try #require(DeploymentTimeCheck.descriptor.examples.first { $0.expected.outcome == .notMet })
        let result = try runCheck(DeploymentTimeCheck.self, on: late.evidence)
        #expect(result.figures.map(\.id) == ["missing.late-deployment-share", "missing.median-deploy-hours"])
        #expect(result.figures[1].value == 123)
    }
}

@Suite("Missing children: no apparent risk")
struct NoApparentRiskTests {
    @Test func noIndicatorsCallForNoApparentRiskOnly() {
        expectCheck(
            RiskGradingCheck.self,
            on: """
                records:
                  missing-episode:
                    - {case_ref: M-1, reported_at: 2025-01-06T18:20:00Z, risk_indicators: [], risk_grade: no-apparent-risk}
                    - {case_ref: M-2, reported_at: 2025-01-06T18:20:00Z, risk_indicators: [repeat-missing], risk_grade: no-apparent-risk}
                """, outcome: .partlyMet, count: .init(met: 1, of: 2),
            statement: "In 1 of 2 missing-child cases the child was graded no apparent risk despite information showing medium risk.")
    }
}
