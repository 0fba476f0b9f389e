import ArgumentParser
import InspectionKit
import InspectionReports

/// `inspector explain <check-id>`: what a check does, its parameters and worked examples.
struct ExplainCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "explain",
        abstract: "Explain a check (descriptor, parameters, examples) or a record type (its fields).",
        discussion: "`inspector list checks` lists check ids; `--record-types --format markdown` prints the fields every evidence record type has.")

    @OptionGroup var project: ProjectOptions

    @Argument(help: "A check id (missing.risk-grading) or a record type id (missing-episode).")
    var id: String?

    @Flag(help: "Document every record type instead.")
    var recordTypes = false

    @Option(help: "Output format for --record-types: text or markdown.")
    var format: DocumentationFormat = .text

    enum DocumentationFormat: String, ExpressibleByArgument, CaseIterable { case text, markdown }

    func run() throws {
        try reporting {
            let registry = try Inspector.currentRegistry()
            let types = registry.recordTypeIDs.compactMap { registry.recordType($0)?.recordType }
            if recordTypes {
                try Terminal.standardOutput.writeResult(format == .markdown
                    ? CheckDocumentation.recordTypesMarkdown(types)
                    : types.map { CheckDocumentation.text($0) }.joined(separator: "\n"))
                return .ran
            }
            guard let id else { throw CommandFailure.usage("name a check or record type to explain, e.g. `inspector explain missing.risk-grading`") }
            if let descriptor = registry.descriptor(id) {
                let module = registry.modules.first { $0.checks.contains { $0.descriptor.id == id } }?.name
                try Terminal.standardOutput.writeResult(CheckDocumentation.text(descriptor, module: module, usage: usage(of: id, registry)))
            } else if let type = registry.recordType(id) {
                try Terminal.standardOutput.writeResult(CheckDocumentation.text(type.recordType))
            } else {
                let suggestion = Suggestions.closest(id, registry.ids + registry.recordTypeIDs)
                throw CommandFailure.usage("unknown check or record type '\(id)'" + (suggestion.map { " (did you mean '\($0)'?)" } ?? "")
                                           + "; `inspector list checks` lists the checks")
            }
            return .ran
        }
    }

    /// Where frameworks under the root use the check; empty when the root has none.
    private func usage(of id: String, _ registry: CheckRegistry) -> [String] {
        guard let workspace = try? Workspace.open(root: project.root, registry: registry) else { return [] }
        return workspace.catalog.frameworkIDs.flatMap { frameworkID in
            workspace.catalog.frameworks[frameworkID]!.areas.flatMap { area in
                area.checks.filter { $0.check.value == id }.map {
                    "\(frameworkID), area \(area.id.value): weight \(NumberText.plain($0.weight)), on failure \($0.onFailure.label)"
                        + ($0.whenNotMetAtBest.map { ", when not met at best \($0.value)" } ?? "")
                }
            }
        }
    }
}
