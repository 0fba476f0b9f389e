import FileSafety

extension CSV {
    /// A positioned problem found while reading CSV, or reported by a consumer for a field.
    ///
    /// The error is data: a `Reason` with its payload, the `Position` it points at, the source
    /// line captured when it was made, and notes pointing elsewhere (the first occurrence of a
    /// duplicated column name). Its wording lives apart, in `message`, and its compiler-style
    /// rendering in `rendered(color:)`.
    public struct Error: Swift.Error, Hashable, Sendable, CustomStringConvertible {
        public var reason: Reason
        public var position: Position
        /// The text of line `position.line` without its line break, as far as it was read; nil
        /// for a problem with the file as a whole.
        public var sourceLine: String?
        public var notes: [Note]

        public init(_ reason: Reason, at position: Position, sourceLine: String? = nil, notes: [Note] = []) {
            self.reason = reason
            self.position = position
            self.sourceLine = sourceLine
            self.notes = notes
        }

        /// `file:line:col: error: message`, the source line and a caret, without colour.
        public var description: String { rendered(color: false) }
    }

    /// A secondary position attached to an error.
    public struct Note: Hashable, Sendable {
        public enum Reason: Hashable, Sendable {
            /// The column name that is duplicated was first given here.
            case firstOccurrence(name: String)
        }

        public var reason: Reason
        public var position: Position
        public var sourceLine: String?

        public init(_ reason: Reason, at position: Position, sourceLine: String? = nil) {
            self.reason = reason
            self.position = position
            self.sourceLine = sourceLine
        }
    }
}

extension CSV.Error {
    /// What went wrong. Each case carries the facts its wording needs and nothing more.
    public enum Reason: Hashable, Sendable {
        // Opening and reading the file
        case cannotOpen(FileProblem)
        /// `read(2)` failed with this `errno`.
        case readFailed(errno: Int32)
        /// No bytes at all, or only a byte-order mark.
        case emptyFile

        // Bytes
        case invalidUTF8(UTF8Problem)
        /// A control character other than tab, CR and LF: C0, DEL or C1, by its scalar value.
        case controlCharacter(UInt32)
        /// A character that reorders or hides text (U+202E, a zero-width space), by scalar value.
        case invisibleCharacter(UInt32)
        /// A CR outside quotes that is not followed by LF.
        case loneCarriageReturn

        // Quoting
        /// The quoted field that opens at the error's position has no closing quote.
        case unterminatedQuote
        /// A `"` in the middle of an unquoted field.
        case quoteInUnquotedField
        /// Text after the closing quote of a field, before the delimiter or line break.
        case textAfterClosingQuote

        // The shape of the table
        /// The first line is blank: there is no header row.
        case blankHeader
        /// A column with no name in the header row; `column` is 1-based.
        case emptyColumnName(column: Int)
        /// A column name given twice; a note points at the first.
        case duplicateColumnName(String)
        case tooManyColumns(limit: Int)
        /// A data row whose number of fields differs from the header's.
        case raggedRow(expected: Int, found: Int)
        /// A blank line between rows (blank lines are allowed only at the end of the file).
        case blankLine(expected: Int)
        case rowTooLong(limit: Int)

        // A field's value, reported by a consumer with `CSV.Row.error(field:_:)`
        case invalidValue(column: String, text: String, problem: CSV.ValueProblem)
    }

    /// Why a file could not be opened for reading.
    public enum FileProblem: Hashable, Sendable {
        case doesNotExist
        case permissionDenied
        /// The path names a symbolic link; it is not followed.
        case isSymbolicLink
        case symbolicLinkLoop
        case notRegularFile(FileKind)
        /// The path leads outside the directory it must stay in.
        case outside(directory: String)
        /// Anything else, by its `errno`.
        case other(errno: Int32)
    }

    /// What a path names when it is not a regular file.
    public typealias FileKind = ReadableFile.Kind

    /// How a byte sequence fails to be UTF-8.
    public enum UTF8Problem: Hashable, Sendable {
        /// A continuation byte (0x80–0xBF) where a character should start.
        case unexpectedContinuationByte(UInt8)
        /// A byte that never appears in UTF-8 (0xF5–0xFF).
        case invalidByte(UInt8)
        /// A character encoded with more bytes than it needs (0xC0, 0xC1, 0xE0 0x80–0x9F,
        /// 0xF0 0x80–0x8F).
        case overlongEncoding
        /// A UTF-16 surrogate (U+D800–U+DFFF) encoded as UTF-8.
        case surrogate
        /// A value past U+10FFFF.
        case beyondUnicode
        /// A multi-byte sequence cut short by another character or the end of the file.
        case truncatedSequence
    }
}

extension CSV.Error.FileProblem {
    /// The CSV reader's words for a problem found opening a file.
    init(_ problem: ReadableFile.Problem) {
        switch problem {
        case .doesNotExist: self = .doesNotExist
        case .permissionDenied: self = .permissionDenied
        case .isSymbolicLink: self = .isSymbolicLink
        case .symbolicLinkLoop: self = .symbolicLinkLoop
        case .notRegularFile(let kind): self = .notRegularFile(kind)
        case .outside(let directory): self = .outside(directory: directory)
        case .other(let code): self = .other(errno: code)
        }
    }
}
