import Foundation
import InspectionKit
import InspectionReports
import Testing

/// Northamptonshire's published case-file counts as audit returns (a sample and a returned form
/// per count, each saying it is reconstructed): the same findings and grades as the records
/// give, with the uncertainty of six cases shown.
@Suite("Northamptonshire's case-file audits")
struct NorthamptonshireAuditTests {
    static let audited = ["missing.risk-grading", "investigating.strategy-discussions", "investigating.exploitation-recognised"]

    @Test func theAuditReturnsGiveTheSameFindingsAndGradesAsTheRecords() throws {
        let withAudits = try inspectNorthamptonshire(ProjectCopy(of: repositoryRoot))
        let recordsOnly = try ProjectCopy(of: repositoryRoot)
        try recordsOnly.removeCaseAudits(force: "northamptonshire")
        let withRecords = try inspectNorthamptonshire(recordsOnly)
        #expect(withAudits.areas.map(\.grading.grade) == withRecords.areas.map(\.grading.grade))
        #expect(withAudits.areas.map(\.grading.percent) == withRecords.areas.map(\.grading.percent))
        let checks = { (result: InspectionResult) in result.areas.flatMap(\.checks) }
        for (audited, recorded) in zip(checks(withAudits), checks(withRecords)) {
            #expect(audited.checkID == recorded.checkID)
            #expect(audited.result.outcome == recorded.result.outcome, "\(audited.checkID)")
            #expect(audited.result.count == recorded.result.count, "\(audited.checkID)")
            #expect(audited.result.cases == recorded.result.cases, "\(audited.checkID)")
            #expect(audited.result.figures == recorded.result.figures, "\(audited.checkID)")
            #expect((audited.result.basis == .audit) == Self.audited.contains(audited.checkID), "\(audited.checkID)")
        }
        let kinds = { (result: InspectionResult) in Finding.Kind.allCases.map { result.findings($0).map(\.checkID) } }
        #expect(kinds(withAudits) == kinds(withRecords))
        // The five computed grades still agree with the published ones.
        #expect(withAudits.areas.map(\.agreement) == Array(repeating: .agrees, count: 5))
    }

    @Test func eachAuditedShareCarriesItsIntervalAndTheAreasSayWhatSixCasesCanSettle() throws {
        let result = try inspectNorthamptonshire(ProjectCopy(of: repositoryRoot))
        let risk = result.area("responding").checks.first { $0.checkID == "missing.risk-grading" }!.result
        #expect(
            risk.statement
                == "In 3 of 6 audited missing-child cases the child was graded medium risk despite information showing high risk.")
        #expect(risk.interval.map { [$0.low, $0.high].map { ($0 * 10_000).rounded() / 10_000 } } == [0.1876, 0.8124])
        #expect(risk.audit?.samples.map(\.dataset) == ["missing_episodes"])
        // 3 of 6 is exactly the partly-met bar and the cause-of-concern share: at the interval's
        // low end the area would be inadequate, and no sample would settle it.
        let responding = try #require(result.area("responding").sampling)
        #expect(responding.grades == ["requires-improvement", "inadequate"])
        #expect(responding.onBar && responding.settlingCases == nil)
        // 1 of 6 sound: at the high end, 56.4%, both checks would be partly met, still requires improvement.
        let investigating = try #require(result.area("investigating").sampling)
        #expect(investigating.grades == ["requires-improvement"])
        #expect(investigating.checks.map(\.cases) == [6, 6])
        let text = TextReport.render(result)
        #expect(
            text.contains(
                "  The grade could be requires improvement or inadequate on 6 audited cases (the\n  95% intervals of its audited shares); no number of cases would settle it, as\n  an audited share sits exactly where an outcome changes.\n"
            ))
        #expect(text.contains("      Audited: 3 of 6 cases met the standard (50%; 95% interval 18.8%–81.2%).\n"))
    }

    @Test func eachReturnSaysItIsReconstructed() throws {
        for name in ["missing-children", "strategy-discussions", "exploitation"] {
            let directory = "\(repositoryRoot)/Forces/northamptonshire/evidence/audits"
            let sample = try String(contentsOfFile: "\(directory)/\(name)-sample.yaml", encoding: .utf8)
            let returned = try String(contentsOfFile: "\(directory)/\(name)-audit.csv", encoding: .utf8)
            #expect(sample.hasPrefix("# RECONSTRUCTED"))
            #expect(returned.components(separatedBy: "\n")[1].hasPrefix("#reconstructed,\"RECONSTRUCTED from "))
        }
        let result = try inspectNorthamptonshire(ProjectCopy(of: repositoryRoot))
        #expect(
            result.evidence.filter { $0.recordType == "case-audit" }.map(\.provenance) == [.reconstructed, .reconstructed, .reconstructed])
    }
}
