import Foundation
import Testing
import YAML

@Suite("Streaming: the file's shape and its aliases")
struct StreamShapeTests {
    @Test func theSequenceKeyMustBePresent() {
        #expect(
            streamed("schema: 1\nnote: x\n").error == """
                test.yaml:1:1: error: missing required key 'records'
                schema: 1
                ^
                """)
    }

    @Test func theSequenceKeyMustHoldASequence() {
        #expect(
            streamed("schema: 1\nrecords:\n  a: 1\n").error == """
                test.yaml:3:3: error: expected a sequence, found a mapping
                  a: 1
                  ^
                """)
        #expect(
            streamed("records:\n").error == """
                test.yaml:1:9: error: expected a sequence, found no value
                records:
                        ^
                """)
        #expect(
            streamed("records: '[]'\n").error == """
                test.yaml:1:10: error: expected a sequence, found the quoted string '[]'
                records: '[]'
                         ^
                """)
    }

    @Test func theSequenceMustBeWrittenOutNotAliased() {
        #expect(
            streamed("list: &l [a]\nrecords: *l\n").error == """
                test.yaml:2:10: error: 'records' is read one item at a time, so it must be written out here, not given as the alias '*l'
                records: *l
                         ^
                """)
    }

    @Test func theSequenceMustBeTheLastKey() {
        let result = streamed("schema: 1\nrecords: [a, b]\nnote: late\n")
        #expect(result.items.count == 2)
        #expect(
            result.error == """
                test.yaml:3:1: error: this key comes after 'records', which is read one item at a time and so must be the last key
                note: late
                ^
                """)
    }

    @Test func theTopNodeMustBeAMapping() {
        #expect(
            streamed("- a\n- b\n").error == """
                test.yaml:1:1: error: expected a mapping, found a sequence
                - a
                ^
                """)
        #expect(
            streamed("just text\n").error == """
                test.yaml:1:1: error: expected a mapping, found 'just text'
                just text
                ^
                """)
    }

    @Test func anEmptyFileAndASecondDocumentAreRefusedAsWhenParsing() {
        #expect(
            streamed("# nothing\n").error == """
                test.yaml:1:1: error: the file holds no YAML document
                # nothing
                ^
                """)
        let result = streamed("records: [a]\n---\nrecords: [b]\n")
        #expect(result.items == ["test.yaml:1:11: scalar 'a'"])
        #expect(
            result.error == """
                test.yaml:2:1: error: a second document starts here; this file must hold exactly one
                ---
                ^
                """)
    }

    @Test func aliasesWithinOneItemWork() {
        let result = streamed("records:\n  - {a: &x [1, 2], b: *x}\n")
        #expect(result.error == nil)
        #expect(result.items == ["test.yaml:2:5: mapping of 2"])
    }

    @Test func aliasesToAnotherItemOrTheHeaderAreRefused() {
        let message = "refers to no anchor in its own item; the items of a streamed sequence are read one at a time and cannot share nodes"
        #expect(
            streamed("records:\n  - &x {a: 1}\n  - *x\n").error == """
                test.yaml:3:5: error: alias '*x' \(message)
                  - *x
                    ^
                """)
        #expect(
            streamed("defaults: &d {a: 1}\nrecords:\n  - {b: *d}\n").error == """
                test.yaml:3:9: error: alias '*d' \(message)
                  - {b: *d}
                        ^
                """)
    }

    @Test func theAliasLimitCountsTheWholeFile() {
        let result = streamed("records:\n  - [&a x, *a]\n  - [&b y, *b]\n", limits: .init(maxAliases: 1))
        #expect(result.items.count == 1)
        #expect(
            result.error == """
                test.yaml:3:12: error: the document uses more than 1 aliases
                  - [&b y, *b]
                           ^
                """)
    }

    @Test func keyRulesHoldInTheHeader() {
        #expect(
            streamed("&k schema: 1\nrecords: []\n").error == """
                test.yaml:1:1: error: a mapping key cannot carry an anchor ('&k'); put the anchor on the value
                &k schema: 1
                ^
                """)
    }

    @Test func aFileIsReadAndItsErrorsNameIt() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("yaml-stream-\(UInt32.random(in: 0...UInt32.max)).yaml")
            .path
        try "records:\n  - a\n  - b\n".write(toFile: path, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(atPath: path) }
        var items: [String] = []
        try YAML.Document.stream(path: path, displayName: "shown.yaml", sequenceKey: "records") { _ in
        } item: {
            items.append($0.description)
        }
        #expect(items == ["shown.yaml:2:5: scalar 'a'", "shown.yaml:3:5: scalar 'b'"])
        #expect(throws: YAML.Error(.inputTooLarge(bytes: 21, limit: 10), at: .init(file: "shown.yaml", line: 1, column: 1))) {
            try YAML.Document.stream(path: path, displayName: "shown.yaml", limits: .init(maxInputBytes: 10), sequenceKey: "records") { _ in
            } item: { _ in
            }
        }
        #expect(throws: YAML.Error(.unreadableFile("no such file"), at: .init(file: "nope.yaml", line: 1, column: 1))) {
            try YAML.Document.stream(path: "/nonexistent/nope.yaml", displayName: "nope.yaml", sequenceKey: "records") { _ in
            } item: { _ in
            }
        }
    }
}
