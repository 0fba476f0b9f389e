import CaseAudits
import Foundation
import InspectionKit
import InspectionLoading
import Testing

/// `inspector audit-form`: a row (CSV) or a section (HTML, Markdown) per sampled case, the
/// questions with their guidance, references only, nothing a spreadsheet runs, nothing a page loads.
@Suite("Audit forms")
struct FormTests {
    static func form(forceName: String? = nil) throws -> (AuditFormDocument, [String]) {
        let copy = try ProjectCopy.withVisits()
        if let forceName { try copy.edit("Forces/alpha/force.yaml", replacing: "name: Alpha Constabulary", with: "name: \"\(forceName)\"") }
        let cases = try copy.drawSample(size: 3).cases.map(\.reference)
        let workspace = try copy.workspace()
        let document = try AuditFormDocument.make(
            sample: "\(copy.root)/Forces/alpha/evidence/audits/sample.yaml", force: "alpha", catalog: workspace.catalog,
            registry: workspace.registry)
        return (document, cases)
    }

    @Test func theCSVHasAHeaderInstructionsAndARowPerCase() throws {
        let (document, cases) = try Self.form()
        let lines = AuditFormCSV.render(document).components(separatedBy: "\n")
        #expect(lines[0] == "case_ref,auditor,visits.recorded-fully,visits.concern-found")
        #expect(lines[3] == "#question,,Does the file record the visit fully?,Which concern did the visit find?")
        #expect(lines[4] == "#answers,,yes / partly / no / not-applicable,neglect / violence / missing / not-applicable")
        #expect(lines.filter { !$0.hasPrefix("#") && !$0.isEmpty }.dropFirst() == cases.map { "\($0),,," }[...])
        #expect(lines.filter { $0.hasPrefix("#") }.count == 9)
    }

    @Test func aFormulaInAnyCellIsNeutralised() throws {
        let (document, _) = try Self.form(forceName: "=HYPERLINK(\\\"x\\\")")
        let csv = AuditFormCSV.render(document)
        #expect(csv.contains("#form,\"Home visits: =HYPERLINK(\"\"x\"\")\","))
        var cell = document
        cell.formTitle = "@SUM(1+1)"
        #expect(AuditFormCSV.render(cell).contains("#form,\"'@SUM(1+1): =HYPERLINK(\"\"x\"\")\",,\n"))
    }

    @Test func theHTMLIsSelfContainedAccessibleAndReferencesOnly() throws {
        let (document, cases) = try Self.form(forceName: "<script>alert(1)</script> Police")
        let html = AuditFormHTML.render(document)
        #expect(html.hasPrefix("<!DOCTYPE html>\n<html lang=\"en-GB\">"))
        #expect(!html.contains("<script") && html.contains("&lt;script&gt;alert(1)&lt;/script&gt; Police"))
        #expect(!html.contains("src=") && !html.contains("href=") && html.contains("default-src 'none'"))
        for (index, reference) in cases.enumerated() {
            #expect(html.contains("<h2 id=\"case-\(index + 1)\">Case \(index + 1) of 3: <code>\(reference)</code></h2>"))
        }
        // Each question is a fieldset with its legend; each answer a labelled radio button.
        #expect(html.components(separatedBy: "<fieldset><legend>").count - 1 == 3 * 2)
        #expect(
            html.contains(
                "<input type=\"radio\" id=\"case-1-q1-2\" name=\"case-1-q1\" value=\"partly\"><label for=\"case-1-q1-2\">partly</label>"))
        #expect(html.contains("<label for=\"case-1-auditor\">Auditor id</label>"))
        #expect(html.contains(".case{break-before:page;page-break-before:always}"))
        #expect(!html.contains("requested_at") && !html.contains("2025-01"))
    }

    @Test func theMarkdownListsQuestionsThenCases() throws {
        let (document, cases) = try Self.form()
        let markdown = AuditFormMarkdown.render(document)
        #expect(markdown.hasPrefix("# Audit form: Home visits\n"))
        #expect(markdown.contains("1. **Does the file record the visit fully?** (`visits.recorded-fully`)\n"))
        #expect(markdown.contains("   - Read by: visits.recorded (Visits recorded)\n"))
        #expect(markdown.contains("## Case 1 of 3: \(cases[0])\n"))
        #expect(markdown.contains("   ☐ yes   ☐ partly   ☐ no   ☐ not-applicable\n"))
    }

    @Test func aFilledCSVFormIsAReturnedForm() throws {
        let copy = try ProjectCopy.withVisits()
        let cases = try copy.drawSample(size: 3).cases.map(\.reference)
        let workspace = try copy.workspace()
        let document = try AuditFormDocument.make(
            sample: "\(copy.root)/Forces/alpha/evidence/audits/sample.yaml", force: "alpha", catalog: workspace.catalog,
            registry: workspace.registry)
        let filled = AuditFormCSV.render(document).components(separatedBy: "\n").map { line in
            let reference = String(line.prefix { $0 != "," })
            return cases.contains(reference) ? "\(reference),A1,yes,not-applicable" : line
        }
        try copy.declareAudit(rows: [])
        try copy.write("Forces/alpha/evidence/audits/returned.csv", filled.joined(separator: "\n"))
        let result = try copy.inspect()
        #expect(result.check("visits.recorded").result.count == .init(met: 3, of: 3))
        #expect(result.evidence.first { $0.name == "visits_audit" }?.rows == 3, "instruction rows are not data rows")
    }
}
