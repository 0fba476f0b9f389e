import FileSafety

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

    /// Opens `path` for reading, refusing anything but a regular file and a symbolic link as
    /// the last component (see `FileSafety.ReadableFile`).
    static func open(path: String, file: String) throws(CSV.Error) -> ByteSource {
        switch ReadableFile.open(path) {
        case .success(let opened): return .file(descriptor: opened.descriptor)
        case .failure(let problem): throw CSV.Error(.cannotOpen(CSV.Error.FileProblem(problem)), at: .wholeFile(file))
        }
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
private func systemRead(_ descriptor: Int32, _ buffer: UnsafeMutableRawPointer, _ count: Int) -> Int {
    read(descriptor, buffer, count)
}
private func systemClose(_ descriptor: Int32) { _ = close(descriptor) }
