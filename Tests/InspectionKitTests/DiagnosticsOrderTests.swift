import InspectionKit
import Testing
import YAML

/// Diagnostics come out in file, line and column order, by message at one position, and a
/// problem found twice is reported once.
@Suite("Diagnostics order")
struct DiagnosticsOrderTests {
    func at(_ file: String, _ line: Int, _ column: Int, _ words: String) -> Diagnostic {
        Diagnostic(.invalidMapping(.unknownTimeZone(words)), at: YAML.Mark(file: file, line: line, column: column))
    }

    @Test func sortedByPositionThenMessageWithRepeatsReportedOnce() {
        let diagnostics = Diagnostics([
            at("b.yaml", 1, 1, "z"), at("a.yaml", 9, 2, "y"), at("a.yaml", 9, 2, "x"), at("a.yaml", 10, 1, "w"),
            at("a.yaml", 9, 2, "y"), at("a.yaml", 2, 7, "v"), at("b.yaml", 1, 1, "z"),
        ])
        #expect(
            diagnostics.all.map { "\($0.mark) \($0.message)" } == [
                "a.yaml:2:7 mapping: unknown time zone 'v'; write UTC, Europe/London or an offset such as +01:00",
                "a.yaml:9:2 mapping: unknown time zone 'x'; write UTC, Europe/London or an offset such as +01:00",
                "a.yaml:9:2 mapping: unknown time zone 'y'; write UTC, Europe/London or an offset such as +01:00",
                "a.yaml:10:1 mapping: unknown time zone 'w'; write UTC, Europe/London or an offset such as +01:00",
                "b.yaml:1:1 mapping: unknown time zone 'z'; write UTC, Europe/London or an offset such as +01:00",
            ])
    }

    @Test func oneHundredThousandInOrderStayAsTheyAre() {
        let many = (1...100_000).map { at("e.yaml", $0, 3, "bad \($0 % 7)") }
        let diagnostics = Diagnostics(many.reversed())
        #expect(diagnostics.all == many)
    }
}
