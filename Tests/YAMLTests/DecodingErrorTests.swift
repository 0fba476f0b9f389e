import Testing
import YAML

@Suite("Decoding: keys and types")
struct DecodingErrorTests {
    @Test func unknownKeySuggestsTheClosestKnownKey() {
        expectFailure(
            Force.self, "name: Northamptonshire\nregion: East Midlands\nofficres: 1300\n",
            """
            test.yaml:3:1: error: unknown key 'officres' (did you mean 'officers'?)
            officres: 1300
            ^
            """)
    }

    @Test func misspeltRequiredKeyIsReportedAsTheUnknownKeyItIs() {
        expectFailure(
            Force.self, "name: Northamptonshire\n    \nregoin: East Midlands\n",
            """
            test.yaml:3:1: error: unknown key 'regoin' (did you mean 'region'?)
            regoin: East Midlands
            ^
            """)
    }

    @Test func tiedSuggestionsAreTheSameWhateverTheCandidateOrder() {
        // "hiw" is two edits from both "high" and "low".
        #expect(YAML.suggestion(for: "target.hiw", among: ["target.low", "target.high"]) == "target.high")
        #expect(YAML.suggestion(for: "target.hiw", among: ["target.high", "target.low"]) == "target.high")
    }

    @Test func unknownKeyWithNothingCloseHasNoSuggestion() {
        expectFailure(
            Force.self, "name: a\nregion: b\nchief_constable: Ivan Balhatchet\n",
            """
            test.yaml:3:1: error: unknown key 'chief_constable'
            chief_constable: Ivan Balhatchet
            ^
            """)
    }

    @Test func everyUnknownKeyIsReportedWhenAskedForAll() {
        let document = try! YAML.Document.parse("name: a\nregoin: b\nregion: c\nextra: 1\nofficer: 3\n", file: "all.yaml")
        guard case .failure(let errors) = YAMLDecoder().decodeReportingAll(Force.self, from: document.root) else {
            Issue.record("expected errors")
            return
        }
        #expect(
            errors.errors.map(\.message) == [
                "unknown key 'regoin' (did you mean 'region'?)",
                "unknown key 'extra'",
                "unknown key 'officer' (did you mean 'officers'?)",
            ])
        #expect(errors.errors.map(\.mark.line) == [2, 4, 5])
    }

    @Test func duplicateKeyIsReportedAtTheSecondWithANoteAtTheFirst() {
        expectFailure(
            Force.self, "name: a\nregion: b\nname: c\n",
            """
            test.yaml:3:1: error: duplicate key 'name'
            name: c
            ^
            test.yaml:1:1: note: 'name' was first given here
            name: a
            ^
            """)
    }

    @Test func duplicateKeyInALargeMappingIsFoundToo() {
        let keys = (0..<40).map { "k\($0): \($0)" }.joined(separator: "\n")
        let error = parseError(Array((keys + "\nk7: again\n").utf8))
        #expect(error?.message == "duplicate key 'k7'")
        #expect(error?.mark.line == 41)
        #expect(error?.notes.map(\.mark.line) == [8])
    }

    @Test func duplicateKeysNestedDeepAreFound() {
        let error = parseError(Array("a:\n  b:\n    - {x: 1, y: 2, x: 3}\n".utf8))
        #expect(
            error?.description == """
                test.yaml:3:20: error: duplicate key 'x'
                    - {x: 1, y: 2, x: 3}
                                   ^
                test.yaml:3:8: note: 'x' was first given here
                    - {x: 1, y: 2, x: 3}
                       ^
                """)
    }

    @Test func missingRequiredKeyPointsAtTheMapping() {
        expectFailure(
            Force.self, "name: a\nofficers: 3\n",
            """
            test.yaml:1:1: error: missing required key 'region'
            name: a
            ^
            """)
    }

    @Test func wrongTypeSaysWhatWasExpectedAndFound() {
        expectFailure(
            Force.self, "name:\n  first: a\nregion: b\n",
            """
            test.yaml:2:3: error: expected a string, found a mapping
              first: a
              ^
            """)
        expectFailure(
            Force.self, "- name: a\n",
            """
            test.yaml:1:1: error: expected a mapping, found a sequence
            - name: a
            ^
            """)
        expectFailure(
            [String].self, "name: a\n",
            """
            test.yaml:1:1: error: expected a sequence, found a mapping
            name: a
            ^
            """)
    }

    @Test func nullForARequiredStringIsAnError() {
        expectFailure(
            Force.self, "name:\nregion: b\n",
            """
            test.yaml:1:6: error: expected a string, found no value
            name:
                 ^
            """)
        expectFailure(
            Force.self, "name: ~\nregion: b\n",
            """
            test.yaml:1:7: error: expected a string, found no value
            name: ~
                  ^
            """)
    }

    @Test func nullForAnOptionalIsNil() {
        #expect(decoded(Force.self, "name: a\nregion: b\nofficers: null\n") == Force(name: "a", region: "b", officers: nil))
        #expect(decoded(Force.self, "name: a\nregion: b\nofficers:\n") == Force(name: "a", region: "b", officers: nil))
    }

    @Test func enumValueListsTheValidOnesAndSuggests() {
        enum Grade: String, Decodable, CaseIterable { case low, medium, high }
        struct Graded: Decodable { var grade: Grade }
        expectFailure(
            Graded.self, "grade: mediun\n",
            """
            test.yaml:1:8: error: 'mediun' is not one of 'low', 'medium', 'high' (did you mean 'medium'?)
            grade: mediun
                   ^
            """)
        #expect(decoded(Graded.self, "grade: high\n")?.grade == .high)
    }

    @Test func aTypesOwnValidationErrorIsPositioned() {
        struct Percentage: Decodable {
            var value: Int
            init(from decoder: any Decoder) throws {
                value = try decoder.singleValueContainer().decode(Int.self)
                guard (0...100).contains(value) else {
                    throw DecodingError.dataCorrupted(
                        .init(codingPath: decoder.codingPath, debugDescription: "a percentage is between 0 and 100"))
                }
            }
        }
        struct Target: Decodable { var share: Percentage }
        expectFailure(
            Target.self, "share: 140\n",
            """
            test.yaml:1:8: error: a percentage is between 0 and 100
            share: 140
                   ^
            """)
    }

    @Test func codingPathIsAvailableToTypesThatAskForIt() {
        struct Probe: Decodable {
            var path: String
            init(from decoder: any Decoder) throws {
                path = decoder.codingPath.map(\.stringValue).joined(separator: ".")
            }
        }
        struct Outer: Decodable { var areas: [[String: Probe]] }
        let outer = decoded(Outer.self, "areas:\n  - leadership: x\n  - responding: y\n")
        #expect(outer?.areas[1]["responding"]?.path == "areas.1.responding")
    }
}
