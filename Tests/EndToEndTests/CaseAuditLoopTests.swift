import Foundation
import Testing

/// The whole loop through the binary, on a copy of the project: sample a Northamptonshire
/// dataset, write the form, fill it (this test does, as two auditors would), inspect with the
/// answers, see the agreement and moderate, see the intervals; byte-identical re-runs; every bad
/// answer file a located error with nothing written.
@Suite("The case-audit loop, end to end")
struct CaseAuditLoopTests {
    static let force = "Forces/northamptonshire"

    /// A copy of the project without Northamptonshire's shipped audits, and a sample of four of
    /// its missing episodes with the CSV form for it.
    static func drawnAndFormed() throws -> (copy: ProjectCopy, cases: [String]) {
        let copy = try ProjectCopy(of: repositoryRoot)
        try copy.removeCaseAudits(force: "northamptonshire")
        let sample = try inspector([
            "sample", "northamptonshire", "--dataset", "missing_episodes", "--size", "4", "--seed", "7", "--root", copy.root, "--out",
            "\(copy.root)/\(force)/evidence/audits/loop-sample.yaml",
        ])
        #expect(sample.status == 0, "\(sample.stderr)")
        #expect(sample.stderr.contains("drew 4 of the 6 cases of missing_episodes (simple-random, seed 7)\n"))
        let form = try inspector([
            "audit-form", "northamptonshire", "--sample", "\(copy.root)/\(force)/evidence/audits/loop-sample.yaml", "--format", "csv",
            "--root", copy.root, "--out", "\(copy.root)/\(force)/evidence/audits/loop-audit.csv",
        ])
        #expect(form.status == 0, "\(form.stderr)")
        let lines = try String(contentsOfFile: "\(copy.root)/\(force)/evidence/audits/loop-audit.csv", encoding: .utf8)
            .components(separatedBy: "\n")
        let cases = lines.dropFirst().filter { !$0.hasPrefix("#") && !$0.isEmpty }.map { String($0.prefix { $0 != "," }) }
        try copy.edit(
            "\(force)/inspections/2025-ncpi.yaml", replacing: "  documents:\n",
            with: """
                    - name: loop_audit
                      record_type: case-audit
                      format: csv
                      file: evidence/audits/loop-audit.csv
                      sample: evidence/audits/loop-sample.yaml
                      provenance: synthetic
                  documents:

                """)
        return (copy, cases)
    }

    /// Fills the form as auditors would: A1 answers every case, A2 the first two, disagreeing
    /// on the second; the rows replace the empty ones (the instruction rows stay).
    static func fill(_ copy: ProjectCopy, _ answers: [String]) throws {
        let path = "\(copy.root)/\(force)/evidence/audits/loop-audit.csv"
        let lines = try String(contentsOfFile: path, encoding: .utf8).components(separatedBy: "\n")
        let kept = lines.filter { $0.hasPrefix("#") || $0.hasPrefix("case_ref,") }
        try (kept + answers).joined(separator: "\n").appending("\n").write(toFile: path, atomically: true, encoding: .utf8)
    }

    @Test func sampleFormFillInspectModerate() throws {
        let (copy, cases) = try Self.drawnAndFormed()
        #expect(cases.count == 4)
        // The same sample, drawn again, is the same bytes.
        let again = try inspector([
            "sample", "northamptonshire", "--dataset", "missing_episodes", "--size", "4", "--seed", "7", "--root", copy.root,
        ])
        #expect(
            again.stdout == (try String(contentsOfFile: "\(copy.root)/\(Self.force)/evidence/audits/loop-sample.yaml", encoding: .utf8)))
        let html = try inspector([
            "audit-form", "northamptonshire", "--sample", "\(copy.root)/\(Self.force)/evidence/audits/loop-sample.yaml", "--format", "html",
            "--root", copy.root,
        ])
        #expect(html.status == 0 && html.stdout.contains("<fieldset><legend>1. On the information the force held"))
        #expect(!html.stdout.contains("<script"))

        try Self.fill(
            copy,
            [
                "\(cases[0]),A1,high", "\(cases[1]),A1,high", "\(cases[2]),A1,medium", "\(cases[3]),A1,no-apparent-risk",
                "\(cases[0]),A2,high", "\(cases[1]),A2,medium",
            ])
        let refused = try inspector(["inspect", "northamptonshire", "--root", copy.root])
        #expect(refused.status == 3)
        #expect(
            refused.stderr.hasPrefix(
                "\(copy.root)/\(Self.force)/evidence/audits/loop-audit.csv:16:\(cases[1].count + 5): error: the auditors disagree on missing.risk-known for case \(cases[1]) (A1: high, A2: medium) and no moderation records the answer agreed"
            ), "\(refused.stderr)")

        let agreement = try inspector(["agreement", "northamptonshire", "--root", copy.root])
        #expect(agreement.status == 0)
        #expect(agreement.stdout.contains("  4 cases sampled; 2 audited by two auditors; auditors A1, A2.\n"))
        #expect(agreement.stdout.contains("  missing.risk-known                      2      1 (50%)      0\n"))
        // Two cases, one answered alike: 50%; A1 answered high twice, so chance agreement is also 50%, and kappa 0.
        #expect(agreement.stdout.contains("    - \(cases[1]) missing.risk-known: A1: high, A2: medium; NOT MODERATED\n"))

        try copy.write(
            "\(Self.force)/evidence/audits/loop-moderation.yaml",
            "schema: 1\nmoderated:\n  - {case_ref: \(cases[1]), question: missing.risk-known, answer: high, agreed_by: [A1, A2]}\n")
        try copy.edit(
            "\(Self.force)/inspections/2025-ncpi.yaml", replacing: "      sample: evidence/audits/loop-sample.yaml\n",
            with: "      sample: evidence/audits/loop-sample.yaml\n      moderation: evidence/audits/loop-moderation.yaml\n")
        let moderated = try inspector(["agreement", "northamptonshire", "--root", copy.root, "--format", "json"])
        #expect(moderated.stdout.contains("\"moderated\": \"high\""))

        let run = try inspector(["inspect", "northamptonshire", "--root", copy.root])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.contains("audited missing-child cases"))
        #expect(run.stdout.contains("95% interval"))
        #expect(
            run.stdout.contains(
                "  - 6 case audits from evidence/audits/loop-audit.csv (synthetic): 6 rows read,\n    6 used, 0 rejected.\n"))
        for format in ["text", "markdown", "html", "json"] {
            let first = try inspector(["inspect", "northamptonshire", "--root", copy.root, "--format", format])
            let second = try inspector(["inspect", "northamptonshire", "--root", copy.root, "--format", format])
            #expect(first.stdout == second.stdout, "\(format) is byte-identical")
            #expect(first.stdout.contains("95% interval") || first.stdout.contains("\"interval\""), "\(format) shows the interval")
        }
    }

    @Test func aBadAnswerFileIsALocatedErrorAndNoReportIsWritten() throws {
        let (copy, cases) = try Self.drawnAndFormed()
        try Self.fill(copy, ["\(cases[0]),A1,high", "\(cases[1]),A1,HIGH", "\(cases[2]),A1,probably", "\(cases[3]),A1,"])
        let report = "\(copy.root)/report.txt"
        let run = try inspector(["inspect", "northamptonshire", "--root", copy.root, "--report", "text:\(report)"])
        #expect(run.status == 3)
        let file = "\(copy.root)/\(Self.force)/evidence/audits/loop-audit.csv"
        #expect(
            run.stderr.contains(
                "\(file):13:\(cases[2].count + 5): error: row rejected: 'probably' is not an answer to missing.risk-known; its answers: high, medium, low, no-apparent-risk, not-applicable\n"
            ))
        #expect(run.stderr.contains("\(file):14:\(cases[3].count + 5): error: row rejected: no answer to missing.risk-known"))
        #expect(!run.stderr.contains(":12:"), "a spreadsheet's capital letters are read as the word")
        #expect(!FileManager.default.fileExists(atPath: report))
        #expect(run.stdout == "")
    }

    @Test func aSampleLargerThanThePopulationIsRefusedAndNothingWritten() throws {
        let copy = try ProjectCopy(of: repositoryRoot)
        let out = "\(copy.root)/sample.yaml"
        let run = try inspector([
            "sample", "northamptonshire", "--dataset", "missing_episodes", "--size", "7", "--seed", "1", "--root", copy.root, "--out", out,
        ])
        #expect(run.status == 3)
        #expect(
            run.stderr == "error: a sample of 7 is more than the 6 cases of missing_episodes it would be drawn from; sample at most 6\n")
        #expect(!FileManager.default.fileExists(atPath: out))
        let overInput = try inspector([
            "sample", "northamptonshire", "--dataset", "missing_episodes", "--size", "2", "--seed", "1", "--root", copy.root, "--out",
            "\(copy.root)/\(Self.force)/evidence/missing-episodes.yaml",
        ])
        #expect(overInput.status == 3)
        #expect(overInput.stderr.contains("the run reads it"))
        // Nor over a sample an inspection reads.
        let shipped = "\(copy.root)/\(Self.force)/evidence/audits/missing-children-sample.yaml"
        let before = try String(contentsOfFile: shipped, encoding: .utf8)
        let overSample = try inspector([
            "sample", "northamptonshire", "--dataset", "missing_episodes", "--size", "2", "--seed", "1", "--root", copy.root, "--out",
            shipped,
        ])
        #expect(overSample.status == 3)
        #expect(try String(contentsOfFile: shipped, encoding: .utf8) == before)
    }
}
