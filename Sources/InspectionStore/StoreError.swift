/// Why the run history could not be used. Data only; `message` words it, and the CLI decides
/// the exit code: every case but `internalFault` is a problem with the store the user named or
/// with its place (exit 3).
public enum StoreError: Error, Sendable, Hashable, CustomStringConvertible {
    /// No store at the path (reading commands never create one).
    case missing(path: String)
    /// The path exists but is not a regular file (a directory, a pipe, a device), or the
    /// default store's place leads out of the project root through a symbolic link.
    case notAFile(path: String, problem: String)
    /// The file is not an SQLite database, or one that holds tables this inspector did not make.
    case notAStore(path: String, problem: String)
    /// Written by a newer inspector: its schema is newer than the one this inspector reads.
    case newerSchema(path: String, found: Int, supported: Int)
    /// SQLite refused: busy past every retry, read-only, full disk, corrupt file.
    case database(path: String, problem: String)
    /// No run matches what was asked for.
    case noRun(String)
    /// A fault in the store's own code.
    case internalFault(String)

    public var message: String {
        switch self {
        case .missing(let path):
            return "no run history at '\(path)': save a run first with `inspector inspect <force> --save`"
                + " (or name another store with --store or INSPECTOR_STORE)"
        case .notAFile(let path, let problem):
            return "cannot use '\(path)' as the run history: \(problem)"
        case .notAStore(let path, let problem):
            return "'\(path)' is not an inspector run history: \(problem); name another file with --store"
        case .newerSchema(let path, let found, let supported):
            return "the run history '\(path)' has schema \(found), newer than this inspector reads (schema \(supported)):"
                + " it was written by a newer inspector; use that one, or name another store with --store. Nothing was changed."
        case .database(let path, let problem):
            return "the run history '\(path)' could not be used: \(problem)"
        case .noRun(let problem):
            return problem
        case .internalFault(let detail):
            return "run history: \(detail)"
        }
    }

    public var description: String { message }
}
