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

    /// Removes every returned audit form (`record_type: case-audit`) from a force's inspection
    /// file, so that a test of the records alone may change the datasets the samples were
    /// drawn from (a changed dataset is refused while its sample is declared).
    public func removeCaseAudits(force: String, inspection: String = "2025-ncpi", sourceLocation: SourceLocation = #_sourceLocation) throws
    {
        let path = "\(root)/Forces/\(force)/inspections/\(inspection).yaml"
        var lines = try String(contentsOfFile: path, encoding: .utf8).components(separatedBy: "\n")[...]
        var kept: [String] = []
        var removed = 0
        while let line = lines.popFirst() {
            guard line.hasPrefix("    - ") else {
                kept.append(line)
                continue
            }
            var block = [line]
            while let next = lines.first, next.hasPrefix("      ") {
                block.append(next)
                lines.removeFirst()
            }
            if block.contains(where: { $0.contains("record_type: case-audit") }) { removed += 1 } else { kept += block }
        }
        if removed == 0 { Issue.record("\(path) declares no returned audit form", sourceLocation: sourceLocation) }
        try kept.joined(separator: "\n").write(toFile: path, atomically: true, encoding: .utf8)
    }

    /// Writes a file under the copy, creating its directory.
    public func write(_ path: String, _ text: String) throws {
        let full = "\(root)/\(path)"
        try FileManager.default.createDirectory(atPath: (full as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        try text.write(toFile: full, atomically: true, encoding: .utf8)
    }
}
