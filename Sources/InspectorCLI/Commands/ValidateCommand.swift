import ArgumentParser
import Foundation
import InspectionKit
import InspectionReports
import InspectionRunner

/// `inspector validate [paths…]`: checks configuration and evidence without running anything.
struct ValidateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "validate",
        abstract: "Check frameworks, forces and evidence: every cross-reference, type and path.",
        discussion: """
            With no paths, validates everything under the root. A path may be a force \
            directory (Forces/northamptonshire), a force id, or Frameworks/. All problems are \
            reported, each as file:line:col with the source line; the exit code is 3 if there \
            is any.
            """)

    @OptionGroup var project: ProjectOptions

    @Argument(help: "Force directories or ids, or Frameworks/ (default: everything).")
    var paths: [String] = []

    func run() throws {
        try reporting {
            let workspace = try Workspace.open(root: project.root, registry: Inspector.currentRegistry())
            let forces = try selectedForces(workspace)
            var problems: [Diagnostic] = []
            var rejected: [String] = []
            for id in forces {
                let (found, rejections) = workspace.check(force: id)
                if problems.isEmpty { problems = found } else { problems += found }
                rejected += rejections.map { Self.rejected($0.dataset, force: id, inspection: $0.inspection) }
            }
            if !problems.isEmpty { throw CommandFailure.invalid(Diagnostics(consume problems)) }
            let frameworks = workspace.catalog.frameworks.count
            // Valid, but not silent about what it left out: rows rejected within max_rejected.
            let note =
                rejected.isEmpty
                ? ""
                : "Rows were rejected within the datasets' max_rejected (`inspect --rejects DIR` writes them):\n"
                    + rejected.map { "  - \($0)\n" }.joined()
            try Terminal.standardOutput.writeResult(
                "Valid: \(frameworks) \(frameworks == 1 ? "framework" : "frameworks"), "
                    + "\(forces.count) \(forces.count == 1 ? "force" : "forces") (\(forces.joined(separator: ", "))).\n" + note)
            return .ran
        }
    }

    /// "northamptonshire, 2025-ncpi, dataset missing_episodes (evidence/missing.csv): 10 of 46 rows rejected".
    static func rejected(_ dataset: DatasetSummary, force: String, inspection: String) -> String {
        let read = dataset.rows ?? dataset.records
        return "\(force), \(inspection), dataset \(dataset.name) (\(dataset.file)): \(dataset.rejections.count) of \(read) rows rejected"
    }

    /// The force ids the paths name; frameworks are always validated when the workspace opens.
    private func selectedForces(_ workspace: Workspace) throws -> [String] {
        guard !paths.isEmpty else { return workspace.forceIDs }
        var forces: [String] = []
        for path in paths {
            let trimmed = path.hasSuffix("/") ? String(path.dropLast()) : path
            let components = trimmed.split(separator: "/").map(String.init)
            if components.last == "Frameworks" { continue }
            let id = components.last.map { $0 == "force.yaml" ? components.dropLast().last ?? $0 : $0 } ?? trimmed
            guard workspace.forceIDs.contains(id) else {
                let suggestion = workspace.forceSuggestion(for: id)
                throw CommandFailure.usage(
                    "'\(path)' is neither a force nor Frameworks/" + (suggestion.map { " (did you mean '\($0)'?)" } ?? ""))
            }
            forces.append(id)
        }
        return forces
    }
}
