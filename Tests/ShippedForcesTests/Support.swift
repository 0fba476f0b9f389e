import BuiltInChecks
import Foundation
import InspectionKit
import InspectionRunner
@_exported import TestSupport
import Testing

/// These tests run the shipped checks on the shipped frameworks and forces: the proof that
/// Northamptonshire's published grades come from its evidence, and golden reports of the
/// data in the repository. A change to the shipped data or checks is expected to change them;
/// regenerate the golden files with `make golden` and review the diff.
let registry = try! BuiltInChecks.registry()

extension ProjectCopy {
    func workspace() throws -> Workspace {
        try Workspace.open(root: root, registry: registry)
    }
}

/// Runs Northamptonshire's inspection in a project copy.
func inspectNorthamptonshire(_ copy: ProjectCopy, overrides: [String] = [], scoring: String? = nil) throws -> InspectionResult {
    let workspace = try copy.workspace()
    return try workspace.inspect(force: "northamptonshire", overrides: workspace.overrides(overrides), scoring: scoring)
}

/// The repository's own project root.
func shippedWorkspace() throws -> Workspace {
    try Workspace.open(root: repositoryRoot, registry: registry)
}

extension InspectionResult {
    func area(_ id: String) -> AreaResult { areas.first { $0.id == id }! }
    func grade(_ id: String) -> String? { area(id).grading.grade }
}
