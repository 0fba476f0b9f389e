import Foundation
import Testing
import YAML

@Suite("Scalars: one spelling per value")
struct ScalarTests {
    struct Text: Decodable { var value: String }
    struct Integer: Decodable { var value: Int }
    struct Byte: Decodable { var value: UInt8 }
    struct Real: Decodable { var value: Double }
    struct Money: Decodable { var value: Decimal }
    struct Wait: Decodable { var value: Duration }

    @Test(arguments: ["no", "yes", "on", "off", "1.10", "010", "0x1F", "1e3", "true", "2025-08-22", "~~"])
    func stringKeepsPlainTextExactlyAsWritten(_ text: String) {
        #expect(decoded(Text.self, "value: \(text)\n")?.value == text)
    }

    @Test func booleanAcceptsOnlyTrueAndFalse() {
        #expect(decoded(Flags.self, "enabled: true\n")?.enabled == true)
        #expect(decoded(Flags.self, "enabled: false\n")?.enabled == false)
        expectFailure(
            Flags.self, "enabled: yes\n",
            """
            test.yaml:1:10: error: 'yes' is not a boolean; write true or false
            enabled: yes
                     ^
            """)
        expectFailure(
            Flags.self, "enabled: True\n",
            """
            test.yaml:1:10: error: 'True' is not a boolean; write true or false
            enabled: True
                     ^
            """)
        expectFailure(
            Flags.self, "enabled: \"true\"\n",
            """
            test.yaml:1:10: error: expected a boolean (true or false), found the quoted string 'true'; remove the quotes
            enabled: "true"
                     ^
            """)
    }

    @Test func integersAreDecimalWithoutJunk() {
        #expect(decoded(Integer.self, "value: -42\n")?.value == -42)
        #expect(decoded(Integer.self, "value: 0\n")?.value == 0)
        #expect(decoded(Integer.self, "value: 9223372036854775807\n")?.value == Int.max)
        expectFailure(
            Integer.self, "value: 12abc\n",
            """
            test.yaml:1:8: error: '12abc' is not an integer
            value: 12abc
                   ^
            """)
        expectFailure(
            Integer.self, "value: 1.5\n",
            """
            test.yaml:1:8: error: '1.5' is not an integer
            value: 1.5
                   ^
            """)
        expectFailure(
            Integer.self, "value: 010\n",
            """
            test.yaml:1:8: error: '010' has a leading zero, which YAML 1.1 reads as octal; write it without the zero
            value: 010
                   ^
            """)
        expectFailure(
            Integer.self, "value: '7'\n",
            """
            test.yaml:1:8: error: expected an integer, found the quoted string '7'; remove the quotes
            value: '7'
                   ^
            """)
    }

    @Test func integerOverflowNamesTheRange() {
        expectFailure(
            Integer.self, "value: 9223372036854775808\n",
            """
            test.yaml:1:8: error: '9223372036854775808' is out of range for an integer here (-9223372036854775808 to 9223372036854775807)
            value: 9223372036854775808
                   ^
            """)
        expectFailure(
            Byte.self, "value: 256\n",
            """
            test.yaml:1:8: error: '256' is out of range for an integer here (0 to 255)
            value: 256
                   ^
            """)
        expectFailure(
            Byte.self, "value: -1\n",
            """
            test.yaml:1:8: error: '-1' is out of range for an integer here (0 to 255)
            value: -1
                   ^
            """)
    }

    @Test func decimalsRejectJunkAndOverflow() {
        #expect(decoded(Real.self, "value: 0.88\n")?.value == 0.88)
        #expect(decoded(Real.self, "value: -1.5e3\n")?.value == -1500)
        #expect(decoded(Real.self, "value: 12\n")?.value == 12)
        expectFailure(
            Real.self, "value: 1.2.3\n",
            """
            test.yaml:1:8: error: '1.2.3' is not a number
            value: 1.2.3
                   ^
            """)
        expectFailure(
            Real.self, "value: .inf\n",
            """
            test.yaml:1:8: error: '.inf' is not a number
            value: .inf
                   ^
            """)
        expectFailure(
            Real.self, "value: 1e999\n",
            """
            test.yaml:1:8: error: '1e999' is out of range for a number
            value: 1e999
                   ^
            """)
        #expect(decoded(Money.self, "value: 475.10\n")?.value == Decimal(string: "475.10"))
    }

    @Test func durationsTakeAUnit() {
        #expect(decoded(Wait.self, "value: 4h\n")?.value == .seconds(4 * 3600))
        #expect(decoded(Wait.self, "value: 90m\n")?.value == .seconds(90 * 60))
        #expect(decoded(Wait.self, "value: 7d\n")?.value == .seconds(7 * 86_400))
        #expect(decoded(Wait.self, "value: 1h30m\n")?.value == .seconds(5400))
        expectFailure(
            Wait.self, "value: 4\n",
            """
            test.yaml:1:8: error: '4' is not a duration; write a number and a unit: s, m, h, d or w (e.g. 4h, 90m, 7d)
            value: 4
                   ^
            """)
        expectFailure(
            Wait.self, "value: 4 hours\n",
            """
            test.yaml:1:8: error: '4 hours' is not a duration; write a number and a unit: s, m, h, d or w (e.g. 4h, 90m, 7d)
            value: 4 hours
                   ^
            """)
        expectFailure(
            Wait.self, "value: 9223372036854775808s\n",
            """
            test.yaml:1:8: error: '9223372036854775808s' is out of range for a duration (e.g. 4h, 90m, 7d)
            value: 9223372036854775808s
                   ^
            """)
        expectFailure(
            Wait.self, "value: 99999999999999999999h\n",
            """
            test.yaml:1:8: error: '99999999999999999999h' is out of range for a duration (e.g. 4h, 90m, 7d)
            value: 99999999999999999999h
                   ^
            """)
        // Each part fits, but a unit multiplies it past Int64, or the parts add up past it.
        expectFailure(
            Wait.self, "value: 15250284452472w\n",
            """
            test.yaml:1:8: error: '15250284452472w' is out of range for a duration (e.g. 4h, 90m, 7d)
            value: 15250284452472w
                   ^
            """)
        expectFailure(
            Wait.self, "value: 9223372036854775807s1s\n",
            """
            test.yaml:1:8: error: '9223372036854775807s1s' is out of range for a duration (e.g. 4h, 90m, 7d)
            value: 9223372036854775807s1s
                   ^
            """)
        #expect(decoded(Wait.self, "value: 9223372036854775807s\n")?.value == .seconds(Int64.max))
        #expect(decoded(Wait.self, "value: 15250284452471w\n")?.value == .seconds(15_250_284_452_471 * 604_800))
    }

    @Test func controlCharactersAreRefusedInText() {
        expectFailure(
            Text.self, "value: \"Staff had support.\\e[2K\\e[32mAll fine\"\n",
            """
            test.yaml:1:8: error: the text holds a control character (such as an escape sequence); only tabs and line breaks are allowed
            value: "Staff had support.\\e[2K\\e[32mAll fine"
                   ^
            """)
        expectFailure(
            Text.self, "value: \"C1 \\x85 here\"\n",
            """
            test.yaml:1:8: error: the text holds a control character (such as an escape sequence); only tabs and line breaks are allowed
            value: "C1 \\x85 here"
                   ^
            """)
        #expect(decoded(Text.self, "value: \"tab\\tand\\nline\"\n")?.value == "tab\tand\nline")
    }

    @Test func charactersThatReorderOrHideTextAreRefused() {
        expectFailure(
            Text.self, "value: Chief \u{202E}Constable\n",
            """
            test.yaml:1:8: error: the text holds U+202E (RIGHT-TO-LEFT OVERRIDE), an invisible character that changes how text is shown; remove it
            value: Chief \u{FFFD}Constable
                   ^
            """)
        expectFailure(
            Text.self, "value: \"North\\u200Bants\"\n",
            """
            test.yaml:1:8: error: the text holds U+200B (ZERO WIDTH SPACE), an invisible character that changes how text is shown; remove it
            value: "North\\u200Bants"
                   ^
            """)
        #expect(decoded(Text.self, "value: Ynys Môn – “quoted” ✓\n")?.value == "Ynys Môn – “quoted” ✓")
    }

    @Test func quotedAndBlockStringsDecodeAsText() {
        #expect(decoded(Text.self, "value: 'it''s'\n")?.value == "it's")
        #expect(decoded(Text.self, "value: \"tab\\there\"\n")?.value == "tab\there")
        #expect(decoded(Text.self, "value: |\n  line one\n  line two\n")?.value == "line one\nline two\n")
        #expect(decoded(Text.self, "value: >\n  folded\n  text\n")?.value == "folded text\n")
    }
}
