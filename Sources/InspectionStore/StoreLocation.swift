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

    /// Refuses a place that is not a regular file, and a default place reached through a
    /// symbolic link. Creates the directory when `create` is set.
    func prepare(create: Bool) throws(StoreError) {
        let directory = (path as NSString).deletingLastPathComponent
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
        if create, !directory.isEmpty {
            do {
                try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
            } catch {
                throw .database(path: path, problem: "cannot create the directory '\(directory)': \(error.localizedDescription)")
            }
        }
    }
}
