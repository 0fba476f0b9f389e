import Foundation
import Testing
import YAML

@Suite("Limits: every load is bounded")
struct LimitTests {
    @Test func inputSizeIsCheckedBeforeParsing() {
        let limits = YAML.Limits(maxInputBytes: 10)
        let error = parseError(Array("name: Northamptonshire\n".utf8), limits: limits)
        #expect(error?.description == "test.yaml:1:1: error: the input is 23 bytes, over the limit of 10 bytes")
    }

    @Test func inputSizeIsCheckedBeforeReadingAFile() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("yaml-limit-\(UInt32.random(in: 0...UInt32.max)).yaml")
            .path
        try String(repeating: "a: 1\n", count: 100).write(toFile: path, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(atPath: path) }
        #expect(throws: YAML.Error(.inputTooLarge(bytes: 500, limit: 100), at: .init(file: "big.yaml", line: 1, column: 1))) {
            _ = try YAML.Document.load(path: path, displayName: "big.yaml", limits: .init(maxInputBytes: 100))
        }
    }

    @Test func missingFileIsAPositionedError() {
        #expect(throws: YAML.Error(.unreadableFile("no such file"), at: .init(file: "nope.yaml", line: 1, column: 1))) {
            _ = try YAML.Document.load(path: "/nonexistent/nope.yaml", displayName: "nope.yaml")
        }
    }

    @Test func aDirectoryIsNotAFile() {
        let directory = FileManager.default.temporaryDirectory.path
        #expect(throws: YAML.Error(.unreadableFile("it is a directory"), at: .init(file: "dir", line: 1, column: 1))) {
            _ = try YAML.Document.load(path: directory, displayName: "dir")
        }
    }

    @Test func aFileIsReadWhole() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("yaml-read-\(UInt32.random(in: 0...UInt32.max)).yaml").path
        let text = (0..<20_000).map { "key\($0): value \($0)" }.joined(separator: "\n")
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(atPath: path) }
        let document = try YAML.Document.load(path: path, limits: .init(maxInputBytes: 1 << 20))
        #expect(document.root.pairs.count == 20_000)
        #expect(document.sourceLine(20_000) == "key19999: value 19999")
    }

    @Test func nestingDepthIsLimited() {
        let error = parseError(Array("a:\n  b:\n    c: [1]\n".utf8), limits: .init(maxDepth: 3))
        #expect(
            error?.description == """
                test.yaml:3:8: error: nesting is deeper than the limit of 3 levels
                    c: [1]
                       ^
                """)
    }

    @Test func tenThousandLevelsFailCleanlyWithoutRecursion() {
        let deep = String(repeating: "[", count: 10_000) + String(repeating: "]", count: 10_000)
        let error = parseError(Array(deep.utf8))
        #expect(error?.reason == .nestingTooDeep(limit: 64))
        #expect(error?.mark.column == 65)
    }

    @Test func tenThousandLevelsAreFineWhenAllowed() throws {
        let deep = String(repeating: "[", count: 10_000) + String(repeating: "]", count: 10_000)
        let document = try YAML.Document.parse(deep, file: "deep.yaml", limits: .init(maxDepth: 20_000))
        #expect(document.nodeCount == 10_000)
    }

    @Test func nodeCountIsLimited() {
        let error = parseError(Array("[1, 2, 3, 4, 5]".utf8), limits: .init(maxNodes: 4))
        #expect(
            error?.description == """
                test.yaml:1:11: error: the document has more than 4 nodes, counting what aliases expand to
                [1, 2, 3, 4, 5]
                          ^
                """)
    }

    @Test func aliasUsesAreLimited() {
        let error = parseError(Array("a: &x 1\nb: [*x, *x, *x]\n".utf8), limits: .init(maxAliases: 2))
        #expect(
            error?.description == """
                test.yaml:2:13: error: the document uses more than 2 aliases
                b: [*x, *x, *x]
                            ^
                """)
    }

    /// The "billion laughs": nine levels, each ten aliases of the one before, 10^9 nodes in all.
    /// Counting what each alias expands to stops it a few levels in, after a few hundred events.
    @Test func billionLaughsFailsEarly() {
        var lines = ["a0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]"]
        for level in 1...9 {
            let aliases = Array(repeating: "*a\(level - 1)", count: 10).joined(separator: ", ")
            lines.append("a\(level): &a\(level) [\(aliases)]")
        }
        let error = parseError(Array(lines.joined(separator: "\n").utf8))
        #expect(error?.reason == .tooManyNodes(limit: 4_000_000))
        #expect(error?.mark.line == 7)  // level 6: 10^6 lols per alias
    }

    @Test func aliasesWithinLimitsExpandToTheirAnchor() {
        struct Pair: Decodable {
            var first: [String]
            var second: [String]
        }
        let pair = decoded(Pair.self, "first: &list [a, b]\nsecond: *list\n")
        #expect(pair?.second == ["a", "b"])
    }

    @Test func aliasToNothingAndRecursiveAliasAreErrors() {
        #expect(parseError(Array("a: *missing\n".utf8))?.message == "alias '*missing' refers to no anchor defined before it")
        #expect(
            parseError(Array("a: &x [1, *x]\n".utf8))?.description == """
                test.yaml:1:11: error: alias '*x' refers to a node that contains it
                a: &x [1, *x]
                          ^
                test.yaml:1:4: note: anchor '&x' is defined here
                a: &x [1, *x]
                   ^
                """)
    }
}
