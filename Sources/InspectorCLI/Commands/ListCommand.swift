import ArgumentParser
import Foundation
import InspectionKit
import InspectionReports
import InspectionRunner

/// `inspector list forces|frameworks|checks|scales|record-types|modules`.
struct ListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list",
        abstract: "List the forces, frameworks, checks, grading scales, record types or check modules available.")

    enum Kind: String, ExpressibleByArgument, CaseIterable {
        case forces, frameworks, checks, scales
        case recordTypes = "record-types"
        case modules
    }

    @OptionGroup var project: ProjectOptions

    @Argument(help: "What to list: \(Kind.allCases.map(\.rawValue).joined(separator: ", ")).")
    var kind: Kind

    @Option(help: "Output format: \(ListFormat.allCases.map(\.rawValue).joined(separator: ", ")).")
    var format: ListFormat = .text

    func run() throws {
        try reporting {
            let registry = try Inspector.currentRegistry()
            let rows = try Self.rows(kind, registry) { try Workspace.open(root: project.root, registry: registry) }
            try Terminal.standardOutput.writeResult(
                format == .json ? JSONValue.array(rows.map { .object($0) }).serialized() : Self.table(rows))
            return .ran
        }
    }

    /// The rows for `kind`: checks, record types and modules from the compiled-in registry, the
    /// rest from the project, which is opened only for them.
    private static func rows(_ kind: Kind, _ registry: CheckRegistry, workspace: () throws -> Workspace) throws -> [[(String, JSONValue)]] {
        switch kind {
        case .checks:
            return registry.ids.map { id in
                let descriptor = registry.descriptor(id)!
                return [("id", .string(id)), ("area", .string(descriptor.area)), ("title", .string(descriptor.title))]
            }
        case .recordTypes:
            return registry.recordTypeIDs.map { id in
                let type = registry.recordType(id)!.recordType
                return [("id", .string(id)), ("fields", .string(String(type.fields.count))), ("title", .string(type.title))]
            }
        case .modules:
            return registry.modules.map { module in
                [
                    ("name", .string(module.name)), ("checks", .string(String(module.checks.count))),
                    ("record_types", .string(module.recordTypes.map { $0.recordType.id }.joined(separator: ", "))),
                ]
            }
        case .forces:
            let workspace = try workspace()
            let catalog = workspace.catalog
            return workspace.forceIDs.map { id in
                guard let force = catalog.forces[id] else {
                    return [
                        ("id", .string(id)), ("name", .string("(invalid: run inspector validate \(id))")), ("inspections", .string("")),
                    ]
                }
                let inspections = force.inspections.map { "\($0.framework.value) \($0.published)" }
                return [
                    ("id", .string(id)), ("name", .string(force.force.name)), ("inspections", .string(inspections.joined(separator: "; "))),
                ]
            }
        case .frameworks:
            let catalog = try workspace().catalog
            return catalog.frameworkIDs.map { id in
                let framework = catalog.frameworks[id]!
                return [
                    ("id", .string(id)), ("version", .string(framework.version)), ("title", .string(framework.title)),
                    ("areas", .string(String(framework.areas.count))),
                    (
                        "scoring",
                        .string(
                            framework.scoringModels.enumerated().map { $0.element.versionedID + ($0.offset == 0 ? " (default)" : "") }
                                .joined(separator: ", "))
                    ),
                ]
            }
        case .scales:
            let catalog = try workspace().catalog
            return catalog.scales.keys.sorted().map { id in
                [("id", .string(id)), ("grades", .string(catalog.scales[id]!.grades.map(\.id).joined(separator: ", ")))]
            }
        }
    }

    /// Rows as aligned columns under a header.
    static func table(_ rows: [[(String, JSONValue)]]) -> String {
        guard let first = rows.first else { return "(none)\n" }
        let headers = first.map(\.0)
        let cells = rows.map { row in
            row.map { _, value -> String in
                if case .string(let text) = value { return text }
                return value.serialized().trimmingCharacters(in: .newlines)
            }
        }
        let widths = headers.indices.map { column in max(headers[column].count, cells.map { $0[column].count }.max() ?? 0) }
        func line(_ values: [String]) -> String {
            values.enumerated().map {
                $0.offset == values.count - 1
                    ? $0.element : $0.element.padding(toLength: widths[$0.offset] + 2, withPad: " ", startingAt: 0)
            }
            .joined()
        }
        return ([line(headers.map { $0.uppercased() })] + cells.map(line)).joined(separator: "\n") + "\n"
    }
}
