import Foundation
import Testing

/// The repository root, found from this file's path.
public let repositoryRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent().path

/// The project root the core tests run on: a small framework of fixture checks and three
/// fixture forces (alpha, beta, gamma), so that no shipped framework or force can break them.
public let fixtureRoot = "\(repositoryRoot)/Tests/Fixtures/Project"

/// A throwaway copy of a project root's Frameworks/ and Forces/, to break or change: the
/// fixture project for core tests, the repository itself for tests of the shipped forces.
public final class ProjectCopy {
    public let root: String

    public init(of source: String = fixtureRoot) throws {
        root = FileManager.default.temporaryDirectory.appendingPathComponent("inspector-test-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: root, withIntermediateDirectories: true)
        for directory in ["Frameworks", "Forces"] {
            try FileManager.default.copyItem(atPath: "\(source)/\(directory)", toPath: "\(root)/\(directory)")
        }
    }

    deinit { try? FileManager.default.removeItem(atPath: root) }

    /// Replaces the first occurrence of `old` with `new` in a file under the copy; the text
    /// must be there, so a test can never pass by changing nothing.
    public func edit(_ path: String, replacing old: String, with new: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let full = "\(root)/\(path)"
        let text = try String(contentsOfFile: full, encoding: .utf8)
        guard let range = text.range(of: old) else {
            Issue.record("'\(old)' is not in \(path)", sourceLocation: sourceLocation)
            return
        }
        try text.replacingCharacters(in: range, with: new).write(toFile: full, atomically: true, encoding: .utf8)
    }

    /// Writes a file under the copy, creating its directory.
    public func write(_ path: String, _ text: String) throws {
        let full = "\(root)/\(path)"
        try FileManager.default.createDirectory(atPath: (full as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        try text.write(toFile: full, atomically: true, encoding: .utf8)
    }
}
