import Foundation
import Testing

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The persistent hostile-input corpus (Tests/HostileCorpus, described in its README): every
/// case file is one test case, run by the built binary in a fresh temporary root made of the
/// repository's Frameworks/ and the corpus's own base force, with the case's changes applied.
@Suite("Hostile corpus")
struct HostileCorpusTests {
    @Test("A case", arguments: HostileCorpus.cases)
    func hostileCase(_ corpusCase: HostileCorpus.Case) throws {
        if let problem = corpusCase.problem {
            Issue.record("\(corpusCase.id): the case file cannot be read: \(problem)")
            return
        }
        let sandbox = try HostileCorpus.Sandbox()
        defer { sandbox.remove() }
        try sandbox.apply(corpusCase.changes)
        let rootBefore = try HostileCorpus.snapshot(sandbox.root)
        let outsideBefore = try HostileCorpus.snapshot(sandbox.outside)

        let run = try HostileCorpus.run(corpusCase.arguments(in: sandbox), in: sandbox.root)
        HostileCorpus.record(corpusCase, run, in: sandbox)
        let context =
            "\(corpusCase.id): \(corpusCase.description)\nstatus \(run.status)\(run.signalled ? " (signal)" : ""); stderr:\n\(run.stderr)"

        #expect(!run.timedOut, "timed out after \(HostileCorpus.timeout) s\n\(context)")
        #expect(!run.signalled, "killed by a signal\n\(context)")
        #expect([0, 1, 3, 4].contains(run.status), "exit status outside 0, 1, 3, 4\n\(context)")
        #expect(run.status == corpusCase.exitStatus, "exit status\n\(context)")
        let expected = sandbox.substitute(corpusCase.stderrFirstLine)
        #expect(
            run.stderrFirstLine == expected,
            "first line of standard error\n  expected: \(expected)\n  actual:   \(run.stderrFirstLine)\n\(context)")

        #expect(!run.stderrBytes.contains(0x1B), "a raw ESC byte on standard error\n\(context)")
        for probe in HostileCorpus.neverShown {
            #expect(!run.stdout.contains(probe) && !run.stderr.contains(probe), "'\(probe)' appeared in the output\n\(context)")
        }

        // Nothing outside the root changes; inside it, only the files the case says a run creates.
        let outsideAfter = try HostileCorpus.snapshot(sandbox.outside)
        let outsideChanged = Set(outsideAfter.keys).union(outsideBefore.keys).filter { outsideAfter[$0] != outsideBefore[$0] }
        #expect(outsideChanged.isEmpty, "changed outside the root: \(outsideChanged.sorted())\n\(context)")
        #expect(
            try FileManager.default.contentsOfDirectory(atPath: sandbox.directory).sorted() == ["outside", "root"],
            "something was written beside the root\n\(context)")
        let rootAfter = try HostileCorpus.snapshot(sandbox.root)
        let created = Set(corpusCase.creates)
        let changed = Set(rootAfter.keys).union(rootBefore.keys).filter { rootAfter[$0] != rootBefore[$0] }
        let unexpected = changed.filter { path in
            !created.contains(where: { path == $0 || path.hasPrefix($0 + "/") || $0.hasPrefix(path + "/") })
        }
        #expect(unexpected.isEmpty, "changed under the root without the case saying so: \(unexpected.sorted())\n\(context)")
        for path in corpusCase.creates {
            #expect(rootAfter[path] != nil, "\(path) was not created\n\(context)")
        }
    }

    /// The base project the cases start from is valid as it stands, and runs.
    @Test func theBaseProjectIsValid() throws {
        let sandbox = try HostileCorpus.Sandbox()
        defer { sandbox.remove() }
        let validate = try HostileCorpus.run(["validate", "--root", sandbox.root], in: sandbox.root)
        #expect(validate.status == 0, "\(validate.stderr)")
        #expect(validate.stderr == "")
        #expect(validate.stdout.hasSuffix("1 force (corpus).\n"))
        let inspect = try HostileCorpus.run(["inspect", "corpus", "--root", sandbox.root], in: sandbox.root)
        #expect(inspect.status == 0, "\(inspect.stderr)")
        #expect(inspect.stderr == "")
        #expect(inspect.stdout.contains("4 rows read, 4 used, 0 rejected"))
    }

    /// The corpus is what the README promises: enough cases, in every kind, well named.
    @Test func theCorpusIsWhole() throws {
        let cases = HostileCorpus.cases
        #expect(cases.count >= 110, "only \(cases.count) cases")
        #expect(Set(cases.map(\.id)).count == cases.count)
        let kinds = Dictionary(grouping: cases, by: \.kind)
        for kind in HostileCorpus.kinds {
            #expect((kinds[kind]?.count ?? 0) >= 5, "kind \(kind) has \(kinds[kind]?.count ?? 0) cases")
        }
        #expect(
            Set(kinds.keys).subtracting(HostileCorpus.kinds).isEmpty,
            "unknown kinds: \(Set(kinds.keys).subtracting(HostileCorpus.kinds).sorted())")
        for corpusCase in cases {
            #expect(
                corpusCase.name.range(of: #"^[0-9]{3}-[a-z0-9-]+$"#, options: .regularExpression) != nil,
                "\(corpusCase.id): name it nnn-short-name.yaml")
        }
    }
}

enum HostileCorpus {
    static let directory = "\(repositoryRoot)/Tests/HostileCorpus"
    static let kinds: Set<String> = [
        "cli", "csv-evidence", "csv-mapping", "document", "force", "framework", "history",
        "inspection", "scale", "yaml-evidence",
    ]
    static let timeout: Double = 20

    /// Planted in every file outside the root, and in the personal data the cases try: none of
    /// it may reach standard output or standard error.
    static let canary = "CANARY-OUTSIDE-ROOT"
    static let neverShown = [canary, "Canaryson", "NN1 1ZZ", "root:x:0:"]

    /// The files outside the root that cases link to, each carrying the canary.
    static let outsideFiles: [String: String] = [
        "passwd": "root:x:0:0:\(canary):/root:/bin/bash\ndaemon:x:1:1:\(canary):/usr/sbin:/usr/sbin/nologin\n",
        "force.yaml": """
        # \(canary): a valid force file outside the root
        schema: 1
        id: corpus
        name: \(canary) Police
        short_name: \(canary)
        region: \(canary)
        country: England
        source: \(canary)

        """,
        "records.yaml": """
        # \(canary): a valid evidence file outside the root
        schema: 1
        record_type: abuse-report
        provenance: synthetic
        note: \(canary)
        records:
          - {case_ref: CANARY-1, received_at: 2024-11-04T10:15:00Z, child_spoken_to: true, sharing_required: true, shared_with_social_care: true, safety_confirmed: true}

        """,
        "export.csv":
            "Occurrence Ref,Date Reported,Risk Factors,Risk Level,First Deployed,Child Surname,Notes\nCRP-MIS-09,07/10/2024 18:40,CSE,M,08/10/2024 00:40,\(canary),\(canary)\n",
        "mapping.yaml": "# \(canary)\nschema: 1\nrecord_type: missing-episode\ncolumns: {\(canary): x}\n",
        "doc.md": "# \(canary)\n\nThe \(canary) strategy names child sexual abuse.\n",
        "framework.yaml": "# \(canary)\nschema: 1\nid: \(canary)\n",
        "dir/inside.yaml": "# \(canary)\n\(canary): 1\n",
        "forcedir/force.yaml": """
        # \(canary): a valid force directory outside the root
        schema: 1
        id: elsewhere
        name: \(canary) Police
        short_name: \(canary)
        region: \(canary)
        country: England
        source: \(canary)

        """,
        "forcedir/inspections/2025-ncpi.yaml": "# \(canary)\nschema: 1\nid: \(canary)\n",
    ]

    // MARK: Cases

    struct Case: Sendable, CustomTestStringConvertible {
        var kind: String
        var name: String
        var description = ""
        var command: [String] = ["validate"]
        var exitStatus: Int32 = -1
        var stderrFirstLine = ""
        var changes: [Change] = []
        var creates: [String] = []
        var addRoot = true
        var problem: String?

        var id: String { "\(kind)/\(name)" }
        var testDescription: String { id }

        /// The command line with `<root>` filled in, and `--root <root>` unless it gives its own
        /// or the case says `add_root: false` (the binary runs in the root either way).
        func arguments(in sandbox: Sandbox) -> [String] {
            let arguments = command.map(sandbox.substitute)
            let hasRoot = arguments.contains("--root") || arguments.contains(where: { $0.hasPrefix("--root=") })
            return hasRoot || !addRoot ? arguments : arguments + ["--root", sandbox.root]
        }
    }

    enum Change: Sendable {
        case write(path: String, bytes: [UInt8], repeat: Int)
        case append(path: String, bytes: [UInt8], repeat: Int)
        case replace(path: String, old: [UInt8], new: [UInt8])
        case delete(path: String)
        case mkdir(path: String)
        case symlink(path: String, target: String)
        case mkfifo(path: String)
    }

    static let cases: [Case] = {
        let fileManager = FileManager.default
        var found: [Case] = []
        let casesDirectory = "\(directory)/cases"
        for kind in ((try? fileManager.contentsOfDirectory(atPath: casesDirectory)) ?? []).sorted() {
            var isDirectory: ObjCBool = false
            guard fileManager.fileExists(atPath: "\(casesDirectory)/\(kind)", isDirectory: &isDirectory), isDirectory.boolValue else {
                continue
            }
            for file in ((try? fileManager.contentsOfDirectory(atPath: "\(casesDirectory)/\(kind)")) ?? []).sorted()
            where file.hasSuffix(".yaml") {
                let name = String(file.dropLast(5))
                do {
                    let data = try Data(contentsOf: URL(fileURLWithPath: "\(casesDirectory)/\(kind)/\(file)"))
                    found.append(try CaseFile.parse(String(decoding: data, as: UTF8.self), kind: kind, name: name))
                } catch {
                    found.append(Case(kind: kind, name: name, problem: "\(error)"))
                }
            }
        }
        return found
    }()

    // MARK: The temporary root

    /// `<dir>/root` (Frameworks/ from the repository with the corpus base's framework and scale
    /// added, Forces/ from the corpus base) and
    /// `<dir>/outside` (files outside the root, each holding the canary).
    final class Sandbox: Sendable {
        let directory: String
        let root: String
        let outside: String

        init() throws {
            let fileManager = FileManager.default
            // Resolved, so that the paths the tool prints (realpath'd or not) are the same.
            let temporary = URL(fileURLWithPath: NSTemporaryDirectory()).resolvingSymlinksInPath().path
            directory = "\(temporary)/hostile-corpus-\(UUID().uuidString)"
            root = "\(directory)/root"
            outside = "\(directory)/outside"
            try fileManager.createDirectory(atPath: root, withIntermediateDirectories: true)
            try fileManager.copyItem(atPath: "\(repositoryRoot)/Frameworks", toPath: "\(root)/Frameworks")
            try fileManager.copyItem(atPath: "\(HostileCorpus.directory)/base/Forces", toPath: "\(root)/Forces")
            // The corpus's own framework and scale, beside the repository's (never over one).
            let frameworks = "\(HostileCorpus.directory)/base/Frameworks"
            for case let file as String in fileManager.enumerator(atPath: frameworks)! where file.hasSuffix(".yaml") {
                let target = "\(root)/Frameworks/\(file)"
                try fileManager.createDirectory(atPath: (target as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
                try fileManager.copyItem(atPath: "\(frameworks)/\(file)", toPath: target)
            }
            for (name, text) in HostileCorpus.outsideFiles {
                let path = "\(outside)/\(name)"
                try fileManager.createDirectory(atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
                try Data(text.utf8).write(to: URL(fileURLWithPath: path))
            }
        }

        func remove() { try? FileManager.default.removeItem(atPath: directory) }

        func substitute(_ text: String) -> String {
            text.replacingOccurrences(of: "<root>", with: root).replacingOccurrences(of: "<outside>", with: outside)
        }

        func apply(_ changes: [Change]) throws {
            let fileManager = FileManager.default
            func full(_ path: String) throws -> String {
                guard !path.hasPrefix("/"), !path.split(separator: "/").contains("..") else {
                    throw CaseFile.Failure("a change's path must stay in the root: \(path)")
                }
                let full = "\(root)/\(path)"
                try fileManager.createDirectory(atPath: (full as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
                return full
            }
            func exists(_ path: String) -> Bool {
                var status = stat()
                return lstat(path, &status) == 0
            }
            func write(_ bytes: [UInt8], to path: String) throws {
                if exists(path) { try fileManager.removeItem(atPath: path) }
                try Data(bytes).write(to: URL(fileURLWithPath: path))
            }
            // `<root>` and `<outside>` in a change's text stand for the absolute paths.
            func fill(_ bytes: [UInt8]) -> [UInt8] {
                var out = bytes
                for (token, path) in [("<root>", root), ("<outside>", outside)] {
                    while let start = CaseFile.firstIndex(of: Array(token.utf8), in: out) {
                        out.replaceSubrange(start..<start + token.utf8.count, with: Array(path.utf8))
                    }
                }
                return out
            }
            for change in changes {
                switch change {
                case .write(let path, let bytes, let count):
                    try write(Array([[UInt8]](repeating: fill(bytes), count: count).joined()), to: try full(path))
                case .append(let path, let bytes, let count):
                    let target = try full(path)
                    let old = try [UInt8](Data(contentsOf: URL(fileURLWithPath: target)))
                    try write(old + Array([[UInt8]](repeating: fill(bytes), count: count).joined()), to: target)
                case .replace(let path, let old, let new):
                    let target = try full(path)
                    let text = try [UInt8](Data(contentsOf: URL(fileURLWithPath: target)))
                    guard let start = CaseFile.firstIndex(of: old, in: text) else {
                        throw CaseFile.Failure("'\(String(decoding: old, as: UTF8.self))' is not in \(path)")
                    }
                    try write(Array(text[..<start]) + fill(new) + Array(text[(start + old.count)...]), to: target)
                case .delete(let path):
                    try fileManager.removeItem(atPath: try full(path))
                case .mkdir(let path):
                    try fileManager.createDirectory(atPath: try full(path), withIntermediateDirectories: true)
                case .symlink(let path, let target):
                    let link = try full(path)
                    if exists(link) { try fileManager.removeItem(atPath: link) }
                    try fileManager.createSymbolicLink(atPath: link, withDestinationPath: substitute(target))
                case .mkfifo(let path):
                    let fifo = try full(path)
                    if exists(fifo) { try fileManager.removeItem(atPath: fifo) }
                    guard mkfifo(fifo, 0o644) == 0 else { throw CaseFile.Failure("mkfifo \(path) failed: errno \(errno)") }
                }
            }
        }
    }

    /// Every entry under `directory` (links not followed): its kind and, for a file, a digest
    /// of its bytes; a pipe is never opened.
    static func snapshot(_ directory: String) throws -> [String: String] {
        var entries: [String: String] = [:]
        func walk(_ relative: String) throws {
            let path = relative.isEmpty ? directory : "\(directory)/\(relative)"
            for name in try FileManager.default.contentsOfDirectory(atPath: path) {
                let child = relative.isEmpty ? name : "\(relative)/\(name)"
                let full = "\(directory)/\(child)"
                var status = stat()
                guard lstat(full, &status) == 0 else { continue }
                switch status.st_mode & S_IFMT {
                case S_IFDIR:
                    entries[child] = "directory"
                    try walk(child)
                case S_IFLNK:
                    entries[child] = "link to " + ((try? FileManager.default.destinationOfSymbolicLink(atPath: full)) ?? "?")
                case S_IFREG:
                    let data = try Data(contentsOf: URL(fileURLWithPath: full))
                    var hasher = Hasher()
                    hasher.combine(data)
                    entries[child] = "file \(data.count) \(hasher.finalize())"
                default:
                    entries[child] = "special \(status.st_mode & S_IFMT)"
                }
            }
        }
        try walk("")
        return entries
    }

    /// With HOSTILE_CORPUS_OUTPUT=DIR, each case's whole output goes to DIR/<kind>/<name>.txt
    /// (`<root>` put back in), to read what the tool says before writing a case's expectations.
    static func record(_ corpusCase: Case, _ run: Run, in sandbox: Sandbox) {
        guard let output = ProcessInfo.processInfo.environment["HOSTILE_CORPUS_OUTPUT"] else { return }
        let path = "\(output)/\(corpusCase.kind)/\(corpusCase.name).txt"
        try? FileManager.default.createDirectory(atPath: "\(output)/\(corpusCase.kind)", withIntermediateDirectories: true)
        let text = """
            command: \(corpusCase.command)
            exit: \(run.status)\(run.signalled ? " (signal)" : "")\(run.timedOut ? " (timed out)" : "")
            --- stderr
            \(run.stderr)
            --- stdout (first 3000 characters)
            \(run.stdout.prefix(3000))

            """
        try? text.replacingOccurrences(of: sandbox.root, with: "<root>").replacingOccurrences(of: sandbox.outside, with: "<outside>")
            .write(toFile: path, atomically: true, encoding: .utf8)
    }

    // MARK: Running the binary

    struct Run {
        var status: Int32
        var signalled: Bool
        var timedOut: Bool
        var stdout: String
        var stderrBytes: [UInt8]
        var stderr: String { String(decoding: stderrBytes, as: UTF8.self) }
        var stderrFirstLine: String { String(stderr.split(separator: "\n", maxSplits: 1, omittingEmptySubsequences: false).first ?? "") }
    }

    final class Flag: @unchecked Sendable {
        private let lock = NSLock()
        private var value = false
        func set() { lock.withLock { value = true } }
        var isSet: Bool { lock.withLock { value } }
    }

    /// Runs the binary with no standard input, killing it after `timeout` seconds.
    static func run(_ arguments: [String], in directory: String) throws -> Run {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: inspectorBinary)
        process.arguments = arguments
        process.currentDirectoryURL = URL(fileURLWithPath: directory)
        var environment = ProcessInfo.processInfo.environment
        environment["NO_COLOR"] = "1"
        process.environment = environment
        let out = Pipe()
        let err = Pipe()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = FileHandle.nullDevice
        try process.run()
        let pid = process.processIdentifier
        let timedOut = Flag()
        let finished = Flag()
        DispatchQueue.global().asyncAfter(deadline: .now() + timeout) {
            if !finished.isSet {
                timedOut.set()
                kill(pid, SIGKILL)
            }
        }
        let errors = ErrorReader(err.fileHandleForReading)
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        let errData = errors.wait()
        process.waitUntilExit()
        finished.set()
        return Run(
            status: process.terminationStatus, signalled: process.terminationReason == .uncaughtSignal,
            timedOut: timedOut.isSet, stdout: String(decoding: outData, as: UTF8.self), stderrBytes: [UInt8](errData))
    }
}

// MARK: Reading a case file

/// A case file is a small subset of YAML, read here rather than by the YAML layer under test:
/// top-level `key: value` lines; values plain, 'single-quoted', "double-quoted" (escapes \n \r
/// \t \0 \e \\ \" \xHH for a raw byte, \u{HHHH} for a character), a flow list `[a, "b"]`, or a
/// block literal `|` / `|-`; and `changes:`, a list of mappings (`- write: path` then `text:`).
enum CaseFile {
    struct Failure: Error, CustomStringConvertible {
        var description: String
        init(_ description: String) { self.description = description }
    }

    enum Value {
        case scalar([UInt8])
        case list([[UInt8]])
        case items([[String: Value]])
    }

    static func parse(_ text: String, kind: String, name: String) throws -> HostileCorpus.Case {
        var lines = text.components(separatedBy: "\n")
        if lines.last == "" { lines.removeLast() }
        var index = 0
        var top: [String: Value] = [:]
        while index < lines.count {
            let line = lines[index]
            if isBlankOrComment(line) {
                index += 1
                continue
            }
            guard indentation(of: line) == 0 else { throw Failure("line \(index + 1): expected a top-level key") }
            let (key, rest) = try keyAndRest(line, at: index)
            guard top[key] == nil else { throw Failure("line \(index + 1): '\(key)' given twice") }
            index += 1
            top[key] = try value(rest, keyIndent: 0, lines: lines, index: &index)
        }

        var corpusCase = HostileCorpus.Case(kind: kind, name: name)
        let known: Set<String> = ["description", "command", "exit", "stderr", "changes", "creates", "add_root"]
        if let unknown = Set(top.keys).subtracting(known).sorted().first { throw Failure("unknown key '\(unknown)'") }
        corpusCase.description = try string(top["description"], "description")
        if top["command"] != nil { corpusCase.command = try list(top["command"], "command") }
        guard let status = Int32(try string(top["exit"], "exit")) else { throw Failure("exit is not a number") }
        corpusCase.exitStatus = status
        corpusCase.stderrFirstLine = try string(top["stderr"], "stderr")
        if top["creates"] != nil { corpusCase.creates = try list(top["creates"], "creates") }
        if top["add_root"] != nil {
            switch try string(top["add_root"], "add_root") {
            case "true": corpusCase.addRoot = true
            case "false": corpusCase.addRoot = false
            default: throw Failure("add_root is true or false")
            }
        }
        if let changes = top["changes"] {
            guard case .items(let items) = changes else { throw Failure("changes must be a list of mappings") }
            corpusCase.changes = try items.map(change)
        }
        guard !corpusCase.description.isEmpty, !corpusCase.description.contains("\n") else { throw Failure("description must be one line") }
        return corpusCase
    }

    static func change(_ item: [String: Value]) throws -> HostileCorpus.Change {
        func bytes(_ key: String) throws -> [UInt8] {
            guard case .scalar(let bytes)? = item[key] else { throw Failure("a change needs '\(key)'") }
            return bytes
        }
        func text(_ key: String) throws -> String { String(decoding: try bytes(key), as: UTF8.self) }
        func count() throws -> Int {
            guard item["repeat"] != nil else { return 1 }
            guard let count = Int(try text("repeat")), count > 0 else { throw Failure("repeat must be a positive number") }
            return count
        }
        func only(_ keys: Set<String>) throws {
            if let extra = Set(item.keys).subtracting(keys).sorted().first { throw Failure("unexpected '\(extra)' in a change") }
        }
        if item["write"] != nil {
            try only(["write", "text", "repeat"])
            return .write(path: try text("write"), bytes: try bytes("text"), repeat: try count())
        }
        if item["append"] != nil {
            try only(["append", "text", "repeat"])
            return .append(path: try text("append"), bytes: try bytes("text"), repeat: try count())
        }
        if item["replace"] != nil {
            try only(["replace", "old", "new"])
            return .replace(path: try text("replace"), old: try bytes("old"), new: try bytes("new"))
        }
        if item["delete"] != nil {
            try only(["delete"])
            return .delete(path: try text("delete"))
        }
        if item["mkdir"] != nil {
            try only(["mkdir"])
            return .mkdir(path: try text("mkdir"))
        }
        if item["symlink"] != nil {
            try only(["symlink", "to"])
            return .symlink(path: try text("symlink"), target: try text("to"))
        }
        if item["mkfifo"] != nil {
            try only(["mkfifo"])
            return .mkfifo(path: try text("mkfifo"))
        }
        throw Failure("a change is one of write, append, replace, delete, mkdir, symlink, mkfifo: \(item.keys.sorted())")
    }

    static func string(_ value: Value?, _ key: String) throws -> String {
        guard case .scalar(let bytes)? = value else { throw Failure("'\(key)' must be given, as a single value") }
        return String(decoding: bytes, as: UTF8.self)
    }

    static func list(_ value: Value?, _ key: String) throws -> [String] {
        guard case .list(let items)? = value else { throw Failure("'\(key)' must be a flow list [a, b]") }
        return items.map { String(decoding: $0, as: UTF8.self) }
    }

    static func isBlankOrComment(_ line: String) -> Bool {
        let trimmed = line.trimmingCharacters(in: .whitespaces)
        return trimmed.isEmpty || trimmed.hasPrefix("#")
    }

    static func indentation(of line: String) -> Int { line.prefix { $0 == " " }.count }

    static func keyAndRest(_ line: String, at index: Int) throws -> (String, String) {
        let body = line.drop { $0 == " " }
        guard let colon = body.firstIndex(of: ":") else { throw Failure("line \(index + 1): expected 'key: value'") }
        let key = String(body[..<colon])
        guard !key.isEmpty, key.allSatisfy({ $0.isLetter || $0 == "_" }) else { throw Failure("line \(index + 1): bad key '\(key)'") }
        let rest = body[body.index(after: colon)...]
        guard rest.isEmpty || rest.hasPrefix(" ") else { throw Failure("line \(index + 1): a space must follow the colon") }
        return (key, String(rest.dropFirst()))
    }

    /// The value after `key:` on line `index - 1`; consumes any lines it continues on.
    static func value(_ rest: String, keyIndent: Int, lines: [String], index: inout Int) throws -> Value {
        let trimmed = rest.trimmingCharacters(in: .whitespaces)
        if trimmed == "|" || trimmed == "|-" {
            var block: [String] = []
            while index < lines.count,
                lines[index].trimmingCharacters(in: .whitespaces).isEmpty || indentation(of: lines[index]) > keyIndent
            {
                block.append(lines[index])
                index += 1
            }
            while let last = block.last, last.trimmingCharacters(in: .whitespaces).isEmpty { block.removeLast() }
            guard let first = block.first else { return .scalar([]) }
            let indent = indentation(of: first)
            var text = ""
            for line in block {
                guard line.trimmingCharacters(in: .whitespaces).isEmpty || indentation(of: line) >= indent else {
                    throw Failure("line \(index): a block literal's lines must be indented alike")
                }
                text += String(line.dropFirst(min(indent, line.count))) + "\n"
            }
            if trimmed == "|-" { text.removeLast() }
            return .scalar(Array(text.utf8))
        }
        if trimmed.isEmpty {
            // A block list of mappings.
            var items: [[String: Value]] = []
            while index < lines.count {
                let line = lines[index]
                if isBlankOrComment(line) {
                    index += 1
                    continue
                }
                let dash = indentation(of: line)
                guard dash > keyIndent, line.dropFirst(dash).hasPrefix("- ") else { break }
                var item: [String: Value] = [:]
                let keyColumn = dash + 2
                var current = String(repeating: " ", count: keyColumn) + line.dropFirst(keyColumn)
                while true {
                    let (key, rest) = try keyAndRest(current, at: index)
                    guard item[key] == nil else { throw Failure("line \(index + 1): '\(key)' given twice") }
                    index += 1
                    item[key] = try value(rest, keyIndent: keyColumn, lines: lines, index: &index)
                    while index < lines.count, isBlankOrComment(lines[index]) { index += 1 }
                    guard index < lines.count, indentation(of: lines[index]) == keyColumn, !lines[index].dropFirst(keyColumn).hasPrefix("-")
                    else { break }
                    current = lines[index]
                }
                items.append(item)
            }
            return .items(items)
        }
        var scanner = Scanner(Array(trimmed.utf8))
        let value: Value
        if scanner.peek == UInt8(ascii: "[") {
            scanner.position += 1
            var items: [[UInt8]] = []
            scanner.skipSpaces()
            if scanner.peek == UInt8(ascii: "]") {
                scanner.position += 1
            } else {
                while true {
                    scanner.skipSpaces()
                    items.append(try scanner.scalar(until: [UInt8(ascii: ","), UInt8(ascii: "]")]))
                    scanner.skipSpaces()
                    guard let next = scanner.next() else { throw Failure("line \(index): a flow list is not closed") }
                    if next == UInt8(ascii: "]") { break }
                }
            }
            value = .list(items)
        } else {
            value = .scalar(try scanner.scalar(until: []))
        }
        scanner.skipSpaces()
        guard scanner.atEnd || scanner.peek == UInt8(ascii: "#") else { throw Failure("line \(index): unexpected text after a value") }
        return value
    }

    struct Scanner {
        var bytes: [UInt8]
        var position = 0
        init(_ bytes: [UInt8]) { self.bytes = bytes }
        var atEnd: Bool { position >= bytes.count }
        var peek: UInt8? { atEnd ? nil : bytes[position] }
        mutating func next() -> UInt8? {
            defer { position += 1 }
            return peek
        }
        mutating func skipSpaces() { while peek == UInt8(ascii: " ") { position += 1 } }

        /// A quoted scalar, or a plain one ending at a terminator, ` #` or the end.
        mutating func scalar(until terminators: Set<UInt8>) throws -> [UInt8] {
            if peek == UInt8(ascii: "\"") { return try doubleQuoted() }
            if peek == UInt8(ascii: "'") {
                position += 1
                var out: [UInt8] = []
                while let byte = next() {
                    if byte == UInt8(ascii: "'") {
                        if peek == UInt8(ascii: "'") {
                            position += 1
                            out.append(byte)
                            continue
                        }
                        return out
                    }
                    out.append(byte)
                }
                throw Failure("a single-quoted value is not closed")
            }
            var out: [UInt8] = []
            while let byte = peek, !terminators.contains(byte) {
                if byte == UInt8(ascii: "#"), out.last == UInt8(ascii: " ") { break }
                out.append(byte)
                position += 1
            }
            while out.last == UInt8(ascii: " ") { out.removeLast() }
            return out
        }

        mutating func doubleQuoted() throws -> [UInt8] {
            position += 1
            var out: [UInt8] = []
            while let byte = next() {
                switch byte {
                case UInt8(ascii: "\""): return out
                case UInt8(ascii: "\\"):
                    guard let escape = next() else { throw Failure("a value ends in a backslash") }
                    switch escape {
                    case UInt8(ascii: "n"): out.append(0x0A)
                    case UInt8(ascii: "r"): out.append(0x0D)
                    case UInt8(ascii: "t"): out.append(0x09)
                    case UInt8(ascii: "0"): out.append(0x00)
                    case UInt8(ascii: "e"): out.append(0x1B)
                    case UInt8(ascii: "\\"), UInt8(ascii: "\""): out.append(escape)
                    case UInt8(ascii: "x"):
                        guard position + 2 <= bytes.count,
                            let value = UInt8(String(decoding: bytes[position..<position + 2], as: UTF8.self), radix: 16)
                        else {
                            throw Failure("\\x needs two hex digits")
                        }
                        out.append(value)
                        position += 2
                    case UInt8(ascii: "u"):
                        guard next() == UInt8(ascii: "{"), let close = bytes[position...].firstIndex(of: UInt8(ascii: "}")),
                            let code = UInt32(String(decoding: bytes[position..<close], as: UTF8.self), radix: 16),
                            let scalar = Unicode.Scalar(code)
                        else { throw Failure("\\u needs {hex}") }
                        out += Array(String(Character(scalar)).utf8)
                        position = close + 1
                    default: throw Failure("unknown escape \\\(Character(Unicode.Scalar(escape)))")
                    }
                default: out.append(byte)
                }
            }
            throw Failure("a double-quoted value is not closed")
        }
    }

    static func firstIndex(of needle: [UInt8], in haystack: [UInt8]) -> Int? {
        guard !needle.isEmpty, needle.count <= haystack.count else { return nil }
        let first = needle[0]
        var index = 0
        while index <= haystack.count - needle.count {
            if haystack[index] == first, Array(haystack[index..<index + needle.count]) == needle { return index }
            index += 1
        }
        return nil
    }
}
