// libFuzzer entry point for the CSV module: read arbitrary bytes in a dialect chosen by the first
// byte, parse every field with every parser, and check the reader's promises.
//
// Built by `make fuzz-csv`, which compiles this file together with Sources/CSV/**/*.swift into
// one module (named CSV, like the package target); only public API is used. The entry point
// never prints: libFuzzer owns stdout/stderr. A broken promise traps (precondition), which
// libFuzzer reports as a crash with the input that caused it.
//
// The first byte chooses: bits 0–1 the delimiter (, ; tab |), bits 2–4 the chunk size (1, 2,
// 3, 7, 16, 64, 512 or 8192 bytes, so rows cross chunk boundaries everywhere), bit 5 a
// 64-byte row limit. The rest is the file.
//
// Promises checked, beyond "no crash, no leak, no out-of-bounds access":
// - the outcome (header and every field, or the error as rendered) is the same at the chosen
//   chunk size and with the whole input in one chunk;
// - every field is valid UTF-8 with no control character but tab, CR and LF, and every row has
//   the header's number of fields;
// - every position is within the input: line from the row's line to the number of lines,
//   column at least 1; an error's position too (or 0:0 for the file as a whole);
// - a table read successfully, written back out with every field quoted, reads back the same.

/// Results are folded in here so the optimiser cannot drop the work that produced them.
nonisolated(unsafe) public var fuzzSink = 0

private let delimiters: [CSV.Dialect] = [.comma, .semicolon, .tab, .pipe]
private let chunkSizes = [1, 2, 3, 7, 16, 64, 512, 8192]
/// Rows whose fields are kept for the round trip; a fuzz input rarely has more.
private let keptRows = 256

private let patterns = ["%Y-%m-%d", "%d/%m/%Y %H:%M", "%-d/%-m/%Y %-H:%M:%S", "%Y-%m-%dT%H:%M:%S%z"].map {
    try! CSV.DateTimePattern($0)
}
private let zones: [CSV.Zone] = [
    .utc, .fixed(offsetSeconds: 3600), .europeLondon(),
    .europeLondon(ambiguous: .earlier, nonexistent: .shiftForward), .europeLondon(ambiguous: .later),
]

/// What one read gave: the header and rows, or the error rendered.
private enum Outcome: Equatable {
    case table(header: [String], rows: [[String]])
    case failure(String)
}

@_cdecl("LLVMFuzzerTestOneInput")
public func csvFuzzTestOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    guard let data, size > 0 else { return 0 }
    let selector = data[0]
    let bytes = Array(UnsafeBufferPointer(start: data + 1, count: size - 1))
    let dialect = delimiters[Int(selector & 3)]
    let limits = CSV.Limits(
        chunkBytes: chunkSizes[Int(selector >> 2) & 7], maxRowBytes: selector & 0x20 != 0 ? 64 : 16 << 20)
    let lineCount = 1 + bytes.reduce(0) { $0 + ($1 == 0x0A ? 1 : 0) }

    rendered = 0
    let outcome = read(bytes, dialect: dialect, limits: limits, lineCount: lineCount, parse: true)
    var reference = limits
    reference.chunkBytes = max(1, bytes.count)
    let again = read(bytes, dialect: dialect, limits: reference, lineCount: lineCount, parse: false)
    precondition(outcome == again, "the outcome depends on the chunk size")

    if case .table(let header, let rows) = outcome {
        let written = serialise(header: header, rows: rows, delimiter: dialect.delimiter)
        var small = limits
        small.maxRowBytes = 16 << 20
        let reread = read(written, dialect: dialect, limits: small, lineCount: .max, parse: false)
        if rows.count < keptRows {
            precondition(reread == outcome, "a table written back out reads differently")
        }
    }
    return 0
}

private func read(_ bytes: [UInt8], dialect: CSV.Dialect, limits: CSV.Limits, lineCount: Int, parse: Bool) -> Outcome {
    do {
        let reader = try CSV.Reader(bytes: bytes, file: "fuzz.csv", dialect: dialect, limits: limits)
        let header = reader.header
        precondition(header.count >= 1)
        for column in 0..<header.count {
            check(header.position(ofColumn: column), from: 1, lineCount: lineCount)
            precondition(header.index(of: header.names[column]) == column, "header look-up")
        }
        var rows: [[String]] = []
        var previousLine = 0
        try reader.forEachRow { row in
            precondition(row.count == header.count, "a row with the wrong number of fields")
            precondition(row.line > previousLine && row.index == reader.rowsRead, "rows out of order")
            previousLine = row.line
            var fields: [String] = []
            for field in 0..<row.count {
                let text = row.string(field)
                checkText(text)
                precondition(row.isEmpty(field) == text.isEmpty)
                check(row.position(ofField: field), from: row.line, lineCount: lineCount)
                check(row.position(ofField: field, byteOffset: text.utf8.count), from: row.line, lineCount: lineCount)
                if parse { parseEverything(row, field) }
                if rows.count < keptRows { fields.append(text) }
            }
            if rows.count < keptRows { rows.append(fields) }
        }
        return .table(header: header.names, rows: rows)
    } catch let error as CSV.Error {
        if error.position.line == 0 {
            precondition(error.position.column == 0)
        } else {
            check(error.position, from: 1, lineCount: lineCount)
        }
        let rendered = error.description
        fuzzSink &+= rendered.utf8.count &+ error.rendered(color: true).utf8.count
        return .failure(rendered)
    } catch {
        preconditionFailure("an error that is not a CSV.Error: \(error)")
    }
}

private func check(_ position: CSV.Position, from firstLine: Int, lineCount: Int) {
    precondition(position.file == "fuzz.csv")
    precondition(position.line >= firstLine && position.line <= lineCount, "line \(position.line) out of bounds")
    precondition(position.column >= 1, "column \(position.column)")
}

/// No control character but tab, CR and LF.
private func checkText(_ text: String) {
    for scalar in text.unicodeScalars {
        let value = scalar.value
        let allowed = value == 0x09 || value == 0x0A || value == 0x0D
        precondition(allowed || !(value < 0x20 || (0x7F...0x9F).contains(value)), "a control character got through")
    }
}

/// How many problems per input are made into positioned, rendered errors. Rendering costs far
/// more than parsing, and doing it for every field of every parser would halve the executions
/// per second without adding coverage.
private let renderBudget = 12
nonisolated(unsafe) private var rendered = 0

/// Every parser on the field; some problems worded and made into positioned errors.
private func parseEverything(_ row: borrowing CSV.Row, _ field: Int) {
    let text = row.string(field)
    precondition(Array(text.utf8) == row.withField(field) { Array($0) }, "invalid UTF-8 in a field")
    let length = text.utf8.count
    func report(_ problem: CSV.ValueProblem, _ row: borrowing CSV.Row) {
        if let offset = problem.offset { precondition(offset >= 0 && offset <= length, "a problem outside its field") }
        guard rendered < renderBudget else { return }
        rendered += 1
        fuzzSink &+= problem.message(text: text).utf8.count
        let error = row.error(field: field, problem)
        precondition(error.position.line >= row.line && error.position.column >= 1)
        fuzzSink &+= error.description.utf8.count
    }
    switch row.withField(field, { bytes in Result { () throws(CSV.NumberProblem) in try CSV.parseInteger(bytes) } }) {
    case .success(let value): fuzzSink &+= Int(truncatingIfNeeded: value)
    case .failure(let problem): report(.integer(problem), row)
    }
    switch row.withField(field, { bytes in Result { () throws(CSV.NumberProblem) in try CSV.parseDecimal(bytes) } }) {
    case .success(let value): precondition(value.isFinite, "a decimal that is not finite")
    case .failure(let problem): report(.decimal(problem), row)
    }
    for pattern in patterns {
        let local = row.withField(field) { bytes in
            Result { () throws(CSV.DateTimeProblem) in try pattern.localDateTime(from: bytes) }
        }
        switch local {
        case .success(let (dateTime, offset)):
            let day = dateTime.day
            precondition((1900...2100).contains(day.year) && CSV.Day(year: day.year, month: day.month, day: day.day) == day)
            precondition(dateTime.hour < 24 && dateTime.minute < 60 && dateTime.second < 60)
            precondition(offset.map { abs($0) <= 14 * 3600 } ?? true)
        case .failure(let problem):
            report(.dateTime(problem, pattern: pattern.text), row)
        }
        for zone in zones {
            let instant = row.withField(field) { bytes in
                Result { () throws(CSV.DateTimeProblem) in try pattern.secondsSince1970(from: bytes, in: zone) }
            }
            switch instant {
            case .success(let seconds):
                precondition(seconds > -2_209_100_000 && seconds < 4_134_100_000, "an instant out of range")
            case .failure(let problem):
                report(.dateTime(problem, pattern: pattern.text), row)
            }
        }
    }
    // The row's own helpers, which wrap the same parsers, once per field.
    fuzzSink &+= (try? row.integer(field)).map { Int(truncatingIfNeeded: $0) } ?? 0
}

/// The table as CSV again: every field quoted, quotes doubled, LF line ends.
private func serialise(header: [String], rows: [[String]], delimiter: UInt8) -> [UInt8] {
    var out: [UInt8] = []
    func write(_ fields: [String]) {
        for (index, field) in fields.enumerated() {
            if index > 0 { out.append(delimiter) }
            out.append(UInt8(ascii: "\""))
            for byte in field.utf8 {
                out.append(byte)
                if byte == UInt8(ascii: "\"") { out.append(byte) }
            }
            out.append(UInt8(ascii: "\""))
        }
        out.append(0x0A)
    }
    write(header)
    rows.forEach(write)
    return out
}
