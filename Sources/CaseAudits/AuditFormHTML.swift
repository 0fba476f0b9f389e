import InspectionKit
import InspectionReports

/// The audit form as one printable, self-contained HTML page: the questions with their
/// guidance, then a section per sampled case (a page each in print) with the auditor's id and,
/// for each question, a group of answers (a fieldset with its legend, so a screen reader reads
/// the question with each answer). No script and no external resource; references only.
public enum AuditFormHTML {
    public static func render(_ form: AuditFormDocument) -> String {
        var body: [String] = []
        body.append("<header>")
        body.append("<h1>Audit form: \(text(form.formTitle))</h1>")
        body.append("<p class=\"meta\">\(text(form.forceName)) · \(text(form.inspectionTitle))</p>")
        body.append("<p class=\"meta\">Sample: \(text(form.sampleWords)); sample file <code>\(text(form.sampleFile))</code>.</p>")
        body.append("</header>")
        body.append("<section aria-labelledby=\"how\">")
        body.append("<h2 id=\"how\">How to answer</h2>")
        body.append("<ul>" + AuditFormDocument.instructions.map { "<li>\(text($0))</li>" }.joined() + "</ul>")
        body.append("</section>")
        body.append("<section aria-labelledby=\"questions\">")
        body.append("<h2 id=\"questions\">Questions</h2>")
        body.append("<ol class=\"questions\">")
        for entry in form.questions {
            body.append("<li><p><strong>\(text(entry.question.wording))</strong> <code>\(text(entry.question.id))</code></p>")
            body.append("<dl>")
            body.append("<dt>Answers</dt><dd>" + entry.answers.map { "<code>\(text($0))</code>" }.joined(separator: ", ") + "</dd>")
            body.append("<dt>Guidance</dt><dd>\(text(entry.question.guidance))</dd>")
            body.append("<dt>Evidence of</dt><dd>\(text(entry.question.characteristic))</dd>")
            if !entry.readBy.isEmpty { body.append("<dt>Read by</dt><dd>" + entry.readBy.map(text).joined(separator: "; ") + "</dd>") }
            body.append("</dl></li>")
        }
        body.append("</ol>")
        body.append("</section>")
        for (number, entry) in form.cases.enumerated() {
            let id = "case-\(number + 1)"
            body.append("<section class=\"case\" aria-labelledby=\"\(id)\">")
            body.append("<h2 id=\"\(id)\">Case \(number + 1) of \(form.cases.count): <code>\(text(entry.reference))</code></h2>")
            if entry.stratum != "all" { body.append("<p class=\"meta\">Stratum: \(text(entry.stratum))</p>") }
            body.append(
                "<p><label for=\"\(id)-auditor\">Auditor id</label> <input type=\"text\" id=\"\(id)-auditor\" name=\"\(id)-auditor\" size=\"8\" autocomplete=\"off\"></p>"
            )
            for (index, question) in form.questions.enumerated() {
                let group = "\(id)-q\(index + 1)"
                body.append("<fieldset><legend>\(index + 1). \(text(question.question.wording))</legend>")
                for (choice, answer) in question.answers.enumerated() {
                    let input = "\(group)-\(choice + 1)"
                    body.append(
                        "<span class=\"answer\"><input type=\"radio\" id=\"\(input)\" name=\"\(group)\" value=\"\(text(answer))\"><label for=\"\(input)\">\(text(answer))</label></span>"
                    )
                }
                body.append("</fieldset>")
            }
            body.append("</section>")
        }
        body.append(
            "<footer>Written by \(text(form.tool.name)) \(text(form.tool.version)) (<code>inspector audit-form</code>). Case references only.</footer>"
        )
        return HTMLDocument.page(
            title: "Audit form: \(form.formTitle) (\(form.forceName))", generator: form.tool,
            body: HTML(stringLiteral: body.joined(separator: "\n")), css: HTML(stringLiteral: css))
    }

    private static func text(_ value: String) -> String { HTMLEscaping.attribute(value) }

    static let css = """
        :root{color-scheme:light;--ink:#1f2328;--muted:#57606a;--rule:#d0d7de;--panel:#f6f8fa}
        *{box-sizing:border-box}
        body{margin:0;background:#fff;color:var(--ink);font:16px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,sans-serif}
        main{max-width:860px;margin:0 auto;padding:2rem 1.5rem 3rem}
        h1{font-size:1.8rem;line-height:1.25;margin:0 0 .5rem}
        h2{font-size:1.3rem;margin:2rem 0 .75rem;padding-top:.75rem;border-top:2px solid var(--rule)}
        .meta{color:var(--muted);margin:.2rem 0}
        code{font:.9em/1.4 ui-monospace,"DejaVu Sans Mono",Menlo,Consolas,monospace;background:var(--panel);padding:0 .25em;border-radius:3px;overflow-wrap:anywhere}
        .questions li{margin:0 0 1rem}
        dl{margin:.25rem 0 0;display:grid;grid-template-columns:max-content 1fr;gap:.2rem .75rem}
        dt{font-weight:600;color:var(--muted)}
        dd{margin:0}
        fieldset{border:1px solid var(--rule);border-radius:4px;margin:.75rem 0;padding:.5rem .9rem .75rem}
        legend{float:left;width:100%;font-weight:600;padding:0;margin:0 0 .35rem}
        legend+.answer{clear:left}
        .answer{display:inline-block;margin:.3rem 1.5rem .1rem 0;white-space:nowrap}
        input[type=radio]{width:1.1rem;height:1.1rem;vertical-align:-.2rem;margin-right:.35rem}
        input[type=text]{font:inherit;border:0;border-bottom:1px solid var(--ink);padding:0 .25rem}
        label{font-weight:500}
        footer{margin-top:3rem;padding-top:.75rem;border-top:1px solid var(--rule);color:var(--muted);font-size:.9rem}
        @media print{
        @page{size:A4;margin:16mm 14mm 18mm}
        body{font-size:11pt}
        main{max-width:none;padding:0}
        code{background:none}
        .case{break-before:page;page-break-before:always}
        fieldset,li{break-inside:avoid;page-break-inside:avoid}
        }
        """
}
