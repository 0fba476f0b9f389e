#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// What a writer killed with SIGKILL can leave beside a target, and clearing it on the next write.
///
/// No signal handler runs on `kill -9`, and a file cannot be moved into place without a name,
/// so a writer killed while moving its files into place (or, where there is no unnamed
/// temporary file, while writing) leaves `.<target>.<random>.tmp`, and perhaps the backup
/// `.<target>.<random>.old` of the target's old contents.
///
/// A writer holds a shared `flock` on each of its temporary files and backups for as long as
/// they have those names, and the kernel drops it when the writer dies, however it dies. The
/// next write of the same target removes each such file that no one holds, a regular file
/// only, never through a link; it keeps a backup whose target is missing (where hard links
/// are not allowed the target is moved aside to make the backup, so it may be the only copy
/// of the old contents). Names are compared byte for byte, so no other file's leftovers are
/// taken for the target's.
enum Leftovers {
    /// Removes the leftovers of dead writers beside `target`.
    static func clear(besideTarget target: String) {
        guard let stream = opendir(Prepared.parent(of: target)) else { return }
        defer { closedir(stream) }
        let folder = dirfd(stream)
        let base = Array(Prepared.baseName(of: target).utf8)
        while let entry = readdir(stream) {
            var name = withUnsafeBytes(of: entry.pointee.d_name) { Array($0.prefix(while: { $0 != 0 })) }
            guard let suffix = parse(name, base: base) else { continue }
            name.append(0)
            name.withUnsafeBufferPointer { raw in
                raw.withMemoryRebound(to: CChar.self) {
                    removeIfAbandoned($0.baseAddress!, in: folder, backup: suffix == .old, target: target)
                }
            }
        }
    }

    enum Suffix { case tmp, old }

    /// The suffix when `name` is `.<base>.<16 lower-case hex digits>.tmp` (or `.old`), in bytes.
    static func parse(_ name: [UInt8], base: [UInt8]) -> Suffix? {
        let dot = UInt8(ascii: ".")
        guard name.count == base.count + 22, name.first == dot, name[1...base.count].elementsEqual(base),
            name[base.count + 1] == dot, name[base.count + 18] == dot
        else { return nil }
        let random = name[(base.count + 2)..<(base.count + 18)]
        guard
            random.allSatisfy({
                (UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0) || (UInt8(ascii: "a")...UInt8(ascii: "f")).contains($0)
            })
        else { return nil }
        switch Array(name.suffix(3)) {
        case Array("tmp".utf8): return .tmp
        case Array("old".utf8): return .old
        default: return nil
        }
    }

    /// Removes `name` in `folder` if it is a regular file no running writer holds; a backup only
    /// while its target exists.
    private static func removeIfAbandoned(_ name: UnsafePointer<CChar>, in folder: Int32, backup: Bool, target: String) {
        let descriptor = openat(folder, name, O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC)
        guard descriptor >= 0 else { return }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0, status.st_mode & S_IFMT == S_IFREG,
            flock(descriptor, LOCK_EX | LOCK_NB) == 0
        else { return }
        if backup {
            var present = stat()
            guard lstat(target, &present) == 0 else { return }
        }
        unlinkat(folder, name, 0)
    }

    /// Marks a temporary file or backup as its running writer's (see above).
    static func hold(_ descriptor: Int32) {
        _ = flock(descriptor, LOCK_SH)
    }
}
