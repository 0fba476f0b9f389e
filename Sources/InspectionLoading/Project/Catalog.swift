import FileSafety
import Foundation
import InspectionKit
import YAML

/// Everything under a project root: grading scales and frameworks (`Frameworks/`) and forces
/// (`Forces/<id>/`), loaded and decoded but not yet cross-checked (see `Validator`) and
/// without evidence (see `EvidenceLoader`, which loads it per force when a run needs it).
public struct Catalog: Sendable {
    /// The root as given: every path in messages starts with it.
    public let root: String
    public let scales: [String: GradingScale]
    public let frameworks: [String: Framework]
    public let forces: [String: ForceConfiguration]

    public var forceIDs: [String] { forces.keys.sorted() }
    public var frameworkIDs: [String] { frameworks.keys.sorted() }

    /// Loads every scale, framework and force under `root`, reporting all problems found.
    ///
    /// A force with problems in its files is reported in `problems`; it is kept (so that its
    /// cross-references and evidence are checked in the same run) when its files could still
    /// be read, and left out when not;
    /// so that one broken force does not stop the others being compared; frameworks and scales
    /// must all load (everything depends on them).
    public static func load(root: String) throws(Diagnostics) -> (catalog: Catalog, problems: [String: Diagnostics]) {
        var diagnostics = DiagnosticCollector()
        let layout = ProjectLayout(root: root)
        guard layout.isDirectory(layout.path("Frameworks")), layout.isDirectory(layout.path("Forces")) else {
            throw Diagnostics([.file(.notAProjectRoot, layout.display(""))])
        }

        var scales: [String: GradingScale] = [:]
        for file in layout.yamlFiles(in: "Frameworks/scales") {
            guard let scale = ConfigFile.load(GradingScale.self, file: file, in: layout, diagnostics: &diagnostics) else { continue }
            if scales[scale.id.value] != nil { diagnostics.add(Diagnostic(.duplicateID(kind: .scale, id: scale.id.value), at: scale.id)) }
            scales[scale.id.value] = scale
        }
        layout.misnamedFiles(in: "Frameworks/scales").forEach { diagnostics.add($0) }
        layout.misnamedFiles(in: "Frameworks").forEach { diagnostics.add($0) }
        var frameworks: [String: Framework] = [:]
        for file in layout.yamlFiles(in: "Frameworks") {
            guard let framework = ConfigFile.load(Framework.self, file: file, in: layout, diagnostics: &diagnostics) else { continue }
            if frameworks[framework.id.value] != nil {
                diagnostics.add(Diagnostic(.duplicateID(kind: .framework, id: framework.id.value), at: framework.id))
            }
            frameworks[framework.id.value] = framework
        }
        try diagnostics.throwIfAny()

        var forces: [String: ForceConfiguration] = [:]
        var problems: [String: Diagnostics] = [:]
        let directories = layout.subdirectories(of: "Forces")
        for directory in directories {
            // A force's id is its directory's name, and it follows one rule everywhere; two
            // directories that differ only in case would be one force twice.
            guard ForceID.isValid(directory) else {
                var found: [Diagnostic] = [.file(.malformedForceID(directory), layout.display("Forces/\(directory)"))]
                if let other = directories.first(where: { $0 != directory && $0.lowercased() == directory.lowercased() }) {
                    found.append(.file(.forceIDClash(directory: directory, other: other), layout.display("Forces/\(directory)")))
                }
                problems[directory] = Diagnostics(found)
                continue
            }
            do {
                let (force, found) = try ForceConfiguration.load(layout: layout, directory: directory)
                forces[directory] = force
                if !found.isEmpty { problems[directory] = Diagnostics(found) }
            } catch {
                problems[directory] = error
            }
        }
        return (Catalog(root: root, scales: scales, frameworks: frameworks, forces: forces), problems)
    }

    /// The scale a framework grades on (validated to exist).
    public func scale(for framework: Framework) -> GradingScale? { scales[framework.scale.value] }
}

/// One force's configuration: `force.yaml`, `inspections/*.yaml` and an optional `history.yaml`.
public struct ForceConfiguration: Sendable {
    /// The directory on disk, and as messages show it (`Forces/northamptonshire`).
    public let directory: String
    public let displayDirectory: String
    public let force: Force
    /// Oldest publication first.
    public let inspections: [Inspection]
    public let history: EarlierInspections?

    package init(directory: String, displayDirectory: String, force: Force, inspections: [Inspection], history: EarlierInspections?) {
        self.directory = directory
        self.displayDirectory = displayDirectory
        self.force = force
        self.inspections = inspections
        self.history = history
    }

    public var id: String { force.id.value }

    /// The force's latest inspection under a framework, if any.
    public func latestInspection(framework: String) -> Inspection? {
        inspections.last { $0.framework.value == framework }
    }

    /// The force's configuration and the problems found reading it (unknown keys, say), or,
    /// when what is left cannot be used, the problems alone.
    static func load(layout: ProjectLayout, directory: String) throws(Diagnostics) -> (ForceConfiguration, [Diagnostic]) {
        var diagnostics = DiagnosticCollector()
        let base = "Forces/\(directory)"
        guard layout.isPresent("\(base)/force.yaml") else {
            throw Diagnostics([.file(.missingFile("force.yaml"), layout.display(base))])
        }
        let force = ConfigFile.load(Force.self, file: "\(base)/force.yaml", in: layout, diagnostics: &diagnostics)
        if let force, force.id.value != directory {
            diagnostics.add(Diagnostic(.idDoesNotMatchDirectory(id: force.id.value, directory: directory), at: force.id))
        }
        layout.misnamedFiles(in: base).forEach { diagnostics.add($0) }
        layout.misnamedFiles(in: "\(base)/inspections").forEach { diagnostics.add($0) }
        var inspections: [Inspection] = []
        for file in layout.yamlFiles(in: "\(base)/inspections") {
            if let inspection = ConfigFile.load(Inspection.self, file: file, in: layout, diagnostics: &diagnostics) {
                inspections.append(inspection)
            }
        }
        var history: EarlierInspections?
        if layout.isPresent("\(base)/history.yaml") {
            history = ConfigFile.load(EarlierInspections.self, file: "\(base)/history.yaml", in: layout, diagnostics: &diagnostics)
        }
        guard let force else { throw Diagnostics(diagnostics.diagnostics) }
        let configuration = ForceConfiguration(
            directory: layout.path(base), displayDirectory: layout.display(base), force: force,
            inspections: inspections.sorted { ($0.published, $0.id.value) < ($1.published, $1.id.value) }, history: history)
        return (configuration, diagnostics.diagnostics)
    }
}

/// Paths under the project root, listed in a fixed order so that every run reads files in
/// the same order on every machine.
package struct ProjectLayout {
    let root: String
    /// Every file read from the project stays inside its root: a symbolic link that leads out
    /// of it is refused, not followed.
    let contained: ContainedPath

    init(root: String) {
        self.root = root
        self.contained = ContainedPath(directory: root, display: "the project root")
    }

    func path(_ relative: String) -> String { Self.path(relative, under: root) }

    static func path(_ relative: String, under root: String) -> String {
        relative.isEmpty ? root : (root as NSString).appendingPathComponent(relative)
    }

    /// The path as messages show it: relative to the root when the root is the current
    /// directory, otherwise under the root as given.
    func display(_ relative: String) -> String { Self.display(relative, under: root) }

    /// As `display(_:)`, without making a layout (which resolves the root on disk).
    package static func display(_ relative: String, under root: String) -> String {
        root == "." || root.isEmpty ? (relative.isEmpty ? "." : relative) : path(relative, under: root)
    }

    /// Whether anything is at the path, a link that cannot be followed included: a loop or a
    /// dangling link where a file should be is then reported as such, not taken as absent.
    func isPresent(_ relative: String) -> Bool {
        var status = stat()
        return lstat(path(relative), &status) == 0
    }

    func isDirectory(_ absolute: String) -> Bool {
        var isDirectory: ObjCBool = false
        return FileManager.default.fileExists(atPath: absolute, isDirectory: &isDirectory) && isDirectory.boolValue
    }

    /// `*.yml` files directly in a directory: never read, so reported rather than ignored.
    func misnamedFiles(in relative: String) -> [Diagnostic] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: path(relative))) ?? []
        return names.filter { $0.hasSuffix(".yml") && !$0.hasPrefix(".") }.sorted().map {
            .file(.misnamedFile($0), display("\(relative)/\($0)"))
        }
    }

    /// `*.yaml` files directly in a directory (not below), as relative paths, sorted.
    func yamlFiles(in relative: String) -> [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: path(relative))) ?? []
        return names.filter { $0.hasSuffix(".yaml") && !$0.hasPrefix(".") }.sorted()
            .map { "\(relative)/\($0)" }
            .filter { !isDirectory(path($0)) }
    }

    /// Names of the directories directly in a directory, sorted; hidden ones are skipped.
    func subdirectories(of relative: String) -> [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: path(relative))) ?? []
        return names.filter { !$0.hasPrefix(".") && isDirectory(path("\(relative)/\($0)")) }.sorted()
    }
}
