import ArgumentParser
import InspectionKit
import InspectionReports
import InspectionRunner

/// `inspector explain <check-id>`: what a check does, its parameters and worked examples.
struct ExplainCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "explain",
        abstract: "Explain a check (descriptor, parameters, examples), a framework's area, a record type (its fields) or a check module.",
        discussion: """
            `inspector list checks` lists check ids and `inspector list record-types` the record types. \
            An area id (`inspector explain responding`) shows the area's headline, its characteristics \
            of good with their sources, its checks with their weights and the scoring models; \
            --framework chooses the framework when several have the area. \
            `--record-types` prints the fields of every record type; `--module <name> --format markdown` \
            prints a module's reference (its checks and record types), as kept in Plugins/<name>/REFERENCE.md.
            """)

    @OptionGroup var project: ProjectOptions

    @Argument(help: "A check id (missing.risk-grading), an area id (responding) or a record type id (missing-episode).")
    var id: String?

    @Option(help: "For an area: the framework it belongs to (needed when several frameworks have the area).")
    var framework: String?

    @Flag(help: "Document every record type instead.")
    var recordTypes = false

    @Flag(help: "With --record-types: only the record types every inspector knows (docs/record-types.md).")
    var core = false

    @Option(help: "Document a check module instead: its checks and record types.")
    var module: String?

    @Option(help: "Output format for --record-types and --module: text or markdown.")
    var format: DocumentationFormat = .text

    enum DocumentationFormat: String, ExpressibleByArgument, CaseIterable { case text, markdown }

    func run() throws {
        try reporting {
            let registry = try Inspector.currentRegistry()
            if let module {
                guard let found = registry.modules.first(where: { $0.name == module }) else {
                    let suggestion = Suggestions.closest(module, registry.modules.map(\.name))
                    throw CommandFailure.usage(
                        "unknown check module '\(module)'" + (suggestion.map { " (did you mean '\($0)'?)" } ?? "")
                            + "; modules: " + registry.modules.map(\.name).joined(separator: ", "))
                }
                let markdown = CheckDocumentation.moduleMarkdown(found, registry: registry)
                try Terminal.standardOutput.writeResult(markdown)
                return .ran
            }
            if recordTypes {
                let ids = core ? CheckRegistry.coreRecordTypes.map { $0.recordType.id } : registry.recordTypeIDs
                let types = ids.compactMap { registry.recordType($0)?.recordType }
                try Terminal.standardOutput.writeResult(
                    format == .markdown
                        ? CheckDocumentation.recordTypesMarkdown(
                            types, generatedBy: "inspector explain --record-types\(core ? " --core" : "") --format markdown")
                        : types.map { CheckDocumentation.text($0) }.joined(separator: "\n"))
                return .ran
            }
            guard let id else {
                throw CommandFailure.usage("name a check or record type to explain, e.g. `inspector explain missing.risk-grading`")
            }
            if let descriptor = registry.descriptor(id) {
                let module = registry.modules.first { $0.checks.contains { $0.descriptor.id == id } }?.name
                try Terminal.standardOutput.writeResult(CheckDocumentation.text(descriptor, module: module, usage: usage(of: id, registry)))
            } else if let type = registry.recordType(id) {
                try Terminal.standardOutput.writeResult(CheckDocumentation.text(type.recordType))
            } else {
                let workspace = try Workspace.open(root: project.root, registry: registry)
                let frameworks = workspace.catalog.frameworkIDs.compactMap { workspace.catalog.frameworks[$0] }
                if let framework, !frameworks.contains(where: { $0.id.value == framework }) {
                    let suggestion = Suggestions.closest(framework, workspace.catalog.frameworkIDs)
                    throw CommandFailure.usage("unknown framework '\(framework)'" + (suggestion.map { " (did you mean '\($0)'?)" } ?? ""))
                }
                let found = frameworks.filter { framework == nil || $0.id.value == framework }.compactMap { candidate in
                    candidate.area(id).map { (candidate, $0) }
                }
                if found.count > 1 {
                    throw CommandFailure.usage(
                        "area '\(id)' is in more than one framework (" + found.map(\.0.id.value).joined(separator: ", ")
                            + "); choose one with --framework")
                }
                guard let (owner, area) = found.first else {
                    let areaIDs = frameworks.flatMap { $0.areas.map(\.id.value) }
                    let suggestion = Suggestions.closest(id, registry.ids + registry.recordTypeIDs + areaIDs)
                    let modules = registry.modules.filter { !$0.checks.isEmpty }.map(\.name).joined(separator: ", ")
                    throw CommandFailure.usage(
                        "unknown check, area or record type '\(id)'"
                            + (suggestion.map { " (did you mean '\($0)'?)" }
                                ?? "; no check module of this inspector (\(modules)) has it: "
                                + "if another module provides it, run an inspector built with that module (docs/extending.md)")
                            + "; `inspector list checks` lists the checks")
                }
                try Terminal.standardOutput.writeResult(AreaDocumentation.text(area, of: owner, registry: registry))
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
                        + ($0.partlyMetClass == $0.onFailure ? "" : " (partly met: \($0.partlyMetClass.label))")
                        + ($0.whenNotMetAtBest.map { ", when not met at best \($0.value)" } ?? "")
                        + ($0.characteristic.map { ", evidences \($0.value)" } ?? "")
                }
            }
        }
    }
}
