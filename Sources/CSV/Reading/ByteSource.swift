#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Where the reader's bytes come from: an open regular file, or an array in memory (tests, the
/// fuzzer). Both are read in chunks into the reader's buffer, so they take the same paths.
enum ByteSource {
    case file(descriptor: Int32)
    case memory(MemoryInput)

    /// Opens `path` for reading, refusing anything but a regular file.
    ///
    /// `O_NOFOLLOW` refuses a symbolic link as the last component (links in the directories
    /// above it are followed); `O_NONBLOCK` keeps a FIFO from blocking the open before `fstat`
    /// can refuse it.
    static func open(path: String, file: String) throws(CSV.Error) -> ByteSource {
        let descriptor = systemOpen(path, O_RDONLY | O_CLOEXEC | O_NOFOLLOW | O_NONBLOCK)
        guard descriptor >= 0 else {
            throw CSV.Error(.cannotOpen(problem(opening: path, errno: errno)), at: .wholeFile(file))
        }
        var status = stat()
        guard fstat(descriptor, &status) == 0 else {
            let code = errno
            systemClose(descriptor)
            throw CSV.Error(.cannotOpen(.other(errno: code)), at: .wholeFile(file))
        }
        guard status.st_mode & S_IFMT == S_IFREG else {
            systemClose(descriptor)
            throw CSV.Error(.cannotOpen(.notRegularFile(kind(of: status.st_mode))), at: .wholeFile(file))
        }
        let flags = fcntl(descriptor, F_GETFL)
        if flags >= 0 { _ = fcntl(descriptor, F_SETFL, flags & ~O_NONBLOCK) }
        return .file(descriptor: descriptor)
    }

    /// Reads up to `count` bytes into `destination`; 0 at the end of the input.
    mutating func read(into destination: UnsafeMutablePointer<UInt8>, count: Int) -> Result<Int, SystemError> {
        switch self {
        case .file(let descriptor):
            while true {
                let got = systemRead(descriptor, destination, count)
                if got >= 0 { return .success(got) }
                if errno != EINTR { return .failure(SystemError(code: errno)) }
            }
        case .memory(let input):
            return .success(input.read(into: destination, count: count))
        }
    }

    func close() {
        if case .file(let descriptor) = self { systemClose(descriptor) }
    }

    private static func problem(opening path: String, errno code: Int32) -> CSV.Error.FileProblem {
        switch code {
        case ENOENT, ENOTDIR: return .doesNotExist
        case EACCES, EPERM: return .permissionDenied
        default:
            // ELOOP (the last component is a link) and ENXIO (a socket) say more after a look.
            var status = stat()
            guard lstat(path, &status) == 0 else { return .other(errno: code) }
            if status.st_mode & S_IFMT == S_IFLNK { return .isSymbolicLink }
            if status.st_mode & S_IFMT != S_IFREG { return .notRegularFile(kind(of: status.st_mode)) }
            return .other(errno: code)
        }
    }

    private static func kind(of mode: mode_t) -> CSV.Error.FileKind {
        switch mode & S_IFMT {
        case S_IFDIR: return .directory
        case S_IFCHR: return .characterDevice
        case S_IFBLK: return .blockDevice
        case S_IFIFO: return .fifo
        case S_IFSOCK: return .socket
        default: return .unknown
        }
    }
}

/// An `errno` from a failed system call.
struct SystemError: Error {
    let code: Int32
}

/// Bytes in memory, handed out a chunk at a time.
final class MemoryInput {
    private let bytes: [UInt8]
    private var offset = 0

    init(_ bytes: [UInt8]) { self.bytes = bytes }

    func read(into destination: UnsafeMutablePointer<UInt8>, count: Int) -> Int {
        let taken = min(count, bytes.count - offset)
        guard taken > 0 else { return 0 }
        bytes.withUnsafeBufferPointer { source in
            destination.update(from: source.baseAddress! + offset, count: taken)
        }
        offset += taken
        return taken
    }
}

// The system calls under names of their own: inside `ByteSource`, `open`, `read` and `close`
// would find its members first.
private func systemOpen(_ path: String, _ flags: Int32) -> Int32 { open(path, flags) }
private func systemRead(_ descriptor: Int32, _ buffer: UnsafeMutableRawPointer, _ count: Int) -> Int {
    read(descriptor, buffer, count)
}
private func systemClose(_ descriptor: Int32) { _ = close(descriptor) }
