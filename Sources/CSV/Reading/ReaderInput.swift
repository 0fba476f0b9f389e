// How the reader fills its buffer and scans rows out of it, and the errors it makes at a byte.

// MARK: Scanning and refilling

extension CSV.Reader {
    /// Scans the next row into `spans`, reading more input as needed; nil at the end of input.
    ///
    /// The scanner sees at most `maxRowBytes + 1` bytes of the row, however many the buffer
    /// holds, so whether a long row is too long or has an error first never depends on how
    /// the input was split into chunks.
    func scanRow(capacity spanLimit: Int) throws(CSV.Error) -> ScannedRow? {
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
    func refill() throws(CSV.Error) {
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
    static func allocateBuffer(capacity: Int) -> UnsafeMutablePointer<UInt8> {
        let buffer = UnsafeMutablePointer<UInt8>.allocate(capacity: capacity + 1 + WordScan.padding)
        buffer.initialize(repeating: 0, count: capacity + 1 + WordScan.padding)
        return buffer
    }

    /// Fills the buffer until it holds `count` bytes from the row start, or the input ends.
    func fill(atLeast count: Int) throws(CSV.Error) {
        while dataEnd - rowStart < count, !atEndOfInput { try refill() }
    }
}

// MARK: Errors at a byte

extension CSV.Reader {
    /// An error at `offset` in the buffer, in the row that starts at `rowStart`.
    ///
    /// The source line is read on to its end (as far as `excerptReach` past the error), so
    /// that the excerpt is the same however the input happened to be split into chunks.
    func positionedError(_ reason: CSV.Error.Reason, at offset: Int) -> CSV.Error {
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
    static let excerptReach = 4096

    /// Too many fields: at the first field past the header's; too few: at the end of the row.
    func raggedRowError(_ scanned: ScannedRow) -> CSV.Error {
        let columns = header.count
        let offset = scanned.fieldCount > columns ? rowStart + spans[columns].sourceStart : scanned.terminator
        return positionedError(.raggedRow(expected: columns, found: scanned.fieldCount), at: offset)
    }

    func rowTooLongError() -> CSV.Error {
        positionedError(.rowTooLong(limit: limits.maxRowBytes), at: rowStart)
    }
}
