/// Where one field lies in its row: byte offsets from the row's first byte.
@usableFromInline
struct FieldSpan {
    /// First byte of the value (after the opening quote of a quoted field).
    @usableFromInline var start: Int32
    /// One past the last byte of the value (the closing quote of a quoted field).
    @usableFromInline var end: Int32
    var quoted: Bool
    /// The value holds doubled quotes, so it must be unescaped before use.
    @usableFromInline var escaped: Bool

    /// Offset of the field's first character in the source: its opening quote when quoted.
    var sourceStart: Int { Int(start) - (quoted ? 1 : 0) }
}

/// What one scan of a row found.
enum ScanOutcome {
    case row(ScannedRow)
    /// The data ends inside the row and more may follow: read more, then scan the row again.
    case needMore
    /// `offset` is absolute in the buffer.
    case failure(CSV.Error.Reason, offset: Int)
}

/// A complete row. Offsets are absolute in the buffer.
struct ScannedRow {
    /// Number of fields, including those past the span storage.
    var fieldCount: Int
    /// Where the row's line break starts (or the end of the data at the end of the file).
    var terminator: Int
    /// Where the next row starts.
    var next: Int
    /// Line feeds inside quoted fields: the row ends this many lines below where it starts.
    var innerLineFeeds: Int
    /// Some field holds doubled quotes.
    var anyEscaped: Bool
    /// The row is an empty line.
    var isBlank: Bool
}

/// The inner loop: splits one row of the buffer into fields, checking every byte.
///
/// A scan is a pure function of the bytes from `rowStart` to `end`, so when the data runs out
/// mid-row the reader reads more and simply scans the row again from its start. The byte at
/// `end` must be the NUL sentinel: loops stop on it without comparing every index to `end`,
/// and at least 8 readable bytes must follow `end - 1` (see `WordScan`).
struct RowScanner {
    let classes: ByteClasses
    let delimiter: UInt8

    /// Scans the row starting at `rowStart`, writing at most `capacity` spans.
    func scan(
        _ bytes: UnsafePointer<UInt8>, rowStart: Int, end: Int, atEndOfInput: Bool,
        spans: UnsafeMutablePointer<FieldSpan>, capacity: Int
    ) -> ScanOutcome {
        let unquoted = classes.unquoted
        let quoted = classes.quoted
        let quote = UInt8(ascii: "\"")
        let delimiterWord = WordScan.broadcast(delimiter)
        var index = rowStart
        var fieldCount = 0
        var innerLineFeeds = 0
        var anyEscaped = false

        func record(_ start: Int, _ stop: Int, quoted: Bool, escaped: Bool) {
            if fieldCount < capacity {
                spans[fieldCount] = FieldSpan(
                    start: Int32(truncatingIfNeeded: start - rowStart), end: Int32(truncatingIfNeeded: stop - rowStart),
                    quoted: quoted, escaped: escaped)
            }
            fieldCount += 1
        }
        func finish(terminator: Int, next: Int) -> ScanOutcome {
            .row(
                ScannedRow(
                    fieldCount: fieldCount, terminator: terminator, next: next, innerLineFeeds: innerLineFeeds,
                    anyEscaped: anyEscaped, isBlank: fieldCount == 1 && terminator == rowStart))
        }
        /// After a field: the delimiter (nil: scan the next field) or the end of the row.
        func afterField(at index: Int) -> ScanOutcome? {
            if index == end {
                return atEndOfInput ? finish(terminator: index, next: index) : .needMore
            }
            switch bytes[index] {
            case delimiter: return nil
            case 0x0A: return finish(terminator: index, next: index + 1)
            case 0x0D:
                if index + 1 == end { return atEndOfInput ? .failure(.loneCarriageReturn, offset: index) : .needMore }
                if bytes[index + 1] == 0x0A { return finish(terminator: index, next: index + 2) }
                return .failure(.loneCarriageReturn, offset: index)
            default: return .failure(.textAfterClosingQuote, offset: index)
            }
        }

        while true {
            let fieldStart = index
            if index < end, bytes[index] == quote {
                // A quoted field: anything up to a quote that is not doubled.
                index += 1
                var escaped = false
                while true {
                    index = WordScan.skipQuotedText(bytes, from: index)
                    let byteClass = quoted[Int(bytes[index])]
                    if byteClass == ByteClasses.plain {
                        index &+= 1
                        continue
                    }
                    switch byteClass {
                    case ByteClasses.quote:
                        if index + 1 == end, !atEndOfInput { return .needMore }
                        if index + 1 < end, bytes[index + 1] == quote {
                            escaped = true
                            index += 2
                            continue
                        }
                    case ByteClasses.lineFeed:
                        innerLineFeeds += 1
                        index += 1
                        continue
                    case ByteClasses.nonASCII:
                        switch checkUTF8(bytes, at: index, end: end, atEndOfInput: atEndOfInput) {
                        case .character(let length):
                            index += length
                            continue
                        case .needMore: return .needMore
                        case .control(let value): return .failure(.controlCharacter(value), offset: index)
                        case .invisible(let value): return .failure(.invisibleCharacter(value), offset: index)
                        case .invalid(let problem): return .failure(.invalidUTF8(problem), offset: index)
                        }
                    default:
                        if index < end { return .failure(.controlCharacter(UInt32(bytes[index])), offset: index) }
                        return atEndOfInput ? .failure(.unterminatedQuote, offset: fieldStart) : .needMore
                    }
                    break
                }
                // `index` is at the closing quote.
                record(fieldStart + 1, index, quoted: true, escaped: escaped)
                anyEscaped = anyEscaped || escaped
                if let outcome = afterField(at: index + 1) { return outcome }
                index += 2
                continue
            }
            // An unquoted field: ordinary text up to the delimiter or the line break.
            while true {
                index = WordScan.skipUnquotedText(bytes, from: index, delimiterWord: delimiterWord)
                let byteClass = unquoted[Int(bytes[index])]
                if byteClass == ByteClasses.plain {
                    index &+= 1
                    continue
                }
                switch byteClass {
                case ByteClasses.delimiter, ByteClasses.lineFeed, ByteClasses.carriageReturn:
                    break
                case ByteClasses.quote:
                    return .failure(.quoteInUnquotedField, offset: index)
                case ByteClasses.nonASCII:
                    switch checkUTF8(bytes, at: index, end: end, atEndOfInput: atEndOfInput) {
                    case .character(let length):
                        index += length
                        continue
                    case .needMore: return .needMore
                    case .control(let value): return .failure(.controlCharacter(value), offset: index)
                    case .invisible(let value): return .failure(.invisibleCharacter(value), offset: index)
                    case .invalid(let problem): return .failure(.invalidUTF8(problem), offset: index)
                    }
                default:
                    if index < end { return .failure(.controlCharacter(UInt32(bytes[index])), offset: index) }
                }
                break
            }
            record(fieldStart, index, quoted: false, escaped: false)
            if let outcome = afterField(at: index) { return outcome }
            index += 1
        }
    }
}
