// YAML: the only importer of the system libyaml (CLibYAML). It must not depend on anything of
// the inspector's but FileSafety and TextSafety; no C type leaves it.

/// The strict YAML layer over the system libyaml.
///
/// Everything the inspector reads from YAML goes through here: `YAML.Document.parse` turns bytes
/// into a tree of `YAML.Node`s that remember where they came from, and `YAMLDecoder` turns a
/// tree into `Decodable` values, rejecting unknown keys, duplicate keys, wrong types and missing
/// keys with an error that points at the file, line and column.
///
/// This module is the only importer of `CLibYAML`; no C type appears in its public API.
public enum YAML {}

extension YAML {
    /// A position in a source file.
    ///
    /// `line` and `column` are 1-based; columns are counted in Unicode scalars (characters), not
    /// bytes, so they stay right after multi-byte text such as "Māori" or "Zoë".
    public struct Mark: Hashable, Comparable, Sendable, CustomStringConvertible {
        /// The path of the file as given to the parser (kept as written, never resolved).
        public var file: String
        /// 1-based line number.
        public var line: Int
        /// 1-based column, counted in Unicode scalars.
        public var column: Int

        public init(file: String, line: Int, column: Int) {
            self.file = file
            self.line = line
            self.column = column
        }

        /// `file:line:column`, the form compilers and editors understand.
        public var description: String { "\(file):\(line):\(column)" }

        public static func < (lhs: Mark, rhs: Mark) -> Bool {
            (lhs.file, lhs.line, lhs.column) < (rhs.file, rhs.line, rhs.column)
        }
    }
}
