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
/// so a writer killed in the instant between naming its temporary file and renaming it leaves
/// `.<target>.<pid>.<random>.tmp`, and perhaps the backup `.<target>.<pid>.<random>.old` of the
/// old contents. The target itself is always whole, old or new. The next write of the same
/// target removes these, but only those whose writer is no longer running (a live writer's files
/// are in use), and only regular files. A backup whose target is missing (the writer had moved
/// the target aside where hard links are not allowed) is put back instead, so old contents are
/// never lost. Whether a writer is running is asked of this machine: a writer on another
/// machine sharing the directory is not told apart (its move would then fail, and it would
/// report that and leave its targets as they were).
enum Leftovers {
    /// Clears the leftovers of dead writers beside `target`.
    static func clear(besideTarget target: String) {
        let directory = Prepared.parent(of: target)
        let base = Prepared.baseName(of: target)
        for name in entries(of: directory) {
            guard let (writer, suffix) = parse(name, base: base), !isRunning(writer) else { continue }
            let path = "\(directory)/\(name)"
            var status = stat()
            guard lstat(path, &status) == 0, status.st_mode & S_IFMT == S_IFREG else { continue }
            if suffix == "old" && lstat(target, &status) != 0 && errno == ENOENT {
                rename(path, target)
            } else {
                unlink(path)
            }
        }
    }

    /// The writer's process id and the suffix, when `name` is `.<base>.<pid>.<16 hex>.<tmp|old>`.
    static func parse(_ name: String, base: String) -> (writer: pid_t, suffix: String)? {
        let prefix = ".\(base)."
        guard name.hasPrefix(prefix) else { return nil }
        let parts = name.dropFirst(prefix.count).split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[2] == "tmp" || parts[2] == "old",
              parts[1].count == 16, parts[1].allSatisfy(\.isHexDigit),
              !parts[0].isEmpty, parts[0].count <= 10, parts[0].allSatisfy(\.isASCII), parts[0].allSatisfy(\.isNumber),
              let writer = pid_t(parts[0]), writer > 0 else { return nil }
        return (writer, String(parts[2]))
    }

    /// Whether process `writer` exists. A process of another user (EPERM) counts as running.
    private static func isRunning(_ writer: pid_t) -> Bool {
        kill(writer, 0) == 0 || errno != ESRCH
    }

    /// The names in `directory`; none when it cannot be listed.
    private static func entries(of directory: String) -> [String] {
        guard let stream = opendir(directory) else { return [] }
        defer { closedir(stream) }
        var names: [String] = []
        while let entry = readdir(stream) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                String(decoding: raw.prefix(while: { $0 != 0 }), as: UTF8.self)
            }
            if name.hasPrefix(".") && name != "." && name != ".." { names.append(name) }
        }
        return names
    }
}
