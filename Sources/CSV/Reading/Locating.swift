/// Lines and columns of bytes in the buffer, counted from the start of their row.
///
/// Rows always start at the start of a line, and every byte before the one asked about has
/// been checked as UTF-8, so counting line feeds and the bytes that start a character gives
/// the position. This runs only for errors and for positions asked for, never per field.
enum Locating {
    /// 1-based line and column (in Unicode scalars) of `offset`, in a row that starts on
    /// `rowLine` at `rowStart`; `lineStart` is where that line starts in the buffer.
    static func locate(
        _ bytes: UnsafePointer<UInt8>, rowStart: Int, rowLine: Int, offset: Int
    ) -> (line: Int, column: Int, lineStart: Int) {
        var line = rowLine
        var lineStart = rowStart
        var index = rowStart
        while index < offset {
            if bytes[index] == 0x0A {
                line += 1
                lineStart = index + 1
            }
            index += 1
        }
        var column = 1
        for index in lineStart..<offset where bytes[index] & 0xC0 != 0x80 {
            column += 1
        }
        return (line, column, lineStart)
    }

    /// The text of the line starting at `lineStart`, up to its LF (a CR before it dropped) or
    /// to `end`. Only LF breaks lines, so a CR inside a quoted field stays in the text (and is
    /// shown as a symbol when rendered).
    static func sourceLine(_ bytes: UnsafePointer<UInt8>, lineStart: Int, end: Int) -> String {
        var stop = lineStart
        while stop < end, bytes[stop] != 0x0A { stop += 1 }
        if stop < end, stop > lineStart, bytes[stop - 1] == 0x0D { stop -= 1 }
        return String(decoding: UnsafeBufferPointer(start: bytes + lineStart, count: stop - lineStart), as: UTF8.self)
    }
}
