import FileSafety
import YAML

/// Reading one configuration file: parse, check its `schema`, decode strictly.
enum ConfigFile {
    /// The schema versions of configuration files this inspector reads.
    static let supportedSchemas = [1]

    /// Decodes `type` from the file at `relative` under the project root, adding every problem
    /// found to `diagnostics`. A file with an unsupported `schema` is reported as such, before
    /// its keys are judged, so that a newer file gets a clear message instead of unknown keys.
    static func load<T: Decodable>(_ type: T.Type, file relative: String, in layout: ProjectLayout, diagnostics: inout DiagnosticCollector) -> T? {
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

    /// Decodes a file's root. A value whose only problems are unknown keys is still returned
    /// (with the problems reported), so that its references are checked in the same run; a
    /// placeholder left by a scaffold (`<FILL IN: …>`) is reported as such, not as a value of
    /// the wrong type.
    static func decode<T: Decodable>(_ type: T.Type, from root: YAML.Node, diagnostics: inout DiagnosticCollector) -> T? {
        if let schema = root["schema"], let version = Int(schema.scalar ?? ""), !supportedSchemas.contains(version) {
            diagnostics.add(Diagnostic(.unsupportedSchema(found: version, supported: supportedSchemas), at: schema))
            return nil
        }
        let placeholders = Placeholders.find(in: root)
        for node in placeholders {
            diagnostics.add(Diagnostic(.placeholder(Placeholders.instruction(node.scalar ?? "")), at: node))
        }
        let marks = Set(placeholders.map(\.mark))
        let (value, errors) = YAMLDecoder().decodeKeepingValue(type, from: root)
        for error in errors where !marks.contains(error.mark) {
            // A key that names a child's details is refused as such, and its line, which may
            // hold the very name, is not echoed.
            if case .unknownKey(let name, _) = error.reason, PersonalData.isPersonal(key: name) {
                diagnostics.add(Diagnostic(.personalDataInConfiguration(name), at: error.mark))
                continue
            }
            diagnostics.add(error)
        }
        return placeholders.isEmpty ? value : nil
    }
}
