import FileSafety
import InspectionKit
import YAML

/// Reading one configuration file from a project root: a regular file inside its directory,
/// parsed, then decoded strictly (`ConfigFile.decode`, in the core).
extension ConfigFile {
    /// Decodes `type` from the file at `relative` under the project root, adding every problem
    /// found to `diagnostics`. A file with an unsupported `schema` is reported as such, before
    /// its keys are judged, so that a newer file gets a clear message instead of unknown keys.
    static func load<T: Decodable>(
        _ type: T.Type, file relative: String, in layout: ProjectLayout, diagnostics: inout DiagnosticCollector
    ) -> T? {
        load(type, path: layout.path(relative), display: layout.display(relative), inside: layout.contained, diagnostics: &diagnostics)
    }

    /// Decodes `type` from the file at `path` (shown as `display`), which must lead to a regular
    /// file inside `directory`; otherwise says, in a sentence that never changes, why it is not read.
    static func load<T: Decodable>(
        _ type: T.Type, path: String, display: String, inside directory: ContainedPath, diagnostics: inout DiagnosticCollector
    ) -> T? {
        let resolved: String
        switch directory.resolve(path) {
        case .success(let found): resolved = found
        case .failure(let problem):
            diagnostics.add(.file(.yaml(.unreadableFile(problem.phrase)), display))
            return nil
        }
        let document: YAML.Document
        do {
            document = try YAML.Document.load(path: resolved, displayName: display)
        } catch {
            diagnostics.add(error)
            return nil
        }
        return decode(type, from: document.root, diagnostics: &diagnostics)
    }
}
