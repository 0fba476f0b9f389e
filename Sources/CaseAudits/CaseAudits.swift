// CaseAudits: case-file audits as inspectors run them, around the framework: a reproducible
// sample of a dataset's case references (`inspector sample`), the audit form auditors fill in
// (`inspector audit-form`: CSV, printable HTML, Markdown), and the agreement of two auditors with
// the disagreements to moderate (`inspector agreement`). Reading the returned forms as evidence
// is the evidence layer's (InspectionLoading); intervals and grades are the core's and the
// runner's. It depends on the core, the evidence layer, the reports' text helpers, FileSafety and
// Reproducible; it must not run inspections, and nothing below it may depend on it.
