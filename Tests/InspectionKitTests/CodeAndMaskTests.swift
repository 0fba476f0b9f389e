import Testing

@testable import ChildData
@testable import InspectionKit
@testable import InspectionLoading

/// A mapping's codes looked up by a cell's bytes, and echoed lines masked scalar by scalar.
@Suite("Codes and masks")
struct CodeAndMaskTests {
    func lookUp(_ cell: String, in table: CodeTable<String>) -> String? {
        Array(cell.utf8).withUnsafeBufferPointer { table.value($0) }
    }

    @Test func aCodeIsFoundByItsBytesAndTheSameTextWrittenAnotherWay() {
        let table = CodeTable([("H", "high"), ("M", "medium"), ("\u{E9}", "elevated")])
        #expect(lookUp("H", in: table) == "high")
        #expect(lookUp("M", in: table) == "medium")
        #expect(lookUp("HH", in: table) == nil)
        #expect(lookUp("", in: table) == nil)
        // é as one scalar, and as e with a combining acute accent: the same text.
        #expect(lookUp("\u{E9}", in: table) == "elevated")
        #expect(lookUp("e\u{301}", in: table) == "elevated")
        #expect(table.codes == ["H", "M", "\u{E9}"])
    }

    @Test func anEchoedLineKeepsItsKeysAndMasksEachScalarOfItsValues() {
        #expect(SourceLineMask.mask("    child_name: Jane Doe  # a note") == "    child_name: •••• •••  # • ••••")
        #expect(
            SourceLineMask.mask("  - {case_ref: M-1, concerns: [neglect, violence]}")
                == "  - {case_ref: •••, concerns: [•••••••, ••••••••]}")
        #expect(SourceLineMask.mask("  - repeat-missing") == "  - ••••••••••••••")
        // Columns count scalars, so a decomposed é is two dots and the caret stays aligned.
        #expect(SourceLineMask.mask("name: Jose\u{301}") == "name: •••••")
        #expect(SourceLineMask.mask("note: \"a, b\" # c") == "note: •••••• # •")
    }

    @Test func aQuotedSequenceItemIsAValueEvenWhenItHoldsAColon() {
        // A scalar item is masked whole, its first word too; a quoted key stays a key.
        #expect(SourceLineMask.mask("  - \"Jane: Doe\"") == "  - " + String(repeating: "•", count: 11))
        #expect(SourceLineMask.mask("  - 'it''s: here'") == "  - " + String(repeating: "•", count: 13))
        #expect(SourceLineMask.mask("  - \"case_ref\": M-1") == "  - \"case_ref\": •••")
        #expect(SourceLineMask.mask("  - case_ref: M-1") == "  - case_ref: •••")
        #expect(SourceLineMask.mask("  - Jane Doe") == "  - •••• •••")
    }

    /// Only punctuation and lower-case keys followed by `:` survive, wherever a line puts a word.
    @Test func everyWordThatIsNotAKeyIsMasked() {
        func dots(_ count: Int) -> String { String(repeating: "•", count: count) }
        // A value on a line of its own, a tab after the colon, a file that is one string.
        #expect(SourceLineMask.mask("      Zebedee Canaryson") == "      ••••••• •••••••••")
        #expect(SourceLineMask.mask("risk_grade:\tZebedee Canaryson") == "risk_grade:\t••••••• •••••••••")
        #expect(SourceLineMask.mask("Zebedee Canaryson, 12 Acacia Avenue") == "••••••• •••••••••, •• •••••• ••••••")
        // A comment, an explicit key, a key that could be a name, a key after a tab.
        #expect(SourceLineMask.mask("risk_grade: hgh # Zebedee") == "risk_grade: ••• # •••••••")
        #expect(SourceLineMask.mask("? [Zebedee, Canaryson]") == "? [•••••••, •••••••••]")
        #expect(SourceLineMask.mask("Zebedee Canaryson: 1") == "••••••• •••••••••: •")
        #expect(SourceLineMask.mask("  - {case_ref: M-1, Zebedee: x}") == "  - {case_ref: •••, •••••••: •}")
        #expect(SourceLineMask.mask("\tZebedee: Canaryson") == "\t•••••••: •••••••••")
        // Other characters of three bytes (an em dash) are one • each, not broken.
        #expect(SourceLineMask.mask("      a\u{2014}b") == "      " + dots(3))
    }

    /// On 20,000 lines drawn from YAML's punctuation, words, names and other scripts: one •
    /// a scalar (columns stay aligned), and no capital letter survives, nor any word but one of
    /// lower-case ASCII (a key).
    @Test func anyLineKeepsItsColumnsAndShowsNoCapitalLetter() {
        let pieces = [
            "  ", "- ", ": ", ":", "\t", "#", " # ", "[", "]", "{", "}", ", ", "'", "\"", "\\", "?", "&a", "*b", "!t",
            "case_ref", "risk_grade", "Zebedee", "Canaryson", "NN1 2AB", "03/04/2015", "x", "é", "e\u{301}", "\u{2014}", "\u{1F600}", "•",
        ]
        var state: UInt64 = 7
        func next(_ bound: Int) -> Int {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return Int((state >> 33) % UInt64(bound))
        }
        for _ in 0..<20_000 {
            let line = (0..<(1 + next(12))).map { _ in pieces[next(pieces.count)] }.joined()
            let masked = SourceLineMask.mask(line)
            #expect(masked.unicodeScalars.count == line.unicodeScalars.count, "\(line)")
            #expect(!masked.unicodeScalars.contains { ("A"..."Z").contains($0) }, "\(line) → \(masked)")
            let words = masked.split { !$0.isLetter && !$0.isNumber && $0 != "_" }
            #expect(
                words.allSatisfy { $0.unicodeScalars.allSatisfy { ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "_" } },
                "\(line) → \(masked)")
        }
    }

    @Test func aValueRunsToTheEndOfTheLineUnlessAFlowCollectionOrACommentEndsIt() {
        func dots(_ count: Int) -> String { String(repeating: "•", count: count) }
        // Block style: a comma, a brace or a # inside the text is part of the value.
        #expect(SourceLineMask.mask("child_name: Smith, Jane") == "child_name: •••••• ••••")
        #expect(SourceLineMask.mask("child_name: Jane#Doe") == "child_name: " + dots(8))
        #expect(SourceLineMask.mask("child_name: Jane}Doe") == "child_name: " + dots(8))
        #expect(SourceLineMask.mask("child_name: A[b]Smith") == "child_name: " + dots(9))
        // An escaped quote does not end a quoted value.
        #expect(SourceLineMask.mask("child_name: \"Smith\\\", Jane\"") == "child_name: " + dots(15))
        #expect(SourceLineMask.mask("  - \"Jane\\\", Doe\"") == "  - " + dots(13))
        // A list item is a value, even with a quoted ": " inside.
        #expect(SourceLineMask.mask("  - [Jane Smith, \"a: b\"]") == "  - [•••• •••••, ••••••]")
        // In the record's own flow mapping, a comma ends a value and the next key shows.
        #expect(SourceLineMask.mask("  - {case_ref: M-1, note: \"x, y\", ok: true}") == "  - {case_ref: •••, note: ••••••, ok: ••••}")
    }
}
