import Foundation
import Testing
import YAML

@Suite("Streaming: one item at a time")
struct StreamTests {
    struct Header: Decodable {
        var schema: Int
        var note: String
    }
    struct Episode: Decodable {
        var ref: String
        var minutes: Int
    }

    static let evidence = """
        schema: 1
        note: synthetic
        records:
          - {ref: A1, minutes: 5}
          - ref: A2
            minutes: x
          - {ref: A3, minutes: 7}

        """

    @Test func theHeaderDecodesStrictlyAndEachItemKeepsItsPositions() throws {
        var header: Header?
        var episodes: [Episode] = []
        var errors: [String] = []
        try YAML.Document.stream(Array(Self.evidence.utf8), file: "e.yaml", sequenceKey: "records") { node in
            header = try YAMLDecoder().decode(Header.self, from: node)
        } item: { node in
            switch YAMLDecoder().decodeReportingAll(Episode.self, from: node) {
            case .success(let episode): episodes.append(episode)
            case .failure(let found): errors += found.errors.map(\.description)
            }
        }
        #expect(header?.schema == 1 && header?.note == "synthetic")
        #expect(episodes.map(\.ref) == ["A1", "A3"])
        #expect(
            errors == [
                """
                e.yaml:6:14: error: 'x' is not an integer
                    minutes: x
                             ^
                """
            ])
    }

    @Test func itemsAreTheNodesParsingTheWholeDocumentGives() throws {
        let whole = try YAML.Document.parse(Self.evidence, file: "test.yaml")
        let result = streamed(Self.evidence)
        #expect(result.error == nil)
        #expect(result.header == ["schema@1:1", "note@2:1"])
        #expect(result.items == whole.root["records"]?.items.map(\.description))
        #expect(result.items == ["test.yaml:4:5: mapping of 2", "test.yaml:5:5: mapping of 2", "test.yaml:7:5: mapping of 2"])
    }

    @Test func anItemsNodesAreFreedOnceItsCallbackReturns() throws {
        weak var previous: YAML.Document?
        var freedBeforeNext: [Bool] = []
        var count = 0
        try YAML.Document.stream(Array(Self.evidence.utf8), file: "e.yaml", sequenceKey: "records") { _ in
        } item: { node in
            if count > 0 { freedBeforeNext.append(previous == nil) }
            count += 1
            previous = node.document
            #expect(node.document.nodeCount == 5)
        }
        #expect(freedBeforeNext == [true, true])
    }

    @Test func anErrorThrownByACallbackStopsTheStreamUnchanged() {
        struct Stop: Error, Equatable {}
        var seen = 0
        #expect(throws: Stop()) {
            try YAML.Document.stream(Array(Self.evidence.utf8), file: "e.yaml", sequenceKey: "records") { _ in
            } item: { _ in
                seen += 1
                if seen == 2 { throw Stop() }
            }
        }
        #expect(seen == 2)
    }

    @Test func duplicateKeysAreFoundInTheHeaderAndInItems() {
        #expect(
            streamed("a: 1\na: 2\nrecords: []\n").error == """
                test.yaml:2:1: error: duplicate key 'a'
                a: 2
                ^
                test.yaml:1:1: note: 'a' was first given here
                a: 1
                ^
                """)
        let result = streamed("records:\n  - {x: 1}\n  - {x: 1, x: 2}\n")
        #expect(result.items == ["test.yaml:2:5: mapping of 1"])
        #expect(
            result.error == """
                test.yaml:3:12: error: duplicate key 'x'
                  - {x: 1, x: 2}
                           ^
                test.yaml:3:6: note: 'x' was first given here
                  - {x: 1, x: 2}
                     ^
                """)
    }

    @Test func theNodeLimitCountsTheWholeFile() {
        // 1 mapping + 1 key + 1 sequence + 3 scalars = 6 nodes; each item is small.
        let result = streamed("records: [a, b, c]\n", limits: .init(maxNodes: 5))
        #expect(result.items == ["test.yaml:1:11: scalar 'a'", "test.yaml:1:14: scalar 'b'"])
        #expect(
            result.error == """
                test.yaml:1:17: error: the document has more than 5 nodes, counting what aliases expand to
                records: [a, b, c]
                                ^
                """)
    }

    @Test func depthCountsFromTheTopLevelMapping() {
        #expect(
            streamed("records:\n  - [[x]]\n", limits: .init(maxDepth: 3)).error == """
                test.yaml:2:6: error: nesting is deeper than the limit of 3 levels
                  - [[x]]
                     ^
                """)
        #expect(
            streamed("records: [x]\n", limits: .init(maxDepth: 1)).error == """
                test.yaml:1:10: error: nesting is deeper than the limit of 1 levels
                records: [x]
                         ^
                """)
    }
}
