import InspectionKit
import InspectionReports

/// The audit form as Markdown: the questions with their guidance, then a section per sampled
/// case with a box to tick for each answer. References only.
public enum AuditFormMarkdown {
    public static func render(_ form: AuditFormDocument) -> String {
        var out = [
            "# Audit form: \(text(form.formTitle))", "",
            "\(text(form.forceName)) · \(text(form.inspectionTitle))", "",
            "Sample: \(text(form.sampleWords)); sample file `\(code(form.sampleFile))`.", "",
        ]
        out += AuditFormDocument.instructions.map { "- \(text($0))" }
        out += ["", "## Questions", ""]
        for (index, entry) in form.questions.enumerated() {
            out.append("\(index + 1). **\(text(entry.question.wording))** (`\(entry.question.id)`)")
            out.append("   - Answers: " + entry.answers.map { "`\($0)`" }.joined(separator: ", "))
            out.append("   - Guidance: \(text(entry.question.guidance))")
            out.append("   - Evidence of: \(text(entry.question.characteristic))")
            if !entry.readBy.isEmpty { out.append("   - Read by: " + entry.readBy.map(text).joined(separator: "; ")) }
        }
        out.append("")
        for (number, entry) in form.cases.enumerated() {
            out += ["## Case \(number + 1) of \(form.cases.count): \(text(entry.reference))", ""]
            if entry.stratum != "all" { out += ["Stratum: \(text(entry.stratum))", ""] }
            out += ["Auditor id: ________", ""]
            for (index, question) in form.questions.enumerated() {
                out.append("\(index + 1). \(text(question.question.wording))")
                out.append("   " + question.answers.map { "☐ \($0)" }.joined(separator: "   "))
            }
            out.append("")
        }
        out.append("Written by \(form.tool.name) \(form.tool.version) (`inspector audit-form`).")
        return out.joined(separator: "\n") + "\n"
    }

    /// A value with Markdown and HTML syntax made inert, as the Markdown report writes it.
    static func text(_ value: String) -> String { MarkdownReport.text(value) }

    /// Text inside a code span: backticks replaced, line breaks made spaces.
    static func code(_ value: String) -> String {
        String(
            String.UnicodeScalarView(
                value.unicodeScalars.map { scalar in
                    scalar == "`" ? "'" : ["\n", "\r", "\u{85}", "\u{2028}", "\u{2029}"].contains(scalar) ? " " : scalar
                }))
    }
}
