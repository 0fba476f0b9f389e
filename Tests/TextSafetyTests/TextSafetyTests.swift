import Testing

@testable import TextSafety

@Suite("Text safe for a terminal")
struct TerminalTextTests {
    @Test func controlAndInvisibleCharactersAreWrittenAsEscapes() {
        #expect(TerminalText.escaped("Forces/\u{1B}[2Jx/force.yaml") == "Forces/\\u{1B}[2Jx/force.yaml")
        #expect(TerminalText.escaped("\u{1B}]0;owned\u{07}") == "\\u{1B}]0;owned\\u{7}")
        #expect(TerminalText.escaped("a\rb\u{7F}c\u{9B}d") == "a\\u{D}b\\u{7F}c\\u{9B}d")
        #expect(TerminalText.escaped("Chief \u{202E}evil") == "Chief \\u{202E}evil")
        #expect(TerminalText.escaped("tabs\tand\nlines stay") == "tabs\tand\nlines stay")
        #expect(TerminalText.escaped("Ynys Môn — ✓") == "Ynys Môn — ✓")
    }

    @Test func onlyTheProgramsOwnStylingIsKept() {
        let allowed: Set = ["\u{1B}[1;31m", "\u{1B}[0m"]
        #expect(
            TerminalText.escaped("\u{1B}[1;31merror:\u{1B}[0m \u{1B}[2J", allowing: allowed) == "\u{1B}[1;31merror:\u{1B}[0m \\u{1B}[2J")
        #expect(TerminalText.escaped("\u{1B}[1;31m", allowing: []) == "\\u{1B}[1;31m")
    }
}

@Suite("Invisible characters")
struct InvisibleCharactersTests {
    @Test func theOverridesIsolatesAndZeroWidthCharactersAreFound() {
        for text in ["a\u{202E}b", "\u{200B}", "x\u{2066}y", "x\u{FEFF}", "\u{061C}"] {
            let found = Array(text.utf8).withUnsafeBufferPointer { InvisibleCharacters.first(in: $0) }
            #expect(
                found == text.unicodeScalars.first { InvisibleCharacters.contains($0.value) }?.value, "\(text.unicodeScalars.map(\.value))")
            #expect(found != nil)
        }
        for text in ["Ynys Môn", "– — … ‘’ “”", "€ ✓ ✗", "Llŷr"] {
            #expect(Array(text.utf8).withUnsafeBufferPointer { InvisibleCharacters.first(in: $0) } == nil, "\(text)")
        }
        #expect(InvisibleCharacters.name(0x202E) == "U+202E (RIGHT-TO-LEFT OVERRIDE)")
    }
}

/// The byte-level check that decides whether text needs escaping agrees with the scalar rule.
@Suite("Terminal text: the byte-level check")
struct EscapableBytesTests {
    @Test func theByteCheckAgreesWithTheScalarRule() {
        let samples = [
            "", "plain ASCII", "tab\tand\nnewline", "bell\u{07}", "del\u{7F}", "C1 \u{85} \u{9F}", "\u{A0} no-break space",
            "• masked", "Jos\u{E9}", "e\u{301}", "🇬🇧 flag", "\u{200B} zero width", "\u{202E} override", "\u{2066} isolate",
            "\u{061C} mark", "\u{180E}", "\u{FEFF} BOM", "\u{FFF9} annotation", "\u{FFFC} object", "\u{10FFFF} last", "\u{2022}\u{2023}",
        ]
        for sample in samples {
            let byScalar = sample.unicodeScalars.contains(where: TerminalText.needsEscape)
            #expect(TerminalText.containsEscapable(sample) == byScalar, "\(sample.unicodeScalars.map { String($0.value, radix: 16) })")
        }
        // Every scalar up to U+FFFF and across the planes, one at a time.
        for value in Array(0..<0xD800) + Array(0xE000...0xFFFF) + [0x10000, 0x1F1EC, 0xE0001, 0x10FFFF] {
            let scalar = Unicode.Scalar(UInt32(value))!
            #expect(TerminalText.containsEscapable(String(scalar)) == TerminalText.needsEscape(scalar))
        }
    }
}
