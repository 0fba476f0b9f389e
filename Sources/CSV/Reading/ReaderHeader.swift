// Reading and checking the header row.

extension CSV.Reader {
    func readHeader() throws(CSV.Error) {
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
