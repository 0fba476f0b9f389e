import ArgumentParser
import Foundation
import InspectionKit
import InspectionReports
import Scaffolding

/// `inspector new check <id> --module <Module> [--reads <record-type>]`: a check in one of the
/// package's check modules, with its test and its line in the module's list.
struct NewCheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Create a check in a module under Plugins/: its file, its test and its line in the module's list.",
        discussion: """
            Run from the package root (where Package.swift is). Writes \
            Plugins/<Module>/<Name>Check.swift (a descriptor with examples that meet, partly meet \
            and fail it, and an evaluate that works), Tests/CheckTests/<Name>CheckTests.swift, \
            adds the check to the module's `checks`, and brings Plugins/<Module>/REFERENCE.md up \
            to date. With --reads the check counts the record type's records by their first \
            true/false field; without it, it rests on inspection observations on a topic named \
            after the check. The package builds and its tests pass at once; then edit the check \
            and use it in a framework's area.
            """)

    @Option(help: ArgumentHelp("The package root holding Package.swift and Plugins/.", valueName: "directory"))
    var root: String = "."

    @Argument(help: "The check's id: dotted lowercase words, e.g. missing.return-interviews.")
    var id: String

    @Option(help: "The check module to add it to, e.g. RespondingChecks (`inspector list modules` lists each).")
    var module: String

    @Option(help: "A record type the check reads, e.g. abuse-report (default: inspection observations only).")
    var reads: String?

    @Option(help: "The area, when the module has more than one.")
    var area: String?

    func run() throws {
        try reporting {
            let registry = try Inspector.currentRegistry()
            let scaffold = try makeScaffold(registry)
            let plugins = (root as NSString).appendingPathComponent("Plugins/\(scaffold.module.name)")
            let list = (plugins as NSString).appendingPathComponent("\(scaffold.module.name).swift")
            guard FileManager.default.fileExists(atPath: list) else {
                throw CommandFailure.usage(
                    "\(list) does not exist; run from the package root (or pass --root) of a checkout with the module's sources")
            }
            for (path, _) in scaffold.files where FileManager.default.fileExists(atPath: (root as NSString).appendingPathComponent(path)) {
                throw CommandFailure.usage("\(path) already exists; choose another id")
            }
            guard let listed = scaffold.addingToList(try String(contentsOfFile: list, encoding: .utf8)) else {
                throw CommandFailure.usage(
                    "cannot find `checks: [` in \(list); add \(scaffold.typeName).self to the module's checks by hand")
            }
            let reference = CheckDocumentation.moduleMarkdown(scaffold.module, registry: registry, adding: [scaffold.descriptor])
            var written = scaffold.files.map { ((root as NSString).appendingPathComponent($0.path), $0.text) }
            written.append((list, listed))
            written.append(((plugins as NSString).appendingPathComponent("REFERENCE.md"), reference))
            try ReportFiles.write(written.map { (path: $0.0, text: $0.1) })
            try Terminal.standardOutput.writeResult(
                """
                Created \(scaffold.typeName) (\(id)) in \(scaffold.module.name): it builds and its tests pass as written.
                Next: edit its descriptor and evaluate, then use it in a framework's area, naming the
                characteristic of good it evidences (`inspector explain <area>` lists them), e.g.
                  - {check: \(id), on_failure: area-for-improvement, characteristic: <id>}

                """)
            return .ran
        }
    }

    private func makeScaffold(_ registry: CheckRegistry) throws -> CheckScaffold {
        guard let found = registry.modules.first(where: { $0.name == module }) else {
            let suggestion = Suggestions.closest(module, registry.modules.map(\.name))
            throw CommandFailure.usage(
                "unknown check module '\(module)'" + (suggestion.map { " (did you mean '\($0)'?)" } ?? "")
                    + "; modules: " + registry.modules.map(\.name).joined(separator: ", "))
        }
        if registry.descriptor(id) != nil { throw CommandFailure.usage("check '\(id)' already exists") }
        let chosenArea: String
        if let area {
            guard found.areas.contains(area) else {
                throw CommandFailure.usage("module \(module) has no area '\(area)'; its areas: " + found.areas.joined(separator: ", "))
            }
            chosenArea = area
        } else {
            guard found.areas.count == 1 else {
                throw CommandFailure.usage(
                    "module \(module) has \(found.areas.isEmpty ? "no areas" : "areas " + found.areas.joined(separator: ", ")); choose one with --area"
                )
            }
            chosenArea = found.areas[0]
        }
        var recordType: (any EvidenceRecord.Type)?
        if let reads {
            guard let type = registry.recordType(reads) else {
                let suggestion = Suggestions.closest(reads, registry.recordTypeIDs)
                throw CommandFailure.usage("unknown record type '\(reads)'" + (suggestion.map { " (did you mean '\($0)'?)" } ?? ""))
            }
            recordType = type
        }
        do {
            return try CheckScaffold(id: id, module: found, area: chosenArea, reads: recordType)
        } catch {
            throw CommandFailure.usage(error.description)
        }
    }
}
