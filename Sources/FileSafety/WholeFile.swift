#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// Reading a whole file into memory once: straight into the array its reader uses, with no
/// buffer in between, so that a 200 MB file costs 200 MB and not twice that while it is read.
public enum WholeFile {
    public enum Failure: Error, Hashable, Sendable {
        case unreadable(ReadableFile.Problem)
        case tooLarge(bytes: Int, limit: Int)
    }

    /// The bytes of the regular file at `path` (see `ReadableFile.open`), refused before
    /// reading when larger than `limit`.
    public static func read(_ path: String, limit: Int) -> Result<[UInt8], Failure> {
        let descriptor: Int32
        let size: Int
        switch ReadableFile.open(path) {
        case .success(let file): (descriptor, size) = file
        case .failure(let problem): return .failure(.unreadable(problem))
        }
        defer { close(descriptor) }
        if size > limit { return .failure(.tooLarge(bytes: size, limit: limit)) }
        var failure: Int32 = 0
        var bytes = [UInt8](unsafeUninitializedCapacity: size) { buffer, count in
            count = readFully(descriptor, into: buffer, failure: &failure)
        }
        // The size is a hint: a file can grow while it is read.
        if failure == 0, bytes.count == size {
            var chunk = [UInt8](repeating: 0, count: 1 << 16)
            while failure == 0, bytes.count <= limit {
                let count = chunk.withUnsafeMutableBufferPointer { readFully(descriptor, into: $0, failure: &failure) }
                if count == 0 { break }
                bytes.append(contentsOf: chunk[..<count])
            }
        }
        if failure != 0 { return .failure(.unreadable(.other(errno: failure))) }
        if bytes.count > limit { return .failure(.tooLarge(bytes: bytes.count, limit: limit)) }
        return .success(bytes)
    }

    /// Reads until `buffer` is full or the file ends; the count read. On an error, sets
    /// `failure` to its errno and returns what was read before it.
    private static func readFully(_ descriptor: Int32, into buffer: UnsafeMutableBufferPointer<UInt8>, failure: inout Int32) -> Int {
        var count = 0
        while count < buffer.count {
            let result = systemRead(descriptor, buffer.baseAddress! + count, buffer.count - count)
            if result > 0 {
                count += result
            } else if result == 0 {
                break
            } else if errno != EINTR {
                failure = errno
                break
            }
        }
        return count
    }
}

// The system call under a name of its own, so that `WholeFile.read` does not find itself.
private func systemRead(_ descriptor: Int32, _ buffer: UnsafeMutableRawPointer, _ count: Int) -> Int { read(descriptor, buffer, count) }
