import Foundation
import YAML

/// Resolves paths written in a force's configuration, which must stay inside the force's
/// directory: no absolute paths, no `..` that climbs out, no symbolic link that points out.
struct ForcePaths {
    /// The force's directory as given (for messages) and fully resolved (for checks).
    let directory: String
    let display: String

    /// The file a configuration path names, or a positioned diagnostic.
    func resolve(_ path: YAML.Located<String>) throws(Diagnostic) -> String {
        let written = path.value
        if written.hasPrefix("/") || written.hasPrefix("~") {
            throw Diagnostic(.absolutePath(written), at: path)
        }
        let base = URL(fileURLWithPath: directory).standardizedFileURL.resolvingSymlinksInPath().path
        let joined = URL(fileURLWithPath: directory).appendingPathComponent(written).standardizedFileURL
        guard Self.isInside(joined.path, base) || Self.isInside(joined.path, URL(fileURLWithPath: directory).standardizedFileURL.path) else {
            throw Diagnostic(.pathEscapesDirectory(path: written, directory: display), at: path)
        }
        guard FileManager.default.fileExists(atPath: joined.path) else {
            throw Diagnostic(.missingFile(written), at: path)
        }
        // Only now follow symbolic links: a link inside the directory may not lead outside it.
        let resolved = joined.resolvingSymlinksInPath().path
        guard Self.isInside(resolved, base) else {
            throw Diagnostic(.pathEscapesDirectory(path: written, directory: display), at: path)
        }
        return resolved
    }

    private static func isInside(_ path: String, _ directory: String) -> Bool {
        path.hasPrefix(directory.hasSuffix("/") ? directory : directory + "/")
    }
}
