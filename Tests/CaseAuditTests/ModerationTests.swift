import CaseAudits
import Foundation
import InspectionKit
import InspectionLoading
import Testing

/// Two auditors: agreement per question (percentage and Cohen's kappa, with the cases), every
/// disagreement listed, moderated answers counted, an unmoderated one refused.
@Suite("Two auditors, moderated")
struct ModerationTests {
    @Test func kappaMatchesAHandComputedTable() {
        // 10 cases: 6 yes/yes, 2 no/no, 1 yes/no, 1 no/yes. Observed 0.8; chance 0.7·0.7 + 0.3·0.3
        // = 0.58; kappa (0.8 − 0.58) ÷ (1 − 0.58) = 0.5238.
        let pairs =
            Array(repeating: (AuditAnswer.yes, AuditAnswer.yes), count: 6) + Array(repeating: (AuditAnswer.no, AuditAnswer.no), count: 2)
            + [(.yes, .no), (.no, .yes)]
        let kappa = AuditAgreement.kappa(pairs, categories: [.yes, .partly, .no, .notApplicable])
        #expect(kappa.map { ($0 * 10_000).rounded() / 10_000 } == 0.5238)
        #expect(AuditAgreement.kappa([(.yes, .yes), (.yes, .yes)], categories: [.yes, .no]) == nil, "every answer alike: undefined")
        #expect(AuditAgreement.kappa([], categories: [.yes, .no]) == nil)
    }

    /// Four cases, the first three audited by A1 and A2, who disagree on two answers.
    /// `moderation` writes the moderation file for the cases drawn.
    static func doubleAudited(moderation: (([String]) -> String)? = nil) throws -> (copy: ProjectCopy, cases: [String]) {
        let copy = try ProjectCopy.withVisits()
        let cases = try copy.drawSample(size: 4).cases.map(\.reference)
        try copy.declareAudit(
            rows: [
                "\(cases[0]),A1,yes,neglect", "\(cases[1]),A1,no,neglect", "\(cases[2]),A1,yes,violence", "\(cases[3]),A1,yes,missing",
                "\(cases[0]),A2,yes,neglect", "\(cases[1]),A2,partly,neglect", "\(cases[2]),A2,yes,missing",
            ], moderation: moderation?(cases))
        return (copy, cases)
    }

    @Test func anUnmoderatedDisagreementStopsTheRunWhereTheLaterAnswerIsWritten() throws {
        let (copy, cases) = try Self.doubleAudited()
        let refusal = try copy.refusal()
        let file = "<root>/Forces/alpha/evidence/audits/returned.csv"
        #expect(
            refusal.hasPrefix(
                "\(file):7:\(cases[1].count + 5): error: the auditors disagree on visits.recorded-fully for case \(cases[1]) (A1: no, A2: partly) and no moderation records the answer agreed; record it in a moderation file (moderation: in the dataset) (`inspector agreement <force>` lists every disagreement)\n"
            ))
        #expect(refusal.contains("\(file):3:\(cases[1].count + 5): note: auditor A1 answered no here"))
        #expect(refusal.contains("the auditors disagree on visits.concern-found for case \(cases[2]) (A1: violence, A2: missing)"))
    }

    @Test func agreementIsMeasuredPerQuestionAndEveryDisagreementListed() throws {
        let (copy, cases) = try Self.doubleAudited()
        let workspace = try copy.workspace()
        let audits = try AuditAgreement.of(force: "alpha", framework: nil, catalog: workspace.catalog, registry: workspace.registry)
        let audit = try #require(audits.first)
        #expect(audit.auditors == ["A1", "A2"])
        #expect(audit.doubleAudited == 3)
        #expect(audit.questions.map(\.cases) == [3, 3])
        #expect(audit.questions.map(\.agreed) == [2, 2])
        // recorded-fully: A1 yes, no, yes; A2 yes, partly, yes. Observed 2/3; chance (2/3)(2/3) = 4/9;
        // kappa (2/3 − 4/9) ÷ (5/9) = 0.4.
        #expect(audit.questions[0].kappa.map { ($0 * 10_000).rounded() / 10_000 } == 0.4)
        #expect(audit.disagreements.map(\.caseRef) == [cases[1], cases[2]])
        #expect(audit.unmoderated == 2)
        let text = AgreementReport.render(audits, force: "alpha", format: .text, width: 200)
        #expect(
            text.contains(
                """
                  Question                                Cases  Agreed       Kappa
                  visits.recorded-fully                   3      2 (66.7%)    0.4
                """))
        #expect(text.contains("    - \(cases[1]) visits.recorded-fully: A1: no, A2: partly; NOT MODERATED ("))
    }

    @Test func moderatedAnswersAreTheOnesCounted() throws {
        let (copy, cases) = try Self.doubleAudited { cases in
            """
            schema: 1
            moderated:
              - {case_ref: \(cases[1]), question: visits.recorded-fully, answer: partly, agreed_by: [A1, A2, M1]}
              - {case_ref: \(cases[2]), question: visits.concern-found, answer: violence, agreed_by: [M1]}

            """
        }
        let result = try copy.inspect()
        // Settled: yes (agreed), partly (moderated), yes (agreed), yes (one auditor): 4 of 4 meet.
        #expect(result.check("visits.recorded").result.count == .init(met: 4, of: 4))
        let workspace = try copy.workspace()
        let audit = try #require(
            try AuditAgreement.of(force: "alpha", framework: nil, catalog: workspace.catalog, registry: workspace.registry).first)
        #expect(audit.unmoderated == 0)
        #expect(audit.disagreements.map(\.moderated) == ["partly", "violence"])
        #expect(
            AgreementReport.render([audit], force: "alpha", format: .text, width: 200).contains(
                "    - \(cases[1]) visits.recorded-fully: A1: no, A2: partly; moderated: partly (agreed by A1, A2, M1)\n"))
    }

    @Test func aModerationOfNoDisagreementIsRefused() throws {
        let (copy, cases) = try Self.doubleAudited { cases in
            """
            schema: 1
            moderated:
              - {case_ref: \(cases[0]), question: visits.recorded-fully, answer: yes, agreed_by: [M1]}

            """
        }
        let refusal = try copy.refusal()
        #expect(
            refusal.contains(
                "<root>/Forces/alpha/evidence/audits/moderation.yaml:3:16: error: the auditors did not disagree on visits.recorded-fully for case \(cases[0]); moderate only disagreements"
            ))
    }
}
