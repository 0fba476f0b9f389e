import FileSafety
import Foundation
import InspectionKit
import YAML

/// Resolves paths written in a force's configuration, which must stay inside the force's
/// directory: no absolute paths, no `..` that climbs out, no symbolic link that points out,
/// and nothing but a regular file at the end.
package struct ForcePaths {
    /// The force's directory as given, and as messages show it.
    let directory: String
    let display: String
    private let contained: ContainedPath

    package init(directory: String, display: String) {
        self.directory = directory
        self.display = display
        self.contained = ContainedPath(directory: directory, display: "the directory '\(display)'")
    }

    /// The fully resolved file a configuration path names, or a positioned diagnostic.
    package func resolve(_ path: YAML.Located<String>) throws(Diagnostic) -> String {
        let written = path.value
        if written.hasPrefix("/") || written.hasPrefix("~") {
            throw Diagnostic(.absolutePath(written), at: path)
        }
        // Written `..` that climbs out is refused before anything on disk is looked at.
        let lexical = URL(fileURLWithPath: directory).appendingPathComponent(written).standardizedFileURL.path
        guard ContainedPath.isInside(lexical, URL(fileURLWithPath: directory).standardizedFileURL.path) else {
            throw Diagnostic(.pathEscapesDirectory(path: written, directory: display), at: path)
        }
        switch contained.resolve(lexical) {
        case .success(let resolved):
            return resolved
        case .failure(.doesNotExist):
            throw Diagnostic(.missingFile(written), at: path)
        case .failure(.outside):
            throw Diagnostic(.pathEscapesDirectory(path: written, directory: display), at: path)
        case .failure(let problem):
            throw Diagnostic(.unreadablePath(path: written, why: problem.phrase), at: path)
        }
    }
}
