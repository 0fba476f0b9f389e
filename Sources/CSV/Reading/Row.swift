extension CSV {
    /// One data row, lent by the reader for the length of one call of the `forEachRow` closure.
    ///
    /// Non-copyable, so it cannot outlive the call: its fields are slices of the reader's
    /// buffer, which the next row overwrites. Fields are 0-based, in header order; a field's
    /// value is its text with the quotes of a quoted field removed and `""` made `"`.
    public struct Row: ~Copyable {
        /// Number of fields: always the header's count.
        public let count: Int
        /// 1-based line on which the row starts (a quoted field may carry it over more lines).
        public let line: Int
        /// 1-based number of the data row; the header row is not counted.
        public let index: Int

        @usableFromInline let base: UnsafePointer<UInt8>
        @usableFromInline let spans: UnsafePointer<FieldSpan>
        /// At least as long as the row when any field needs unescaping; each field unescapes
        /// into its own range of it, so values from different fields can be used together.
        @usableFromInline let arena: UnsafeMutablePointer<UInt8>
        /// Bytes from the row's start to its line break.
        let length: Int
        unowned(unsafe) let reader: Reader

        init(
            count: Int, line: Int, index: Int, base: UnsafePointer<UInt8>, spans: UnsafePointer<FieldSpan>,
            arena: UnsafeMutablePointer<UInt8>, length: Int, reader: Reader
        ) {
            self.count = count
            self.line = line
            self.index = index
            self.base = base
            self.spans = spans
            self.arena = arena
            self.length = length
            self.reader = reader
        }

        /// Calls `body` with the bytes of field `field`'s value (valid UTF-8), valid only
        /// during the call. Nothing is copied unless the field holds doubled quotes.
        /// Inlinable: a reader calls it for every cell, and across modules a generic call would
        /// go through the closure's run-time type information each time.
        @inlinable
        public func withField<Result, Failure: Swift.Error>(
            _ field: Int, _ body: (UnsafeBufferPointer<UInt8>) throws(Failure) -> Result
        ) throws(Failure) -> Result {
            precondition(field >= 0 && field < count, "CSV.Row: field \(field) is out of range 0..<\(count)")
            let span = spans[field]
            let start = Int(span.start)
            let length = Int(span.end) - start
            guard span.escaped else { return try body(UnsafeBufferPointer(start: base + start, count: length)) }
            let unescaped = unescapeQuotes(from: base + start, count: length, into: arena + start)
            return try body(UnsafeBufferPointer(start: arena + start, count: unescaped))
        }

        /// Field `field`'s value as a `String` (which allocates; prefer `withField` in loops).
        public func string(_ field: Int) -> String {
            withField(field) { String(decoding: $0, as: UTF8.self) }
        }

        /// Field `field` is empty (`` or `""`).
        public func isEmpty(_ field: Int) -> Bool {
            precondition(field >= 0 && field < count, "CSV.Row: field \(field) is out of range 0..<\(count)")
            return spans[field].start == spans[field].end
        }

        /// The header's name for field `field`.
        public func columnName(_ field: Int) -> String { reader.header.names[field] }
    }
}

// MARK: Positions and errors

extension CSV.Row {
    /// Where field `field` starts: its first character, the opening quote of a quoted field.
    ///
    /// With `byteOffset`, where that byte of the field's value is (0-based, in the value as
    /// `withField` gives it); a quoted field with embedded line breaks may put it on a later
    /// line than the row's.
    public func position(ofField field: Int, byteOffset: Int? = nil) -> CSV.Position {
        locate(sourceOffset(ofField: field, byteOffset: byteOffset)).position
    }

    /// The source line on which `position(ofField:byteOffset:)` falls, for an excerpt.
    public func sourceLine(ofField field: Int, byteOffset: Int? = nil) -> String {
        locate(sourceOffset(ofField: field, byteOffset: byteOffset)).sourceLine
    }

    /// A positioned error for field `field`: its column name, its text, and `problem`, pointing
    /// at the problem's place in the field (or the field's start).
    ///
    ///     reader.forEachRow { row in
    ///         do { try row.withField(3) { try CSV.parseInteger($0) } }
    ///         catch { errors.append(row.error(field: 3, .integer(error))) }
    ///     }
    public func error(field: Int, _ problem: CSV.ValueProblem) -> CSV.Error {
        let (position, sourceLine) = locate(sourceOffset(ofField: field, byteOffset: problem.offset))
        return CSV.Error(
            .invalidValue(column: columnName(field), text: string(field), problem: problem),
            at: position, sourceLine: sourceLine)
    }

    /// The offset from the row's start of byte `byteOffset` of the field's value, undoing
    /// the quoting; nil means the field's first character.
    private func sourceOffset(ofField field: Int, byteOffset: Int?) -> Int {
        precondition(field >= 0 && field < count, "CSV.Row: field \(field) is out of range 0..<\(count)")
        let span = spans[field]
        guard let byteOffset else { return span.sourceStart }
        var offset = Int(span.start)
        var remaining = max(0, byteOffset)
        while remaining > 0, offset < Int(span.end) {
            offset += span.escaped && base[offset] == UInt8(ascii: "\"") ? 2 : 1
            remaining -= 1
        }
        return offset
    }

    private func locate(_ offset: Int) -> (position: CSV.Position, sourceLine: String) {
        let (line, column, lineStart) = Locating.locate(base, rowStart: 0, rowLine: self.line, offset: offset)
        return (
            CSV.Position(file: reader.file, line: line, column: column),
            Locating.sourceLine(base, lineStart: lineStart, end: length)
        )
    }
}

/// Copies `count` bytes of a quoted field's inside to `destination`, each `""` as one `"`;
/// returns the number of bytes written.
@usableFromInline
func unescapeQuotes(from source: UnsafePointer<UInt8>, count: Int, into destination: UnsafeMutablePointer<UInt8>) -> Int {
    var read = 0
    var written = 0
    while read < count {
        let byte = source[read]
        destination[written] = byte
        written += 1
        read += byte == UInt8(ascii: "\"") ? 2 : 1
    }
    return written
}

/// The value of the field at `span` in the row at `base` as a `String`.
func fieldText(_ span: FieldSpan, base: UnsafePointer<UInt8>) -> String {
    let start = base + Int(span.start)
    let length = Int(span.end) - Int(span.start)
    guard span.escaped else { return String(decoding: UnsafeBufferPointer(start: start, count: length), as: UTF8.self) }
    return String(unsafeUninitializedCapacity: length) { buffer in
        unescapeQuotes(from: start, count: length, into: buffer.baseAddress!)
    }
}
