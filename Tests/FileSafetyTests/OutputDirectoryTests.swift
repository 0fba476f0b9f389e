import Foundation
import Testing

@testable import FileSafety

/// A directory of files (a site) is written all or nothing, replacing only a directory it wrote,
/// leaving nothing beside it, and never following a link out.
@Suite("Writing a directory all or nothing", .serialized)
struct OutputDirectoryTests {
    let scratch: Scratch
    var site: String { "\(scratch.path)/site" }
    static let marker = ".written-by-test"

    init() throws {
        scratch = try Scratch()
    }

    func write(_ files: [(String, String)], to target: String? = nil) throws(OutputFiles.Failure) {
        try OutputDirectory.write(
            files.map { ($0.0, Array($0.1.utf8)) }, to: target ?? site, marker: Self.marker, markerText: "written by the test\n")
    }

    /// Every file under `directory`, with its contents, relative and sorted.
    func tree(_ directory: String) -> [String: String] {
        var out: [String: String] = [:]
        let enumerator = FileManager.default.enumerator(atPath: directory)
        while let name = enumerator?.nextObject() as? String {
            var isDirectory: ObjCBool = false
            FileManager.default.fileExists(atPath: "\(directory)/\(name)", isDirectory: &isDirectory)
            if !isDirectory.boolValue { out[name] = (try? String(contentsOfFile: "\(directory)/\(name)", encoding: .utf8)) ?? "?" }
        }
        return out
    }

    func beside() throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: scratch.path).filter { $0 != "inside" }.sorted()
    }

    @Test func aNewDirectoryGetsEveryFileAndTheMarker() throws {
        try write([("index.html", "<p>index</p>\n"), ("forces/a.html", "a\n"), ("reference/checks/x.y.html", "x\n")])
        #expect(
            tree(site) == [
                "index.html": "<p>index</p>\n", "forces/a.html": "a\n", "reference/checks/x.y.html": "x\n",
                Self.marker: "written by the test\n",
            ])
        #expect(try beside() == ["site"])
    }

    /// By one exchange where the system has it, and by two renames where it has not.
    @Test(arguments: [true, false])
    func anEarlierSiteIsReplacedWhole(exchange: Bool) throws {
        OutputDirectory.exchangeFirst = exchange
        defer { OutputDirectory.exchangeFirst = true }
        try write([("index.html", "old\n"), ("forces/gone.html", "gone\n")])
        try write([("index.html", "new\n"), ("forces/a.html", "a\n")])
        #expect(tree(site) == ["index.html": "new\n", "forces/a.html": "a\n", Self.marker: "written by the test\n"])
        #expect(try beside() == ["site"])
    }

    @Test func anEmptyDirectoryIsTaken() throws {
        try FileManager.default.createDirectory(atPath: site, withIntermediateDirectories: true)
        try write([("index.html", "new\n")])
        #expect(tree(site) == ["index.html": "new\n", Self.marker: "written by the test\n"])
    }

    @Test func aDirectoryWithFilesOfItsOwnIsRefusedAndLeftAlone() throws {
        try FileManager.default.createDirectory(atPath: site, withIntermediateDirectories: true)
        try "mine\n".write(toFile: "\(site)/notes.txt", atomically: true, encoding: .utf8)
        #expect(
            throws: OutputFiles.Failure(
                kind: .invalidTarget, path: site,
                reason:
                    "it is a directory with files in it that inspector did not write (it has no \(Self.marker)), and writing replaces the whole directory; name a new or empty directory"
            )
        ) { try write([("index.html", "new\n")]) }
        #expect(tree(site) == ["notes.txt": "mine\n"])
        #expect(try beside() == ["site"])
    }

    @Test func aLinkOrAFileIsRefused() throws {
        try FileManager.default.createDirectory(atPath: "\(scratch.path)/real", withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(atPath: site, withDestinationPath: "real")
        #expect(
            throws: OutputFiles.Failure(
                kind: .invalidTarget, path: site, reason: "it is a symbolic link; the site replaces only a directory it wrote")
        ) { try write([("index.html", "new\n")]) }
        try "a file\n".write(toFile: "\(scratch.path)/file", atomically: true, encoding: .utf8)
        #expect(
            throws: OutputFiles.Failure(kind: .invalidTarget, path: "\(scratch.path)/file", reason: "it is a regular file, not a directory")
        ) {
            try write([("index.html", "new\n")], to: "\(scratch.path)/file")
        }
        #expect(tree("\(scratch.path)/real").isEmpty)
    }

    @Test func aPathThatClimbsOutIsRefusedBeforeAnythingIsWritten() throws {
        #expect(
            throws: OutputFiles.Failure(
                kind: .invalidTarget, path: "\(site)/../escape.html", reason: "the path is not a plain relative path")
        ) {
            try write([("index.html", "new\n"), ("../escape.html", "x\n")])
        }
        #expect(try beside().isEmpty)
    }

    @Test func aFailedWriteLeavesTheOldSiteAsItWasAndNothingBeside() throws {
        try write([("index.html", "old\n")])
        // `forces` as a file and as a directory: the second cannot be made, after the first was.
        #expect(throws: OutputFiles.Failure.self) { try write([("forces", "a file\n"), ("forces/a.html", "a\n")]) }
        #expect(tree(site) == ["index.html": "old\n", Self.marker: "written by the test\n"])
        #expect(try beside() == ["site"])
    }

    @Test func aLinkInTheOldSiteIsRemovedNotFollowed() throws {
        try write([("index.html", "old\n")])
        try FileManager.default.createDirectory(atPath: "\(scratch.path)/inside/keep", withIntermediateDirectories: true)
        try "kept\n".write(toFile: "\(scratch.path)/inside/keep/file", atomically: true, encoding: .utf8)
        try FileManager.default.createSymbolicLink(atPath: "\(site)/link", withDestinationPath: "\(scratch.path)/inside/keep")
        try write([("index.html", "new\n")])
        #expect(tree(site) == ["index.html": "new\n", Self.marker: "written by the test\n"])
        #expect(tree("\(scratch.path)/inside/keep") == ["file": "kept\n"])
    }

    @Test func aDeadWritersDirectoryIsClearedAndALiveOnesKept() throws {
        let dead = "\(scratch.path)/.site.0123456789abcdef.tmp"
        let live = "\(scratch.path)/.site.fedcba9876543210.tmp"
        for directory in [dead, live] {
            try FileManager.default.createDirectory(atPath: "\(directory)/forces", withIntermediateDirectories: true)
            try "half\n".write(toFile: "\(directory)/forces/a.html", atomically: true, encoding: .utf8)
        }
        let held = open(live, O_RDONLY | O_DIRECTORY)
        #expect(held >= 0)
        defer { close(held) }
        Leftovers.hold(held)
        try write([("index.html", "new\n")])
        #expect(try beside() == [".site.fedcba9876543210.tmp", "site"])
    }
}
