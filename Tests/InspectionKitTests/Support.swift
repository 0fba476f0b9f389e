import BuiltInChecks
import Foundation
import InspectionKit
import Testing

@_exported import TestSupport

let registry = try! BuiltInChecks.registry()

extension ProjectCopy {
    func workspace() throws -> Workspace {
        try Workspace.open(root: root, registry: registry)
    }

    /// Diagnostics rendered without colour, with the temporary root shown as `<root>`.
    func rendered(_ diagnostics: [Diagnostic]) -> String {
        diagnostics.map(\.description).joined(separator: "\n").replacingOccurrences(of: root, with: "<root>")
    }
}

/// Runs Northamptonshire's inspection in a project copy.
func inspectNorthamptonshire(_ copy: ProjectCopy, overrides: [String] = []) throws -> InspectionResult {
    let workspace = try copy.workspace()
    return try workspace.inspect(force: "northamptonshire", overrides: workspace.overrides(overrides))
}

extension InspectionResult {
    func area(_ id: String) -> AreaResult { areas.first { $0.id == id }! }
    func grade(_ id: String) -> String? { area(id).grading.grade }
}
