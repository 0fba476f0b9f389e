import ArgumentParser
import CaseAudits
import Foundation
import InspectionKit
import InspectionRunner
import InspectionStore

/// `inspector audit-form <force> --sample FILE --format csv|html|markdown`: the form auditors fill in.
struct AuditFormCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "audit-form",
        abstract: "Write the audit form for a sample: CSV to fill in, printable HTML, or Markdown.",
        discussion: """
            The form asks the questions of the framework's audit form for the sample (their \
            wording, answers, guidance, the characteristic of good each is evidence of and the \
            checks that read it) about each sampled case, by reference only. The CSV has a row per \
            case with columns case_ref, auditor and one per question, after rows starting with # \
            that carry the instructions; filled in, it is the returned form an inspection reads \
            (record_type: case-audit, with sample: FILE). Two auditors each fill a copy; put their \
            rows in one file. docs/case-audits.md describes the whole loop.
            """)

    enum Format: String, ExpressibleByArgument, CaseIterable { case csv, html, markdown }

    @OptionGroup var project: ProjectOptions

    @Argument(help: "The force: its directory name under Forces/.")
    var force: String

    @Option(help: ArgumentHelp("The sample file `inspector sample` wrote.", valueName: "file"))
    var sample: String

    @Option(help: "csv, html or markdown.")
    var format: Format = .csv

    @Option(name: .customLong("out"), help: ArgumentHelp("Write the form here (default: standard output).", valueName: "path"))
    var output: String?

    func run() throws {
        try reporting {
            let workspace = try Workspace.open(root: project.root, registry: Inspector.currentRegistry())
            let document = try AuditFormDocument.make(
                sample: sample, force: force, catalog: workspace.catalog, registry: workspace.registry)
            let text: String
            switch format {
            case .csv: text = AuditFormCSV.render(document)
            case .html: text = AuditFormHTML.render(document)
            case .markdown: text = AuditFormMarkdown.render(document)
            }
            guard let output else {
                try Terminal.standardOutput.writeResult(text)
                return .ran
            }
            try ProtectedFiles(
                store: StoreLocation.resolve(option: nil, environment: ProcessInfo.processInfo.environment, root: project.root),
                inputs: ProtectedFiles.inputs(of: workspace, forces: [force]) + [sample]
            ).check([output])
            try ReportFiles.write([(output, text)])
            return .ran
        }
    }
}
