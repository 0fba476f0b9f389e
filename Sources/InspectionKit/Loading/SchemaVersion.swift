import YAML

/// Reading one configuration file: parse, check its `schema`, decode strictly.
enum ConfigFile {
    /// The schema versions of configuration files this inspector reads.
    static let supportedSchemas = [1]

    /// Decodes `type` from the file at `path` (shown as `display`), adding every problem found
    /// to `diagnostics`. A file with an unsupported `schema` is reported as such, before its
    /// keys are judged, so that a newer file gets a clear message instead of unknown keys.
    static func load<T: Decodable>(_ type: T.Type, path: String, display: String, diagnostics: inout DiagnosticCollector) -> T? {
        let document: YAML.Document
        do {
            document = try YAML.Document.load(path: path, displayName: display)
        } catch {
            diagnostics.add(error)
            return nil
        }
        return decode(type, from: document.root, diagnostics: &diagnostics)
    }

    static func decode<T: Decodable>(_ type: T.Type, from root: YAML.Node, diagnostics: inout DiagnosticCollector) -> T? {
        if let schema = root["schema"], let version = Int(schema.scalar ?? ""), !supportedSchemas.contains(version) {
            diagnostics.add(Diagnostic(.unsupportedSchema(found: version, supported: supportedSchemas), at: schema))
            return nil
        }
        switch YAMLDecoder().decodeReportingAll(type, from: root) {
        case .success(let value):
            return value
        case .failure(let errors):
            diagnostics.add(errors)
            return nil
        }
    }
}
