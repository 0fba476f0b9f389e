import CSV
import Testing

@Suite("Rows: fields on demand, lines, positions and consumer errors")
struct RowTests {
    /// Reads `text` and calls `body` with each row, at every chunk size.
    func eachRow(
        _ text: String, sourceLocation: SourceLocation = #_sourceLocation,
        _ body: (borrowing CSV.Row) throws -> Void
    ) {
        for size in chunkSizes {
            do {
                let reader = try CSV.Reader(bytes: Array(text.utf8), file: "test.csv", limits: .init(chunkBytes: size))
                try reader.forEachRow(body)
            } catch {
                Issue.record("chunk size \(size): \(error)", sourceLocation: sourceLocation)
            }
        }
    }

    @Test func lineAndIndexOfEachRow() {
        var seen: [[Int]] = []
        eachRow("a,b\n1,\"x\ny\"\n2,3\r\n\"\n\n\",4\n5,6\n") { row in seen.append([row.index, row.line]) }
        // Six chunk sizes, four rows each.
        #expect(seen == Array(repeating: [[1, 2], [2, 4], [3, 5], [4, 8]], count: chunkSizes.count).flatMap { $0 })
    }

    @Test func positionsOfFieldsOnAMultiLineRow() {
        var positions: [String] = []
        eachRow("ref,note,code\nA1,\"first\nsecond\",H\nZoë,\"x\",M\n") { row in
            guard positions.count < 6 else { return }
            positions += (0..<row.count).map { row.position(ofField: $0).description }
        }
        #expect(
            positions == [
                "test.csv:2:1", "test.csv:2:4", "test.csv:3:9",
                "test.csv:4:1", "test.csv:4:5", "test.csv:4:9",
            ])
    }

    @Test func positionOfAByteInsideAQuotedFieldUndoesTheQuoting() throws {
        let reader = try CSV.Reader(bytes: Array("a,b\n1,\"x \"\"y\"\" z\"\n".utf8), file: "test.csv")
        try reader.forEachRow { row in
            #expect(row.string(1) == "x \"y\" z")
            // Value bytes: x, space, ", y, ", space, z. The source: "x ""y"" z".
            #expect(row.position(ofField: 1).column == 3)
            #expect(row.position(ofField: 1, byteOffset: 0).column == 4)
            #expect(row.position(ofField: 1, byteOffset: 3).column == 8)
            #expect(row.position(ofField: 1, byteOffset: 6).column == 12)
        }
    }

    @Test func withFieldGivesTheUnescapedBytesAndNestsSafely() throws {
        let reader = try CSV.Reader(bytes: Array("a,b,c\n\"1\"\"\",plain,\"\"\"3\"\n".utf8))
        try reader.forEachRow { row in
            let joined = row.withField(0) { first in
                row.withField(2) { third in
                    row.withField(1) { second in
                        String(decoding: Array(first) + Array(second) + Array(third), as: UTF8.self)
                    }
                }
            }
            #expect(joined == "1\"plain\"3")
            #expect(row.withField(0) { Array($0) } == Array("1\"".utf8))
            #expect(row.isEmpty(1) == false)
        }
    }

    @Test func isEmptyForUnquotedAndQuotedEmptyFields() throws {
        let reader = try CSV.Reader(bytes: Array("a,b,c\n,\"\",x\n".utf8))
        try reader.forEachRow { row in
            #expect((0..<3).map { row.isEmpty($0) } == [true, true, false])
        }
    }

    @Test func headerLookUpAndPositions() throws {
        let reader = try CSV.Reader(bytes: Array("\u{FEFF}Ref,\"Reported at\",Zoë\n".utf8), file: "h.csv")
        #expect(reader.header.count == 3)
        #expect(reader.header.index(of: "Reported at") == 1)
        #expect(reader.header.index(of: "reported at") == nil)
        #expect(reader.header.position(ofColumn: 1).description == "h.csv:1:5")
        #expect(reader.header.position(ofColumn: 2).description == "h.csv:1:19")
        #expect(reader.header.sourceLine(ofColumn: 0) == "Ref,\"Reported at\",Zoë")
    }

    @Test func consumerErrorForAFieldPointsInsideIt() throws {
        let reader = try CSV.Reader(bytes: Array("ref,count\nA1,\"12x\"\n".utf8), file: "evidence.csv")
        var errors: [CSV.Error] = []
        try reader.forEachRow { row in
            do throws(CSV.NumberProblem) {
                _ = try row.withField(1) { bytes throws(CSV.NumberProblem) in try CSV.parseInteger(bytes) }
            } catch {
                errors.append(row.error(field: 1, .integer(error)))
            }
            do throws(CSV.Error) {
                _ = try row.integer(1)
            } catch {
                errors.append(error)
            }
        }
        #expect(errors.count == 2)
        #expect(errors.first == errors.last)
        #expect(
            errors.first?.description == """
                evidence.csv:2:7: error: column 'count': '12x' is not an integer: unexpected 'x' at character 3
                A1,"12x"
                      ^
                """)
    }

    @Test func consumerErrorOnALaterLineOfAMultiLineField() throws {
        let reader = try CSV.Reader(bytes: Array("ref,note\nA1,\"ok\nbad\"\n".utf8), file: "e.csv")
        try reader.forEachRow { row in
            let error = row.error(field: 1, .custom("holds a word that is refused", at: 3))
            #expect(
                error.description == """
                    e.csv:3:1: error: column 'note': 'ok bad' holds a word that is refused
                    bad"
                    ^
                    """)
        }
    }

    @Test func rowsReadCountsDataRows() throws {
        let reader = try CSV.Reader(bytes: Array("a\n1\n2\n\n".utf8))
        try reader.forEachRow { _ in }
        #expect(reader.rowsRead == 2)
        // A second call finds nothing more.
        var more = 0
        try reader.forEachRow { _ in more += 1 }
        #expect(more == 0)
    }

    @Test func aThrowFromTheClosureStopsTheReading() throws {
        struct Stop: Error {}
        let reader = try CSV.Reader(bytes: Array("a\n1\n2\n3\n".utf8))
        var seen = 0
        #expect(throws: Stop.self) {
            try reader.forEachRow { _ in
                seen += 1
                if seen == 2 { throw Stop() }
            }
        }
        #expect(seen == 2)
        // A second call carries on with the next row.
        var rest: [String] = []
        try reader.forEachRow { row in rest.append("\(row.index):\(row.string(0))") }
        #expect(rest == ["3:3"])
    }
}
