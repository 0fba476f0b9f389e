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

            With --package PATH the check goes into an agency's own package instead (see \
            Examples/CustomInspector): Sources/<Module>/<Name>Check.swift, \
            Tests/<Module>Tests/<Name>CheckTests.swift and the module's list in \
            Sources/<Module>/<Module>.swift. This inspector does not know that module's checks, \
            so give --area when the list names more than one, and write its reference yourself \
            (`force-inspector explain --module <Module> --format markdown` once it is built).
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

    @Option(
        name: .customLong("package"),
        help: ArgumentHelp("An agency's own package, outside this repository, holding Sources/<Module>.", valueName: "directory"))
    var package: String?

    func run() throws {
        try reporting {
            let registry = try Inspector.currentRegistry()
            let scaffold = try package == nil ? makeScaffold(registry) : makePackageScaffold(registry)
            let root = package ?? self.root
            let plugins = (root as NSString).appendingPathComponent(scaffold.moduleDirectory)
            let list = (plugins as NSString).appendingPathComponent("\(scaffold.module.name).swift")
            guard FileManager.default.fileExists(atPath: list) else {
                throw CommandFailure.usage(
                    package == nil
                        ? "\(list) does not exist; run from the package root (or pass --root) of a checkout with the module's sources"
                        : "\(list) does not exist; --package names the root of a package whose module \(module) is in Sources/\(module)")
            }
            for (path, _) in scaffold.files where FileManager.default.fileExists(atPath: (root as NSString).appendingPathComponent(path)) {
                throw CommandFailure.usage("\(path) already exists; choose another id")
            }
            guard let listed = scaffold.addingToList(try String(contentsOfFile: list, encoding: .utf8)) else {
                throw CommandFailure.usage(
                    "cannot find `checks: [` in \(list); add \(scaffold.typeName).self to the module's checks by hand")
            }
            if package != nil, let existing = try Self.declaration(of: id, in: plugins) {
                throw CommandFailure.usage("check '\(id)' already exists in \(existing)")
            }
            var written = scaffold.files.map { ((root as NSString).appendingPathComponent($0.path), $0.text) }
            written.append((list, listed))
            if package == nil {
                let reference = CheckDocumentation.moduleMarkdown(scaffold.module, registry: registry, adding: [scaffold.descriptor])
                written.append(((plugins as NSString).appendingPathComponent("REFERENCE.md"), reference))
            }
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

    /// The scaffold for an agency's own module, which this inspector was not built with: its
    /// area from --area or from the one area its list names.
    private func makePackageScaffold(_ registry: CheckRegistry) throws -> CheckScaffold {
        let list = ((package! as NSString).appendingPathComponent("Sources/\(module)") as NSString).appendingPathComponent(
            "\(module).swift")
        guard let text = try? String(contentsOfFile: list, encoding: .utf8) else {
            throw CommandFailure.usage(
                "\(list) does not exist; --package names the root of a package whose module \(module) is in Sources/\(module)")
        }
        let areas = Self.areas(inList: text)
        guard let chosen = area ?? (areas.count == 1 ? areas[0] : nil) else {
            throw CommandFailure.usage(
                "cannot tell the area of the new check from \(list)"
                    + (areas.isEmpty ? "" : " (it names " + areas.joined(separator: ", ") + ")") + "; choose one with --area")
        }
        var recordType: (any EvidenceRecord.Type)?
        if let reads {
            guard let type = registry.recordType(reads) else {
                throw CommandFailure.usage(
                    "unknown record type '\(reads)': with --package, --reads names a record type this inspector knows; "
                        + "for the module's own, leave out --reads and edit the check")
            }
            recordType = type
        }
        do {
            return try CheckScaffold(
                id: id, module: CheckModule(name: module, areas: [chosen], checks: []), area: chosen, reads: recordType, layout: .package)
        } catch {
            throw CommandFailure.usage(error.description)
        }
    }

    /// The area ids a module's list names in `areas: ["…", …]`.
    static func areas(inList text: String) -> [String] {
        guard let start = text.range(of: "areas: ["), let end = text.range(of: "]", range: start.upperBound..<text.endIndex) else {
            return []
        }
        return text[start.upperBound..<end.lowerBound].split(separator: ",").map {
            $0.trimmingCharacters(in: CharacterSet(charactersIn: " \n\""))
        }.filter { !$0.isEmpty }
    }

    /// The file of the module that already declares a check with this id, if any.
    static func declaration(of id: String, in directory: String) throws -> String? {
        let files = (try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? []
        for file in files.sorted() where file.hasSuffix(".swift") {
            let path = (directory as NSString).appendingPathComponent(file)
            if let text = try? String(contentsOfFile: path, encoding: .utf8), text.contains("id: \"\(id)\"") { return path }
        }
        return nil
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
