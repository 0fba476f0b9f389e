@testable import FileSafety
import Foundation
import Testing

/// A set of files is written all or nothing, through no planted link, leaving no temporary file.
@Suite("Writing a set of files all or nothing", .serialized)
struct OutputFilesTests {
    let scratch: Scratch
    var directory: String { "\(scratch.path)/out" }

    init() throws {
        scratch = try Scratch()
        try FileManager.default.createDirectory(atPath: "\(scratch.path)/out", withIntermediateDirectories: true)
    }

    func contents(_ name: String) -> String? {
        try? String(contentsOfFile: "\(directory)/\(name)", encoding: .utf8)
    }

    func listing() throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: directory).sorted()
    }

    @Test(arguments: [true, false])
    func everyFileIsWrittenAndNoTemporaryFileIsLeft(unnamed: Bool) throws {
        Prepared.unnamedFirst = unnamed
        defer { Prepared.unnamedFirst = true }
        try "old\n".write(toFile: "\(directory)/r.json", atomically: true, encoding: .utf8)
        try OutputFiles.write([("\(directory)/r.html", Array("<p>new</p>\n".utf8)), ("\(directory)/r.json", Array("{}\n".utf8)),
                               ("\(directory)/deeper/r.md", Array("# new\n".utf8))])
        #expect(contents("r.html") == "<p>new</p>\n")
        #expect(contents("r.json") == "{}\n")
        #expect(contents("deeper/r.md") == "# new\n")
        #expect(try listing() == ["deeper", "r.html", "r.json"])
    }

    @Test func aFailureLeavesEveryTargetAsItWas() throws {
        try "old html\n".write(toFile: "\(directory)/r.html", atomically: true, encoding: .utf8)
        try "a file, not a directory\n".write(toFile: "\(directory)/blocked", atomically: true, encoding: .utf8)
        #expect(throws: OutputFiles.Failure(kind: .invalidTarget, path: "\(directory)/blocked/r.json", reason: "'\(directory)/blocked' is not a directory")) {
            try OutputFiles.write([("\(directory)/r.html", Array("new".utf8)), ("\(directory)/blocked/r.json", Array("{}".utf8))])
        }
        #expect(contents("r.html") == "old html\n")
        #expect(try listing() == ["blocked", "r.html"])
    }

    @Test func aPathEndingInASlashIsRefusedBeforeAnythingIsWritten() throws {
        #expect(throws: OutputFiles.Failure(kind: .invalidTarget, path: "\(directory)/x/",
                                            reason: "the path ends in '/'; name the file to write, e.g. \(directory)/x/report")) {
            try OutputFiles.write([("\(directory)/r.html", Array("new".utf8)), ("\(directory)/x/", Array("{}".utf8))])
        }
        #expect(try listing() == [])
    }

    @Test func aLinkAtTheTargetIsNotWrittenThrough() throws {
        try FileManager.default.createSymbolicLink(atPath: "\(directory)/r.html", withDestinationPath: scratch.outside)
        #expect(throws: OutputFiles.Failure(kind: .invalidTarget, path: "\(directory)/r.html", reason: "it is a symbolic link; a report replaces only a regular file")) {
            try OutputFiles.write([("\(directory)/r.html", Array("new".utf8))])
        }
        #expect(try String(contentsOfFile: scratch.outside, encoding: .utf8) == "secret: no\n")
    }

    @Test(arguments: [true, false])
    func linksPlantedAtLikelyTemporaryNamesAreNeverFollowed(unnamed: Bool) throws {
        Prepared.unnamedFirst = unnamed
        defer { Prepared.unnamedFirst = true }
        // The names an older version used, and names in the new pattern: none can be guessed.
        let pid = ProcessInfo.processInfo.processIdentifier
        for name in [".r.html.\(pid).partial", ".r.html.0000000000000000.tmp", ".r.html.tmp"] {
            try FileManager.default.createSymbolicLink(atPath: "\(directory)/\(name)", withDestinationPath: scratch.outside)
        }
        try OutputFiles.write([("\(directory)/r.html", Array("new".utf8))])
        #expect(contents("r.html") == "new")
        #expect(try String(contentsOfFile: scratch.outside, encoding: .utf8) == "secret: no\n")
    }

    /// What a writer killed with SIGKILL left: cleared by the next write of the same target when
    /// its writer is gone, a backup put back where its target is missing, a live writer's kept.
    @Test func leftoversOfADeadWriterAreClearedByTheNextWrite() throws {
        let dead = try exitedProcessID()
        let live = ProcessInfo.processInfo.processIdentifier
        try "old html".write(toFile: "\(directory)/r.html", atomically: false, encoding: .utf8)
        for (name, text) in [(".r.html.\(dead).0123456789abcdef.tmp", "half"), (".r.html.\(dead).fedcba9876543210.old", "old html"),
                             (".r.html.\(live).0123456789abcdef.tmp", "in use"), (".r.json.\(dead).0123456789abcdef.old", "moved aside"),
                             (".r.html.\(dead).tmp", "not our pattern")] {
            try text.write(toFile: "\(directory)/\(name)", atomically: false, encoding: .utf8)
        }
        try FileManager.default.createSymbolicLink(atPath: "\(directory)/.r.json.\(dead).00000000000000ff.old", withDestinationPath: scratch.outside)
        try OutputFiles.write([("\(directory)/r.html", Array("new".utf8))])
        #expect(contents("r.html") == "new")
        #expect(try listing() == [".r.html.\(dead).tmp", ".r.html.\(live).0123456789abcdef.tmp",
                                  ".r.json.\(dead).00000000000000ff.old", ".r.json.\(dead).0123456789abcdef.old", "r.html"].sorted())
        // Where the writer had moved the target aside, the backup is the target's old contents.
        Leftovers.clear(besideTarget: "\(directory)/r.json")
        #expect(contents("r.json") == "moved aside")
        #expect(try listing() == [".r.html.\(dead).tmp", ".r.html.\(live).0123456789abcdef.tmp",
                                  ".r.json.\(dead).00000000000000ff.old", "r.html", "r.json"].sorted())
        #expect(try String(contentsOfFile: scratch.outside, encoding: .utf8) == "secret: no\n")
    }

    @Test func theNamesOfTemporaryFilesCarryTheirWriter() throws {
        let name = Prepared.unpredictableName(in: directory, for: "\(directory)/r.html", suffix: "tmp")
        let leaf = String(name.dropFirst(directory.count + 1))
        #expect(Leftovers.parse(leaf, base: "r.html")?.writer == getpid())
        #expect(Leftovers.parse(leaf, base: "r.htm") == nil)
        #expect(Leftovers.parse(".r.html.12.0123456789abcdeg.tmp", base: "r.html") == nil)
        #expect(Leftovers.parse(".r.html.-12.0123456789abcdef.tmp", base: "r.html") == nil)
        #expect(Leftovers.parse(".r.html.12.0123456789abcdef.new", base: "r.html") == nil)
        #expect(Leftovers.parse(".r.html.12.0123456789abcdef.old", base: "r.html")?.suffix == "old")
    }

    /// The id of a process that has run and been reaped.
    private func exitedProcessID() throws -> Int32 {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/true")
        try process.run()
        process.waitUntilExit()
        return process.processIdentifier
    }

    @Test func aTargetNamedTwiceIsRefused() throws {
        #expect(throws: OutputFiles.Failure(kind: .invalidTarget, path: "\(directory)/r", reason: "it is named twice in one run")) {
            try OutputFiles.write([("\(directory)/r", Array("a".utf8)), ("\(directory)/r", Array("b".utf8))])
        }
    }

    @Test func aNamedTemporaryFileIsRegisteredForRemovalWhileItExists() throws {
        let slot = TemporaryFiles.register("\(directory)/.r.tmp")
        #expect(slot >= 0)
        TemporaryFiles.unregister(slot)
        #expect(TemporaryFiles.register("\(directory)/.s.tmp") == slot)
        TemporaryFiles.unregister(slot)
    }
}
