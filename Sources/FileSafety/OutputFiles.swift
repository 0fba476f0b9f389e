#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// Writing a set of files all or nothing: every target is left as it was unless every file
/// was written in full.
///
/// Each file is first written to a temporary file in its target's directory: on Linux an
/// unnamed one (`O_TMPFILE`), which nothing outlives, not even `kill -9`; elsewhere one created
/// exclusively under an unpredictable name (`O_CREAT|O_EXCL|O_NOFOLLOW`), so that no link
/// planted in advance can redirect it, removed on failure and on SIGINT or SIGTERM (see
/// `TemporaryFiles`). Only when all are written are they moved into place, with SIGINT and
/// SIGTERM held off; if a move fails, the targets already replaced get their old contents back.
/// A writer killed with SIGKILL while moving files into place can leave a named temporary file
/// or backup beside a target, which a later write of that target clears (see `Leftovers`).
public enum OutputFiles {
    public struct Failure: Error, Hashable, Sendable {
        public enum Kind: Hashable, Sendable {
            /// The request itself is wrong (a path ending in `/`, a directory, a link): exit 3.
            case invalidTarget
            /// The system refused a write (a full disk, no permission): exit 4.
            case writeFailed
        }

        public var kind: Kind
        /// The target as the user named it.
        public var path: String
        /// Why, as a sentence's end: "No space left on device".
        public var reason: String

        public var message: String { "cannot write '\(path)': \(reason)" }
    }

    /// Writes every file or none. Directories above a target are created as needed.
    public static func write(_ files: [(path: String, bytes: [UInt8])]) throws(Failure) {
        try checkTargets(files.map(\.path))
        var prepared: [Prepared] = []
        defer { prepared.forEach { $0.discard() } }
        for file in files {
            prepared.append(try Prepared.write(file.bytes, for: file.path))
        }
        // Only once every file is written, so that a write that fails removes nothing.
        files.forEach { Leftovers.clear(besideTarget: $0.path) }
        try commit(prepared)
    }

    /// Refuses, before anything is written, a target that cannot be a file: a path ending in
    /// `/`, an existing directory, link, FIFO or device (renaming over it would replace it), or
    /// a target named twice.
    static func checkTargets(_ paths: [String]) throws(Failure) {
        var seen: Set<String> = []
        for path in paths {
            func refuse(_ reason: String) -> Failure { Failure(kind: .invalidTarget, path: path, reason: reason) }
            if path.isEmpty { throw refuse("the path is empty") }
            if path.hasSuffix("/") { throw refuse("the path ends in '/'; name the file to write, e.g. \(path)report") }
            if !seen.insert(path).inserted { throw refuse("it is named twice in one run") }
            var status = stat()
            if lstat(path, &status) == 0, status.st_mode & S_IFMT != S_IFREG {
                let kind = ReadableFile.Kind(mode: status.st_mode)
                throw refuse(
                    status.st_mode & S_IFMT == S_IFLNK
                        ? "it is a symbolic link; a report replaces only a regular file"
                        : "it is \(kind.phrase); a report replaces only a regular file")
            }
        }
    }

    /// Moves every prepared file into place, or none.
    private static func commit(_ prepared: [Prepared]) throws(Failure) {
        let done = try TemporaryFiles.holdingSignals { () throws(Failure) -> [Replaced] in
            var done: [Replaced] = []
            for file in prepared {
                do throws(Failure) {
                    done.append(try file.replaceTarget())
                } catch {
                    // Put back what was replaced, newest first, and remove what was new.
                    done.reversed().forEach { $0.undo() }
                    throw error
                }
            }
            return done
        }
        done.forEach { $0.keep() }
    }
}
