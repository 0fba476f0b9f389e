import Testing
import TextSafety

@Suite("Echoed lines: shortened, caret aligned")
struct SourceExcerptTests {
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
}

@Suite("Echoed lines: control and invisible characters")
struct EchoedControlTests {
    @Test func controlCharactersInTheSourceLineAreShownAsPictures() {
        let excerpt = SourceExcerpt(line: "# \u{1B}]0;pwned\u{07} x\u{7F}\u{85}", column: 4)
        #expect(excerpt.line == "# \u{241B}]0;pwned\u{2407} x\u{2421}\u{FFFD}")
        #expect(!excerpt.line.unicodeScalars.contains { $0.value < 0x20 })
    }

    @Test func invisibleCharactersAreShownAsReplacementCharacters() {
        #expect(SourceExcerpt(line: "name: a\u{202E}b", column: 7).line == "name: a\u{FFFD}b")
    }
}
