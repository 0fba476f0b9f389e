import Testing
import YAML

@testable import InspectionKit

/// The table that finds a case reference read twice, and where it was read first.
@Suite("Case reference table")
struct CaseReferenceTableTests {
    @Test func aRepeatIsRefusedWithTheFirstPositionAcrossFiles() {
        var table = CaseReferenceTable()
        #expect(table.add("MP-1", at: YAML.Mark(file: "a.csv", line: 2, column: 1)) == nil)
        #expect(table.add("MP-2", at: YAML.Mark(file: "b.csv", line: 7, column: 3)) == nil)
        #expect(table.add("MP-1", at: YAML.Mark(file: "b.csv", line: 9, column: 1)) == YAML.Mark(file: "a.csv", line: 2, column: 1))
        // The repeat did not replace the first position.
        #expect(table.add("MP-1", at: YAML.Mark(file: "c.csv", line: 1, column: 1)) == YAML.Mark(file: "a.csv", line: 2, column: 1))
        #expect(table.count == 2)
    }

    @Test func aYearOfReferencesGrowsTheTableAndEveryRepeatIsFound() {
        var table = CaseReferenceTable()
        for number in 0..<100_000 {
            #expect(table.add("24ME\(number)", file: table.fileNumber("m.csv"), line: number + 2, column: 1) == nil)
        }
        #expect(table.count == 100_000)
        let repeats = (0..<100_000).filter { table.add("24ME\($0)", file: table.fileNumber("n.csv"), line: 1, column: 1) != nil }
        #expect(repeats.count == 100_000)
        #expect(
            table.add("24ME77777", at: YAML.Mark(file: "n.csv", line: 1, column: 1)) == YAML.Mark(file: "m.csv", line: 77_779, column: 1))
        #expect(table.count == 100_000)
    }

    @Test func positionsTooLargeToPackAreKeptWhole() {
        var table = CaseReferenceTable()
        // A one-line flow document puts records at columns past 65,535.
        let far = YAML.Mark(file: "x.yaml", line: 1, column: 70_000)
        let deep = YAML.Mark(file: "x.yaml", line: 5_000_000_000, column: 2)
        #expect(table.add("R-1", at: far) == nil)
        #expect(table.add("R-2", at: deep) == nil)
        #expect(table.add("R-1", at: YAML.Mark(file: "x.yaml", line: 1, column: 80_000)) == far)
        #expect(table.add("R-2", at: YAML.Mark(file: "x.yaml", line: 6, column: 1)) == deep)
    }
}
