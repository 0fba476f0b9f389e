#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// Opening a file to read, the one way every reader here does it: a regular file only, never
/// through a symbolic link as the last component, never blocking on a FIFO, and every refusal
/// a plain sentence that is the same on every run.
public enum ReadableFile {
    /// Why a path cannot be read.
    public enum Problem: Hashable, Sendable, Error {
        case doesNotExist
        case permissionDenied
        /// The last component is a symbolic link, which is not followed.
        case isSymbolicLink
        /// Symbolic links that lead round in a loop (or too deep).
        case symbolicLinkLoop
        case notRegularFile(Kind)
        /// The path resolves to a place outside the directory it must stay in.
        case outside(directory: String)
        /// Anything else, by its `errno`.
        case other(errno: Int32)

        /// Reads after "cannot read the file: ".
        public var phrase: String {
            switch self {
            case .doesNotExist: return "no such file"
            case .permissionDenied: return "permission denied"
            case .isSymbolicLink: return "it is a symbolic link, which is not followed; give the file's own path"
            case .symbolicLinkLoop: return "its symbolic links lead round in a loop; point the link at the file itself"
            case .notRegularFile(.directory): return "it is a directory"
            case .notRegularFile(let kind): return "it is \(kind.phrase), not a regular file"
            case .outside(let directory):
                return "it leads outside \(directory) through a symbolic link, and nothing outside it is read; copy the file inside it"
            case .other(let code): return String(cString: strerror(code))
            }
        }
    }

    /// What a path names when it is not a regular file.
    public enum Kind: Hashable, Sendable {
        case directory, characterDevice, blockDevice, fifo, socket, unknown

        /// "a directory", "a FIFO (named pipe)", ...
        public var phrase: String {
            switch self {
            case .directory: return "a directory"
            case .characterDevice: return "a character device"
            case .blockDevice: return "a block device"
            case .fifo: return "a FIFO (named pipe)"
            case .socket: return "a socket"
            case .unknown: return "a special file"
            }
        }

        init(mode: mode_t) {
            switch mode & S_IFMT {
            case S_IFDIR: self = .directory
            case S_IFCHR: self = .characterDevice
            case S_IFBLK: self = .blockDevice
            case S_IFIFO: self = .fifo
            case S_IFSOCK: self = .socket
            default: self = .unknown
            }
        }
    }

    /// An open descriptor for the regular file at `path`, and its size; the caller closes it.
    ///
    /// `O_NOFOLLOW` refuses a symbolic link as the last component (a caller that allows links
    /// resolves and checks the path first, see `ContainedPath`); `O_NONBLOCK` keeps a FIFO from
    /// blocking the open before `fstat` can refuse it.
    public static func open(_ path: String) -> Result<(descriptor: Int32, size: Int), Problem> {
        let descriptor = systemOpen(path, O_RDONLY | O_CLOEXEC | O_NOFOLLOW | O_NONBLOCK)
        guard descriptor >= 0 else { return .failure(problem(opening: path, errno: errno)) }
        var status = stat()
        guard fstat(descriptor, &status) == 0 else {
            let code = errno
            close(descriptor)
            return .failure(.other(errno: code))
        }
        guard status.st_mode & S_IFMT == S_IFREG else {
            close(descriptor)
            return .failure(.notRegularFile(Kind(mode: status.st_mode)))
        }
        let flags = fcntl(descriptor, F_GETFL)
        if flags >= 0 { _ = fcntl(descriptor, F_SETFL, flags & ~O_NONBLOCK) }
        return .success((descriptor, Int(status.st_size)))
    }

    static func problem(opening path: String, errno code: Int32) -> Problem {
        switch code {
        case ENOENT, ENOTDIR: return .doesNotExist
        case EACCES, EPERM: return .permissionDenied
        default:
            // ELOOP (the last component is a link) and ENXIO (a socket) say more after a look.
            var status = stat()
            guard lstat(path, &status) == 0 else { return code == ELOOP ? .symbolicLinkLoop : .other(errno: code) }
            if status.st_mode & S_IFMT == S_IFLNK { return .isSymbolicLink }
            if status.st_mode & S_IFMT != S_IFREG { return .notRegularFile(Kind(mode: status.st_mode)) }
            return .other(errno: code)
        }
    }
}

// The system call under a name of its own, so that `ReadableFile.open` does not find itself.
private func systemOpen(_ path: String, _ flags: Int32) -> Int32 { open(path, flags) }
