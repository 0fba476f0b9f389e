import CaseAudits
import Foundation
import InspectionKit
import InspectionLoading
import Reproducible

/// Case-file audits of a synthetic force, as auditors would return them: for each of the
/// framework's audit forms whose questions are answered yes or no (or yes, partly or no) and
/// whose record type was written, a sample of the export drawn exactly as `inspector sample`
/// draws it, the form filled in by auditor A1, a share of the cases audited again by A2 who
/// disagrees on a known share of answers, and a moderation file agreeing A1's answer each time.
///
/// A1 answers each question yes with the probability the force's quality gives the check that
/// reads it (`SyntheticForceFacts.compliance`), so the audited shares follow the hidden profile.
/// A form with answers of other words (a risk grade, a vocabulary) is not filled: its right
/// answer depends on a record's facts, which synthesis does not model.
struct SyntheticAudits {
    /// What one force's audits wrote, for the manifest.
    struct Written: Sendable {
        var form: String
        var cases: Int
        var doubleAudited: Int
        var disagreements: Int
    }

    let generator: NationalGenerator

    /// The forms filled for the framework: those whose record type is written and whose
    /// questions are all yes or no (or yes, partly or no), with the check that reads each.
    var forms: [(form: AuditForm, questions: [(question: AuditQuestion, check: String)])] {
        guard generator.options.auditCases > 0 else { return [] }
        let written = Set(generator.recordTypeIDs)
        var found: [(form: AuditForm, questions: [(question: AuditQuestion, check: String)])] = []
        for form in generator.framework.auditForms where written.contains(form.recordType.value) {
            var questions: [(question: AuditQuestion, check: String)] = []
            for id in form.questions {
                guard let question = generator.workspace.registry.auditQuestions[id.value], let check = reader(of: id.value) else { break }
                switch question.answers {
                case .yesNo, .yesPartlyNo: questions.append((question, check))
                case .choices, .vocabulary: break
                }
            }
            if questions.count == form.questions.count { found.append((form, questions)) }
        }
        return found
    }

    /// The first check of the framework that reads a question.
    private func reader(of question: String) -> String? {
        let used = Set(generator.checks.map(\.reference.check.value))
        return generator.workspace.registry.checks(reading: question).first { used.contains($0) }
    }

    /// Writes each form's sample, returned form and moderation file into `output`, declares
    /// them, and adds the settled answers to `store` (what the files must give when read).
    func audit(
        _ plan: SyntheticForcePlan, facts: SyntheticForceFacts, tables: [String: (references: [String], csv: [UInt8], dataset: String)],
        inspectionTitle: String, random: SyntheticRandom, output: inout SyntheticForceOutput, datasets: inout [ForceFiles.Dataset],
        store: inout EvidenceStore
    ) throws(GenerationError) -> [Written] {
        var written: [Written] = []
        for (form, questions) in forms {
            guard let table = tables[form.recordType.value], !table.references.isEmpty else { continue }
            let id = form.id.value
            let size = min(generator.options.auditCases, table.references.count)
            let sample: DrawnSample
            do {
                sample = try Sampler.simpleRandom(
                    references: table.references, size: size, seed: Self.seed(generator.options.seed, force: plan.number), force: plan.id,
                    inspection: NationalGenerator.inspectionID, framework: generator.framework.id.value, form: form, dataset: table.dataset,
                    recordType: form.recordType.value, file: "evidence/\(form.recordType.value).csv", sha256: SHA256.hex(table.csv))
            } catch {
                throw .implausibleRecord(recordType: EvidenceStore.caseAuditType, problems: ["the sample cannot be drawn: \(error)"])
            }
            var answers = random.stream("audit-answers", id)
            var second = random.stream("audit-second", id)
            let cases = sample.cases.map(\.reference)
            // A1 audits every case; A2 every case the stream picks, at the share asked.
            let first = cases.map { _ in questions.map { Self.answer($0.question, compliance: facts.compliance($0.check), &answers) } }
            var rows = zip(cases, first).map { Self.row($0, "A1", $1) }
            var moderation: [String] = []
            var doubleAudited = 0
            var settled: [[AuditedAnswers.Settled]] = cases.map { _ in questions.map { _ in .oneAuditor } }
            for (index, reference) in cases.enumerated() where second.chance(generator.options.doubleAuditShare) {
                doubleAudited += 1
                var answersA2 = first[index]
                for (column, entry) in questions.enumerated() {
                    settled[index][column] = .agreed
                    guard second.chance(generator.options.disagreementShare) else { continue }
                    let others = (entry.question.allowedAnswers() ?? []).filter { $0 != first[index][column] }
                    answersA2[column] = second.pick(others)
                    settled[index][column] = .moderated
                    moderation.append(
                        "  - {case_ref: \(reference), question: \(entry.question.id), answer: \(first[index][column]), agreed_by: [A1, A2]}"
                    )
                }
                rows.append(Self.row(reference, "A2", answersA2))
            }
            let directory = "evidence/audits"
            let document = AuditFormDocument(
                sample, sampleFile: "\(directory)/\(id)-sample.yaml", forceName: plan.name, inspectionTitle: inspectionTitle,
                questions: questions.map(\.question), framework: generator.framework, registry: generator.workspace.registry)
            let formLines = AuditFormCSV.render(document).components(separatedBy: "\n").filter {
                $0.hasPrefix("#") || $0.hasPrefix("case_ref,")
            }
            let returned =
                [
                    formLines[0],
                    "#synthetic,\"SYNTHETIC answers, \(generator.origin): auditor A1 audited every case, A2 a share again.\""
                        + String(repeating: ",", count: questions.count),
                ]
                + formLines.dropFirst() + rows
            // The sample as `inspector sample` writes it, after a line saying what it is.
            let header = "# SYNTHETIC sample of \(plan.name)'s cases, \(generator.origin).\n"
            output.files.append(("\(directory)/\(id)-sample.yaml", Array((header + sample.yaml).utf8)))
            output.files.append(("\(directory)/\(id)-audit.csv", Array((returned.joined(separator: "\n") + "\n").utf8)))
            output.files.append(
                (
                    "\(directory)/\(id)-moderation.yaml",
                    Array(
                        ("# SYNTHETIC moderation, \(generator.origin): every disagreement of A1 and A2, agreed as A1 answered.\nschema: 1\nmoderated:"
                            + (moderation.isEmpty ? " []\n" : "\n" + moderation.joined(separator: "\n") + "\n")).utf8)
                ))
            datasets.append(
                .init(
                    name: "\(id.replacingOccurrences(of: "-", with: "_"))_audit", recordType: EvidenceStore.caseAuditType,
                    file: "\(directory)/\(id)-audit.csv", csv: nil,
                    audit: (sample: "\(directory)/\(id)-sample.yaml", moderation: "\(directory)/\(id)-moderation.yaml")))
            let summary = AuditSampleSummary(
                name: "\(id.replacingOccurrences(of: "-", with: "_"))_audit", dataset: table.dataset, recordType: form.recordType.value,
                form: sample.formTitle, population: sample.population, size: sample.size)
            store.add(
                audited: questions.enumerated().map { column, entry in
                    AuditedAnswers(
                        question: entry.question,
                        cases: cases.indices.map {
                            .init(reference: cases[$0], answer: AuditAnswer(first[$0][column]), settled: settled[$0][column])
                        },
                        samples: [summary])
                },
                summary: DatasetSummary(
                    name: summary.name, recordType: EvidenceStore.caseAuditType, file: "\(directory)/\(id)-audit.csv", records: rows.count,
                    provenance: .synthetic, rows: rows.count))
            written.append(Written(form: id, cases: cases.count, doubleAudited: doubleAudited, disagreements: moderation.count))
        }
        return written
    }

    /// yes with the probability `compliance`; otherwise no, or, for a question that allows it,
    /// partly half the time; not-applicable one time in fifty.
    static func answer(_ question: AuditQuestion, compliance: Double, _ random: inout SyntheticRandom) -> String {
        if random.chance(0.02) { return AuditAnswer.notApplicable.word }
        if random.chance(compliance) { return AuditAnswer.yes.word }
        if case .yesPartlyNo = question.answers, random.chance(0.5) { return AuditAnswer.partly.word }
        return AuditAnswer.no.word
    }

    static func row(_ reference: String, _ auditor: String, _ answers: [String]) -> String {
        ([reference, auditor] + answers).joined(separator: ",")
    }

    /// The seed a force's samples are drawn with: the set's seed and the force's number, so
    /// that `inspector sample` with it draws the same sample.
    static func seed(_ seed: UInt64, force number: Int) -> Int {
        Int(seed % 1_000_000) * 1000 + number
    }
}
