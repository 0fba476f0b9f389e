#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// Writing a whole directory of files (a static site) all or nothing: the directory is built in
/// full beside its target, under an unpredictable hidden name, every file and directory synced,
/// and only then swapped into place, so that a reader sees the old directory or the new one,
/// never a mixture, and a failed or interrupted write leaves the old one as it was.
///
/// The swap is one `renameat2(RENAME_EXCHANGE)` where the system has it (Linux): the target
/// is never absent, not even for an instant. Elsewhere the old directory is moved aside and the
/// new one moved in, with SIGINT, SIGTERM and SIGHUP held, and moved back if the second move
/// fails. The old directory is then removed, its links removed and never followed.
///
/// Because the target is replaced as a whole, it must be absent, an empty directory, or a
/// directory this writer made (it holds the `marker` file): a mistyped `--out .` or `--out ~`
/// is refused before anything is written. A writer killed while building leaves its hidden
/// directory beside the target; the next write of the same target removes every such directory
/// that no running writer holds (each writer holds a lock on its own; see `Leftovers`).
public enum OutputDirectory {
    /// Writes `files` (paths relative to the target, `/`-separated, no `.` or `..`) and the
    /// `marker` file (with `markerText`) as the directory `target`, replacing what was there.
    public static func write(
        _ files: [(path: String, bytes: [UInt8])], to target: String, marker: String, markerText: String
    ) throws(OutputFiles.Failure) {
        let target = target.count > 1 && target.hasSuffix("/") ? String(target.dropLast()) : target
        try checkTarget(target, marker: marker)
        try checkPaths(files.map(\.path) + [marker], target: target)
        let parent = Prepared.parent(of: target)
        try Prepared.makeDirectories(parent, for: target)
        clearLeftovers(besideTarget: target)
        let building = try makeBuildingDirectory(for: target, in: parent)
        defer { close(building.descriptor) }
        do throws(OutputFiles.Failure) {
            var directories: Set<String> = []
            for file in files + [(marker, Array(markerText.utf8))] {
                try writeFile(file.bytes, at: file.path, under: building.path, directories: &directories, target: target)
            }
            for directory in directories.sorted().reversed() + [""] {
                syncDirectory(directory.isEmpty ? building.path : "\(building.path)/\(directory)")
            }
            try swap(building.path, into: target)
        } catch {
            removeTree(building.path)
            throw error
        }
        syncDirectory(parent)
        // After the exchange the building path holds the old directory; after a plain rename, nothing.
        removeTree(building.path)
    }

    /// Refuses, before anything is written, a target that is a link, not a directory, or a
    /// directory with contents that this writer did not make.
    static func checkTarget(_ target: String, marker: String) throws(OutputFiles.Failure) {
        func refuse(_ reason: String) -> OutputFiles.Failure { OutputFiles.Failure(kind: .invalidTarget, path: target, reason: reason) }
        if target.isEmpty { throw refuse("the path is empty") }
        var status = stat()
        guard lstat(target, &status) == 0 else { return }
        switch status.st_mode & S_IFMT {
        case S_IFDIR: break
        case S_IFLNK: throw refuse("it is a symbolic link; the site replaces only a directory it wrote")
        case S_IFREG: throw refuse("it is a regular file, not a directory")
        default: throw refuse("it is \(ReadableFile.Kind(mode: status.st_mode).phrase), not a directory")
        }
        guard let stream = opendir(target) else { throw refuse(Prepared.systemReason()) }
        defer { closedir(stream) }
        var names: [String] = []
        while let entry = readdir(stream) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { String(decoding: $0.prefix { $0 != 0 }, as: UTF8.self) }
            if name != "." && name != ".." { names.append(name) }
        }
        guard !names.isEmpty else { return }
        var markerStatus = stat()
        guard names.contains(marker), lstat("\(target)/\(marker)", &markerStatus) == 0, markerStatus.st_mode & S_IFMT == S_IFREG else {
            throw refuse(
                "it is a directory with files in it that inspector did not write (it has no \(marker)), and writing replaces the whole directory; name a new or empty directory"
            )
        }
    }

    /// Every path relative, with no empty, `.` or `..` component, and none named twice.
    static func checkPaths(_ paths: [String], target: String) throws(OutputFiles.Failure) {
        var seen: Set<String> = []
        for path in paths {
            let components = path.split(separator: "/", omittingEmptySubsequences: false)
            guard !path.hasPrefix("/"), !components.contains(where: { $0.isEmpty || $0 == "." || $0 == ".." }) else {
                throw OutputFiles.Failure(kind: .invalidTarget, path: "\(target)/\(path)", reason: "the path is not a plain relative path")
            }
            guard seen.insert(path).inserted else {
                throw OutputFiles.Failure(kind: .invalidTarget, path: "\(target)/\(path)", reason: "it is named twice in one run")
            }
        }
    }

    // MARK: Building

    /// `.<name>.<16 hex digits>.tmp` beside the target, created exclusively and held with a
    /// shared lock for as long as this writer lives.
    private static func makeBuildingDirectory(
        for target: String, in parent: String
    ) throws(OutputFiles.Failure)
        -> (path: String, descriptor: Int32)
    {
        for _ in 0..<100 {
            let path = Prepared.unpredictableName(in: parent, for: target, suffix: "tmp")
            if mkdir(path, 0o755) == 0 {
                let descriptor = open(path, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC)
                guard descriptor >= 0 else {
                    let reason = Prepared.systemReason()
                    rmdir(path)
                    throw OutputFiles.Failure(kind: .writeFailed, path: target, reason: reason)
                }
                Leftovers.hold(descriptor)
                return (path, descriptor)
            }
            if errno != EEXIST { break }
        }
        throw OutputFiles.Failure(kind: .writeFailed, path: target, reason: Prepared.systemReason())
    }

    private static func writeFile(
        _ bytes: [UInt8], at relative: String, under root: String, directories: inout Set<String>, target: String
    ) throws(OutputFiles.Failure) {
        func failure(_ reason: String = Prepared.systemReason()) -> OutputFiles.Failure {
            OutputFiles.Failure(kind: .writeFailed, path: "\(target)/\(relative)", reason: reason)
        }
        var directory = ""
        for component in relative.split(separator: "/").dropLast() {
            directory += directory.isEmpty ? String(component) : "/" + component
            if directories.insert(directory).inserted, mkdir("\(root)/\(directory)", 0o755) != 0, errno != EEXIST { throw failure() }
        }
        let descriptor = open("\(root)/\(relative)", O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, mode_t(0o644))
        guard descriptor >= 0 else { throw failure() }
        defer { close(descriptor) }
        var offset = 0
        let failed: Int32? = bytes.withUnsafeBytes { buffer in
            while offset < buffer.count {
                let written = directoryWrite(descriptor, buffer.baseAddress! + offset, buffer.count - offset)
                if written < 0 && errno == EINTR { continue }
                if written <= 0 { return written < 0 ? errno : ENOSPC }
                offset += written
            }
            return fsync(descriptor) == 0 ? nil : errno
        }
        if let failed { throw failure(String(cString: strerror(failed))) }
    }

    private static func syncDirectory(_ path: String) {
        let descriptor = open(path, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard descriptor >= 0 else { return }
        fsync(descriptor)
        close(descriptor)
    }

    // MARK: Swapping

    /// Puts the built directory in place of the target: exchanged with it when it exists and
    /// the system can, otherwise by two renames, undone if the second fails.
    private static func swap(_ built: String, into target: String) throws(OutputFiles.Failure) {
        try TemporaryFiles.holdingSignals { () throws(OutputFiles.Failure) in
            var status = stat()
            guard lstat(target, &status) == 0 else {
                guard rename(built, target) == 0 else { throw OutputFiles.Failure(kind: .writeFailed, path: target, reason: reason()) }
                return
            }
            if exchangeFirst, let exchange = renameExchange, exchange(AT_FDCWD, built, AT_FDCWD, target, 2) == 0 { return }
            let aside = Prepared.unpredictableName(in: Prepared.parent(of: target), for: target, suffix: "old")
            guard rename(target, aside) == 0 else { throw OutputFiles.Failure(kind: .writeFailed, path: target, reason: reason()) }
            guard rename(built, target) == 0 else {
                let why = reason()
                rename(aside, target)
                throw OutputFiles.Failure(kind: .writeFailed, path: target, reason: why)
            }
            // The old directory goes where the caller removes it from.
            rename(aside, built)
        }
    }

    private static func reason() -> String { Prepared.systemReason() }

    /// Whether to try the one-step exchange first; tests turn it off to exercise the two renames.
    nonisolated(unsafe) static var exchangeFirst = true

    /// `renameat2(2)`, looked up at run time: Swift's Glibc module does not import it, and
    /// where the C library lacks it the two renames are used instead.
    private typealias RenameAt2 = @convention(c) (Int32, UnsafePointer<CChar>, Int32, UnsafePointer<CChar>, UInt32) -> Int32
    private static let renameExchange: RenameAt2? = {
        #if os(Linux)
            guard let symbol = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "renameat2") else { return nil }
            return unsafeBitCast(symbol, to: RenameAt2.self)
        #else
            return nil
        #endif
    }()

    // MARK: Removing

    /// Removes a directory tree: links are removed, never followed; nothing outside is touched.
    static func removeTree(_ path: String) {
        let descriptor = open(path, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC)
        guard descriptor >= 0 else {
            unlink(path)
            return
        }
        removeContents(of: descriptor)
        rmdir(path)
    }

    /// Empties the directory open at `descriptor` (and closes it).
    private static func removeContents(of descriptor: Int32) {
        guard let stream = fdopendir(descriptor) else {
            close(descriptor)
            return
        }
        defer { closedir(stream) }
        var names: [[CChar]] = []
        while let entry = readdir(stream) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { Array($0.prefix { $0 != 0 }).map { CChar(bitPattern: $0) } }
            if name != [46] && name != [46, 46] { names.append(name + [0]) }
        }
        let folder = dirfd(stream)
        for name in names {
            name.withUnsafeBufferPointer { buffer in
                let child = openat(folder, buffer.baseAddress!, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC)
                if child >= 0 {
                    removeContents(of: child)
                    unlinkat(folder, buffer.baseAddress!, AT_REMOVEDIR)
                } else {
                    unlinkat(folder, buffer.baseAddress!, 0)
                }
            }
        }
    }

    /// Removes the building directories (`.tmp`) and directories moved aside (`.old`) of dead
    /// writers beside `target`: a directory only, never through a link, and only when no
    /// running writer holds it.
    static func clearLeftovers(besideTarget target: String) {
        let parent = Prepared.parent(of: target)
        guard let stream = opendir(parent) else { return }
        var abandoned: [String] = []
        let base = Array(Prepared.baseName(of: target).utf8)
        while let entry = readdir(stream) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { Array($0.prefix { $0 != 0 }) }
            guard Leftovers.parse(name, base: base) != nil else { continue }
            let path = "\(parent)/\(String(decoding: name, as: UTF8.self))"
            let descriptor = open(path, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC)
            guard descriptor >= 0 else { continue }
            if flock(descriptor, LOCK_EX | LOCK_NB) == 0 { abandoned.append(path) }
            close(descriptor)
        }
        closedir(stream)
        abandoned.forEach(removeTree)
    }
}

// The system call under a name of its own, so that `OutputDirectory.write` does not find itself.
private func directoryWrite(_ descriptor: Int32, _ buffer: UnsafeRawPointer, _ count: Int) -> Int { write(descriptor, buffer, count) }
