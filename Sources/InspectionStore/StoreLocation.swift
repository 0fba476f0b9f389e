import Foundation

/// Where the run history lives: `--store PATH`, else `INSPECTOR_STORE`, else
/// `.inspector/history.sqlite` under the project root.
///
/// The default place must stay inside the project root: a `.inspector` directory or store
/// file that is a symbolic link is refused, since following it would write outside the root.
/// A path the user named is theirs to choose, but it must be (or become) a regular file.
public struct StoreLocation: Sendable, Hashable {
    /// The path as given or built, for messages.
    public var path: String
    /// Whether it is the default place under the project root.
    public var isDefault: Bool

    /// The directory under the project root and the file in it.
    public static let defaultDirectory = ".inspector"
    public static let defaultFile = "history.sqlite"
    /// The environment variable naming another store.
    public static let environmentVariable = "INSPECTOR_STORE"

    public init(path: String, isDefault: Bool) {
        self.path = path
        self.isDefault = isDefault
    }

    /// The store a command uses: the option, then the environment, then the default.
    public static func resolve(option: String?, environment: [String: String], root: String) -> StoreLocation {
        if let option, !option.isEmpty { return StoreLocation(path: option, isDefault: false) }
        if let named = environment[environmentVariable], !named.isEmpty { return StoreLocation(path: named, isDefault: false) }
        let directory = root == "." || root.isEmpty ? defaultDirectory : (root as NSString).appendingPathComponent(defaultDirectory)
        return StoreLocation(path: (directory as NSString).appendingPathComponent(defaultFile), isDefault: true)
    }

    /// Whether a file is there (of any kind).
    public var exists: Bool {
        var status = stat()
        return lstat(path, &status) == 0
    }

    /// The path SQLite is given. SQLite may read a name beginning `file:` as a URI (Debian's
    /// SQLite always does), and would then open another file than the one checked here, so
    /// such a relative path is given as `./file:…`: the store is opened by its path only.
    var sqlitePath: String { path.hasPrefix("file:") ? "./" + path : path }

    /// The directory the store is in (`.` for a bare file name). Not `NSString`'s
    /// `deletingLastPathComponent`, which traps on a one-character name in
    /// swift-corelibs-foundation.
    var directory: String {
        guard let slash = path.utf8.lastIndex(of: UInt8(ascii: "/")) else { return "." }
        if slash == path.utf8.startIndex { return "/" }
        return String(path[..<slash])
    }

    /// The files SQLite keeps beside the store: the write-ahead log, its shared-memory index,
    /// and the rollback journal of a store not in WAL mode.
    public var companions: [String] { ["-wal", "-shm", "-journal"].map { path + $0 } }

    /// Where the file as it was is kept before migrating it from schema `version`.
    func backupPath(schema version: Int) -> String { "\(path).schema-\(version).bak" }

    /// Whether this user may create files in the store's directory (SQLite needs to, for the
    /// WAL's shared-memory file).
    var directoryIsWritable: Bool { access(directory, W_OK) == 0 }

    /// Whether the file is there and holds anything (an empty file is a new store to SQLite).
    var hasContent: Bool {
        var status = stat()
        return stat(path, &status) == 0 && status.st_size > 0
    }

    /// Refuses a place that is not a regular file, and a default place reached through a
    /// symbolic link. Creates the directory when `create` is set.
    func prepare(create: Bool) throws(StoreError) {
        if isDefault {
            var status = stat()
            if lstat(directory, &status) == 0, (status.st_mode & S_IFMT) == S_IFLNK {
                throw .notAFile(
                    path: path,
                    problem:
                        "'\(directory)' is a symbolic link, and the default run history stays inside the project root; name a store with --store instead"
                )
            }
            if lstat(path, &status) == 0, (status.st_mode & S_IFMT) == S_IFLNK {
                throw .notAFile(
                    path: path,
                    problem:
                        "it is a symbolic link, and the default run history stays inside the project root; name a store with --store instead"
                )
            }
        }
        var status = stat()
        if stat(path, &status) == 0, (status.st_mode & S_IFMT) != S_IFREG {
            throw .notAFile(path: path, problem: "it exists and is not a regular file")
        }
        if create {
            do {
                try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
            } catch {
                throw .database(path: path, problem: "cannot create the directory '\(directory)': \(error.localizedDescription)")
            }
        }
    }

    /// Refuses a place for the copy kept before migrating that holds anything but a regular
    /// file (a link, which the copy would follow, a pipe, a directory), before the store is
    /// changed. A regular file there is an earlier copy of the same schema, and is replaced.
    func checkBackup(_ backup: String) throws(StoreError) {
        var status = stat()
        guard lstat(backup, &status) == 0, (status.st_mode & S_IFMT) != S_IFREG else { return }
        let kind: StoreError.PlaceKind
        switch status.st_mode & S_IFMT {
        case S_IFLNK: kind = .symbolicLink
        case S_IFDIR: kind = .directory
        case S_IFIFO: kind = .pipe
        default: kind = .special
        }
        throw .backupInTheWay(path: path, backup: backup, kind: kind)
    }
}
