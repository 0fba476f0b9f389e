import Testing
@testable import YAML

@Suite("Rendering: like a compiler")
struct RenderingTests {
    @Test func colourWrapsPositionSeverityAndCaret() {
        let error = YAML.Error(.unknownKey("regoin", suggestion: "region"),
                               at: .init(file: "force.yaml", line: 12, column: 5), sourceLine: "    regoin: East Midlands")
        #expect(error.rendered(color: true) == """
            \u{1B}[1mforce.yaml:12:5:\u{1B}[0m \u{1B}[1;31merror:\u{1B}[0m \u{1B}[1munknown key 'regoin' (did you mean 'region'?)\u{1B}[0m
                regoin: East Midlands
            \u{1B}[1;32m    ^\u{1B}[0m
            """)
    }

    @Test func tabsBeforeTheColumnAreKeptSoTheCaretLinesUp() {
        let excerpt = SourceExcerpt(line: "\t\tkey: x", column: 8)
        #expect(excerpt.caret == "\t\t     ^")
    }

    @Test func aVeryLongLineIsShownAroundTheColumnOnly() {
        let line = String(repeating: "a", count: 1000) + "X" + String(repeating: "b", count: 1000)
        let excerpt = SourceExcerpt(line: line, column: 1001)
        #expect(excerpt.line == "…" + String(repeating: "a", count: 40) + "X" + String(repeating: "b", count: 119) + "…")
        #expect(excerpt.caret == String(repeating: " ", count: 41) + "^")
    }

    @Test func aColumnBeyondTheLineNeverTrapsAndStaysAtItsEnd() {
        let long = String(repeating: "x", count: 300)
        let excerpt = SourceExcerpt(line: long, column: 5_000)
        #expect(excerpt.line == "…" + String(repeating: "x", count: 40))
        #expect(excerpt.caret == String(repeating: " ", count: 41) + "^")
        #expect(SourceExcerpt(line: "ab", column: 99).caret == "  ^")
    }

    @Test func errorAtTheEndOfALinePutsTheCaretJustPastIt() {
        let excerpt = SourceExcerpt(line: "name:", column: 6)
        #expect(excerpt.caret == "     ^")
    }

    @Test func longValuesAreShortenedInMessages() {
        let long = String(repeating: "x", count: 100)
        let reason = YAML.Error.Reason.invalidScalar(long, expected: .boolean, problem: .notTrueOrFalse)
        #expect(reason.message == "'\(String(repeating: "x", count: 59))…' is not a boolean; write true or false")
    }
}

@Suite("Rendering: control characters in an echoed line")
struct EchoedControlTests {
    @Test func controlCharactersInTheSourceLineAreShownAsPictures() {
        let excerpt = SourceExcerpt(line: "# \u{1B}]0;pwned\u{07} x\u{7F}\u{85}", column: 4)
        #expect(excerpt.line == "# \u{241B}]0;pwned\u{2407} x\u{2421}\u{FFFD}")
        #expect(!excerpt.line.unicodeScalars.contains { $0.value < 0x20 })
    }
}
