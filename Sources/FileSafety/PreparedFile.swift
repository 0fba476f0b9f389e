#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// One file of an `OutputFiles` set, written in full to a temporary file beside its target
/// and not yet in place.
struct Prepared {
    let target: String
    let directory: String
    let bytes: [UInt8]
    /// The temporary file, open; unnamed when the system has `O_TMPFILE`.
    let descriptor: Int32
    /// The temporary file's name and its slot in `TemporaryFiles`, when it has one.
    let named: (path: String, slot: Int)?

    static func write(_ bytes: [UInt8], for target: String) throws(OutputFiles.Failure) -> Prepared {
        let directory = parent(of: target)
        try makeDirectories(directory, for: target)
        if let descriptor = openUnnamed(in: directory) {
            let file = Prepared(target: target, directory: directory, bytes: bytes, descriptor: descriptor, named: nil)
            try file.fill()
            return file
        }
        let (path, descriptor) = try createNamed(in: directory, for: target)
        let file = Prepared(
            target: target, directory: directory, bytes: bytes, descriptor: descriptor,
            named: (path, TemporaryFiles.register(path)))
        try file.fill()
        return file
    }

    /// Puts the file in place of its target, keeping the target's old contents until the
    /// whole set is in place.
    func replaceTarget() throws(OutputFiles.Failure) -> Replaced {
        let temporary: String
        if let named {
            temporary = named.path
        } else {
            temporary = try giveName()
        }
        var backup: String?
        var status = stat()
        // The old contents are held while their backup has a name, so that no other writer
        // takes the backup for a dead writer's leftover (see `Leftovers`).
        let old = open(target, O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC)
        if old >= 0 { Leftovers.hold(old) }
        if lstat(target, &status) == 0 {
            let name = Self.unpredictableName(in: directory, for: target, suffix: "old")
            // A hard link keeps the target in place while the backup exists; where links are
            // not allowed, the target is moved aside for the instant before the new one lands.
            if link(target, name) == 0 || rename(target, name) == 0 { backup = name }
        }
        guard rename(temporary, target) == 0 else {
            let reason = Self.systemReason()
            if let backup { rename(backup, target) }
            unlink(temporary)
            if old >= 0 { close(old) }
            throw OutputFiles.Failure(kind: .writeFailed, path: target, reason: reason)
        }
        return Replaced(target: target, backup: backup, held: old)
    }

    /// Closes the temporary file and removes it if it is still there.
    func discard() {
        close(descriptor)
        if let named {
            TemporaryFiles.unregister(named.slot)
            unlink(named.path)
        }
    }

    // MARK: Writing

    private func fill() throws(OutputFiles.Failure) {
        var offset = 0
        let failed: Int32? = bytes.withUnsafeBytes { buffer in
            while offset < buffer.count {
                let written = systemWrite(descriptor, buffer.baseAddress! + offset, buffer.count - offset)
                if written < 0 && errno == EINTR { continue }
                if written <= 0 { return written < 0 ? errno : ENOSPC }
                offset += written
            }
            return fsync(descriptor) == 0 ? nil : errno
        }
        if let failed {
            discard()
            throw OutputFiles.Failure(kind: .writeFailed, path: target, reason: String(cString: strerror(failed)))
        }
    }

    /// Links the unnamed file into its directory under an unpredictable name; if the system
    /// will not, writes the bytes again to a named temporary file.
    private func giveName() throws(OutputFiles.Failure) -> String {
        for _ in 0..<100 {
            let name = Self.unpredictableName(in: directory, for: target, suffix: "tmp")
            if linkat(AT_FDCWD, "/proc/self/fd/\(descriptor)", AT_FDCWD, name, AT_SYMLINK_FOLLOW) == 0 { return name }
            if errno != EEXIST { break }
        }
        let (path, fresh) = try Self.createNamed(in: directory, for: target)
        let copy = Prepared(
            target: target, directory: directory, bytes: bytes, descriptor: fresh, named: (path, TemporaryFiles.register(path)))
        try copy.fill()
        close(fresh)
        TemporaryFiles.unregister(copy.named!.slot)
        return path
    }

    /// Whether to try `O_TMPFILE` first; tests turn it off to exercise named temporary files.
    nonisolated(unsafe) static var unnamedFirst = true

    private static func openUnnamed(in directory: String) -> Int32? {
        guard unnamedFirst else { return nil }
        #if os(Linux)
            // O_TMPFILE is a macro Swift does not import: __O_TMPFILE (020000000) with O_DIRECTORY.
            let descriptor = open(directory, Int32(0o20000000) | O_DIRECTORY | O_WRONLY | O_CLOEXEC, mode_t(0o644))
            guard descriptor >= 0 else { return nil }
            Leftovers.hold(descriptor)
            return descriptor
        #else
            return nil
        #endif
    }

    private static func createNamed(in directory: String, for target: String) throws(OutputFiles.Failure) -> (String, Int32) {
        for _ in 0..<100 {
            let name = unpredictableName(in: directory, for: target, suffix: "tmp")
            let descriptor = open(name, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, mode_t(0o644))
            if descriptor >= 0 {
                Leftovers.hold(descriptor)
                return (name, descriptor)
            }
            if errno != EEXIST { break }
        }
        throw OutputFiles.Failure(kind: .writeFailed, path: target, reason: systemReason())
    }

    static func makeDirectories(_ directory: String, for target: String) throws(OutputFiles.Failure) {
        var path = directory.hasPrefix("/") ? "" : "."
        for component in directory.split(separator: "/") {
            path += "/" + component
            if mkdir(path, 0o755) != 0 && errno != EEXIST {
                throw OutputFiles.Failure(kind: .writeFailed, path: target, reason: systemReason())
            }
        }
        var status = stat()
        guard stat(directory, &status) == 0, status.st_mode & S_IFMT == S_IFDIR else {
            throw OutputFiles.Failure(kind: .invalidTarget, path: target, reason: "'\(directory)' is not a directory")
        }
    }

    // MARK: Names

    static func parent(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return "." }
        return slash == path.startIndex ? "/" : String(path[..<slash])
    }

    static func baseName(of target: String) -> String {
        target.split(separator: "/").last.map(String.init) ?? "output"
    }

    /// `.<name>.<16 random hex digits>.<suffix>` beside the target: hidden, and not guessable
    /// in advance by anyone who would plant a link there.
    static func unpredictableName(in directory: String, for target: String, suffix: String) -> String {
        let random = String(UInt64.random(in: .min ... .max), radix: 16)
        return "\(directory)/.\(baseName(of: target)).\(String(repeating: "0", count: 16 - random.count) + random).\(suffix)"
    }

    static func systemReason() -> String { String(cString: strerror(errno)) }
}

/// A target replaced by a set not yet complete: `undo` puts the old contents back, `keep`
/// lets them go.
struct Replaced {
    let target: String
    let backup: String?
    /// The old contents, open and held while the backup has a name; -1 when there were none.
    let held: Int32

    func undo() {
        if let backup { rename(backup, target) } else { unlink(target) }
        release()
    }

    func keep() {
        if let backup { unlink(backup) }
        release()
    }

    private func release() {
        if held >= 0 { close(held) }
    }
}

// The system call under a name of its own, so that `Prepared.write` does not find itself.
private func systemWrite(_ descriptor: Int32, _ buffer: UnsafeRawPointer, _ count: Int) -> Int { write(descriptor, buffer, count) }
