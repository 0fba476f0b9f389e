import Foundation
import Testing

/// `--report FORMAT:PATH`: several reports from one run, each complete or absent.
@Suite("Report files")
struct ReportFileTests {
    func temporaryDirectory() throws -> String {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("inspector-reports-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }

    @Test func everyFormatIsWrittenIntoANewDirectoryAndEachIsSaid() throws {
        let out = try temporaryDirectory() + "/new/dir"
        let run = try inspector(["inspect", "northamptonshire", "--format", "json",
                                 "--report", "markdown:\(out)/r.md", "--report", "html:\(out)/r.html",
                                 "--report", "json:\(out)/r.json", "--report", "text:\(out)/r.txt"])
        #expect(run.status == 0)
        #expect(run.stderr == "wrote \(out)/r.md\nwrote \(out)/r.html\nwrote \(out)/r.json\nwrote \(out)/r.txt\n")
        #expect(try String(contentsOfFile: "\(out)/r.json", encoding: .utf8) == run.stdout)
        #expect(try String(contentsOfFile: "\(out)/r.md", encoding: .utf8).hasPrefix("# National child protection inspection of Northamptonshire Police\n"))
        #expect(try String(contentsOfFile: "\(out)/r.html", encoding: .utf8).hasPrefix("<!DOCTYPE html>"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: out).sorted() == ["r.html", "r.json", "r.md", "r.txt"])
    }

    @Test func compareWritesItsFormatsToo() throws {
        let out = try temporaryDirectory()
        let run = try inspector(["compare", "--all", "--report", "csv:\(out)/c.csv", "--report", "html:\(out)/c.html"])
        #expect(run.status == 0)
        #expect(try String(contentsOfFile: "\(out)/c.csv", encoding: .utf8).hasPrefix("force,force_name,framework,kind,"))
    }

    @Test func anUnknownFormatListsTheValidOnesAndWritesNothing() throws {
        let out = try temporaryDirectory()
        let run = try inspector(["inspect", "northamptonshire", "--report", "markdown:\(out)/a.md", "--report", "pdf:\(out)/a.pdf"])
        #expect(run.status == 3)
        #expect(run.stdout == "")
        #expect(run.stderr == "error: unknown report format 'pdf' in 'pdf:\(out)/a.pdf'; valid formats: text, json, markdown, html\n")
        #expect(try FileManager.default.contentsOfDirectory(atPath: out) == [])
        let compare = try inspector(["compare", "--all", "--report", "xlsx:\(out)/a.xlsx"])
        #expect(compare.stderr == "error: unknown report format 'xlsx' in 'xlsx:\(out)/a.xlsx'; valid formats: text, json, markdown, csv, html\n")
    }

    @Test func invalidConfigurationWritesNoReport() throws {
        let copy = try ProjectCopy(of: repositoryRoot)
        try copy.edit("Forces/northamptonshire/force.yaml", replacing: "region:", with: "regoin:")
        let out = try temporaryDirectory()
        let run = try inspector(["inspect", "northamptonshire", "--root", copy.root, "--report", "html:\(out)/r.html"])
        #expect(run.status == 3)
        #expect(try FileManager.default.contentsOfDirectory(atPath: out) == [])
    }

    @Test func anUnwritablePathIsAnErrorAndLeavesNoPartialFile() throws {
        let out = try temporaryDirectory()
        try "not a directory".write(toFile: "\(out)/blocker", atomically: true, encoding: .utf8)
        let run = try inspector(["inspect", "northamptonshire", "--report", "markdown:\(out)/blocker/r.md"])
        #expect(run.status == 3)
        #expect(run.stderr.hasPrefix("error: cannot write report '\(out)/blocker/r.md':"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: out) == ["blocker"])
    }
}

@Suite("Report files: never over a link, pipe or device")
struct ReportDestinationTests {
    @Test func aSymbolicLinkIsNotReplaced() throws {
        let out = FileManager.default.temporaryDirectory.appendingPathComponent("inspector-links-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: out, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: out) }
        try "keep".write(toFile: "\(out)/target.md", atomically: true, encoding: .utf8)
        try FileManager.default.createSymbolicLink(atPath: "\(out)/link.md", withDestinationPath: "\(out)/target.md")
        let run = try inspector(["inspect", "northamptonshire", "--report", "markdown:\(out)/link.md"])
        #expect(run.status == 3)
        #expect(run.stderr == "error: cannot write report '\(out)/link.md': it exists and is not a regular file\n")
        #expect(try String(contentsOfFile: "\(out)/target.md", encoding: .utf8) == "keep")
    }
}
