import CSV
import Testing

func integer(_ text: String) -> Result<Int64, CSV.NumberProblem> {
    withBytes(text) { bytes in Result { () throws(CSV.NumberProblem) in try CSV.parseInteger(bytes) } }
}

func decimal(_ text: String) -> Result<Double, CSV.NumberProblem> {
    withBytes(text) { bytes in Result { () throws(CSV.NumberProblem) in try CSV.parseDecimal(bytes) } }
}

@Suite("Fields: integers and decimals")
struct NumberTests {
    @Test(arguments: [
        ("0", Int64(0)), ("-0", 0), ("+7", 7), ("007", 7), ("1300", 1300), ("-42", -42),
        ("9223372036854775807", .max), ("-9223372036854775808", .min),
    ])
    func integers(text: String, value: Int64) {
        #expect(integer(text) == .success(value))
    }

    @Test(arguments: [
        ("", CSV.NumberProblem.empty),
        ("+", .digitExpected(at: 1)), ("-", .digitExpected(at: 1)), (" 1", .digitExpected(at: 0)),
        ("1 ", .unexpectedCharacter(at: 1)), ("12a", .unexpectedCharacter(at: 2)), ("0x10", .unexpectedCharacter(at: 1)),
        ("--1", .digitExpected(at: 1)), ("١٢", .digitExpected(at: 0)),
        ("1.0", .fraction(at: 1)), ("1e3", .exponent(at: 1)), ("1,000", .comma(at: 1)),
        ("NaN", .notFinite), ("-inf", .notFinite), ("Infinity", .notFinite), ("nano", .digitExpected(at: 0)),
        ("9223372036854775808", .outOfRange), ("-9223372036854775809", .outOfRange),
        ("99999999999999999999999", .outOfRange), ("99999999999999999999x", .unexpectedCharacter(at: 20)),
    ])
    func integerProblems(text: String, problem: CSV.NumberProblem) {
        #expect(integer(text) == .failure(problem))
    }

    @Test(arguments: [
        ("-0.88", -0.88), ("12.5", 12.5), ("3", 3.0), ("+1.25", 1.25), ("0.1", 0.1), ("007.50", 7.5),
        ("0.30000000000000004", 0.30000000000000004), ("1234567890.123456789", 1234567890.123456789),
        ("0.0000000000000000000001", 1e-22), ("123456789012345678901234567890", 1.2345678901234568e29),
        ("17976931348623157" + String(repeating: "0", count: 292), .greatestFiniteMagnitude),
    ])
    func decimals(text: String, value: Double) {
        #expect(decimal(text) == .success(value))
    }

    @Test func negativeZeroKeepsItsSign() throws {
        let value = try decimal("-0.0").get()
        #expect(value == 0 && value.sign == .minus)
    }

    @Test(arguments: [
        ("", CSV.NumberProblem.empty), ("-", .digitExpected(at: 1)), (".5", .digitExpected(at: 0)),
        ("-.5", .digitExpected(at: 1)), ("5.", .digitExpected(at: 2)), ("1.2.3", .unexpectedCharacter(at: 3)),
        ("1e5", .exponent(at: 1)), ("2.5E-3", .exponent(at: 3)), ("1,5", .comma(at: 1)), ("1 000", .unexpectedCharacter(at: 1)),
        ("NaN", .notFinite), ("Infinity", .notFinite), ("-INF", .notFinite), ("£5", .digitExpected(at: 0)),
        ("1" + String(repeating: "0", count: 400), .outOfRange),
    ])
    func decimalProblems(text: String, problem: CSV.NumberProblem) {
        #expect(decimal(text) == .failure(problem))
    }

    @Test func wording() {
        let cases: [(CSV.ValueProblem, String, String)] = [
            (.integer(.empty), "", "the field is empty; expected an integer"),
            (.integer(.digitExpected(at: 1)), "-", "'-' is not an integer: expected a digit at character 2"),
            (.integer(.unexpectedCharacter(at: 4)), "Zoë1", "'Zoë1' is not an integer: unexpected '1' at character 4"),
            (.integer(.unexpectedCharacter(at: 2)), "12 ", "'12 ' is not an integer: unexpected a space at character 3"),
            (.integer(.fraction(at: 1)), "1.5", "'1.5' is not a whole number"),
            (.decimal(.exponent(at: 1)), "1e5", "'1e5' has an exponent; write the number out in plain decimal notation"),
            (
                .decimal(.comma(at: 1)), "0,88",
                "'0,88' has a comma; write numbers without thousands separators, with a point for decimals"
            ),
            (.decimal(.notFinite), "NaN", "'NaN' is not a finite number"),
            (.integer(.outOfRange), "9223372036854775808", "'9223372036854775808' is out of range for an integer"),
            (
                .decimal(.outOfRange), String(repeating: "9", count: 70),
                "'" + String(repeating: "9", count: 59) + "…' is out of range for a decimal number"
            ),
            (.custom("is not one of H, M, L", at: nil), "X", "'X' is not one of H, M, L"),
        ]
        for (problem, text, message) in cases {
            #expect(problem.message(text: text) == message)
        }
    }
}
