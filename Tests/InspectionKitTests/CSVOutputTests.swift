import Foundation
import InspectionKit
import InspectionReports
import Testing

/// CSV the tool writes is opened in spreadsheets: no cell may run as a formula.
@Suite("CSV output: no formula runs")
struct CSVOutputTests {
    @Test(arguments: [
        ("=cmd|' /C calc'!A0", "'=cmd|' /C calc'!A0"),
        ("@SUM(A1:A9)", "'@SUM(A1:A9)"),
        ("+44 20 7946 0000", "'+44 20 7946 0000"),
        ("-2+3", "'-2+3"),
        ("\tA", "'\tA"),
        ("-", "'-"),
        ("-0.25", "-0.25"),
        ("+3", "+3"),
        ("1e-3", "1e-3"),
        ("Alpha Constabulary", "Alpha Constabulary"),
    ])
    func aCellAFormulaCouldStartWithIsWrittenAsText(_ cell: String, _ written: String) {
        #expect(CSVText.neutralised(cell) == written)
    }

    @Test func quotingStillApplies() {
        #expect(CSVText.line(["=1,2", "a\"b", "x"]) == "\"'=1,2\",\"a\"\"b\",x")
    }

    @Test func aForceNameAndAnAreaTitleThatAreFormulasAreNeutralisedInTheComparison() throws {
        let copy = try ProjectCopy()
        try copy.edit("Forces/alpha/force.yaml", replacing: "name: Alpha Constabulary", with: "name: \"=cmd|' /C calc'!A0\"")
        try copy.edit(
            "Frameworks/fixture-2024.yaml", replacing: "title: Recording what was found", with: "title: \"@SUM(1+1)*cmd|' /C calc'!A0\"")
        let comparison = try ComparisonTests.compare(copy)
        let csv = ComparisonReports.csv(comparison)
        let alpha = csv.split(separator: "\n").filter { $0.hasPrefix("alpha,") }
        #expect(
            alpha.first
                == "alpha,'=cmd|' /C calc'!A0,fixture-2024@1 / fixture-percentage@1,area,response,Responding to requests for a visit,adequate,50,synthetic,adequate,,false,agrees,,,,2,visits.on-time,1,visits.on-time,,"
        )
        #expect(alpha.dropFirst().first?.contains(",recording,'@SUM(1+1)*cmd|' /C calc'!A0,") == true)
    }
}

/// The neutralising rule, character by character: each one a spreadsheet runs is caught alone,
/// and a plain number (which starts with a sign as often as not) is left as it is.
@Suite("CSV output: the formula rule")
struct FormulaRuleTests {
    @Test(arguments: ["=", "+", "-", "@", "\t", "\r"])
    func eachCharacterThatStartsAFormulaIsNeutralisedOnItsOwn(_ first: String) {
        #expect(CSVText.neutralised(first + "A1") == "'" + first + "A1")
        #expect(CSVText.neutralised(first) == "'" + first)
        #expect(CSVText.neutralised("A1" + first) == "A1" + first)
    }

    @Test(arguments: ["-1", "+0.5", "3", "1.5E+10", "-2e-3", "0.25", "+7"])
    func aPlainNumberIsLeftAsItIs(_ number: String) {
        #expect(CSVText.neutralised(number) == number)
    }

    @Test(arguments: ["-1.", "+.5", "-1e", "--1", "-1,5", "+1 2", "-0x10", "@1", "=1", "-1e+", "+"])
    func whatOnlyLooksLikeANumberIsNeutralised(_ text: String) {
        #expect(CSVText.neutralised(text) == "'" + text)
    }

    @Test func aLineNeutralisesEveryFieldBeforeQuotingIt() {
        #expect(CSVText.line(["=A1", "-1", "@x,y", "\r\n=1"]) == "'=A1,-1,\"'@x,y\",\"'\r\n=1\"")
    }
}
