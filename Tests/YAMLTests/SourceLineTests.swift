import Testing

@testable import YAML

@Suite("Source lines: indexed once per document")
struct SourceLineTests {
    struct Entry: Decodable {
        var ref: String
        var count: Int
    }

    /// With the lines of a large file looked up from byte 0 for every error, this took hours;
    /// with the index it takes as long as the decode. Not timed: it checks that every error
    /// comes back, with the right line, however many there are.
    @Test func aHundredThousandRecordsEachWithAnErrorAllComeBack() throws {
        let count = 100_000
        var text = "records:\n"
        for index in 0..<count { text += "  - {ref: R\(index), count: x\(index)}\n" }
        let document = try YAML.Document.parse(text, file: "big.yaml", limits: .init(maxInputBytes: 64 << 20))
        let records = try #require(document.root["records"]).items
        var errors: [YAML.Error] = []
        for record in records {
            if case .failure(let found) = YAMLDecoder().decodeReportingAll(Entry.self, from: record) {
                errors += found.errors
            }
        }
        #expect(errors.count == count)
        #expect(errors.enumerated().allSatisfy { $0.element.mark.line == $0.offset + 2 })
        #expect(errors.enumerated().allSatisfy { $0.element.sourceLine == "  - {ref: R\($0.offset), count: x\($0.offset)}" })
        #expect(
            errors.last?.description == """
                big.yaml:100001:26: error: 'x99999' is not an integer
                  - {ref: R99999, count: x99999}
                                         ^
                """)
    }

    @Test func everyKindOfLineBreakStartsALine() {
        // LF, CR LF, CR, NEL, LS, PS, and a last line with no break.
        let source = SourceText(Array("a\nb\r\nc\rd\u{85}e\u{2028}f\u{2029}g".utf8))
        #expect((1...7).map { source.line($0) } == ["a", "b", "c", "d", "e", "f", "g"])
        #expect(source.line(0) == nil)
        #expect(source.line(8) == nil)
    }

    /// The last line made is handed out again; asking for another gives that one.
    @Test func aLineAskedForAgainIsTheSameAndAnotherIsItsOwn() {
        let source = SourceText(Array("a: 1\nb: 2\n".utf8))
        #expect([1, 1, 2, 1, 2, 2, 3, 1].map { source.line($0) } == ["a: 1", "a: 1", "b: 2", "a: 1", "b: 2", "b: 2", "", "a: 1"])
    }

    /// 100,000 codes on one line: every node shares the one line, made once.
    @Test func aHundredThousandNodesOnOneLineShareIt() throws {
        let codes = (0..<100_000).map { "X\($0): low" }.joined(separator: ", ")
        let document = try YAML.Document.parse("codes: {\(codes)}\n", file: "codes.yaml")
        let pairs = try #require(document.root["codes"]).pairs
        #expect(pairs.count == 100_000)
        #expect(pairs.last?.value.sourceLine?.count == pairs.first?.key.sourceLine?.count)
        #expect(pairs.last?.value.sourceLine?.hasSuffix("X99999: low}") == true)
    }

    @Test func aFinalLineBreakLeavesAnEmptyLastLine() {
        let source = SourceText(Array("a: 1\n".utf8))
        #expect(source.line(2) == "")
        #expect(source.line(3) == nil)
        #expect(SourceText([]).line(1) == "")
    }

    @Test func theByteOrderMarkIsNotPartOfLineOne() {
        let source = SourceText([0xEF, 0xBB, 0xBF] + Array("name: a\r\nregion: b".utf8))
        #expect(source.line(1) == "name: a")
        #expect(source.line(2) == "region: b")
        #expect(source.position(ofByte: 0) == (1, 1))
        #expect(source.position(ofByte: 3) == (1, 1))
        #expect(source.position(ofByte: 9) == (1, 7))
    }

    @Test func bytePositionsCountCharactersWithinTheirLine() {
        // "Zoë: 🚓x" on line 2: the x is the 7th character and the 10th byte of the line.
        let bytes = Array("a: 1\nZoë: 🚓x\n".utf8)
        let source = SourceText(bytes)
        let offsetOfX = bytes.firstIndex(of: UInt8(ascii: "x"))!
        #expect(source.position(ofByte: offsetOfX) == (2, 7))
        #expect(source.position(ofByte: 5) == (2, 1))
        #expect(source.position(ofByte: 4) == (1, 5))
        #expect(source.position(ofByte: bytes.count + 100) == (3, 1))
    }

    @Test func linesAreTheSameFromManyThreadsAtOnce() async throws {
        let text = (1...2_000).map { "key\($0): value \($0)" }.joined(separator: "\n")
        let document = try YAML.Document.parse(text, file: "t.yaml")
        let lines = await withTaskGroup(of: [String?].self) { group in
            for _ in 0..<8 { group.addTask { (1...2_000).map { document.sourceLine($0) } } }
            return await group.reduce(into: []) { $0.append($1) }
        }
        let expected = (1...2_000).map { "key\($0): value \($0)" }
        #expect(lines.count == 8)
        #expect(lines.allSatisfy { $0 == expected })
    }
}
