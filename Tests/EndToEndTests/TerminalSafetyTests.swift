import Foundation
import Testing

/// Nothing from a file name, an argument or a file's contents reaches the terminal raw: every
/// control character and invisible formatting character is written as an escape.
@Suite("Terminal output: no escape sequence gets through")
struct TerminalSafetyTests {
    @Test func anArgumentHoldingAnEscapeSequenceIsShownEscaped() throws {
        let run = try inspector(["inspect", "\u{1B}]0;owned\u{07}"])
        #expect(run.status == 3)
        #expect(run.stderr.hasPrefix("Forces/\\u{1B}]0;owned\\u{7}:1:1: error: unknown force '\\u{1B}]0;owned\\u{7}'"))
        #expect(!run.stderr.utf8.contains(0x1B) && !run.stderr.utf8.contains(0x07))
    }

    @Test func aDirectoryNameHoldingAnEscapeSequenceIsShownEscaped() throws {
        let copy = try ProjectCopy(of: repositoryRoot)
        try FileManager.default.createDirectory(atPath: "\(copy.root)/Forces/x\u{1B}[2Jy\u{202E}z", withIntermediateDirectories: true)
        let run = try inspector(["validate", "--root", copy.root])
        #expect(run.status == 3)
        #expect(run.stderr.contains("Forces/x\\u{1B}[2Jy\\u{202E}z:1:1: error: 'x\\u{1B}[2Jy\\u{202E}z' is not a force id"))
        #expect(!run.stderr.utf8.contains(0x1B))
        #expect(!run.stderr.unicodeScalars.contains("\u{202E}"))
    }

    @Test func aNameWithARightToLeftOverrideIsRefusedWhereItIsWritten() throws {
        let copy = try ProjectCopy(of: repositoryRoot)
        try copy.edit(
            "Forces/northamptonshire/force.yaml", replacing: "name: Northamptonshire Police", with: "name: Northamptonshire \u{202E}Police")
        let run = try inspector(["validate", "northamptonshire", "--root", copy.root])
        #expect(run.status == 3)
        #expect(
            run.stderr.contains(
                "force.yaml:4:7: error: the text holds U+202E (RIGHT-TO-LEFT OVERRIDE), an invisible character that changes how text is shown; remove it\nname: Northamptonshire \u{FFFD}Police\n"
            ))
    }
}
