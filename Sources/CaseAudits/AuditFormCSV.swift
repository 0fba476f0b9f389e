import InspectionReports

/// The audit form as a spreadsheet: a header of `case_ref`, `auditor` and one column per
/// question, then rows whose `case_ref` starts with `#` carrying the form's instructions
/// (skipped when the form comes back), then one row per sampled case to fill in. Every cell
/// goes through `CSVText`, so none runs as a formula in a spreadsheet.
public enum AuditFormCSV {
    public static func render(_ form: AuditFormDocument) -> String {
        let questions = form.questions
        func row(_ first: String, _ second: String, _ cells: [String]) -> String { CSVText.line([first, second] + cells) }
        var lines = [row("case_ref", "auditor", questions.map(\.question.id))]
        lines.append(row("#form", "\(form.formTitle): \(form.forceName)", questions.map { _ in "" }))
        lines.append(row("#sample", form.sampleWords, questions.map { _ in "" }))
        lines.append(row("#question", "", questions.map(\.question.wording)))
        lines.append(row("#answers", "", questions.map { $0.answers.joined(separator: " / ") }))
        lines.append(row("#guidance", "", questions.map(\.question.guidance)))
        lines.append(row("#evidence-of", "", questions.map(\.question.characteristic)))
        for (index, instruction) in AuditFormDocument.instructions.enumerated() {
            lines.append(row("#instruction-\(index + 1)", instruction, questions.map { _ in "" }))
        }
        lines += form.cases.map { row($0.reference, "", questions.map { _ in "" }) }
        return lines.joined(separator: "\n") + "\n"
    }
}
