import Foundation
import InspectionKit
import InspectionLoading
import InspectionRunner
import InspectionStore

/// The files a command must never write over: the run history with the files SQLite keeps
/// beside it (`-wal`, `-shm`, `-journal`), and every file the run reads. A report, a rejects
/// file or a generated directory that names one, by its path or as the same file under
/// another name (a hard link, a `..`), is refused before anything is written: writing a report
/// over the store destroyed every run saved in it.
struct ProtectedFiles {
    enum Role: Equatable {
        case store
        case storeCompanion
        /// A file the run reads, as the project names it.
        case input(String)
    }

    private var byPath: [String: Role] = [:]
    private var byIdentity: [FileIdentity: Role] = [:]
    private let store: String

    /// - Parameters:
    ///   - store: the run history the command would use (named or not, saved to or not).
    ///   - inputs: the files the run reads.
    init(store: StoreLocation, inputs: [String] = []) {
        self.store = store.path
        add(store.path, .store)
        for companion in store.companions { add(companion, .storeCompanion) }
        for input in inputs { add(input, .input(input)) }
    }

    private mutating func add(_ path: String, _ role: Role) {
        if byPath[Self.canonical(path)] == nil { byPath[Self.canonical(path)] = role }
        if let identity = FileIdentity(following: path), byIdentity[identity] == nil { byIdentity[identity] = role }
    }

    /// Refuses the first target that is a protected file (exit 3).
    func check(_ targets: [String]) throws {
        for target in targets {
            guard let role = byPath[Self.canonical(target)] ?? FileIdentity(of: target).flatMap({ byIdentity[$0] }) else { continue }
            throw CommandFailure.usage(
                "cannot write '\(target)': " + Self.reason(role, store: store, target: target) + "; name another file. Nothing was written."
            )
        }
    }

    static func reason(_ role: Role, store: String, target: String) -> String {
        switch role {
        case .store:
            return (target == store ? "it is the run history" : "it is the run history ('\(store)')")
                + ", and writing over it would lose every run saved in it"
        case .storeCompanion:
            return "it is a file SQLite keeps beside the run history '\(store)', and writing over it would damage the history"
        case .input(let file):
            return (target == file ? "the run reads it" : "it is a file the run reads ('\(file)')")
                + ", and writing over it would replace the project's own file"
        }
    }

    /// An absolute path with every directory that exists resolved (links, `.` and `..`), and
    /// the rest as written: two names for one file come out the same.
    static func canonical(_ path: String) -> String {
        let absolute = path.hasPrefix("/") ? path : FileManager.default.currentDirectoryPath + "/" + path
        var parts = absolute.split(separator: "/", omittingEmptySubsequences: true).map(String.init)
        var rest: [String] = []
        while !parts.isEmpty {
            let candidate = "/" + parts.joined(separator: "/")
            if let resolved = realpath(candidate, nil) {
                defer { free(resolved) }
                let base = String(cString: resolved)
                return ([base == "/" ? "" : base] + rest.reversed()).joined(separator: "/")
            }
            rest.append(parts.removeLast())
        }
        return "/" + rest.reversed().joined(separator: "/")
    }

    // MARK: What a run reads

    /// The project's files a run of these forces reads: every file under `Frameworks/`, each
    /// force's own configuration (`force.yaml`, `inspections/`, `history.yaml`,
    /// `responses.yaml`), and the evidence (datasets, mappings, documents, audit samples and
    /// moderation files) of the forces run.
    static func inputs(of workspace: Workspace, forces: [String]) -> [String] {
        let catalog = workspace.catalog
        let fileManager = FileManager.default
        var files: [String] = []
        let frameworks = catalog.root + "/Frameworks"
        if let walker = fileManager.enumerator(atPath: frameworks) {
            while let file = walker.nextObject() as? String { files.append(frameworks + "/" + file) }
        }
        for force in catalog.forces.values {
            files += ["force.yaml", "history.yaml", FindingResponses.fileName].map { force.directory + "/" + $0 }
            let inspections = force.directory + "/inspections"
            files += ((try? fileManager.contentsOfDirectory(atPath: inspections)) ?? []).map { inspections + "/" + $0 }
        }
        for id in forces {
            guard let force = catalog.forces[id] else { continue }
            for inspection in force.inspections {
                for dataset in inspection.evidence.datasets {
                    files.append(force.directory + "/" + dataset.file.value)
                    if let mapping = dataset.mapping?.scalar { files.append(force.directory + "/" + mapping) }
                    // A returned audit form's sample and moderation file.
                    files += [dataset.sample, dataset.moderation].compactMap { $0.map { force.directory + "/" + $0.value } }
                }
                files += inspection.evidence.documents.map { force.directory + "/" + $0.file.value }
            }
        }
        return files
    }
}

/// A file as the file system knows it: its device and inode.
struct FileIdentity: Hashable {
    var device: UInt64
    var inode: UInt64

    /// The regular file at `path` itself (a link is not followed; reports never replace one).
    init?(of path: String) {
        var status = stat()
        guard lstat(path, &status) == 0, status.st_mode & S_IFMT == S_IFREG else { return nil }
        device = UInt64(status.st_dev)
        inode = UInt64(status.st_ino)
    }

    /// The file `path` leads to, through any links.
    init?(following path: String) {
        var status = stat()
        guard stat(path, &status) == 0 else { return nil }
        device = UInt64(status.st_dev)
        inode = UInt64(status.st_ino)
    }
}
