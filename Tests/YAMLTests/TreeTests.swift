import Testing
import YAML

@Suite("The node tree")
struct TreeTests {
    @Test func nodesCarryTheirPositions() throws {
        let document = try YAML.Document.parse("force:\n  name: Zoë\n  areas: [leadership, responding]\n", file: "tree.yaml")
        let force = try #require(document.root["force"])
        #expect(force.kind == .mapping)
        #expect(force.mark == YAML.Mark(file: "tree.yaml", line: 2, column: 3))
        let areas = try #require(force["areas"])
        #expect(areas.items.map(\.scalar) == ["leadership", "responding"])
        #expect(areas.items.map(\.mark.column) == [11, 23])
        #expect(force.pairs.map(\.key.scalar) == ["name", "areas"])
        #expect(force["name"]?.sourceLine == "  name: Zoë")
    }

    @Test func plainNullAndQuotedNullDiffer() throws {
        let document = try YAML.Document.parse("a: null\nb: 'null'\nc:\n", file: "t.yaml")
        #expect(document.root["a"]?.isNull == true)
        #expect(document.root["b"]?.isNull == false)
        #expect(document.root["c"]?.isNull == true)
        #expect(document.root["b"]?.isPlain == false)
    }

    @Test func locatedValuesRememberWhereTheyWereWritten() {
        struct Reference: Decodable {
            var check: YAML.Located<String>
            var weight: YAML.Located<Int>
        }
        let reference = decoded(Reference.self, "check: missing.risk-grading\nweight:   2\n")
        #expect(reference?.check.value == "missing.risk-grading")
        #expect(reference?.check.mark == YAML.Mark(file: "test.yaml", line: 1, column: 8))
        #expect(reference?.weight.mark.column == 11)
        #expect(reference?.weight.sourceLine == "weight:   2")
    }

    @Test func rawNodesCanBeDecodedLaterWithTheirPositions() throws {
        struct Parameters: Decodable { var parameters: [String: YAML.Node] }
        let parameters = try #require(decoded(Parameters.self, "parameters:\n  target: 1h\n  share: x\n"))
        let target = try YAMLDecoder().decode(Duration.self, from: parameters.parameters["target"]!)
        #expect(target == .seconds(3600))
        #expect(throws: YAML.Error.self) { try YAMLDecoder().decode(Double.self, from: parameters.parameters["share"]!) }
    }
}
