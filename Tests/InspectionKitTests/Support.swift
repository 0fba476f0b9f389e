import BuiltInChecks
import Foundation
import InspectionKit
import Testing

/// The repository root, found from this file's path.
let repositoryRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().path

let registry = try! BuiltInChecks.registry()

/// A throwaway copy of the repository's Frameworks/ and Forces/, to break or change.
final class ProjectCopy {
    let root: String

    init() throws {
        root = FileManager.default.temporaryDirectory.appendingPathComponent("inspector-test-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: root, withIntermediateDirectories: true)
        for directory in ["Frameworks", "Forces"] {
            try FileManager.default.copyItem(atPath: "\(repositoryRoot)/\(directory)", toPath: "\(root)/\(directory)")
        }
    }

    deinit { try? FileManager.default.removeItem(atPath: root) }

    /// Replaces the first occurrence of `old` with `new` in a file under the copy; the text
    /// must be there, so a test can never pass by changing nothing.
    func edit(_ path: String, replacing old: String, with new: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let full = "\(root)/\(path)"
        let text = try String(contentsOfFile: full, encoding: .utf8)
        guard let range = text.range(of: old) else {
            Issue.record("'\(old)' is not in \(path)", sourceLocation: sourceLocation)
            return
        }
        try text.replacingCharacters(in: range, with: new).write(toFile: full, atomically: true, encoding: .utf8)
    }

    func write(_ path: String, _ text: String) throws {
        let full = "\(root)/\(path)"
        try FileManager.default.createDirectory(atPath: (full as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        try text.write(toFile: full, atomically: true, encoding: .utf8)
    }

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
