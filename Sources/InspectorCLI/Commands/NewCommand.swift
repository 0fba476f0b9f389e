import ArgumentParser
import Foundation
import InspectionKit
import InspectionReports

/// `inspector new force <id> --name "…"`: a force directory that validates at once.
struct NewCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "new",
        abstract: "Scaffold a new force (YAML) or a new check (Swift) that works at once.",
        subcommands: [NewForceCommand.self, NewCheckCommand.self])
}

struct NewForceCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "force",
        abstract: "Create Forces/<id>/ with force.yaml, an inspection template and an evidence folder.",
        discussion: """
            force.yaml is complete and valid; its comments say what to check. The inspection is \
            written as inspections/<framework>.yaml.template with every key explained: fill it in \
            and rename it to .yaml (only .yaml files are read), then run `inspector validate <id>`.
            """)

    @OptionGroup var project: ProjectOptions

    @Argument(help: "The force's id: lowercase words joined by hyphens, e.g. west-yorkshire.")
    var id: String

    @Option(help: "The force's full name, e.g. \"West Yorkshire Police\".")
    var name: String

    @Option(help: "The region, e.g. \"Yorkshire and the Humber\".")
    var region: String = "not stated"

    @Option(help: "The country.")
    var country: String = "England"

    @Option(help: "The framework the inspection template is for.")
    var framework: String = "ncpi-2024"

    func validate() throws {
        for (option, value) in [("--name", name), ("--region", region), ("--country", country)]
        where value.isEmpty || value.unicodeScalars.contains(where: { $0.properties.generalCategory == .control || $0 == "\u{2028}" || $0 == "\u{2029}" }) {
            throw ValidationError("\(option) must be one line of text")
        }
        guard let first = id.first, first.isLowercase, id.allSatisfy({ ($0.isLowercase && $0.isASCII) || $0.isNumber || $0 == "-" }) else {
            throw ValidationError("the id '\(id)' must be lowercase letters, digits and hyphens, starting with a letter, e.g. west-yorkshire")
        }
    }

    func run() throws {
        try reporting {
            let workspace = try Workspace.open(root: project.root, registry: Inspector.currentRegistry())
            guard let framework = workspace.catalog.frameworks[self.framework] else {
                let suggestion = Suggestions.closest(self.framework, workspace.catalog.frameworkIDs)
                throw CommandFailure.usage("unknown framework '\(self.framework)'" + (suggestion.map { " (did you mean '\($0)'?)" } ?? ""))
            }
            let directory = project.root == "." ? "Forces/\(id)" : (project.root as NSString).appendingPathComponent("Forces/\(id)")
            guard !FileManager.default.fileExists(atPath: directory) else {
                throw CommandFailure.usage("\(directory) already exists; choose another id or edit it")
            }
            let scaffold = ForceScaffold(id: id, name: name, region: region, country: country, framework: framework)
            do {
                for (path, text) in scaffold.files {
                    try ReportFiles.write(text, to: (directory as NSString).appendingPathComponent(path))
                }
                // The scaffold must validate as written; if it ever does not, say so and remove
                // it rather than leave a broken directory looking finished.
                let problems = try Workspace.open(root: project.root, registry: Inspector.currentRegistry()).problems(force: id)
                if !problems.isEmpty { throw CommandFailure.invalid(Diagnostics(problems)) }
            } catch {
                try? FileManager.default.removeItem(atPath: directory)
                throw error
            }
            try Terminal.standardOutput.writeResult("""
                Created \(directory)/, which validates:
                  force.yaml: who the force is; check every value
                  inspections/\(self.framework).yaml.template: fill it in, then rename it to .yaml
                  evidence/README.md: what evidence files look like
                Then: inspector validate \(directory) && inspector inspect \(id)

                """)
            return .ran
        }
    }
}
