import CSV
import Testing

@Suite("Reading: bytes that are not UTF-8, control characters, stray carriage returns")
struct EncodingErrorTests {
    @Test func overlongEncoding() {
        expectFailure(
            [UInt8]("a,b\nx,".utf8) + [0xC0, 0xAF] + [UInt8]("\n".utf8),
            """
            test.csv:2:3: error: invalid UTF-8 (an overlong encoding); save the file as UTF-8
            x,\u{FFFD}\u{FFFD}
              ^
            """)
        expectFailure(
            [UInt8]("a\n".utf8) + [0xE0, 0x80, 0xAF],
            """
            test.csv:2:1: error: invalid UTF-8 (an overlong encoding); save the file as UTF-8
            \u{FFFD}\u{FFFD}\u{FFFD}
            ^
            """)
    }

    @Test func truncatedSequence() {
        // "€" is E2 82 AC: cut short by a comma, then by the end of the file.
        expectFailure(
            [UInt8]("a,b\nZoë ".utf8) + [0xE2, 0x82] + [UInt8](",2\n".utf8),
            """
            test.csv:2:5: error: invalid UTF-8 (a character cut short); save the file as UTF-8
            Zoë \u{FFFD},2
                ^
            """)
        expectFailure(
            [UInt8]("a\n1\n".utf8) + [0xE2, 0x82],
            """
            test.csv:3:1: error: invalid UTF-8 (a character cut short); save the file as UTF-8
            \u{FFFD}
            ^
            """)
    }

    @Test func surrogate() {
        expectFailure(
            [UInt8]("a\n\"".utf8) + [0xED, 0xA0, 0x80] + [UInt8]("\"\n".utf8),
            """
            test.csv:2:2: error: invalid UTF-8 (an encoded UTF-16 surrogate); save the file as UTF-8
            "\u{FFFD}\u{FFFD}\u{FFFD}"
             ^
            """)
    }

    @Test func invalidAndStrayBytes() {
        expectFailure(
            [UInt8]("a,b\n1,2".utf8) + [0xFF] + [UInt8]("\n".utf8),
            """
            test.csv:2:4: error: invalid UTF-8 (byte 0xFF never appears in UTF-8); save the file as UTF-8
            1,2\u{FFFD}
               ^
            """)
        // Latin-1 "café" read as UTF-8: E9 then an ASCII byte.
        expectFailure(
            [UInt8]("name\ncaf".utf8) + [0xE9] + [UInt8]("\n".utf8),
            """
            test.csv:2:4: error: invalid UTF-8 (a character cut short); save the file as UTF-8
            caf\u{FFFD}
               ^
            """)
        expectFailure(
            [UInt8]("a\n".utf8) + [0x80],
            """
            test.csv:2:1: error: invalid UTF-8 (byte 0x80 cannot start a character); save the file as UTF-8
            \u{FFFD}
            ^
            """)
        expectFailure(
            [UInt8]("a\n".utf8) + [0xF4, 0x90, 0x80, 0x80],
            """
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

    @Test func controlCharactersAreRefusedAndShownAsSymbols() {
        expectFailure(
            "a,b\nx\u{0}y,2\n",
            """
            test.csv:2:2: error: the control character U+0000 (NUL) is not allowed; only tab, CR and LF are
            x\u{2400}y,2
             ^
            """)
        expectFailure(
            "a,b\n1,\"\u{1B}[31mred\"\n",
            """
            test.csv:2:4: error: the control character U+001B (ESC) is not allowed; only tab, CR and LF are
            1,"\u{241B}[31mred"
               ^
            """)
        expectFailure(
            "a\n\u{7F}\n",
            """
            test.csv:2:1: error: the control character U+007F (DEL) is not allowed; only tab, CR and LF are
            \u{2421}
            ^
            """)
        expectFailure(
            "a\nx\u{9B}31m\n",
            """
            test.csv:2:2: error: the control character U+009B (CSI) is not allowed; only tab, CR and LF are
            x\u{FFFD}31m
             ^
            """)
        expectFailure(
            "a\u{0C}b\n",
            """
            test.csv:1:2: error: the control character U+000C (FF) is not allowed; only tab, CR and LF are
            a\u{240C}b
             ^
            """)
    }

    @Test func tabIsText() {
        expectTable("a,b\n1\t2,\t\n", ["a", "b"], [["1\t2", "\t"]])
    }

    @Test func loneCarriageReturnOutsideQuotes() {
        expectFailure(
            "a,b\r1,2\r\n",
            """
            test.csv:1:4: error: a carriage return (CR) not followed by a line feed (LF); lines must end with LF or CRLF
            a,b\u{240D}1,2
               ^
            """)
        expectFailure(
            "a,b\n1,2\r",
            """
            test.csv:2:4: error: a carriage return (CR) not followed by a line feed (LF); lines must end with LF or CRLF
            1,2\u{240D}
               ^
            """)
        expectFailure(
            "a,b\n\"1\"\r2\n",
            """
            test.csv:2:4: error: a carriage return (CR) not followed by a line feed (LF); lines must end with LF or CRLF
            "1"\u{240D}2
               ^
            """)
    }
}
