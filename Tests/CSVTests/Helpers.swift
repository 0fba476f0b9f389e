import CSV
import Testing

/// Chunk sizes every input is read at: one byte at a time, sizes that split CRLF, quotes and
/// multi-byte characters at every place, and the default.
let chunkSizes = [1, 2, 3, 7, 64, 1 << 20]

/// What reading a whole input gave: the header and every row's fields, or the error rendered.
enum Outcome: Equatable, CustomStringConvertible {
    case table(header: [String], rows: [[String]])
    case failure(String)

    var description: String {
        switch self {
        case .table(let header, let rows): return "table \(header) \(rows)"
        case .failure(let rendered): return "failure:\n\(rendered)"
        }
    }
}

/// Reads `bytes` at one chunk size.
func readAll(_ bytes: [UInt8], dialect: CSV.Dialect = .comma, chunkBytes: Int) -> Outcome {
    do {
        let reader = try CSV.Reader(bytes: bytes, file: "test.csv", dialect: dialect, limits: .init(chunkBytes: chunkBytes))
        var rows: [[String]] = []
        try reader.forEachRow { row in
            rows.append((0..<row.count).map { row.string($0) })
        }
        return .table(header: reader.header.names, rows: rows)
    } catch let error as CSV.Error {
        return .failure(error.description)
    } catch {
        return .failure("unexpected \(error)")
    }
}

/// Reads `bytes` at every chunk size in `chunkSizes`, expects the same outcome from each, and
/// returns it.
func read(
    _ bytes: [UInt8], dialect: CSV.Dialect = .comma, sourceLocation: SourceLocation = #_sourceLocation
) -> Outcome {
    let reference = readAll(bytes, dialect: dialect, chunkBytes: 1 << 20)
    for size in chunkSizes {
        let outcome = readAll(bytes, dialect: dialect, chunkBytes: size)
        #expect(outcome == reference, "chunk size \(size) differs", sourceLocation: sourceLocation)
    }
    return reference
}

func read(_ text: String, dialect: CSV.Dialect = .comma, sourceLocation: SourceLocation = #_sourceLocation) -> Outcome {
    read(Array(text.utf8), dialect: dialect, sourceLocation: sourceLocation)
}

/// Expects `text` to read as `header` and `rows` at every chunk size.
func expectTable(
    _ text: String, dialect: CSV.Dialect = .comma, _ header: [String], _ rows: [[String]],
    sourceLocation: SourceLocation = #_sourceLocation
) {
    #expect(
        read(text, dialect: dialect, sourceLocation: sourceLocation) == .table(header: header, rows: rows),
        sourceLocation: sourceLocation)
}

/// Expects `bytes` to fail with exactly `rendered` (the error as printed) at every chunk size.
func expectFailure(
    _ bytes: [UInt8], dialect: CSV.Dialect = .comma, _ rendered: String,
    sourceLocation: SourceLocation = #_sourceLocation
) {
    #expect(
        read(bytes, dialect: dialect, sourceLocation: sourceLocation) == .failure(rendered),
        sourceLocation: sourceLocation)
}

func expectFailure(
    _ text: String, dialect: CSV.Dialect = .comma, _ rendered: String,
    sourceLocation: SourceLocation = #_sourceLocation
) {
    expectFailure(Array(text.utf8), dialect: dialect, rendered, sourceLocation: sourceLocation)
}

/// Calls `body` with `text`'s UTF-8 bytes as the buffer the parsers take.
func withBytes<R>(_ text: String, _ body: (UnsafeBufferPointer<UInt8>) throws -> R) rethrows -> R {
    try Array(text.utf8).withUnsafeBufferPointer(body)
}
