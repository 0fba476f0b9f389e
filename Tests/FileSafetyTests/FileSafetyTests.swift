import FileSafety
import Foundation
import Testing

/// A scratch directory with a file, a directory, a FIFO and links, removed afterwards.
final class Scratch {
    let path = FileManager.default.temporaryDirectory.appendingPathComponent("filesafety-\(UUID().uuidString)").path
    let outside = FileManager.default.temporaryDirectory.appendingPathComponent("filesafety-outside-\(UUID().uuidString)").path

    init() throws {
        let files = FileManager.default
        try files.createDirectory(atPath: "\(path)/inside", withIntermediateDirectories: true)
        try "kept: yes\n".write(toFile: "\(path)/inside/file.yaml", atomically: true, encoding: .utf8)
        try "secret: no\n".write(toFile: outside, atomically: true, encoding: .utf8)
        try files.createSymbolicLink(atPath: "\(path)/inside/link-in.yaml", withDestinationPath: "file.yaml")
        try files.createSymbolicLink(atPath: "\(path)/inside/link-out.yaml", withDestinationPath: outside)
        try files.createSymbolicLink(atPath: "\(path)/inside/loop-a", withDestinationPath: "loop-b")
        try files.createSymbolicLink(atPath: "\(path)/inside/loop-b", withDestinationPath: "loop-a")
        #expect(mkfifo("\(path)/inside/fifo", 0o600) == 0)
    }

    deinit {
        try? FileManager.default.removeItem(atPath: path)
        try? FileManager.default.removeItem(atPath: outside)
    }
}

@Suite("Opening files to read")
struct ReadableFileTests {
    @Test func aRegularFileOpensWithItsSize() throws {
        let scratch = try Scratch()
        let opened = try ReadableFile.open("\(scratch.path)/inside/file.yaml").get()
        defer { close(opened.descriptor) }
        #expect(opened.size == 10)
    }

    @Test func anythingButARegularFileIsRefusedAtOnce() throws {
        let scratch = try Scratch()
        // The FIFO has no writer: without O_NONBLOCK the open would wait for ever.
        #expect(ReadableFile.open("\(scratch.path)/inside/fifo").failure == .notRegularFile(.fifo))
        #expect(ReadableFile.open("\(scratch.path)/inside").failure == .notRegularFile(.directory))
        #expect(ReadableFile.open("/dev/null").failure == .notRegularFile(.characterDevice))
        #expect(ReadableFile.open("\(scratch.path)/inside/link-in.yaml").failure == .isSymbolicLink)
        #expect(ReadableFile.open("\(scratch.path)/inside/loop-a").failure == .isSymbolicLink)
        #expect(ReadableFile.open("\(scratch.path)/inside/nowhere").failure == .doesNotExist)
    }

    @Test func everyRefusalIsAPlainSentence() {
        #expect(ReadableFile.Problem.notRegularFile(.fifo).phrase == "it is a FIFO (named pipe), not a regular file")
        #expect(
            ReadableFile.Problem.symbolicLinkLoop.phrase == "its symbolic links lead round in a loop; point the link at the file itself")
        #expect(
            ReadableFile.Problem.outside(directory: "the project root").phrase
                == "it leads outside the project root through a symbolic link, and nothing outside it is read; copy the file inside it")
        #expect(ReadableFile.Problem.other(errno: EIO).phrase == "Input/output error")
    }

    @Test func aWholeFileLargerThanTheLimitIsRefusedBeforeItIsRead() throws {
        let scratch = try Scratch()
        #expect(WholeFile.read("\(scratch.path)/inside/file.yaml", limit: 9).failure == .tooLarge(bytes: 10, limit: 9))
        #expect(try WholeFile.read("\(scratch.path)/inside/file.yaml", limit: 10).get() == Array("kept: yes\n".utf8))
    }
}

@Suite("Paths that stay inside a directory")
struct ContainedPathTests {
    @Test func aLinkIsFollowedOnlyWhileItStaysInside() throws {
        let scratch = try Scratch()
        let contained = ContainedPath(directory: "\(scratch.path)/inside", display: "the force's directory")
        #expect(try contained.resolve("\(scratch.path)/inside/link-in.yaml").get().hasSuffix("/inside/file.yaml"))
        #expect(contained.resolve("\(scratch.path)/inside/link-out.yaml").failure == .outside(directory: "the force's directory"))
        #expect(
            contained.resolve("\(scratch.path)/inside/../../\(URL(fileURLWithPath: scratch.outside).lastPathComponent)").failure
                == .outside(directory: "the force's directory"))
        #expect(contained.resolve("\(scratch.path)/inside/loop-a").failure == .symbolicLinkLoop)
        #expect(contained.resolve("\(scratch.path)/inside/nowhere").failure == .doesNotExist)
    }

    @Test func openingThroughTheDirectoryRefusesWhatIsNotARegularFileInside() throws {
        let scratch = try Scratch()
        let contained = ContainedPath(directory: "\(scratch.path)/inside", display: "the root")
        let opened = try contained.open("\(scratch.path)/inside/link-in.yaml").get()
        close(opened.descriptor)
        #expect(contained.open("\(scratch.path)/inside/fifo").failure == .notRegularFile(.fifo))
        #expect(contained.open("\(scratch.path)/inside/link-out.yaml").failure == .outside(directory: "the root"))
    }

    @Test func aDirectoryIsInsideItselfButNotInsideItsNamesakes() {
        #expect(ContainedPath.isInside("/a/b", "/a/b"))
        #expect(ContainedPath.isInside("/a/b/c", "/a/b"))
        #expect(!ContainedPath.isInside("/a/bc", "/a/b"))
    }
}

extension Result {
    var failure: Failure? {
        if case .failure(let failure) = self { return failure }
        return nil
    }
}
