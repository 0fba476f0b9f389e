import InspectionKit
import InspectionTesting
import ReturnInterviewChecks
import Testing

/// Edge cases of `missing.return-interviews` beyond its examples.
@Suite("Return home interviews")
struct ReturnInterviewCheckTests {
    @Test func anInterviewNeverOfferedCountsAsLate() {
        expectCheck(ReturnInterviewCheck.self, on: """
            records:
              return-interview:
                - {case_ref: A, returned_at: 2025-03-03T08:00:00Z, offered_at: 2025-03-03T12:00:00Z, conducted_by: independent}
                - {case_ref: B, returned_at: 2025-03-04T08:00:00Z, conducted_by: independent}
                - {case_ref: C, returned_at: 2025-03-05T08:00:00Z, offered_at: 2025-03-06T08:00:00Z, accepted: false, conducted_by: social-care}
            """, outcome: .partlyMet, count: .init(met: 2, of: 3),
            statement: "In 1 of 3 missing-child cases no return home interview was offered within 72 hours of the child's return. In 1 case no interview was offered at all.",
            figures: ["missing.return-interview-offered-share": 2.0 / 3.0], cases: ["B"], basis: .records)
    }

    @Test func exactlySeventyTwoHoursIsInTimeAndAMinuteMoreIsNot() {
        expectCheck(ReturnInterviewCheck.self, on: """
            records:
              return-interview:
                - {case_ref: A, returned_at: 2025-03-03T08:00:00Z, offered_at: 2025-03-06T08:00:00Z, conducted_by: independent}
            """, outcome: .met, count: .init(met: 1, of: 1),
            statement: "In 1 of 1 missing-child cases a return home interview was offered within 72 hours of the child's return.",
            figures: ["missing.return-interview-offered-share": 1], cases: [])
        expectCheck(ReturnInterviewCheck.self, on: """
            records:
              return-interview:
                - {case_ref: A, returned_at: 2025-03-03T08:00:00Z, offered_at: 2025-03-06T08:01:00Z, conducted_by: independent}
            """, outcome: .notMet, count: .init(met: 0, of: 1),
            statement: "In 1 of 1 missing-child cases no return home interview was offered within 72 hours of the child's return.",
            cases: ["A"])
    }

    @Test func theTargetIsTheFrameworksParameter() {
        expectCheck(ReturnInterviewCheck.self, on: """
            parameters: {missing.return-interview-target: 24h}
            records:
              return-interview:
                - {case_ref: A, returned_at: 2025-03-03T08:00:00Z, offered_at: 2025-03-05T08:00:00Z, conducted_by: independent}
            """, outcome: .notMet, count: .init(met: 0, of: 1),
            statement: "In 1 of 1 missing-child cases no return home interview was offered within 24 hours of the child's return.")
    }

    @Test func anOfferBeforeTheReturnIsRefused() throws {
        let record = "    - {case_ref: A, returned_at: 2025-03-03T08:00:00Z, offered_at: 2025-03-02T08:00:00Z, conducted_by: independent}"
        let error = try #require(throws: Diagnostics.self) {
            try runCheck(ReturnInterviewCheck.self, on: "records:\n  return-interview:\n" + record)
        }
        // Pointed at offered_at (line 3, column 68), the source line echoed, a caret under it.
        #expect(error.description == """
            <inline>:3:68: error: offered_at (2025-03-02T08:00:00Z) is before returned_at (2025-03-03T08:00:00Z); \
            a return home interview is offered after the child comes back
            \(record)
            \(String(repeating: " ", count: 67))^
            """)
    }

    @Test func anAnswerToAnOfferNeverMadeIsRefused() throws {
        let record = "    - {case_ref: A, returned_at: 2025-03-03T08:00:00Z, accepted: true, conducted_by: independent}"
        let error = try #require(throws: Diagnostics.self) {
            try runCheck(ReturnInterviewCheck.self, on: "records:\n  return-interview:\n" + record)
        }
        #expect(error.description == """
            <inline>:3:66: error: accepted is true but offered_at is missing; \
            an interview that was never offered cannot be accepted or declined
            \(record)
            \(String(repeating: " ", count: 65))^
            """)
    }

    @Test func withNoRecordsTheInspectionsObservationDecides() {
        expectCheck(ReturnInterviewCheck.self, on: """
            records:
              inspection-observation:
                - {topic: return-interviews, rating: shortfall, statement: Few children who came back were offered a return home interview., source: Example inspection}
            """, outcome: .notMet,
            statement: "Few children who came back were offered a return home interview. (Qualitative finding of the inspection.)",
            basis: .observations)
    }

    @Test func tooFewCasesDeferToTheObservation() {
        expectCheck(ReturnInterviewCheck.self, on: """
            records:
              return-interview:
                - {case_ref: A, returned_at: 2025-03-03T08:00:00Z, conducted_by: police}
              inspection-observation:
                - {topic: return-interviews, rating: mixed, statement: Return home interviews were offered to some children but not others., source: Example inspection}
            """, outcome: .partlyMet,
            statement: "Return home interviews were offered to some children but not others. (Qualitative finding of the inspection.) Too few cases were counted to measure on their own: in 1 of 1 missing-child cases no return home interview was offered within 72 hours of the child's return. In 1 case no interview was offered at all.",
            cases: ["A"], basis: .observations)
    }

    @Test func withoutEvidenceTheCheckCannotBeEvaluated() {
        expectCheck(ReturnInterviewCheck.self, on: "{}", outcome: .couldNotEvaluate,
                    statement: "No return home interviews were provided (record type return-interview).", basis: CheckResult.Basis.none)
    }
}
