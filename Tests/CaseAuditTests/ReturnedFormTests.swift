import CaseAudits
import Foundation
import InspectionKit
import Testing

/// A returned form read as evidence: every problem a located error (`file:line:col`), every row
/// used or accounted for as rejected, and the answers settled before a check reads them.
@Suite("Returned audit forms")
struct ReturnedFormTests {
    /// alpha with 40 visits and a sample of four of them.
    static func audited() throws -> (copy: ProjectCopy, cases: [String]) {
        let copy = try ProjectCopy.withVisits()
        let sample = try copy.drawSample(size: 4)
        return (copy, sample.cases.map(\.reference))
    }

    @Test func answersAreReadAndCountedByTheCheckWithTheirInterval() throws {
        let (copy, cases) = try Self.audited()
        try copy.declareAudit(rows: [
            "#question,,Does the file record the visit fully?,Which concern?", "\(cases[0]),A1,yes,neglect",
            "\(cases[1]),A1,Partly,violence",
            "\(cases[2]),A1,no,not-applicable", "\(cases[3]),A1,no,missing",
        ])
        let result = try copy.inspect()
        let check = result.check("visits.recorded").result
        #expect(check.statement == "2 of 4 audited visits were recorded fully.")
        #expect(check.count == .init(met: 2, of: 4))
        #expect(check.cases == [cases[2], cases[3]])
        #expect(check.basis == .audit)
        #expect(check.audit?.samples.map(\.population) == [40])
        #expect(check.interval == ShareInterval.wilson(met: 2, of: 4))
        let dataset = try #require(result.evidence.first { $0.name == "visits_audit" })
        #expect(dataset.rows == 4 && dataset.records == 4 && dataset.rejections.isEmpty && dataset.provenance == .synthetic)
    }

    @Test func everyBadRowIsALocatedErrorAndNothingIsRead() throws {
        let (copy, cases) = try Self.audited()
        let notDrawn = try #require((1...40).map { "V-\(String(format: "%03d", $0))" }.first { !cases.contains($0) })
        try copy.declareAudit(rows: [
            "\(notDrawn),A1,yes,neglect",  // line 2: not in the sample
            "\(cases[0]),A1,yes,neglect",
            "\(cases[0]),A1,no,neglect",  // line 4: audited twice by A1
            "\(cases[1]),A1,,neglect",  // line 5: no answer
            "\(cases[2]),A1,maybe,neglect",  // line 6: not an answer
            "\(cases[3]),,yes,neglect",  // line 7: no auditor
            "\(cases[0]),A2,yes,neglect", "\(cases[0]),A3,yes,neglect",  // line 9: a third auditor
            "\(cases[3]),Jane Smith,yes,neglect",  // line 10: a name, not an id
            "\(cases[3]),A1,yes,burglary",  // line 11: outside the vocabulary
        ])
        let file = "<root>/Forces/alpha/evidence/audits/returned.csv"
        let refusal = try copy.refusal()
        let expected = [
            "\(file):2:1: error: row rejected: case \(notDrawn) is not in the sample; audit only the cases drawn (did you mean '\(Suggestions.closest(notDrawn, cases)!)'?)",
            "\(file):4:\(cases[0].count + 2): error: row rejected: auditor A1 audited case \(cases[0]) twice (first at line 3); each auditor audits a case once",
            "\(file):5:\(cases[1].count + 5): error: row rejected: no answer to visits.recorded-fully; answer every question (not-applicable where it does not apply)",
            "\(file):6:\(cases[2].count + 5): error: row rejected: 'maybe' is not an answer to visits.recorded-fully; its answers: yes, partly, no, not-applicable",
            "\(file):7:\(cases[3].count + 2): error: row rejected: auditor is empty; each row says who audited the case (an auditor's id, such as A1)",
            "\(file):9:\(cases[0].count + 2): error: row rejected: case \(cases[0]) is already audited by A1 and A2; a case is audited by one auditor, or by two independently",
            "\(file):10:\(cases[3].count + 2): error: row rejected: auditor '••••••••••' is not an auditor's id: letters, digits, '.', '-' or '_', at most 32 (an id, such as A1, not a name)",
            "\(file):11:\(cases[3].count + 9): error: row rejected: 'burglary' is not an answer to visits.concern-found; its answers: neglect, violence, missing, not-applicable",
            "<root>/Forces/alpha/inspections/2025-fixture.yaml:24:13: error: 8 of 10 rows of dataset 'visits_audit' were rejected, more than it allows (max_rejected: 0 rows)",
        ]
        for line in expected { #expect(refusal.contains(line + "\n") || refusal.hasSuffix(line), "missing: \(line)\n\(refusal)") }
        #expect(!refusal.contains("Jane"), "an auditor's name is never echoed")
    }

    @Test func rejectedRowsWithinTheLimitAreAccountedForAndTheRestRead() throws {
        let (copy, cases) = try Self.audited()
        try copy.declareAudit(
            rows: [
                "\(cases[0]),A1,yes,neglect", "\(cases[1]),A1,yes,neglect", "\(cases[2]),A1,no,neglect", "\(cases[3]),A1,sometimes,neglect",
            ],
            maxRejected: "1")
        let result = try copy.inspect()
        let dataset = try #require(result.evidence.first { $0.name == "visits_audit" })
        #expect(dataset.rows == 4 && dataset.records == 3)
        #expect(
            dataset.rejections.map(\.reason) == [
                "'sometimes' is not an answer to visits.recorded-fully; its answers: yes, partly, no, not-applicable"
            ])
        #expect(dataset.rejections.map(\.mark.line) == [5])
        #expect(result.check("visits.recorded").result.count == .init(met: 2, of: 3))
    }

    @Test func theHeaderMustBeTheForms() throws {
        let (copy, cases) = try Self.audited()
        try copy.declareAudit(rows: cases.map { "\($0),A1,yes,neglect" })
        try copy.edit(
            "Forces/alpha/evidence/audits/returned.csv", replacing: "case_ref,auditor,visits.recorded-fully,visits.concern-found",
            with: "case_ref,auditor,visits.recorded-fuly,visits.concern-found")
        let refusal = try copy.refusal()
        // Header cells are named, never echoed with their line (a header may be data).
        #expect(
            refusal
                == """
                <root>/Forces/alpha/evidence/audits/returned.csv:1:1: error: form 'visits' asks 'visits.recorded-fully', but the returned form has no column for it
                <root>/Forces/alpha/evidence/audits/returned.csv:1:18: error: unknown audit question 'visits.recorded-fuly' (did you mean 'visits.recorded-fully'?); `inspector explain <check>` lists the questions each check reads
                """)
    }

    @Test func everyCaseDrawnIsAudited() throws {
        let (copy, cases) = try Self.audited()
        try copy.declareAudit(rows: cases.dropLast().map { "\($0),A1,yes,neglect" })
        let refusal = try copy.refusal()
        #expect(
            refusal.hasPrefix(
                "<root>/Forces/alpha/evidence/audits/sample.yaml:32:16: error: case \(cases[3]) of the sample has no answers in evidence/audits/returned.csv; audit every case drawn\n"
            )
        )
    }

    @Test func aDatasetChangedSinceTheSampleIsDetected() throws {
        let (copy, cases) = try Self.audited()
        try copy.declareAudit(rows: cases.map { "\($0),A1,yes,neglect" })
        try copy.edit("Forces/alpha/evidence/visits.yaml", replacing: "outcome: unsafe", with: "outcome: safe")
        let refusal = try copy.refusal()
        #expect(
            refusal.hasPrefix(
                "<root>/Forces/alpha/evidence/audits/sample.yaml:14:11: error: dataset 'visits' (evidence/visits.yaml) has changed since the sample was drawn: its SHA-256 was "
            ))
        #expect(
            refusal.contains(
                "…; the answers may be about cases that are no longer what was audited: restore the dataset, or draw and audit a new sample"
            ))
    }

    @Test func aSampleOfAnotherForceIsRefused() throws {
        let (copy, cases) = try Self.audited()
        try copy.declareAudit(rows: cases.map { "\($0),A1,yes,neglect" })
        try copy.edit("Forces/alpha/evidence/audits/sample.yaml", replacing: "force: \"alpha\"", with: "force: \"beta\"")
        let refusal = try copy.refusal()
        #expect(
            refusal.hasPrefix(
                "<root>/Forces/alpha/evidence/audits/sample.yaml:6:8: error: this sample was drawn for beta, inspection 2025-fixture, not alpha, inspection 2025-fixture; draw one with `inspector sample`\n"
            )
        )
    }

    @Test func aReturnedFormIsDeclaredWithItsSampleAsACSVWithoutAMapping() throws {
        let copy = try ProjectCopy.withVisits()
        try copy.edit(
            "Forces/alpha/inspections/2025-fixture.yaml", replacing: "  documents:\n",
            with: """
                    - {name: bad_audit, record_type: case-audit, file: evidence/audits/returned.csv, mapping: {columns: {}}}
                    - {name: visits, record_type: home-visit, file: evidence/visits.yaml, sample: evidence/audits/sample.yaml}
                  documents:

                """)
        let problems = try copy.workspace().problems(force: "alpha").map(\.message)
        #expect(problems.contains("returned audit form 'bad_audit' is the CSV form `inspector audit-form` writes: give it format: csv"))
        #expect(problems.contains("CSV dataset 'bad_audit' needs a provenance: published, reconstructed, export or synthetic"))
        #expect(
            problems.contains("returned audit form 'bad_audit' needs the sample it answers: sample: <the file `inspector sample` wrote>"))
        #expect(
            problems.contains(
                "returned audit form 'bad_audit' needs no mapping: its columns are the form's own (case_ref, auditor, one per question)"))
        #expect(problems.contains("sample applies only to a returned audit form (record_type: case-audit)"))
    }
}
