// CSV: the streaming reader of records-system exports and the parsers of their fields. It
// depends on FileSafety and TextSafety only and knows nothing of record types or mappings.

/// A byte-level, streaming reader of RFC 4180 CSV, and parsers for the values in its fields.
///
/// `CSV.Reader` reads a header row and then hands each data row to a closure as a borrowed
/// `CSV.Row`: the fields are slices of the reader's buffer, unescaped only when asked for, and a
/// `String` is made only for a field the caller asks for as one. Every byte is checked (UTF-8,
/// no control characters but tab, CR and LF), fields or not, and every problem is a
/// `CSV.Error` that points at a file, line and column. `CSV.parseInteger`, `CSV.parseDecimal`
/// and `CSV.DateTimePattern` turn a field's bytes into values without allocating.
///
/// ```swift
/// let reader = try CSV.Reader(path: "evidence/missing.csv", dialect: .comma)
/// guard let reported = reader.header.index(of: "Reported") else { … }
/// let pattern = try CSV.DateTimePattern("%d/%m/%Y %H:%M")
/// try reader.forEachRow { row in
///     let seconds = try row.secondsSince1970(reported, pattern: pattern, zone: .europeLondon())
///     …
/// }
/// ```
///
/// This module depends on no other target of the package.
public enum CSV {}

extension CSV {
    /// A position in a CSV file, for an error or a note.
    ///
    /// `line` and `column` are 1-based; columns are counted in Unicode scalars (characters), not
    /// bytes. Line and column 0 mean the file as a whole (it cannot be opened, or it is empty).
    public struct Position: Hashable, Comparable, Sendable, CustomStringConvertible {
        /// The path of the file as given to the reader (kept as written, never resolved).
        public var file: String
        /// 1-based line number; 0 for the file as a whole.
        public var line: Int
        /// 1-based column, counted in Unicode scalars; 0 for the file as a whole.
        public var column: Int

        public init(file: String, line: Int, column: Int) {
            self.file = file
            self.line = line
            self.column = column
        }

        /// The file as a whole: printed as the path alone.
        public static func wholeFile(_ file: String) -> Position {
            Position(file: file, line: 0, column: 0)
        }

        /// `file:line:column`, the form compilers and editors understand; `file` alone for the
        /// file as a whole.
        public var description: String { line == 0 ? file : "\(file):\(line):\(column)" }

        public static func < (lhs: Position, rhs: Position) -> Bool {
            (lhs.file, lhs.line, lhs.column) < (rhs.file, rhs.line, rhs.column)
        }
    }
}
