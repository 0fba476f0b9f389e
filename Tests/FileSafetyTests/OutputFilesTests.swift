import Foundation
import Testing

@testable import FileSafety

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
        try OutputFiles.write([
            ("\(directory)/r.html", Array("<p>new</p>\n".utf8)), ("\(directory)/r.json", Array("{}\n".utf8)),
            ("\(directory)/deeper/r.md", Array("# new\n".utf8)),
        ])
        #expect(contents("r.html") == "<p>new</p>\n")
        #expect(contents("r.json") == "{}\n")
        #expect(contents("deeper/r.md") == "# new\n")
        #expect(try listing() == ["deeper", "r.html", "r.json"])
    }

    @Test func aFailureLeavesEveryTargetAsItWas() throws {
        try "old html\n".write(toFile: "\(directory)/r.html", atomically: true, encoding: .utf8)
        try "a file, not a directory\n".write(toFile: "\(directory)/blocked", atomically: true, encoding: .utf8)
        #expect(
            throws: OutputFiles.Failure(
                kind: .invalidTarget, path: "\(directory)/blocked/r.json", reason: "'\(directory)/blocked' is not a directory")
        ) {
            try OutputFiles.write([("\(directory)/r.html", Array("new".utf8)), ("\(directory)/blocked/r.json", Array("{}".utf8))])
        }
        #expect(contents("r.html") == "old html\n")
        #expect(try listing() == ["blocked", "r.html"])
    }

    @Test func aPathEndingInASlashIsRefusedBeforeAnythingIsWritten() throws {
        #expect(
            throws: OutputFiles.Failure(
                kind: .invalidTarget, path: "\(directory)/x/",
                reason: "the path ends in '/'; name the file to write, e.g. \(directory)/x/report")
        ) {
            try OutputFiles.write([("\(directory)/r.html", Array("new".utf8)), ("\(directory)/x/", Array("{}".utf8))])
        }
        #expect(try listing() == [])
    }

    @Test func aLinkAtTheTargetIsNotWrittenThrough() throws {
        try FileManager.default.createSymbolicLink(atPath: "\(directory)/r.html", withDestinationPath: scratch.outside)
        #expect(
            throws: OutputFiles.Failure(
                kind: .invalidTarget, path: "\(directory)/r.html", reason: "it is a symbolic link; a report replaces only a regular file")
        ) {
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

    /// What a writer killed with SIGKILL left is removed by the next write of the same target:
    /// a temporary file or backup no one holds, a regular file, named for this target.
    @Test func leftoversNoWriterHoldsAreClearedByTheNextWrite() throws {
        try "old html".write(toFile: "\(directory)/r.html", atomically: false, encoding: .utf8)
        let leftovers = [".r.html.0123456789abcdef.tmp": "half", ".r.html.fedcba9876543210.old": "older html"]
        let kept = [
            ".r.html.0123456789abcdeF.tmp": "not the pattern", ".r.htm.0123456789abcdef.tmp": "another target's",
            ".r.html.0123456789abcdef.new": "not the pattern",
        ]
        for (name, text) in leftovers.merging(kept, uniquingKeysWith: { a, _ in a }) {
            try text.write(toFile: "\(directory)/\(name)", atomically: false, encoding: .utf8)
        }
        try FileManager.default.createSymbolicLink(
            atPath: "\(directory)/.r.html.00000000000000ff.tmp", withDestinationPath: scratch.outside)
        try OutputFiles.write([("\(directory)/r.html", Array("new".utf8))])
        #expect(contents("r.html") == "new")
        #expect(try listing() == (Array(kept.keys) + [".r.html.00000000000000ff.tmp", "r.html"]).sorted())
        #expect(try String(contentsOfFile: scratch.outside, encoding: .utf8) == "secret: no\n")
    }

    /// A running writer holds its files: they are not taken for leftovers.
    @Test func aRunningWritersFilesAreKept() throws {
        try "old html".write(toFile: "\(directory)/r.html", atomically: false, encoding: .utf8)
        let names = [".r.html.0123456789abcdef.tmp", ".r.html.fedcba9876543210.old"]
        var held: [Int32] = []
        defer { held.forEach { close($0) } }
        for name in names {
            try "in use".write(toFile: "\(directory)/\(name)", atomically: false, encoding: .utf8)
            let descriptor = open("\(directory)/\(name)", O_RDONLY)
            #expect(descriptor >= 0)
            Leftovers.hold(descriptor)
            held.append(descriptor)
        }
        try OutputFiles.write([("\(directory)/r.html", Array("new".utf8))])
        #expect(try listing() == names + ["r.html"])
    }

    /// Where hard links are not allowed a writer moves the target aside as its backup: with the
    /// target missing, the backup may be the only copy of the old contents, and it is kept.
    @Test func aBackupWhoseTargetIsMissingIsKept() throws {
        try "the old report".write(toFile: "\(directory)/.r.html.fedcba9876543210.old", atomically: false, encoding: .utf8)
        Leftovers.clear(besideTarget: "\(directory)/r.html")
        #expect(try listing() == [".r.html.fedcba9876543210.old"])
        try OutputFiles.write([("\(directory)/r.html", Array("new".utf8))])
        #expect(contents(".r.html.fedcba9876543210.old") == "the old report")
    }

    /// Leftovers are cleared only once every file is written: a failed write removes nothing.
    @Test func aFailedWriteClearsNothing() throws {
        try "half".write(toFile: "\(directory)/.r.html.0123456789abcdef.tmp", atomically: false, encoding: .utf8)
        try "a file, not a directory\n".write(toFile: "\(directory)/blocked", atomically: true, encoding: .utf8)
        #expect(throws: OutputFiles.Failure.self) {
            try OutputFiles.write([("\(directory)/r.html", Array("new".utf8)), ("\(directory)/blocked/r.json", Array("{}".utf8))])
        }
        #expect(try listing() == [".r.html.0123456789abcdef.tmp", "blocked"])
    }

    /// Names are compared byte for byte: "café" written with a combining accent is another file.
    @Test func anotherSpellingOfTheTargetsNameIsAnotherFile() throws {
        let decomposed = ".cafe\u{301}.html.0123456789abcdef.tmp"
        try "another file's".write(toFile: "\(directory)/\(decomposed)", atomically: false, encoding: .utf8)
        try OutputFiles.write([("\(directory)/caf\u{E9}.html", Array("new".utf8))])
        let bytes = try FileManager.default.contentsOfDirectory(atPath: directory).map { Array($0.utf8) }.sorted {
            $0.lexicographicallyPrecedes($1)
        }
        #expect(bytes == [Array(decomposed.utf8), Array("caf\u{E9}.html".utf8)].sorted { $0.lexicographicallyPrecedes($1) })
    }

    @Test func leftoverNamesAreMatchedExactly() {
        let base = Array("r.html".utf8)
        func parse(_ name: String) -> Leftovers.Suffix? { Leftovers.parse(Array(name.utf8), base: base) }
        let name = Prepared.unpredictableName(in: directory, for: "\(directory)/r.html", suffix: "tmp")
        #expect(parse(String(name.dropFirst(directory.count + 1))) == .tmp)
        #expect(parse(".r.html.0123456789abcdef.old") == .old)
        #expect(parse(".r.html.0123456789abcdeg.tmp") == nil)
        #expect(parse(".r.html.0123456789abcde.tmp") == nil)
        #expect(parse(".r.html.０123456789abcde.tmp") == nil)
        #expect(parse(".r.htmlx0123456789abcdef.tmp") == nil)
        #expect(parse("r.html.0123456789abcdef.tmp.") == nil)
        #expect(Leftovers.parse(Array(".r.html.0123456789abcdef.tmp".utf8), base: Array("r.htm".utf8)) == nil)
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
