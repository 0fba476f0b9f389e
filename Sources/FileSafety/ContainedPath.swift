#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// Paths that must stay inside a directory (the project root, a force's directory). A symbolic
/// link inside the directory is followed only when where it leads is inside it too; the check
/// is made on the fully resolved path, so no chain of links or `..` gets round it.
public struct ContainedPath: Sendable {
    /// The directory, fully resolved; nil when it does not exist.
    public let directory: String?
    /// The directory as messages show it.
    public let display: String

    public init(directory: String, display: String) {
        self.directory = Self.realPath(directory)
        self.display = display
    }

    /// The fully resolved path of `path` when it exists and is inside the directory.
    public func resolve(_ path: String) -> Result<String, ReadableFile.Problem> {
        guard let resolved = Self.realPath(path) else {
            let code = errno
            switch code {
            case ENOENT, ENOTDIR: return .failure(.doesNotExist)
            case ELOOP: return .failure(.symbolicLinkLoop)
            case EACCES: return .failure(.permissionDenied)
            default: return .failure(.other(errno: code))
            }
        }
        guard let directory, Self.isInside(resolved, directory) else { return .failure(.outside(directory: display)) }
        return .success(resolved)
    }

    /// Opens the regular file at `path` after checking that it stays inside the directory.
    public func open(_ path: String) -> Result<(descriptor: Int32, size: Int), ReadableFile.Problem> {
        resolve(path).flatMap(ReadableFile.open)
    }

    public static func isInside(_ path: String, _ directory: String) -> Bool {
        path == directory || path.hasPrefix(directory.hasSuffix("/") ? directory : directory + "/")
    }

    /// `realpath(3)`: every link, `.` and `..` resolved; nil (with `errno` set) when it fails.
    public static func realPath(_ path: String) -> String? {
        guard let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }
}
