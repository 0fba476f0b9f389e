import YAML

/// Decoding one configuration file's root: check its `schema`, decode strictly. Reading the
/// file from a project root is `InspectionLoading`'s (`ConfigFile.load`).
package enum ConfigFile {
    /// The schema versions of configuration files this inspector reads.
    package static let supportedSchemas = [1]

    /// Decodes a file's root. A value whose only problems are unknown keys is still returned
    /// (with the problems reported), so that its references are checked in the same run; a
    /// placeholder left by a scaffold (`<FILL IN: …>`) is reported as such, not as a value of
    /// the wrong type.
    package static func decode<T: Decodable>(_ type: T.Type, from root: YAML.Node, diagnostics: inout DiagnosticCollector) -> T? {
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
