import InspectionKit
import Testing
import YAML

/// Diagnostics come out in file, line and column order, by message at one position, and a
/// problem found twice is reported once.
@Suite("Diagnostics order")
struct DiagnosticsOrderTests {
    func at(_ file: String, _ line: Int, _ column: Int, _ words: String) -> Diagnostic {
        Diagnostic(.invalidMapping(words), at: YAML.Mark(file: file, line: line, column: column))
    }

    @Test func sortedByPositionThenMessageWithRepeatsReportedOnce() {
        let diagnostics = Diagnostics([
            at("b.yaml", 1, 1, "z"), at("a.yaml", 9, 2, "y"), at("a.yaml", 9, 2, "x"), at("a.yaml", 10, 1, "w"),
            at("a.yaml", 9, 2, "y"), at("a.yaml", 2, 7, "v"), at("b.yaml", 1, 1, "z"),
        ])
        #expect(
            diagnostics.all.map { "\($0.mark) \($0.message)" } == [
                "a.yaml:2:7 mapping: v", "a.yaml:9:2 mapping: x", "a.yaml:9:2 mapping: y", "a.yaml:10:1 mapping: w",
                "b.yaml:1:1 mapping: z",
            ])
    }

    @Test func oneHundredThousandInOrderStayAsTheyAre() {
        let many = (1...100_000).map { at("e.yaml", $0, 3, "bad \($0 % 7)") }
        let diagnostics = Diagnostics(many.reversed())
        #expect(diagnostics.all == many)
    }
}
