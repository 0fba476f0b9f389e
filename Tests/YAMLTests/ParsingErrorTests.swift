import Testing
import YAML

@Suite("Parsing: syntax, encoding and document shape")
struct ParsingErrorTests {
    @Test func syntaxErrorShowsTheLineAndLibyamlContext() {
        expectFailure(
            Force.self, "name: \"Zoë\"\n  region: [\n",
            """
            test.yaml:2:3: error: syntax error: did not find expected key
              region: [
              ^
            test.yaml:1:1: note: while parsing a block mapping
            name: "Zoë"
            ^
            """)
    }

    @Test func unclosedFlowSequenceNotesWhereItStarted() {
        expectFailure(
            Force.self, "name: a\nregion: [one, two\n",
            """
            test.yaml:3:1: error: syntax error: did not find expected ',' or ']'
            test.yaml:2:9: note: while parsing a flow sequence
            region: [one, two
                    ^
            """)
    }

    @Test func tabIndentationIsNamed() {
        expectFailure(
            Force.self, "name: a\nregion:\n\tnorth: 1\n",
            """
            test.yaml:3:1: error: a tab is used for indentation; YAML allows only spaces
            \tnorth: 1
            ^
            """)
    }

    @Test func emptyFileAndCommentOnlyFileAreEmptyDocuments() {
        expectFailure(Force.self, "", "test.yaml:1:1: error: the file holds no YAML document")
        expectFailure(
            Force.self, "# nothing here\n",
            """
            test.yaml:1:1: error: the file holds no YAML document
            # nothing here
            ^
            """)
    }

    @Test func secondDocumentIsRejectedWhereItStarts() {
        expectFailure(
            Force.self, "name: a\nregion: b\n---\nname: c\n",
            """
            test.yaml:3:1: error: a second document starts here; this file must hold exactly one
            ---
            ^
            """)
    }

    @Test func byteOrderMarkAndCRLFAreAccepted() {
        let bytes: [UInt8] = [0xEF, 0xBB, 0xBF] + Array("name: Zoë\r\nregion: East Midlands\r\n".utf8)
        let force = try? YAMLDecoder().decode(Force.self, from: bytes, file: "bom.yaml")
        #expect(force == Force(name: "Zoë", region: "East Midlands"))
    }

    @Test func positionsAfterBOMAndCRLFCountFromTheFirstRealCharacter() {
        let bytes: [UInt8] = [0xEF, 0xBB, 0xBF] + Array("name: a\r\nregion: b\r\nregoin: c\r\n".utf8)
        do {
            _ = try YAMLDecoder().decode(Force.self, from: bytes, file: "bom.yaml")
            Issue.record("expected an error")
        } catch {
            #expect(
                error.description == """
                    bom.yaml:3:1: error: unknown key 'regoin' (did you mean 'region'?)
                    regoin: c
                    ^
                    """)
        }
    }

    @Test func invalidUTF8PointsAtTheBadByte() {
        let bytes: [UInt8] = Array("name: Zoë\nregion: caf".utf8) + [0xC3, 0x28] + Array("\n".utf8)
        let error = parseError(bytes)
        #expect(error?.reason == .invalidUTF8("invalid trailing UTF-8 octet"))
        #expect(error?.mark == YAML.Mark(file: "test.yaml", line: 2, column: 13))
    }

    @Test func utf16IsRefusedWithAnInstruction() {
        let error = parseError([0xFF, 0xFE, 0x61, 0x00])
        #expect(error?.description == "test.yaml:1:1: error: the file is encoded as UTF-16; save it as UTF-8")
    }

    @Test func columnsCountCharactersNotBytes() {
        // "Zoë Māori, " is 11 characters but 13 bytes: the column must say 22, not 24.
        expectFailure(
            Force.self, "{name: Zoë Māori, regoin: x, region: y}\n",
            """
            test.yaml:1:19: error: unknown key 'regoin' (did you mean 'region'?)
            {name: Zoë Māori, regoin: x, region: y}
                              ^
            """)
    }

    @Test func errorAfterEmojiCountsEachEmojiAsOneColumn() {
        struct Noted: Decodable {
            var note: String
            var count: Int
        }
        expectFailure(
            Noted.self, "{note: 🚓🚓 Zoë, count: x}\n",
            """
            test.yaml:1:23: error: 'x' is not an integer
            {note: 🚓🚓 Zoë, count: x}
                                  ^
            """)
        expectFailure(
            Force.self, "name: 🚓 Zoë\nregion: [1]\n",
            """
            test.yaml:2:9: error: expected a string, found a sequence
            region: [1]
                    ^
            """)
    }

    @Test func unsupportedTagsAreRejected() {
        expectFailure(
            Force.self, "name: !!int 5\nregion: x\n",
            """
            test.yaml:1:7: error: unsupported tag '!!int'; types come from the schema, and only '!!str' may be written
            name: !!int 5
                  ^
            """)
    }

    @Test func strTagMakesAPlainScalarText() {
        #expect(decoded(Force.self, "name: !!str null\nregion: x\n") == Force(name: "null", region: "x"))
    }

    @Test func mergeKeysAreRefused() {
        expectFailure(
            Force.self, "name: a\nregion: b\n<<: {officers: 1}\n",
            """
            test.yaml:3:1: error: merge keys ('<<') are not supported; write the keys out
            <<: {officers: 1}
            ^
            """)
    }

    @Test func nonScalarKeysAreRefused() {
        expectFailure(
            Force.self, "? [a, b]\n: 1\n",
            """
            test.yaml:1:3: error: a mapping key must be a single value, not a sequence or a mapping
            ? [a, b]
              ^
            """)
    }

    /// libyaml breaks lines at NEL, LS and PS as well as LF and CR; excerpts must agree.
    @Test func unicodeLineBreaksCountAsLinesInExcerpts() {
        expectFailure(
            Force.self, "name: a\u{85}region: b\u{2028}regoin: c\n",
            """
            test.yaml:3:1: error: unknown key 'regoin' (did you mean 'region'?)
            regoin: c
            ^
            """)
    }
}
