import CSV
import Testing

@Suite("Reading: quoting and the shape of the table, each error with its position")
struct ReadingErrorTests {
    // MARK: Quoting

    @Test func unterminatedQuotePointsAtWhereItOpened() {
        expectFailure(
            "a,b\n1,\"two\n3,4\n",
            """
            test.csv:2:3: error: the quoted field that starts here has no closing quote
            1,"two
              ^
            """)
    }

    @Test func quoteInsideAnUnquotedField() {
        expectFailure(
            "a,b\n1,2 \"inch\"\n",
            """
            test.csv:2:5: error: a quote inside an unquoted field; quote the whole field and double the quote ("")
            1,2 "inch"
                ^
            """)
        expectFailure(
            "a,b\n1, \"x\"\n",
            """
            test.csv:2:4: error: a quote inside an unquoted field; quote the whole field and double the quote ("")
            1, "x"
               ^
            """)
    }

    @Test func textAfterTheClosingQuote() {
        expectFailure(
            "a,b\n\"say \"hi\"\",2\n",
            """
            test.csv:2:7: error: text after the closing quote of a field; a quote inside a quoted field must be doubled ("")
            "say "hi"",2
                  ^
            """)
        expectFailure(
            "a,b\n\"x\" ,2\n",
            """
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
        expectFailure(
            "\na,b\n",
            """
            test.csv:1:1: error: the first line is blank; a CSV file starts with a header row naming its columns

            ^
            """)
    }

    @Test func emptyColumnName() {
        expectFailure(
            "ref,,code\n",
            """
            test.csv:1:5: error: column 2 has no name in the header row
            ref,,code
                ^
            """)
        expectFailure(
            "ref,code,\"\"\n",
            """
            test.csv:1:10: error: column 3 has no name in the header row
            ref,code,""
                     ^
            """)
    }

    @Test func duplicateColumnNameWithANoteAtTheFirst() {
        expectFailure(
            "ref,code,Ref,code\n",
            """
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
        expectFailure(
            "a,b,c\n1,2,3\n4,5\n",
            """
            test.csv:3:4: error: the row has 2 fields but the header has 3
            4,5
               ^
            """)
        expectFailure(
            "a,b\n1\r\n",
            """
            test.csv:2:2: error: the row has 1 field but the header has 2
            1
             ^
            """)
    }

    @Test func raggedRowWithTooManyFieldsPointsAtTheFirstExtra() {
        expectFailure(
            "a,b\n1,2,3,4\n",
            """
            test.csv:2:5: error: the row has 4 fields but the header has 2
            1,2,3,4
                ^
            """)
    }

    @Test func raggedRowAfterAMultiLineField() {
        expectFailure(
            "a,b\n\"x\ny\",2,3\n",
            """
            test.csv:3:6: error: the row has 3 fields but the header has 2
            y",2,3
                 ^
            """)
    }

    @Test func rowTooLong() {
        // The error is the same at every chunk size: the limit is met before the control
        // character after it is seen (fuzz/crashes-found/csv-row-limit-depends-on-chunks.csv).
        let bytes = Array(("a,b\n\"" + String(repeating: "x", count: 20) + "\u{14}\n").utf8)
        for size in chunkSizes {
            do {
                try CSV.Reader(bytes: bytes, file: "test.csv", limits: CSV.Limits(chunkBytes: size, maxRowBytes: 16))
                    .forEachRow { _ in }
                Issue.record("expected an error")
            } catch let error as CSV.Error {
                #expect(
                    error.description == """
                        test.csv:2:1: error: the row is longer than the limit of 16 bytes; is a quoted field missing its closing quote?
                        "xxxxxxxxxxxxxxxxxxxx\u{2414}
                        ^
                        """, "chunk size \(size)")
            } catch {
                Issue.record("unexpected \(error)")
            }
        }
    }

    @Test func tooManyColumns() {
        do {
            _ = try CSV.Reader(bytes: Array("a,b,c,d\n".utf8), file: "test.csv", limits: .init(maxColumns: 3))
            Issue.record("expected an error")
        } catch {
            #expect(
                error.description == """
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
        expectFailure(
            header + values.joined(separator: ",") + ",41\n",
            """
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
        #expect(
            error.rendered(color: true) == """
                \u{1B}[1mf.csv:2:3:\u{1B}[0m \u{1B}[1;31merror:\u{1B}[0m \u{1B}[1mthe quoted field that starts here has no closing quote\u{1B}[0m
                1,"two
                \u{1B}[1;32m  ^\u{1B}[0m
                """)
    }
}
