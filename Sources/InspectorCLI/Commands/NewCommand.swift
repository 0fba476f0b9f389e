import ArgumentParser
import Foundation
import InspectionKit
import InspectionReports
import InspectionRunner
import Scaffolding

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
            Writes force.yaml and inspections/<framework>.yaml with every key explained and a \
            <FILL IN: …> placeholder wherever only you can say what to write. `inspector validate \
            <id>` lists each placeholder left, with its line; once they are filled in, the force \
            validates and `inspector inspect <id>` runs (areas stay "not graded" until evidence \
            is added).
            """)

    @OptionGroup var project: ProjectOptions

    @Argument(help: "The force's id: lowercase words joined by hyphens, e.g. west-yorkshire.")
    var id: String

    @Option(help: "The force's full name, e.g. \"West Yorkshire Police\".")
    var name: String

    @Option(help: "The region, e.g. \"Yorkshire and the Humber\" (default: a placeholder to fill in).")
    var region: String?

    @Option(help: "The country.")
    var country: String = "England"

    @Option(help: "The framework the inspection template is for.")
    var framework: String = "ncpi-2024"

    func validate() throws {
        for (option, value) in [("--name", name), ("--region", region ?? "-"), ("--country", country)]
        where value.isEmpty
            || value.unicodeScalars.contains(where: { $0.properties.generalCategory == .control || $0 == "\u{2028}" || $0 == "\u{2029}" })
        {
            throw ValidationError("\(option) must be one line of text")
        }
        guard ForceID.isValid(id) else {
            throw ValidationError(
                "the id '\(id)' must be lowercase letters, digits and hyphens, starting with a letter, e.g. \(ForceID.suggest(id))")
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
            if let clash = workspace.forceIDs.first(where: { $0.lowercased() == id }) {
                throw CommandFailure.usage("Forces/\(clash) already exists and differs from '\(id)' only in case; a force has one id")
            }
            let grades = workspace.catalog.scale(for: framework)?.grades.map(\.id) ?? []
            var placeholders = 0
            let scaffold = ForceScaffold(id: id, name: name, region: region, country: country, framework: framework, grades: grades)
            do {
                try ReportFiles.write(scaffold.files.map { ((directory as NSString).appendingPathComponent($0.0), $0.1) }, announce: false)
                // The scaffold must have no problem but its placeholders; if it ever does, say so
                // and remove it rather than leave a broken directory looking finished.
                let problems = try Workspace.open(root: project.root, registry: Inspector.currentRegistry()).problems(force: id)
                let unexpected = problems.filter { if case .placeholder = $0.reason { return false } else { return true } }
                if !unexpected.isEmpty {
                    throw CommandFailure.internalFault("the new force does not validate:\n" + Diagnostics(unexpected).description)
                }
                placeholders = problems.count
            } catch {
                try? FileManager.default.removeItem(atPath: directory)
                throw error
            }
            try Terminal.standardOutput.writeResult(
                """
                Created \(directory)/ with \(placeholders) placeholders to fill in:
                  force.yaml: who the force is
                  inspections/\(self.framework).yaml: the inspection, its published grades and its evidence
                  evidence/README.md: what evidence files look like
                `./inspector validate \(id)` lists each placeholder left, with its line; then `./inspector inspect \(id)`
                (`inspector …` once installed with `make install`).

                """)
            return .ran
        }
    }
}
