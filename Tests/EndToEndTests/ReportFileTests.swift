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
        let run = try inspector([
            "inspect", "northamptonshire", "--format", "json",
            "--report", "markdown:\(out)/r.md", "--report", "html:\(out)/r.html",
            "--report", "json:\(out)/r.json", "--report", "text:\(out)/r.txt",
        ])
        #expect(run.status == 0)
        #expect(run.stderr == "wrote \(out)/r.md\nwrote \(out)/r.html\nwrote \(out)/r.json\nwrote \(out)/r.txt\n")
        #expect(try String(contentsOfFile: "\(out)/r.json", encoding: .utf8) == run.stdout)
        #expect(
            try String(contentsOfFile: "\(out)/r.md", encoding: .utf8).hasPrefix(
                "# National child protection inspection of Northamptonshire Police\n"))
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
        #expect(
            compare.stderr
                == "error: unknown report format 'xlsx' in 'xlsx:\(out)/a.xlsx'; valid formats: text, json, markdown, csv, html\n")
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
        #expect(run.stderr == "error: cannot write '\(out)/blocker/r.md': '\(out)/blocker' is not a directory\n")
        #expect(try FileManager.default.contentsOfDirectory(atPath: out) == ["blocker"])
    }
}

@Suite("Report files: never over a link, pipe or device, all or nothing")
struct ReportDestinationTests {
    func directory() throws -> String {
        let out = FileManager.default.temporaryDirectory.appendingPathComponent("inspector-links-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: out, withIntermediateDirectories: true)
        return out
    }

    @Test func aSymbolicLinkIsNotReplaced() throws {
        let out = try directory()
        defer { try? FileManager.default.removeItem(atPath: out) }
        try "keep".write(toFile: "\(out)/target.md", atomically: true, encoding: .utf8)
        try FileManager.default.createSymbolicLink(atPath: "\(out)/link.md", withDestinationPath: "\(out)/target.md")
        let run = try inspector(["inspect", "northamptonshire", "--report", "markdown:\(out)/link.md"])
        #expect(run.status == 3)
        #expect(run.stderr == "error: cannot write '\(out)/link.md': it is a symbolic link; a report replaces only a regular file\n")
        #expect(try String(contentsOfFile: "\(out)/target.md", encoding: .utf8) == "keep")
    }

    @Test func aPathEndingInASlashIsAnErrorNotAFile() throws {
        let out = try directory()
        defer { try? FileManager.default.removeItem(atPath: out) }
        let run = try inspector(["inspect", "northamptonshire", "--report", "html:\(out)/x/"])
        #expect(run.status == 3)
        #expect(run.stderr == "error: cannot write '\(out)/x/': the path ends in '/'; name the file to write, e.g. \(out)/x/report\n")
        #expect(try FileManager.default.contentsOfDirectory(atPath: out) == [])
    }

    @Test func oneReportThatCannotBeWrittenLeavesTheOthersAsTheyWere() throws {
        let out = try directory()
        defer { try? FileManager.default.removeItem(atPath: out) }
        try "old html".write(toFile: "\(out)/r.html", atomically: true, encoding: .utf8)
        try "a file".write(toFile: "\(out)/blocker", atomically: true, encoding: .utf8)
        let run = try inspector(["inspect", "northamptonshire", "--report", "html:\(out)/r.html", "--report", "json:\(out)/blocker/r.json"])
        #expect(run.status == 3)
        #expect(try String(contentsOfFile: "\(out)/r.html", encoding: .utf8) == "old html")
        #expect(try FileManager.default.contentsOfDirectory(atPath: out).sorted() == ["blocker", "r.html"])
    }

    /// A full disk, as a file-size limit: the write fails part-way through the second report.
    /// The limit (bash's `ulimit -f 28`, in blocks of 1,024 bytes: 28 KB) lies between the text
    /// report's size (about 18 KB) and the HTML's (about 39 KB); move it if either crosses it.
    @Test func aFullDiskExitsFourAndChangesNoFile() throws {
        let out = try directory()
        defer { try? FileManager.default.removeItem(atPath: out) }
        try "old text".write(toFile: "\(out)/r.txt", atomically: true, encoding: .utf8)
        let run = try shell(
            "ulimit -f 28; trap '' XFSZ; exec \"$0\" \"$@\"",
            [
                inspectorBinary, "inspect", "northamptonshire",
                "--report", "text:\(out)/r.txt", "--report", "html:\(out)/r.html",
            ])
        #expect(run.status == 4)
        #expect(run.stderr == "error: cannot write '\(out)/r.html': File too large; no file was changed\n")
        #expect(try String(contentsOfFile: "\(out)/r.txt", encoding: .utf8) == "old text")
        #expect(try FileManager.default.contentsOfDirectory(atPath: out) == ["r.txt"])
    }

    /// Killed at any moment, even with SIGKILL, a run leaves each report old or new, never
    /// part-written. SIGINT and SIGTERM leave no temporary file; SIGKILL while files are moved
    /// into place can leave one (no handler runs, and a file needs a name to be moved), and the
    /// next run that writes the report removes it, as it removes those planted below.
    @Test func aRunKilledAtAnyMomentLeavesNoPartialFileAndTheNextRunClearsWhatSIGKILLLeft() throws {
        let out = try directory()
        defer { try? FileManager.default.removeItem(atPath: out) }
        let complete = try inspector(["inspect", "northamptonshire", "--format", "html"]).stdout
        let arguments = ["inspect", "northamptonshire", "--report", "html:\(out)/r.html", "--report", "json:\(out)/r.json"]
        var strays: Set<String> = []
        for round in 0..<12 {
            let process = Process()
            process.executableURL = URL(fileURLWithPath: inspectorBinary)
            process.arguments = arguments
            process.currentDirectoryURL = URL(fileURLWithPath: repositoryRoot)
            process.standardOutput = FileHandle.nullDevice
            process.standardError = FileHandle.nullDevice
            try process.run()
            usleep(useconds_t(20_000 * round))
            let signal = round.isMultiple(of: 2) ? SIGKILL : SIGTERM
            if process.isRunning { kill(process.processIdentifier, signal) }  // never a reaped pid another process may have
            process.waitUntilExit()
            let left = try FileManager.default.contentsOfDirectory(atPath: out)
            let now = Set(left.filter { $0 != "r.html" && $0 != "r.json" })
            #expect(now.allSatisfy(isLeftoverName), "round \(round): \(left)")
            if signal == SIGTERM { #expect(now.isSubset(of: strays), "round \(round), SIGTERM: \(left)") }
            strays = now
            if left.contains("r.html") {
                #expect(try String(contentsOfFile: "\(out)/r.html", encoding: .utf8) == complete, "round \(round)")
            }
        }
        for name in [".r.html.0123456789abcdef.tmp", ".r.json.fedcba9876543210.old"] {
            try "left by a writer killed outright".write(toFile: "\(out)/\(name)", atomically: false, encoding: .utf8)
        }
        try "{}".write(toFile: "\(out)/r.json", atomically: false, encoding: .utf8)
        #expect(try inspector(arguments).status == 0)
        #expect(try FileManager.default.contentsOfDirectory(atPath: out).sorted() == ["r.html", "r.json"])
        #expect(try String(contentsOfFile: "\(out)/r.html", encoding: .utf8) == complete)
        #expect(
            try String(contentsOfFile: "\(out)/r.json", encoding: .utf8)
                == inspector(["inspect", "northamptonshire", "--format", "json"]).stdout)
    }

    /// `.r.html.<16 hex>.tmp` (or `.old`, or for r.json): what a writer names its files.
    private func isLeftoverName(_ name: String) -> Bool {
        let parts = name.split(separator: ".", omittingEmptySubsequences: false)
        return parts.count == 5 && parts[0].isEmpty && parts[1] == "r" && (parts[2] == "html" || parts[2] == "json")
            && parts[3].count == 16 && parts[3].allSatisfy(\.isHexDigit) && (parts[4] == "tmp" || parts[4] == "old")
    }
}

/// Runs `script` with bash, `arguments` as $0, $1, ...
func shell(_ script: String, _ arguments: [String]) throws -> Run {
    try inspector(["-c", script] + arguments, executable: "/bin/bash")
}
