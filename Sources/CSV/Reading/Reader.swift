extension CSV {
    /// Reads a CSV file, or bytes in memory, row by row.
    ///
    /// The header row is read and checked by the initialiser; `forEachRow` then hands each data
    /// row to a closure, borrowed: its fields are slices of the reader's buffer, valid only
    /// inside the closure. The file is read in chunks of `Limits.chunkBytes` into one buffer
    /// that grows only to hold the longest row, so memory is bounded by the chunk size and the
    /// longest row, never by the file's size.
    ///
    /// Reading stops at the first problem, thrown as a `CSV.Error`. Rules (RFC 4180, strictly):
    /// - A UTF-8 byte-order mark at the very start is skipped; every other byte must be UTF-8,
    ///   with no control character but tab, CR and LF (C0, DEL and C1 are refused).
    /// - Lines end with LF or CRLF, mixed as they come. A CR not followed by LF is an error
    ///   outside quotes; inside a quoted field it is data. Only LF counts as a line.
    /// - A field is quoted only if its first character is `"`; inside, `""` is one quote and
    ///   the delimiter and line breaks are data. A quote elsewhere in an unquoted field, or text
    ///   between a closing quote and the delimiter, is an error.
    /// - Every data row has as many fields as the header. Blank lines at the end of the file are
    ///   ignored; a blank line before another row is an error, unless the header has one column,
    ///   when it is a row holding one empty field.
    /// - A header row with no rows after it is a valid, empty table.
    public final class Reader {
        /// The file's name in positions and errors, as given.
        public let file: String
        public let dialect: Dialect
        public let limits: Limits
        /// The header row, read by the initialiser.
        public private(set) var header = Header(names: [], positions: [], sourceLines: [])
        /// Data rows handed out so far.
        public private(set) var rowsRead = 0

        private var source: ByteSource
        private let scanner: RowScanner
        /// `capacity` bytes of data, one for the NUL sentinel after the last byte read, and the
        /// padding that lets `WordScan` load eight bytes at a time up to the sentinel.
        private var buffer: UnsafeMutablePointer<UInt8>
        private var capacity: Int
        private var rowStart = 0
        private var dataEnd = 0
        private var atEndOfInput = false
        /// The line on which the row at `rowStart` starts.
        private var line = 1
        private var spans: UnsafeMutablePointer<FieldSpan>
        /// Grown to the header's column count (plus one, to point at a ragged row's extra field).
        private var spanCapacity = 16
        /// Where fields with doubled quotes are unescaped: at least as long as the current row.
        private var arena: UnsafeMutablePointer<UInt8>
        private var arenaCapacity = 0
        /// The bytes and the span behind a blank line delivered as a row of one empty field.
        private let blankLineBytes: UnsafeMutablePointer<UInt8>
        private let blankLineSpan: UnsafeMutablePointer<FieldSpan>
        /// Blank lines seen but not yet known to be at the end of the file: (first line, count).
        private var pendingBlankLines: (line: Int, count: Int)?

        /// Opens the regular file at `path` and reads its header row.
        ///
        /// - Parameter displayName: the file's name in positions; default `path` as given.
        public convenience init(
            path: String, displayName: String? = nil, dialect: Dialect = .comma, limits: Limits = .default
        ) throws(CSV.Error) {
            let file = displayName ?? path
            try self.init(source: ByteSource.open(path: path, file: file), file: file, dialect: dialect, limits: limits)
        }

        /// Reads `bytes` as the contents of a file named `file`, and its header row.
        public convenience init(
            bytes: [UInt8], file: String = "<memory>", dialect: Dialect = .comma, limits: Limits = .default
        ) throws(CSV.Error) {
            // A buffer no bigger than the bytes: a small input costs no 1 MiB allocation.
            try self.init(
                source: .memory(MemoryInput(bytes)), file: file, dialect: dialect, limits: limits,
                initialCapacity: min(limits.chunkBytes, max(16, bytes.count)))
        }

        private init(
            source: ByteSource, file: String, dialect: Dialect, limits: Limits, initialCapacity: Int? = nil
        ) throws(CSV.Error) {
            self.source = source
            self.file = file
            self.dialect = dialect
            self.limits = limits
            scanner = RowScanner(classes: ByteClasses(delimiter: dialect.delimiter), delimiter: dialect.delimiter)
            capacity = initialCapacity ?? limits.chunkBytes
            buffer = Self.allocateBuffer(capacity: capacity)
            spans = .allocate(capacity: spanCapacity)
            arena = .allocate(capacity: 1)
            blankLineBytes = .allocate(capacity: 2)
            blankLineBytes[0] = 0x0A
            blankLineBytes[1] = 0
            blankLineSpan = .allocate(capacity: 1)
            blankLineSpan.initialize(to: FieldSpan(start: 0, end: 0, quoted: false, escaped: false))
            try readHeader()
        }

        deinit {
            source.close()
            buffer.deallocate()
            spans.deallocate()
            arena.deallocate()
            blankLineBytes.deallocate()
            blankLineSpan.deallocate()
            scanner.classes.deallocate()
        }
    }
}

// MARK: Rows

extension CSV.Reader {
    /// Calls `body` with each data row in turn, until the end of the input.
    ///
    /// The row is borrowed: it and the buffers its fields point into are valid only during the
    /// call. Throws the first `CSV.Error` in the input, or whatever `body` throws; either stops
    /// the reading. A second call carries on where the first stopped (after the end, it finds
    /// no rows).
    public func forEachRow(_ body: (borrowing CSV.Row) throws -> Void) throws {
        let columns = header.count
        while true {
            let scanned: ScannedRow
            do {
                guard let next = try scanRow(capacity: columns + 1) else {
                    pendingBlankLines = nil
                    return
                }
                scanned = next
            } catch {
                try deliverPendingBlankLines(body)
                throw error
            }
            if scanned.isBlank {
                let first = pendingBlankLines?.line ?? line
                pendingBlankLines = (first, (pendingBlankLines?.count ?? 0) + 1)
                advance(past: scanned)
                continue
            }
            try deliverPendingBlankLines(body)
            guard scanned.fieldCount == columns else { throw raggedRowError(scanned) }
            if scanned.anyEscaped { reserveArena(scanned.next - rowStart) }
            rowsRead += 1
            let row = CSV.Row(
                count: columns, line: line, index: rowsRead, base: buffer + rowStart, spans: spans,
                arena: arena, length: scanned.terminator - rowStart, reader: self)
            try body(row)
            advance(past: scanned)
        }
    }

    /// Blank lines followed by a row: rows of one empty field when the header has one column,
    /// an error otherwise.
    private func deliverPendingBlankLines(_ body: (borrowing CSV.Row) throws -> Void) throws {
        guard let pending = pendingBlankLines else { return }
        pendingBlankLines = nil
        guard header.count == 1 else {
            throw CSV.Error(
                .blankLine(expected: header.count), at: CSV.Position(file: file, line: pending.line, column: 1),
                sourceLine: "")
        }
        for offset in 0..<pending.count {
            rowsRead += 1
            let row = CSV.Row(
                count: 1, line: pending.line + offset, index: rowsRead, base: blankLineBytes, spans: blankLineSpan,
                arena: arena, length: 0, reader: self)
            try body(row)
        }
    }

    private func advance(past scanned: ScannedRow) {
        rowStart = scanned.next
        line += 1 + scanned.innerLineFeeds
    }

    private func reserveArena(_ length: Int) {
        guard length > arenaCapacity else { return }
        arena.deallocate()
        arenaCapacity = max(length, 2 * arenaCapacity)
        arena = .allocate(capacity: arenaCapacity)
    }
}

// MARK: Scanning and refilling

extension CSV.Reader {
    /// Scans the next row into `spans`, reading more input as needed; nil at the end of input.
    ///
    /// The scanner sees at most `maxRowBytes + 1` bytes of the row, however many the buffer
    /// holds, so whether a long row is too long or has an error first never depends on how
    /// the input was split into chunks.
    private func scanRow(capacity spanLimit: Int) throws(CSV.Error) -> ScannedRow? {
        while true {
            if rowStart == dataEnd {
                if atEndOfInput { return nil }
                try refill()
                continue
            }
            let visibleEnd = min(dataEnd, rowStart + limits.maxRowBytes + 1)
            let cut = visibleEnd < dataEnd
            let hidden = buffer[visibleEnd]
            if cut { buffer[visibleEnd] = 0 }
            let outcome = scanner.scan(
                buffer, rowStart: rowStart, end: visibleEnd, atEndOfInput: atEndOfInput && !cut,
                spans: spans, capacity: min(spanLimit, spanCapacity))
            if cut { buffer[visibleEnd] = hidden }
            switch outcome {
            case .row(let scanned):
                guard scanned.next - rowStart <= limits.maxRowBytes else { throw rowTooLongError() }
                return scanned
            case .needMore:
                guard visibleEnd - rowStart <= limits.maxRowBytes else { throw rowTooLongError() }
                try refill()
            case .failure(let reason, let offset):
                throw positionedError(reason, at: offset)
            }
        }
    }

    /// Moves the unfinished row to the front of the buffer, grows the buffer if the row fills
    /// it, and reads the next chunk after it.
    private func refill() throws(CSV.Error) {
        if rowStart > 0 {
            let kept = dataEnd - rowStart
            if kept > 0 { buffer.update(from: buffer + rowStart, count: kept) }
            dataEnd = kept
            rowStart = 0
        }
        if dataEnd == capacity {
            let grown = Self.allocateBuffer(capacity: 2 * capacity)
            grown.update(from: buffer, count: dataEnd)
            buffer.deallocate()
            buffer = grown
            capacity *= 2
        }
        switch source.read(into: buffer + dataEnd, count: min(capacity - dataEnd, limits.chunkBytes)) {
        case .success(let count):
            dataEnd += count
            if count == 0 { atEndOfInput = true }
        case .failure(let failure):
            throw CSV.Error(.readFailed(errno: failure.code), at: .wholeFile(file))
        }
        buffer[dataEnd] = 0
    }

    /// A zeroed buffer for `capacity` bytes of data, the sentinel and the padding.
    private static func allocateBuffer(capacity: Int) -> UnsafeMutablePointer<UInt8> {
        let buffer = UnsafeMutablePointer<UInt8>.allocate(capacity: capacity + 1 + WordScan.padding)
        buffer.initialize(repeating: 0, count: capacity + 1 + WordScan.padding)
        return buffer
    }

    /// Fills the buffer until it holds `count` bytes from the row start, or the input ends.
    private func fill(atLeast count: Int) throws(CSV.Error) {
        while dataEnd - rowStart < count, !atEndOfInput { try refill() }
    }
}

// MARK: The header row

extension CSV.Reader {
    private func readHeader() throws(CSV.Error) {
        try fill(atLeast: 3)
        if dataEnd - rowStart >= 3, buffer[rowStart] == 0xEF, buffer[rowStart + 1] == 0xBB, buffer[rowStart + 2] == 0xBF {
            rowStart += 3
        }
        guard var scanned = try scanRow(capacity: spanCapacity) else {
            throw CSV.Error(.emptyFile, at: .wholeFile(file))
        }
        if scanned.isBlank {
            throw positionedError(.blankHeader, at: rowStart)
        }
        if scanned.fieldCount >= spanCapacity {
            // More columns than spans: make room (up to the limit, and one more to point at the
            // first column past it) and split the row again.
            spans.deallocate()
            spanCapacity = min(scanned.fieldCount, limits.maxColumns) + 1
            spans = .allocate(capacity: spanCapacity)
            guard let again = try scanRow(capacity: spanCapacity) else { preconditionFailure("the header row vanished") }
            scanned = again
        }
        guard scanned.fieldCount <= limits.maxColumns else {
            throw positionedError(.tooManyColumns(limit: limits.maxColumns), at: rowStart + spans[limits.maxColumns].sourceStart)
        }
        var names: [String] = []
        var positions: [CSV.Position] = []
        var sourceLines: [String] = []
        var firstIndex: [String: Int] = [:]
        for index in 0..<scanned.fieldCount {
            let span = spans[index]
            let offset = rowStart + span.sourceStart
            let name = fieldText(span, base: buffer + rowStart)
            let (line, column, lineStart) = Locating.locate(buffer, rowStart: rowStart, rowLine: line, offset: offset)
            let position = CSV.Position(file: file, line: line, column: column)
            let sourceLine = Locating.sourceLine(buffer, lineStart: lineStart, end: scanned.terminator)
            if name.isEmpty {
                throw CSV.Error(.emptyColumnName(column: index + 1), at: position, sourceLine: sourceLine)
            }
            if let first = firstIndex[name] {
                throw CSV.Error(
                    .duplicateColumnName(name), at: position, sourceLine: sourceLine,
                    notes: [CSV.Note(.firstOccurrence(name: name), at: positions[first], sourceLine: sourceLines[first])])
            }
            firstIndex[name] = index
            names.append(name)
            positions.append(position)
            sourceLines.append(sourceLine)
        }
        header = CSV.Header(names: names, positions: positions, sourceLines: sourceLines)
        advance(past: scanned)
    }
}

// MARK: Errors at a byte

extension CSV.Reader {
    /// An error at `offset` in the buffer, in the row that starts at `rowStart`.
    ///
    /// The source line is read on to its end (as far as `excerptReach` past the error), so
    /// that the excerpt is the same however the input happened to be split into chunks.
    private func positionedError(_ reason: CSV.Error.Reason, at offset: Int) -> CSV.Error {
        let (line, column, lineStart) = Locating.locate(buffer, rowStart: rowStart, rowLine: line, offset: offset)
        var start = lineStart
        var reach = offset + Self.excerptReach
        var searched = offset
        while true {
            while searched < dataEnd, buffer[searched] != 0x0A { searched += 1 }
            if searched < dataEnd || searched >= reach || atEndOfInput { break }
            let shift = rowStart
            guard (try? refill()) != nil else { break }
            start -= shift
            reach -= shift
            searched -= shift
        }
        return CSV.Error(
            reason, at: CSV.Position(file: file, line: line, column: column),
            sourceLine: Locating.sourceLine(buffer, lineStart: start, end: min(dataEnd, reach)))
    }

    /// How far past an error its source line is read: more than an excerpt shows.
    private static let excerptReach = 4096

    /// Too many fields: at the first field past the header's; too few: at the end of the row.
    private func raggedRowError(_ scanned: ScannedRow) -> CSV.Error {
        let columns = header.count
        let offset = scanned.fieldCount > columns ? rowStart + spans[columns].sourceStart : scanned.terminator
        return positionedError(.raggedRow(expected: columns, found: scanned.fieldCount), at: offset)
    }

    private func rowTooLongError() -> CSV.Error {
        positionedError(.rowTooLong(limit: limits.maxRowBytes), at: rowStart)
    }
}
