#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

extension YAML.Document {
    /// Reads and parses one file, refusing it before reading when it exceeds the size limit.
    /// `displayName` (default: `path`) is what marks show.
    public static func load(path: String, displayName: String? = nil, limits: YAML.Limits = .default) throws(YAML.Error) -> YAML.Document {
        let name = displayName ?? path
        return try parse(FileInput.contents(ofFile: path, displayName: name, limit: limits.maxInputBytes), file: name, limits: limits)
    }
}

/// Reading a file into memory once: straight into the array parsing reads, with no buffer in
/// between, so that a 200 MB file costs 200 MB and not twice that while it is read.
enum FileInput {
    /// The file's bytes, refused before reading when larger than `limit`.
    /// - Throws: `YAML.Error` at line 1, column 1 of `displayName`: `unreadableFile` (no such
    ///   file, a directory, permission denied, ...) or `inputTooLarge`.
    static func contents(ofFile path: String, displayName: String, limit: Int) throws(YAML.Error) -> [UInt8] {
        let start = YAML.Mark(file: displayName, line: 1, column: 1)
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { throw YAML.Error(.unreadableFile(reason(errno)), at: start) }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0 else { throw YAML.Error(.unreadableFile(reason(errno)), at: start) }
        if status.st_mode & S_IFMT == S_IFDIR {
            throw YAML.Error(.unreadableFile("it is a directory"), at: start)
        }
        let size = Int(status.st_size)
        if size > limit { throw YAML.Error(.inputTooLarge(bytes: size, limit: limit), at: start) }
        var failure: Int32 = 0
        var bytes = [UInt8](unsafeUninitializedCapacity: size) { buffer, count in
            count = readFully(descriptor, into: buffer, failure: &failure)
        }
        // The size is a hint: a pipe says 0, and a file can grow while it is read.
        if failure == 0, bytes.count == size {
            var chunk = [UInt8](repeating: 0, count: 1 << 16)
            while failure == 0, bytes.count <= limit {
                let count = chunk.withUnsafeMutableBufferPointer { readFully(descriptor, into: $0, failure: &failure) }
                if count == 0 { break }
                bytes.append(contentsOf: chunk[..<count])
            }
        }
        if failure != 0 { throw YAML.Error(.unreadableFile(reason(failure)), at: start) }
        if bytes.count > limit { throw YAML.Error(.inputTooLarge(bytes: bytes.count, limit: limit), at: start) }
        return bytes
    }

    /// Reads until `buffer` is full or the file ends; the count read. On an error, sets
    /// `failure` to its errno and returns what was read before it.
    private static func readFully(_ descriptor: Int32, into buffer: UnsafeMutableBufferPointer<UInt8>, failure: inout Int32) -> Int {
        var count = 0
        while count < buffer.count {
            let result = read(descriptor, buffer.baseAddress! + count, buffer.count - count)
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

    /// What went wrong, as the message's end: "cannot read the file: no such file".
    private static func reason(_ code: Int32) -> String {
        switch code {
        case ENOENT: return "no such file"
        case EACCES: return "permission denied"
        case EISDIR: return "it is a directory"
        default: return String(cString: strerror(code))
        }
    }
}
