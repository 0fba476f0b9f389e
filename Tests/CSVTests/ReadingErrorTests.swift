import CSV
import Testing

@Suite("Reading: errors, each with its position")
struct ReadingErrorTests {
    // MARK: Encoding

    @Test func overlongEncoding() {
        expectFailure([UInt8]("a,b\nx,".utf8) + [0xC0, 0xAF] + [UInt8]("\n".utf8), """
            test.csv:2:3: error: invalid UTF-8 (an overlong encoding); save the file as UTF-8
            x,\u{FFFD}\u{FFFD}
              ^
            """)
        expectFailure([UInt8]("a\n".utf8) + [0xE0, 0x80, 0xAF], """
            test.csv:2:1: error: invalid UTF-8 (an overlong encoding); save the file as UTF-8
            \u{FFFD}\u{FFFD}\u{FFFD}
            ^
            """)
    }

    @Test func truncatedSequence() {
        // "€" is E2 82 AC: cut short by a comma, then by the end of the file.
        expectFailure([UInt8]("a,b\nZoë ".utf8) + [0xE2, 0x82] + [UInt8](",2\n".utf8), """
            test.csv:2:5: error: invalid UTF-8 (a character cut short); save the file as UTF-8
            Zoë \u{FFFD},2
                ^
            """)
        expectFailure([UInt8]("a\n1\n".utf8) + [0xE2, 0x82], """
            test.csv:3:1: error: invalid UTF-8 (a character cut short); save the file as UTF-8
            \u{FFFD}
            ^
            """)
    }

    @Test func surrogate() {
        expectFailure([UInt8]("a\n\"".utf8) + [0xED, 0xA0, 0x80] + [UInt8]("\"\n".utf8), """
            test.csv:2:2: error: invalid UTF-8 (an encoded UTF-16 surrogate); save the file as UTF-8
            "\u{FFFD}\u{FFFD}\u{FFFD}"
             ^
            """)
    }

    @Test func invalidAndStrayBytes() {
        expectFailure([UInt8]("a,b\n1,2".utf8) + [0xFF] + [UInt8]("\n".utf8), """
            test.csv:2:4: error: invalid UTF-8 (byte 0xFF never appears in UTF-8); save the file as UTF-8
            1,2\u{FFFD}
               ^
            """)
        // Latin-1 "café" read as UTF-8: E9 then an ASCII byte.
        expectFailure([UInt8]("name\ncaf".utf8) + [0xE9] + [UInt8]("\n".utf8), """
            test.csv:2:4: error: invalid UTF-8 (a character cut short); save the file as UTF-8
            caf\u{FFFD}
               ^
            """)
        expectFailure([UInt8]("a\n".utf8) + [0x80], """
            test.csv:2:1: error: invalid UTF-8 (byte 0x80 cannot start a character); save the file as UTF-8
            \u{FFFD}
            ^
            """)
        expectFailure([UInt8]("a\n".utf8) + [0xF4, 0x90, 0x80, 0x80], """
            test.csv:2:1: error: invalid UTF-8 (a value past U+10FFFF); save the file as UTF-8
            \u{FFFD}\u{FFFD}\u{FFFD}\u{FFFD}
            ^
            """)
    }

    @Test func everyByteIsCheckedAtEveryChunkBoundary() {
        // A bad byte after a long valid prefix, in a field nobody asks for, at every offset
        // relative to the chunk boundaries `read` tries.
        for prefix in 0..<9 {
            let text = "a,b\n" + String(repeating: "é", count: prefix) + ",x"
            let bytes = Array(text.utf8) + [0xC3]
            guard case .failure(let rendered) = read(bytes) else {
                Issue.record("no error with prefix \(prefix)")
                continue
            }
            #expect(rendered.hasPrefix("test.csv:2:\(prefix + 3): error: invalid UTF-8 (a character cut short)"))
        }
    }

    // MARK: Control characters and line breaks

    @Test func controlCharactersAreRefusedAndShownAsSymbols() {
        expectFailure("a,b\nx\u{0}y,2\n", """
            test.csv:2:2: error: the control character U+0000 (NUL) is not allowed; only tab, CR and LF are
            x\u{2400}y,2
             ^
            """)
        expectFailure("a,b\n1,\"\u{1B}[31mred\"\n", """
            test.csv:2:4: error: the control character U+001B (ESC) is not allowed; only tab, CR and LF are
            1,"\u{241B}[31mred"
               ^
            """)
        expectFailure("a\n\u{7F}\n", """
            test.csv:2:1: error: the control character U+007F (DEL) is not allowed; only tab, CR and LF are
            \u{2421}
            ^
            """)
        expectFailure("a\nx\u{9B}31m\n", """
            test.csv:2:2: error: the control character U+009B (CSI) is not allowed; only tab, CR and LF are
            x\u{FFFD}31m
             ^
            """)
        expectFailure("a\u{0C}b\n", """
            test.csv:1:2: error: the control character U+000C (FF) is not allowed; only tab, CR and LF are
            a\u{240C}b
             ^
            """)
    }

    @Test func tabIsText() {
        expectTable("a,b\n1\t2,\t\n", ["a", "b"], [["1\t2", "\t"]])
    }

    @Test func loneCarriageReturnOutsideQuotes() {
        expectFailure("a,b\r1,2\r\n", """
            test.csv:1:4: error: a carriage return (CR) not followed by a line feed (LF); lines must end with LF or CRLF
            a,b\u{240D}1,2
               ^
            """)
        expectFailure("a,b\n1,2\r", """
            test.csv:2:4: error: a carriage return (CR) not followed by a line feed (LF); lines must end with LF or CRLF
            1,2\u{240D}
               ^
            """)
        expectFailure("a,b\n\"1\"\r2\n", """
            test.csv:2:4: error: a carriage return (CR) not followed by a line feed (LF); lines must end with LF or CRLF
            "1"\u{240D}2
               ^
            """)
    }

    // MARK: Quoting

    @Test func unterminatedQuotePointsAtWhereItOpened() {
        expectFailure("a,b\n1,\"two\n3,4\n", """
            test.csv:2:3: error: the quoted field that starts here has no closing quote
            1,"two
              ^
            """)
    }

    @Test func quoteInsideAnUnquotedField() {
        expectFailure("a,b\n1,2 \"inch\"\n", """
            test.csv:2:5: error: a quote inside an unquoted field; quote the whole field and double the quote ("")
            1,2 "inch"
                ^
            """)
        expectFailure("a,b\n1, \"x\"\n", """
            test.csv:2:4: error: a quote inside an unquoted field; quote the whole field and double the quote ("")
            1, "x"
               ^
            """)
    }

    @Test func textAfterTheClosingQuote() {
        expectFailure("a,b\n\"say \"hi\"\",2\n", """
            test.csv:2:7: error: text after the closing quote of a field; a quote inside a quoted field must be doubled ("")
            "say "hi"",2
                  ^
            """)
        expectFailure("a,b\n\"x\" ,2\n", """
            test.csv:2:4: error: text after the closing quote of a field; a quote inside a quoted field must be doubled ("")
            "x" ,2
               ^
            """)
    }

    // MARK: Shape

    @Test func emptyFile() {
        expectFailure([], "test.csv: error: the file is empty; a CSV file starts with a header row naming its columns")
        expectFailure([0xEF, 0xBB, 0xBF], "test.csv: error: the file is empty; a CSV file starts with a header row naming its columns")
    }

    @Test func blankHeader() {
        expectFailure("\na,b\n", """
            test.csv:1:1: error: the first line is blank; a CSV file starts with a header row naming its columns

            ^
            """)
    }

    @Test func emptyColumnName() {
        expectFailure("ref,,code\n", """
            test.csv:1:5: error: column 2 has no name in the header row
            ref,,code
                ^
            """)
        expectFailure("ref,code,\"\"\n", """
            test.csv:1:10: error: column 3 has no name in the header row
            ref,code,""
                     ^
            """)
    }

    @Test func duplicateColumnNameWithANoteAtTheFirst() {
        expectFailure("ref,code,Ref,code\n", """
            test.csv:1:14: error: the column name 'code' is given twice in the header row
            ref,code,Ref,code
                         ^
            test.csv:1:5: note: 'code' was first given here
            ref,code,Ref,code
                ^
            """)
    }

    @Test func headerNamesAreKeptAsWritten() {
        expectTable(" ref ,\"co,de\",Zoë\n1,2,3\n", [" ref ", "co,de", "Zoë"], [["1", "2", "3"]])
    }

    @Test func raggedRowWithTooFewFieldsPointsAtItsEnd() {
        expectFailure("a,b,c\n1,2,3\n4,5\n", """
            test.csv:3:4: error: the row has 2 fields but the header has 3
            4,5
               ^
            """)
        expectFailure("a,b\n1\r\n", """
            test.csv:2:2: error: the row has 1 field but the header has 2
            1
             ^
            """)
    }

    @Test func raggedRowWithTooManyFieldsPointsAtTheFirstExtra() {
        expectFailure("a,b\n1,2,3,4\n", """
            test.csv:2:5: error: the row has 4 fields but the header has 2
            1,2,3,4
                ^
            """)
    }

    @Test func raggedRowAfterAMultiLineField() {
        expectFailure("a,b\n\"x\ny\",2,3\n", """
            test.csv:3:6: error: the row has 3 fields but the header has 2
            y",2,3
                 ^
            """)
    }

    @Test func rowTooLong() {
        let limits = CSV.Limits(chunkBytes: 4, maxRowBytes: 16)
        do {
            _ = try CSV.Reader(bytes: Array("a,b\n\"0123456789abcdefghij\n".utf8), file: "test.csv", limits: limits)
                .forEachRow { _ in }
            Issue.record("expected an error")
        } catch let error as CSV.Error {
            #expect(error.description == """
                test.csv:2:1: error: the row is longer than the limit of 16 bytes; is a quoted field missing its closing quote?
                "0123456789abcdefghij
                ^
                """)
        } catch {
            Issue.record("unexpected \(error)")
        }
    }

    @Test func tooManyColumns() {
        do {
            _ = try CSV.Reader(bytes: Array("a,b,c,d\n".utf8), file: "test.csv", limits: .init(maxColumns: 3))
            Issue.record("expected an error")
        } catch {
            #expect(error.description == """
                test.csv:1:7: error: the header row has more than 3 columns
                a,b,c,d
                      ^
                """)
        }
    }

    @Test func wideTables() {
        let names = (1...40).map { "c\($0)" }
        let values = (1...40).map(String.init)
        let header = names.joined(separator: ",") + "\n"
        expectTable(header + values.joined(separator: ",") + "\n", names, [values])
        expectFailure(header + values.joined(separator: ",") + ",41\n", """
            test.csv:2:112: error: the row has 41 fields but the header has 40
            \(values.joined(separator: ",")),41
            \(String(repeating: " ", count: 111))^
            """)
    }

    @Test func theFirstErrorStopsTheReadingAfterTheRowsBeforeIt() throws {
        let reader = try CSV.Reader(bytes: Array("a\n1\n2\n\"3\n".utf8), file: "test.csv")
        var seen: [String] = []
        #expect(throws: CSV.Error.self) {
            try reader.forEachRow { row in seen.append(row.string(0)) }
        }
        #expect(seen == ["1", "2"])
    }

    @Test func errorInTheRenderedColourForm() {
        let error = CSV.Error(.unterminatedQuote, at: CSV.Position(file: "f.csv", line: 2, column: 3), sourceLine: "1,\"two")
        #expect(error.rendered(color: true) == """
            \u{1B}[1mf.csv:2:3:\u{1B}[0m \u{1B}[1;31merror:\u{1B}[0m \u{1B}[1mthe quoted field that starts here has no closing quote\u{1B}[0m
            1,"two
            \u{1B}[1;32m  ^\u{1B}[0m
            """)
    }
}
