import CSV
import Foundation
import Testing

@Suite("Reading files: chunks, and paths that are not regular files")
struct FileTests {
    /// A fresh directory for one test, removed at the end of it.
    final class TemporaryDirectory {
        let path: String
        init() throws {
            path = FileManager.default.temporaryDirectory.appendingPathComponent("csv-tests-\(UUID().uuidString)").path
            try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: false)
        }
        deinit { try? FileManager.default.removeItem(atPath: path) }

        func write(_ name: String, _ text: String) throws -> String {
            let file = path + "/" + name
            try Data(text.utf8).write(to: URL(fileURLWithPath: file))
            return file
        }
    }

    /// The rendered error from opening `path`, or an issue when it opens.
    func openingError(_ path: String, displayName: String? = nil, sourceLocation: SourceLocation = #_sourceLocation) -> String? {
        do {
            _ = try CSV.Reader(path: path, displayName: displayName)
            Issue.record("expected an error", sourceLocation: sourceLocation)
            return nil
        } catch {
            return error.description
        }
    }

    @Test func readsAFileInChunksLikeMemory() throws {
        let directory = try TemporaryDirectory()
        var text = "ref,note,code\n"
        for index in 0..<500 {
            text += "NN-2025-\(index),\"line one, with a comma\nline \"\"two\"\"\",H\r\n"
        }
        let path = try directory.write("evidence.csv", text)
        for size in [7, 4096, 1 << 20] {
            let reader = try CSV.Reader(path: path, displayName: "evidence.csv", limits: .init(chunkBytes: size))
            var lines: [Int] = []
            var notes = Set<String>()
            try reader.forEachRow { row in
                lines.append(row.line)
                notes.insert(row.string(1))
            }
            #expect(lines == (0..<500).map { 2 + 2 * $0 })
            #expect(notes == ["line one, with a comma\nline \"two\""])
        }
    }

    @Test func errorsNameTheFileAsGiven() throws {
        let directory = try TemporaryDirectory()
        let path = try directory.write("bad.csv", "a,b\n1,2,3\n")
        do {
            try CSV.Reader(path: path, displayName: "Forces/kent/evidence/bad.csv").forEachRow { _ in }
            Issue.record("expected an error")
        } catch {
            #expect("\(error)".hasPrefix("Forces/kent/evidence/bad.csv:2:5: error: the row has 3 fields but the header has 2"))
        }
    }

    @Test func missingFile() throws {
        let directory = try TemporaryDirectory()
        #expect(openingError(directory.path + "/none.csv", displayName: "none.csv") == "none.csv: error: the file does not exist")
        #expect(openingError(directory.path + "/none/x.csv", displayName: "x.csv") == "x.csv: error: the file does not exist")
    }

    @Test func directory() throws {
        let directory = try TemporaryDirectory()
        #expect(openingError(directory.path, displayName: "dir") == "dir: error: the path is a directory, not a regular file")
    }

    @Test func symbolicLinkIsNotFollowed() throws {
        let directory = try TemporaryDirectory()
        let target = try directory.write("real.csv", "a\n1\n")
        try FileManager.default.createSymbolicLink(atPath: directory.path + "/link.csv", withDestinationPath: target)
        #expect(
            openingError(directory.path + "/link.csv", displayName: "link.csv")
                == "link.csv: error: the path is a symbolic link, which is not followed; give the file's own path")
    }

    @Test func fifoIsRefusedWithoutWaitingForAWriter() throws {
        let directory = try TemporaryDirectory()
        let path = directory.path + "/pipe.csv"
        try #require(mkfifo(path, 0o600) == 0)
        #expect(openingError(path, displayName: "pipe.csv") == "pipe.csv: error: the path is a FIFO (named pipe), not a regular file")
    }

    @Test func characterDevice() {
        #expect(openingError("/dev/null") == "/dev/null: error: the path is a character device, not a regular file")
    }

    @Test func permissionDenied() throws {
        // Root reads any file, so the refusal can only be seen as another user.
        guard getuid() != 0 else { return }
        let directory = try TemporaryDirectory()
        let path = try directory.write("secret.csv", "a\n1\n")
        try #require(chmod(path, 0) == 0)
        #expect(openingError(path, displayName: "secret.csv") == "secret.csv: error: permission to read the file is denied")
    }

    @Test func emptyFileOnDisk() throws {
        let directory = try TemporaryDirectory()
        let path = try directory.write("empty.csv", "")
        #expect(
            openingError(path, displayName: "empty.csv")
                == "empty.csv: error: the file is empty; a CSV file starts with a header row naming its columns")
    }

    @Test func wordingOfFileProblemsWithoutAFile() {
        #expect(CSV.Error.FileProblem.permissionDenied.message == "permission to read the file is denied")
        #expect(CSV.Error.FileProblem.notRegularFile(.socket).message == "the path is a socket, not a regular file")
        #expect(CSV.Error.FileProblem.other(errno: EIO).message == "the file cannot be opened: Input/output error")
        #expect(CSV.Error.Reason.readFailed(errno: EIO).message == "the file could not be read: Input/output error")
    }
}
