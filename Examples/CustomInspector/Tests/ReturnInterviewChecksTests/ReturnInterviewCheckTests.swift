import InspectionKit
import InspectionTesting
import ReturnInterviewChecks
import Testing

/// Edge cases of `missing.return-interviews` beyond its examples.
@Suite("Return home interviews")
struct ReturnInterviewCheckTests {
    @Test func anInterviewNeverOfferedCountsAsLate() {
        expectCheck(
            ReturnInterviewCheck.self,
            on: """
                records:
                  return-interview:
                    - {case_ref: RI-1, returned_at: 2025-03-03T08:00:00Z, offered_at: 2025-03-03T12:00:00Z, conducted_by: independent}
                    - {case_ref: RI-2, returned_at: 2025-03-04T08:00:00Z, conducted_by: independent}
                    - {case_ref: RI-3, returned_at: 2025-03-05T08:00:00Z, offered_at: 2025-03-06T08:00:00Z, accepted: false, conducted_by: social-care}
                """, outcome: .partlyMet, count: .init(met: 2, of: 3),
            statement:
                "In 1 of 3 missing-child cases no return home interview was offered within 72 hours of the child's return. 66.7% of the children were offered one in time. In 1 case no interview was offered at all.",
            figures: ["missing.return-interview-offered-share": 2.0 / 3.0], cases: ["RI-2"], basis: .records)
    }

    @Test func exactlySeventyTwoHoursIsInTimeAndAMinuteMoreIsNot() {
        expectCheck(
            ReturnInterviewCheck.self,
            on: """
                records:
                  return-interview:
                    - {case_ref: RI-1, returned_at: 2025-03-03T08:00:00Z, offered_at: 2025-03-06T08:00:00Z, conducted_by: independent}
                """, outcome: .met, count: .init(met: 1, of: 1),
            statement: "In 1 of 1 missing-child cases a return home interview was offered within 72 hours of the child's return.",
            figures: ["missing.return-interview-offered-share": 1], cases: [])
        expectCheck(
            ReturnInterviewCheck.self,
            on: """
                records:
                  return-interview:
                    - {case_ref: RI-1, returned_at: 2025-03-03T08:00:00Z, offered_at: 2025-03-06T08:01:00Z, conducted_by: independent}
                """, outcome: .notMet, count: .init(met: 0, of: 1),
            statement:
                "In 1 of 1 missing-child cases no return home interview was offered within 72 hours of the child's return. 0% of the children were offered one in time.",
            cases: ["RI-1"])
    }

    @Test func theTargetIsTheFrameworksParameter() {
        expectCheck(
            ReturnInterviewCheck.self,
            on: """
                parameters: {missing.return-interview-target: 24h}
                records:
                  return-interview:
                    - {case_ref: RI-1, returned_at: 2025-03-03T08:00:00Z, offered_at: 2025-03-05T08:00:00Z, conducted_by: independent}
                """, outcome: .notMet, count: .init(met: 0, of: 1),
            statement:
                "In 1 of 1 missing-child cases no return home interview was offered within 24 hours of the child's return. 0% of the children were offered one in time."
        )
    }

    @Test func anOfferBeforeTheReturnIsRefused() throws {
        let record =
            "    - {case_ref: RI-1, returned_at: 2025-03-03T08:00:00Z, offered_at: 2025-03-02T08:00:00Z, conducted_by: independent}"
        let masked =
            "    - {case_ref: ••••, returned_at: ••••••••••••••••••••, offered_at: ••••••••••••••••••••, conducted_by: •••••••••••}"
        let error = try #require(throws: Diagnostics.self) {
            try runCheck(ReturnInterviewCheck.self, on: "records:\n  return-interview:\n" + record)
        }
        // Pointed at offered_at (line 3, column 71), the source line echoed with its
        // values masked (an evidence line may name a child), a caret under it.
        #expect(
            error.description == """
                <inline>:3:71: error: offered_at (2025-03-02T08:00:00Z) is before returned_at (2025-03-03T08:00:00Z); \
                a return home interview is offered after the child comes back
                \(masked)
                \(String(repeating: " ", count: 70))^
                """)
    }

    @Test func anAnswerToAnOfferNeverMadeIsRefused() throws {
        let record = "    - {case_ref: RI-1, returned_at: 2025-03-03T08:00:00Z, accepted: true, conducted_by: independent}"
        let masked = "    - {case_ref: ••••, returned_at: ••••••••••••••••••••, accepted: ••••, conducted_by: •••••••••••}"
        let error = try #require(throws: Diagnostics.self) {
            try runCheck(ReturnInterviewCheck.self, on: "records:\n  return-interview:\n" + record)
        }
        #expect(
            error.description == """
                <inline>:3:69: error: accepted is true but offered_at is missing; \
                an interview that was never offered cannot be accepted or declined
                \(masked)
                \(String(repeating: " ", count: 68))^
                """)
    }

    @Test func withNoRecordsTheInspectionsObservationDecides() {
        expectCheck(
            ReturnInterviewCheck.self,
            on: """
                records:
                  inspection-observation:
                    - {topic: return-interviews, rating: shortfall, statement: Few children who came back were offered a return home interview., source: Example inspection}
                """, outcome: .notMet,
            statement: "Few children who came back were offered a return home interview. (Qualitative finding of the inspection.)",
            basis: .observations)
    }

    @Test func tooFewCasesDeferToTheObservation() {
        expectCheck(
            ReturnInterviewCheck.self,
            on: """
                records:
                  return-interview:
                    - {case_ref: RI-1, returned_at: 2025-03-03T08:00:00Z, conducted_by: police}
                  inspection-observation:
                    - {topic: return-interviews, rating: mixed, statement: Return home interviews were offered to some children but not others., source: Example inspection}
                """, outcome: .partlyMet,
            statement:
                "Return home interviews were offered to some children but not others. (Qualitative finding of the inspection.) Too few cases were counted to measure on their own: in 1 of 1 missing-child cases no return home interview was offered within 72 hours of the child's return. 0% of the children were offered one in time. In 1 case no interview was offered at all.",
            cases: ["RI-1"], basis: .observations)
    }

    @Test func withoutEvidenceTheCheckCannotBeEvaluated() {
        expectCheck(
            ReturnInterviewCheck.self, on: "{}", outcome: .couldNotEvaluate,
            statement: "No return home interviews were provided (record type return-interview).", basis: CheckResult.Basis.none)
    }
}
