import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// The directory a national set is built in, `<out>.partial-<pid>-<n>` beside `<out>`, and the
/// clearing of those that runs killed with SIGKILL left behind.
///
/// A run holds a shared `flock` on its partial directory for as long as it builds it; the
/// kernel drops the lock when the run dies, however it dies. Each run first removes every
/// partial directory beside its target that no one holds: a real directory (never a link)
/// named exactly `<out>.partial-<digits>-<digits>`, so no other file is taken for one.
struct PartialDirectory: ~Copyable {
    let path: String
    /// The open directory the lock is held on.
    private let descriptor: Int32

    /// Clears the abandoned partial directories beside `target` and creates a new one, locked.
    init(besideTarget target: String) throws(GenerationError) {
        Self.clearAbandoned(besideTarget: target)
        let manager = FileManager.default
        let parent = (target as NSString).deletingLastPathComponent
        if !parent.isEmpty {
            do {
                try manager.createDirectory(atPath: parent, withIntermediateDirectories: true)
            } catch {
                throw .cannotWrite(parent, reason: error.localizedDescription)
            }
        }
        var candidate = ""
        for attempt in 0..<100 {
            let stamp = (UInt64(Date().timeIntervalSince1970 * 1000) + UInt64(attempt)) % 1_000_000
            candidate = "\(target).partial-\(getpid())-\(stamp)"
            if mkdir(candidate, 0o755) == 0 { break }
            guard errno == EEXIST, attempt < 99 else {
                throw .cannotWrite(candidate, reason: String(cString: strerror(errno)))
            }
        }
        let descriptor = open(candidate, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC)
        guard descriptor >= 0, flock(descriptor, LOCK_SH) == 0 else {
            let reason = String(cString: strerror(errno))
            if descriptor >= 0 { close(descriptor) }
            try? manager.removeItem(atPath: candidate)
            throw .cannotWrite(candidate, reason: reason)
        }
        self.path = candidate
        self.descriptor = descriptor
    }

    deinit {
        close(descriptor)
    }

    /// Removes the directory (after a failure); the lock goes with the descriptor.
    consuming func remove() {
        try? FileManager.default.removeItem(atPath: path)
    }

    /// Removes each partial directory beside `target` that no running generation holds.
    static func clearAbandoned(besideTarget target: String) {
        let parent = (target as NSString).deletingLastPathComponent
        let base = (target as NSString).lastPathComponent
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: parent.isEmpty ? "." : parent) else { return }
        for name in names where isPartialName(name, of: base) {
            let path = parent.isEmpty ? name : (parent as NSString).appendingPathComponent(name)
            // O_NOFOLLOW: a link named like a partial directory is left alone.
            let descriptor = open(path, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC | O_NONBLOCK)
            guard descriptor >= 0 else { continue }
            defer { close(descriptor) }
            guard flock(descriptor, LOCK_EX | LOCK_NB) == 0 else { continue }  // a running generation's
            try? FileManager.default.removeItem(atPath: path)
        }
    }

    /// Whether `name` is `<base>.partial-<digits>-<digits>`.
    static func isPartialName(_ name: String, of base: String) -> Bool {
        let prefix = base + ".partial-"
        guard name.hasPrefix(prefix) else { return false }
        let parts = name.dropFirst(prefix.count).split(separator: "-", omittingEmptySubsequences: false)
        return parts.count == 2 && parts.allSatisfy { !$0.isEmpty && $0.allSatisfy { ("0"..."9").contains($0) } }
    }
}
