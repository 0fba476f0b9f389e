import TextSafety

#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

// The words for each error, kept apart from the error data so that tests and tools work with
// the facts, and the phrasing can change in one place.

extension CSV.Error {
    /// The one-line message, without position: "the row has 6 fields but the header has 7".
    public var message: String { reason.message }
}

extension CSV.Error.Reason {
    public var message: String {
        switch self {
        case .cannotOpen(let problem):
            return problem.message
        case .readFailed(let code):
            return "the file could not be read: \(systemMessage(code))"
        case .emptyFile:
            return "the file is empty; a CSV file starts with a header row naming its columns"
        case .invalidUTF8(let problem):
            return "invalid UTF-8 (\(problem.phrase)); save the file as UTF-8"
        case .controlCharacter(let value):
            return "the control character \(controlName(value)) is not allowed; only tab, CR and LF are"
        case .invisibleCharacter(let value):
            return "\(InvisibleCharacters.name(value)) is not allowed: it changes how text is shown without being seen"
        case .loneCarriageReturn:
            return "a carriage return (CR) not followed by a line feed (LF); lines must end with LF or CRLF"
        case .unterminatedQuote:
            return "the quoted field that starts here has no closing quote"
        case .quoteInUnquotedField:
            return "a quote inside an unquoted field; quote the whole field and double the quote (\"\")"
        case .textAfterClosingQuote:
            return "text after the closing quote of a field; a quote inside a quoted field must be doubled (\"\")"
        case .blankHeader:
            return "the first line is blank; a CSV file starts with a header row naming its columns"
        case .emptyColumnName(let column):
            return "column \(column) has no name in the header row"
        case .duplicateColumnName(let name):
            return "the column name '\(name)' is given twice in the header row"
        case .tooManyColumns(let limit):
            return "the header row has more than \(limit) columns"
        case .raggedRow(let expected, let found):
            return "the row has \(fields(found)) but the header has \(expected)"
        case .blankLine(let expected):
            return "a blank line among the rows, where a row of \(fields(expected)) was expected;"
                + " blank lines are allowed only at the end of the file"
        case .rowTooLong(let limit):
            return "the row is longer than the limit of \(limit) bytes; is a quoted field missing its closing quote?"
        case .invalidValue(let column, let text, let problem):
            return "column '\(column)': " + problem.message(text: text)
        }
    }
}

extension CSV.Error.FileProblem {
    public var message: String {
        switch self {
        case .doesNotExist: return "the file does not exist"
        case .permissionDenied: return "permission to read the file is denied"
        case .isSymbolicLink: return "the path is a symbolic link, which is not followed; give the file's own path"
        case .symbolicLinkLoop: return "the path's symbolic links lead round in a loop; point the link at the file itself"
        case .notRegularFile(let kind): return "the path is \(kind.phrase), not a regular file"
        case .outside(let directory):
            return "the path leads outside \(directory) through a symbolic link, and nothing outside it is read; copy the file inside it"
        case .other(let code): return "the file cannot be opened: \(systemMessage(code))"
        }
    }
}

extension CSV.Error.UTF8Problem {
    /// "byte 0xFF never appears in UTF-8", ...: reads inside brackets.
    public var phrase: String {
        switch self {
        case .unexpectedContinuationByte(let byte): return "byte \(hex(byte)) cannot start a character"
        case .invalidByte(let byte): return "byte \(hex(byte)) never appears in UTF-8"
        case .overlongEncoding: return "an overlong encoding"
        case .surrogate: return "an encoded UTF-16 surrogate"
        case .beyondUnicode: return "a value past U+10FFFF"
        case .truncatedSequence: return "a character cut short"
        }
    }
}

extension CSV.Note.Reason {
    public var message: String {
        switch self {
        case .firstOccurrence(let name): return "'\(name)' was first given here"
        }
    }
}

private func fields(_ count: Int) -> String { count == 1 ? "1 field" : "\(count) fields" }

private func hex(_ byte: UInt8) -> String {
    let digits = Array("0123456789ABCDEF")
    return "0x" + String(digits[Int(byte >> 4)]) + String(digits[Int(byte & 0xF)])
}

/// `U+001B (ESC)`: the code point, and its abbreviation where it has a common one.
private func controlName(_ value: UInt32) -> String {
    let names: [UInt32: String] = [
        0x00: "NUL", 0x07: "BEL", 0x08: "BS", 0x0B: "VT", 0x0C: "FF", 0x1B: "ESC", 0x7F: "DEL", 0x9B: "CSI",
    ]
    let digits = Array("0123456789ABCDEF")
    var code = ""
    for shift in stride(from: 12, through: 0, by: -4) { code.append(digits[Int((value >> UInt32(shift)) & 0xF)]) }
    return "U+" + code + (names[value].map { " (\($0))" } ?? "")
}

/// The C library's sentence for `errno` ("Input/output error"), stable for a given system.
private func systemMessage(_ code: Int32) -> String {
    guard let text = strerror(code) else { return "error \(code)" }
    return String(cString: text)
}
