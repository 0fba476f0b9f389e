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
    ///
    /// The reading state is marked `@exclusivity(unchecked)`: a reader belongs to one thread and
    /// its methods touch each property only for an instant, so the run-time check on every
    /// access would guard against nothing and cost time on every row.
    public final class Reader {
        /// The file's name in positions and errors, as given.
        public let file: String
        public let dialect: Dialect
        public let limits: Limits
        /// The header row, read by the initialiser.
        public internal(set) var header = Header(names: [], positions: [], sourceLines: [])
        /// Data rows handed out so far.
        @exclusivity(unchecked) public private(set) var rowsRead = 0

        @exclusivity(unchecked) var source: ByteSource
        let scanner: RowScanner
        /// `capacity` bytes of data, one for the NUL sentinel after the last byte read, and the
        /// padding that lets `WordScan` load eight bytes at a time up to the sentinel.
        @exclusivity(unchecked) var buffer: UnsafeMutablePointer<UInt8>
        @exclusivity(unchecked) var capacity: Int
        @exclusivity(unchecked) var rowStart = 0
        @exclusivity(unchecked) var dataEnd = 0
        @exclusivity(unchecked) var atEndOfInput = false
        /// The line on which the row at `rowStart` starts.
        @exclusivity(unchecked) var line = 1
        @exclusivity(unchecked) var spans: UnsafeMutablePointer<FieldSpan>
        /// Grown to the header's column count (plus one, to point at a ragged row's extra field).
        @exclusivity(unchecked) var spanCapacity = 16
        /// Where fields with doubled quotes are unescaped: at least as long as the current row.
        @exclusivity(unchecked) var arena: UnsafeMutablePointer<UInt8>
        @exclusivity(unchecked) var arenaCapacity = 0
        /// The bytes and the span behind a blank line delivered as a row of one empty field.
        let blankLineBytes: UnsafeMutablePointer<UInt8>
        let blankLineSpan: UnsafeMutablePointer<FieldSpan>
        /// Blank lines seen but not yet known to be at the end of the file: (first line, count).
        @exclusivity(unchecked) var pendingBlankLines: (line: Int, count: Int)?

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
    /// the reading. A second call carries on where the first stopped: after an error in the
    /// input it throws the same error again; after `body` threw, it starts at the next row;
    /// after the end, it finds no rows.
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
            do {
                try body(row)
            } catch {
                advance(past: scanned)
                throw error
            }
            advance(past: scanned)
        }
    }

    /// Blank lines followed by a row: rows of one empty field when the header has one column,
    /// an error otherwise.
    func deliverPendingBlankLines(_ body: (borrowing CSV.Row) throws -> Void) throws {
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

    func advance(past scanned: ScannedRow) {
        rowStart = scanned.next
        line += 1 + scanned.innerLineFeeds
    }

    func reserveArena(_ length: Int) {
        guard length > arenaCapacity else { return }
        arena.deallocate()
        arenaCapacity = max(length, 2 * arenaCapacity)
        arena = .allocate(capacity: arenaCapacity)
    }
}
