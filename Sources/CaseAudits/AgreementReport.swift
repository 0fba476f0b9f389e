import InspectionKit
import InspectionReports

/// `inspector agreement`: per question, how far two auditors agreed (percentage and Cohen's
/// kappa, with the number of cases), and the moderation list: every disagreement, with the
/// answer moderation agreed or "not moderated".
public enum AgreementReport {
    public enum Format: String, CaseIterable, Sendable { case text, markdown, json }

    public static func render(_ audits: [AuditAgreement], force: String, format: Format, width: Int = 80) -> String {
        switch format {
        case .text: return text(audits, force: force, width: width)
        case .markdown: return markdown(audits, force: force)
        case .json: return json(audits, force: force).serialized()
        }
    }

    /// "0.33", or "not defined" when every answer was the same word.
    static func kappa(_ value: Double?) -> String { value.map { NumberText.plain(($0 * 100).rounded() / 100) } ?? "not defined" }

    static func agreed(_ question: AuditAgreement.QuestionAgreement) -> String {
        question.share.map { "\(question.agreed) (\(NumberText.percent($0)))" } ?? "–"
    }

    static func moderation(_ disagreement: AuditAgreement.Disagreement) -> String {
        disagreement.moderated.map { "moderated: \($0) (agreed by \(disagreement.agreedBy.joined(separator: ", ")))" }
            ?? "NOT MODERATED (\(disagreement.place))"
    }

    static func text(_ audits: [AuditAgreement], force: String, width: Int) -> String {
        var out = ["Agreement of auditors: \(force)"]
        if audits.isEmpty { out.append("No returned audit form is declared (record_type: case-audit).") }
        for audit in audits {
            out.append("")
            out.append(TextWrap.wrap("\(audit.name): \(audit.form) (\(audit.file))", width: width, indent: "  "))
            out.append(
                TextWrap.wrap(
                    "\(audit.sampleSize) cases sampled; \(audit.doubleAudited) audited by two auditors; auditors "
                        + audit.auditors.joined(separator: ", ") + ".", width: width, indent: "  ", firstIndent: "  "))
            guard audit.doubleAudited > 0 else {
                out.append("  No case was audited by two auditors, so agreement cannot be measured.")
                continue
            }
            out.append("  " + TextWrap.pad("Question", 40) + TextWrap.pad("Cases", 7) + TextWrap.pad("Agreed", 13) + "Kappa")
            for question in audit.questions {
                out.append(
                    "  " + TextWrap.pad(question.question, 40) + TextWrap.pad(String(question.cases), 7)
                        + TextWrap.pad(agreed(question), 13)
                        + kappa(question.kappa))
            }
            out.append("  Disagreements: \(audit.disagreements.count), \(audit.unmoderated) not moderated")
            for disagreement in audit.disagreements {
                out.append(
                    TextWrap.wrap(
                        "\(disagreement.caseRef) \(disagreement.question): " + disagreement.answers.joined(separator: ", ") + "; "
                            + moderation(disagreement), width: width, indent: "      ", firstIndent: "    - "))
            }
        }
        return out.joined(separator: "\n") + "\n"
    }

    static func markdown(_ audits: [AuditAgreement], force: String) -> String {
        var out = ["# Agreement of auditors: \(cell(force))", ""]
        if audits.isEmpty { out += ["No returned audit form is declared (record_type: case-audit).", ""] }
        for audit in audits {
            out += [
                "## \(cell(audit.name)): \(cell(audit.form))", "",
                "\(audit.sampleSize) cases sampled; \(audit.doubleAudited) audited by two auditors; auditors "
                    + audit.auditors.map(cell).joined(separator: ", ")
                    + ". Returned form `\(audit.file.replacingOccurrences(of: "`", with: "'"))`.",
                "",
            ]
            guard audit.doubleAudited > 0 else {
                out += ["No case was audited by two auditors, so agreement cannot be measured.", ""]
                continue
            }
            out += ["| Question | Cases | Agreed | Kappa |", "|---|---:|---:|---:|"]
            out += audit.questions.map { "| `\($0.question)` | \($0.cases) | \(agreed($0)) | \(kappa($0.kappa)) |" }
            out += ["", "### Moderation list (\(audit.disagreements.count) disagreements, \(audit.unmoderated) not moderated)", ""]
            if !audit.disagreements.isEmpty {
                out += ["| Case | Question | Answers | Moderation |", "|---|---|---|---|"]
                out += audit.disagreements.map {
                    "| \(cell($0.caseRef)) | `\($0.question)` | \($0.answers.map(cell).joined(separator: "; ")) | \(cell(moderation($0))) |"
                }
            }
            out.append("")
        }
        return out.joined(separator: "\n")
    }

    static func json(_ audits: [AuditAgreement], force: String) -> JSONValue {
        .object([
            ("schema_version", 1),
            ("force", .string(force)),
            (
                "audits",
                .array(
                    audits.map { audit in
                        .object([
                            ("name", .string(audit.name)), ("file", .string(audit.file)), ("form", .string(audit.form)),
                            ("sample_size", .number(Double(audit.sampleSize))),
                            ("auditors", .array(audit.auditors.map { .string($0) })),
                            ("double_audited", .number(Double(audit.doubleAudited))),
                            (
                                "questions",
                                .array(
                                    audit.questions.map { question in
                                        .object([
                                            ("question", .string(question.question)), ("cases", .number(Double(question.cases))),
                                            ("agreed", .number(Double(question.agreed))), ("share", .optional(question.share)),
                                            ("kappa", .optional(question.kappa)),
                                        ])
                                    })
                            ),
                            (
                                "disagreements",
                                .array(
                                    audit.disagreements.map { found in
                                        .object([
                                            ("case_ref", .string(found.caseRef)), ("question", .string(found.question)),
                                            ("answers", .array(found.answers.map { .string($0) })),
                                            ("moderated", .optional(found.moderated)),
                                            ("agreed_by", .array(found.agreedBy.map { .string($0) })), ("place", .string(found.place)),
                                        ])
                                    })
                            ),
                        ])
                    })
            ),
        ])
    }

    private static func cell(_ value: String) -> String { AuditFormMarkdown.text(value) }
}
