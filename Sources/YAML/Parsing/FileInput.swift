import FileSafety

extension YAML.Document {
    /// Reads and parses one file, refusing it before reading when it exceeds the size limit.
    /// Only a regular file is read, and a symbolic link is not followed: a caller that allows
    /// links resolves the path first (`FileSafety.ContainedPath` checks where it leads).
    /// `displayName` (default: `path`) is what marks show.
    public static func load(path: String, displayName: String? = nil, limits: YAML.Limits = .default) throws(YAML.Error) -> YAML.Document {
        let name = displayName ?? path
        return try parse(FileInput.contents(ofFile: path, displayName: name, limit: limits.maxInputBytes), file: name, limits: limits)
    }
}

/// Reading a file into memory once (see `FileSafety.WholeFile`), with the YAML layer's errors.
enum FileInput {
    /// The file's bytes, refused before reading when larger than `limit`.
    /// - Throws: `YAML.Error` at line 1, column 1 of `displayName`: `unreadableFile` (no such
    ///   file, a directory, permission denied, ...) or `inputTooLarge`.
    static func contents(ofFile path: String, displayName: String, limit: Int) throws(YAML.Error) -> [UInt8] {
        switch WholeFile.read(path, limit: limit) {
        case .success(let bytes):
            return bytes
        case .failure(.unreadable(let problem)):
            throw YAML.Error(.unreadableFile(problem.phrase), at: YAML.Mark(file: displayName, line: 1, column: 1))
        case .failure(.tooLarge(let bytes, let limit)):
            throw YAML.Error(.inputTooLarge(bytes: bytes, limit: limit), at: YAML.Mark(file: displayName, line: 1, column: 1))
        }
    }
}
