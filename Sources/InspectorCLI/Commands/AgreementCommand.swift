import ArgumentParser
import CaseAudits
import InspectionKit
import InspectionRunner

/// `inspector agreement <force>`: how far two auditors agreed, and the moderation list.
struct AgreementCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "agreement",
        abstract: "Show how far two auditors agreed on each audit question, and every disagreement to moderate.",
        discussion: """
            For each returned audit form of the force's inspection: per question, the cases two \
            auditors audited independently, how many they answered alike (a percentage) and \
            Cohen's kappa (agreement beyond chance; "not defined" when every answer is the same); \
            then the moderation list: every disagreement, with the answer the moderation file \
            records and who agreed it, or NOT MODERATED with where the later answer is written. An \
            inspection refuses to run while a disagreement is not moderated.
            """)

    @OptionGroup var project: ProjectOptions

    @Argument(help: "The force: its directory name under Forces/.")
    var force: String

    @Option(help: "The framework whose latest inspection to read (default: the force's latest inspection).")
    var framework: String?

    @Option(help: "text, markdown or json.")
    var format: AgreementFormat = .text

    enum AgreementFormat: String, ExpressibleByArgument, CaseIterable { case text, markdown, json }

    func run() throws {
        try reporting {
            let workspace = try Workspace.open(root: project.root, registry: Inspector.currentRegistry())
            let audits: [AuditAgreement]
            do {
                audits = try AuditAgreement.of(force: force, framework: framework, catalog: workspace.catalog, registry: workspace.registry)
            } catch let error as SamplingError {
                throw CommandFailure.usage(error.description)
            }
            let chosen = AgreementReport.Format(rawValue: format.rawValue)!
            try Terminal.standardOutput.writeResult(AgreementReport.render(audits, force: force, format: chosen))
            return .ran
        }
    }
}
