import FixtureChecks
import Foundation
import InspectionKit
import InspectionRunner
@_exported import TestSupport
import Testing

/// The core tests run with the fixture checks on the fixture project (Tests/Fixtures), never
/// on the shipped frameworks, forces or checks.
let registry = try! FixtureChecks.registry()

extension ProjectCopy {
    func workspace() throws -> Workspace {
        try Workspace.open(root: root, registry: registry)
    }

    /// Diagnostics rendered without colour, with the temporary root shown as `<root>`.
    func rendered(_ diagnostics: [Diagnostic]) -> String {
        diagnostics.map(\.description).joined(separator: "\n").replacingOccurrences(of: root, with: "<root>")
    }

    /// Every problem with one force, rendered.
    func problems(_ force: String = "alpha") throws -> String {
        rendered(try workspace().problems(force: force))
    }

    /// The problems that stop the workspace opening (frameworks and scales), rendered.
    func frameworkProblems() -> String {
        do {
            _ = try workspace()
            return ""
        } catch let error as InspectorError {
            guard case .invalid(let diagnostics) = error else { return "\(error)" }
            return rendered(diagnostics.all)
        } catch {
            return "\(error)"
        }
    }

    func inspect(_ force: String = "alpha", overrides: [String] = []) throws -> InspectionResult {
        let workspace = try workspace()
        return try workspace.inspect(force: force, overrides: workspace.overrides(overrides))
    }
}

/// The fixture project itself, unchanged.
func fixtureWorkspace() throws -> Workspace {
    try Workspace.open(root: fixtureRoot, registry: registry)
}

extension InspectionResult {
    func area(_ id: String) -> AreaResult { areas.first { $0.id == id }! }
    func grade(_ id: String) -> String? { area(id).grading.grade }
}
