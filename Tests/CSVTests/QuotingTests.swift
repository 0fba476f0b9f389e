import CSV
import Testing

@Suite("Reading: fields, quoting and line endings")
struct QuotingTests {
    @Test func plainFields() {
        expectTable("a,b,c\n1,2,3\n4,5,6\n", ["a", "b", "c"], [["1", "2", "3"], ["4", "5", "6"]])
    }

    @Test func emptyFieldsAnywhere() {
        expectTable("a,b,c\n,,\n1,,\n,,3\n", ["a", "b", "c"], [["", "", ""], ["1", "", ""], ["", "", "3"]])
    }

    @Test func quotedFields() {
        expectTable("a,b\n\"x\",\"\"\n", ["a", "b"], [["x", ""]])
    }

    @Test func doubledQuotesAreOneQuote() {
        expectTable("a,b\n\"say \"\"hi\"\"\",\"\"\"\"\n", ["a", "b"], [["say \"hi\"", "\""]])
    }

    @Test func delimiterAndLineBreaksInsideQuotes() {
        expectTable("a,b\n\"1,2\",\"line 1\nline 2\r\nline 3\"\n", ["a", "b"], [["1,2", "line 1\nline 2\r\nline 3"]])
    }

    @Test func carriageReturnInsideQuotesIsData() {
        expectTable("a\n\"x\ry\"\n", ["a"], [["x\ry"]])
    }

    @Test func crlfLineEndings() {
        expectTable("a,b\r\n1,2\r\n3,4\r\n", ["a", "b"], [["1", "2"], ["3", "4"]])
    }

    @Test func mixedLineEndings() {
        expectTable("a,b\r\n1,2\n3,4\r\n5,6", ["a", "b"], [["1", "2"], ["3", "4"], ["5", "6"]])
    }

    @Test func noFinalLineBreak() {
        expectTable("a,b\n1,2", ["a", "b"], [["1", "2"]])
        expectTable("a,b\n1,\"2\"", ["a", "b"], [["1", "2"]])
        expectTable("a,b\n1,", ["a", "b"], [["1", ""]])
    }

    @Test func byteOrderMarkIsSkipped() {
        expectTable("\u{FEFF}a,b\n1,2\n", ["a", "b"], [["1", "2"]])
    }

    /// A byte order mark after the start is two exports run together, or a hidden character:
    /// refused, like the other characters that change how text is shown without being seen.
    @Test func byteOrderMarkElsewhereIsRefused() {
        expectFailure(
            "a,b\n\u{FEFF}1,2\n",
            """
            test.csv:2:1: error: U+FEFF (ZERO WIDTH NO-BREAK SPACE) is not allowed: it changes how text is shown without being seen
            \u{FFFD}1,2
            ^
            """)
        expectFailure(
            "a,b\n\"Chief \u{202E}Constable\",2\n",
            """
            test.csv:2:8: error: U+202E (RIGHT-TO-LEFT OVERRIDE) is not allowed: it changes how text is shown without being seen
            "Chief \u{FFFD}Constable",2
                   ^
            """)
    }

    @Test func multiByteText() {
        expectTable("name,note\nZoë,Māori ✓ 😀\n", ["name", "note"], [["Zoë", "Māori ✓ 😀"]])
    }

    @Test(arguments: [(CSV.Dialect.semicolon, ";"), (.tab, "\t"), (.pipe, "|")])
    func otherDelimiters(dialect: CSV.Dialect, delimiter: String) {
        let text =
            ["a", "b", "c"].joined(separator: delimiter) + "\n"
            + ["1,5", "\"x\(delimiter)y\"", ""].joined(separator: delimiter) + "\n"
        expectTable(text, dialect: dialect, ["a", "b", "c"], [["1,5", "x\(delimiter)y", ""]])
    }

    @Test func commaIsTextUnderAnotherDelimiter() {
        expectTable("a;b\n\"1;2\";3,4\n", dialect: .semicolon, ["a", "b"], [["1;2", "3,4"]])
    }

    @Test func dialectRefusesWhatCannotSeparate() {
        #expect(CSV.Dialect(delimiter: ";") == .semicolon)
        #expect(CSV.Dialect(delimiter: "\t") == .tab)
        for refused: Unicode.Scalar in ["\"", "\n", "\r", "\u{0}", "a", "7", "é", "\u{7F}"] {
            #expect(CSV.Dialect(delimiter: refused) == nil, "\(refused.value)")
        }
    }

    @Test func headerOnlyIsAnEmptyTable() {
        expectTable("a,b\n", ["a", "b"], [])
        expectTable("a,b", ["a", "b"], [])
    }

    @Test func blankLinesAtTheEndAreIgnored() {
        expectTable("a,b\n1,2\n\n", ["a", "b"], [["1", "2"]])
        expectTable("a,b\n1,2\n\n\r\n\n", ["a", "b"], [["1", "2"]])
        expectTable("a,b\n\n", ["a", "b"], [])
    }

    @Test func blankLineInTheMiddleIsAnError() {
        expectFailure(
            "a,b\n1,2\n\n3,4\n",
            """
            test.csv:3:1: error: a blank line among the rows, where a row of 2 fields was expected; blank lines are allowed only at the end of the file

            ^
            """)
    }

    @Test func blankLineInOneColumnIsAnEmptyValue() {
        expectTable("a\n1\n\n\n2\n\n", ["a"], [["1"], [""], [""], ["2"]])
    }

    @Test func quotedEmptyLineIsAFieldNotABlankLine() {
        expectTable("a\n\"\"\n", ["a"], [[""]])
    }
}
