import Dispatch
import Foundation
import InspectionKit
import InspectionLoading
import InspectionRunner

/// What a national generation wrote.
public struct NationalSummary: Sendable {
    public var directory: String
    /// Rows written per record type id, over all forces.
    public var rows: [String: Int]
    public var files: Int
    public var bytes: Int
    /// Per force (in order), the grade per area the engine gives on the records in memory.
    public var expectedGrades: [(force: String, grades: [(area: String, grade: String?)])]
}

extension NationalGenerator {
    /// Writes the whole project root at `directory`, which must not exist or be an empty
    /// directory (not a link to one: the set is renamed into place, never written through a link).
    ///
    /// Everything is written into `<directory>.partial-<n>` beside it and renamed into place at
    /// the end, so an interrupted run never leaves a directory that looks complete; one that a
    /// killed run left behind is removed by the next (`PartialDirectory`). Forces are made on up
    /// to `jobs` threads; the output does not depend on how many.
    public func generate(into directory: String, root: String, jobs: Int) throws(GenerationError) -> NationalSummary {
        let manager = FileManager.default
        let trimmed = directory.hasSuffix("/") && directory.count > 1 ? String(directory.dropLast()) : directory
        var status = stat()
        if lstat(trimmed, &status) == 0 {
            switch status.st_mode & S_IFMT {
            case S_IFLNK: throw .outputIsLink(directory)
            case S_IFDIR:
                guard (try? manager.contentsOfDirectory(atPath: trimmed))?.isEmpty ?? false else { throw .outputNotEmpty(directory) }
            default: throw .outputNotADirectory(directory)
            }
        }
        let directoryBeingBuilt = try PartialDirectory(besideTarget: trimmed)
        let partial = directoryBeingBuilt.path
        do {
            try manager.copyItem(
                atPath: (root as NSString).appendingPathComponent("Frameworks"),
                toPath: (partial as NSString).appendingPathComponent("Frameworks"))
        } catch {
            directoryBeingBuilt.remove()
            throw .cannotWrite(partial, reason: error.localizedDescription)
        }
        let outcomes = ComparisonEngine.parallelMap(Array(plans.indices), jobs: max(1, jobs)) {
            index -> Result<ForceWritten, GenerationError> in
            let plan = plans[index]
            do throws(GenerationError) {
                let output = try synthesize(plan)
                let base = (partial as NSString).appendingPathComponent("Forces/\(plan.id)")
                var bytes = 0
                for (path, content) in output.files {
                    try Self.write(content, to: (base as NSString).appendingPathComponent(path))
                    bytes += content.count
                }
                return .success(
                    ForceWritten(
                        counts: output.counts, files: output.files.count, bytes: bytes, expected: output.expected, audits: output.audits))
            } catch {
                return .failure(error)
            }
        }
        var written: [ForceWritten] = []
        for outcome in outcomes {
            switch outcome {
            case .success(let force): written.append(force)
            case .failure(let error):
                directoryBeingBuilt.remove()
                throw error
            }
        }
        let manifest = Array(manifestText(written).utf8)
        do {
            try Self.write(manifest, to: (partial as NSString).appendingPathComponent("synthetic-national.yaml"))
        } catch {
            directoryBeingBuilt.remove()
            throw error
        }
        if rename(partial, trimmed) != 0 {
            let code = errno
            directoryBeingBuilt.remove()
            switch code {
            case ENOTEMPTY, EEXIST: throw .outputNotEmpty(directory)
            case ENOTDIR: throw .outputNotADirectory(directory)
            default: throw .cannotWrite(directory, reason: String(cString: strerror(code)))
            }
        }
        _ = consume directoryBeingBuilt
        var rows: [String: Int] = [:]
        for force in written { rows.merge(force.counts, uniquingKeysWith: +) }
        return NationalSummary(
            directory: trimmed, rows: rows, files: written.reduce(1) { $0 + $1.files },
            bytes: written.reduce(manifest.count) { $0 + $1.bytes },
            expectedGrades: zip(plans, written).map { plan, force in
                (plan.id, force.expected?.areas.map { ($0.id, $0.grading.grade) } ?? [])
            })
    }

    struct ForceWritten: Sendable {
        var counts: [String: Int]
        var files: Int
        var bytes: Int
        var expected: InspectionResult?
        var audits: [SyntheticAudits.Written] = []
    }

    static func write(_ bytes: [UInt8], to path: String) throws(GenerationError) {
        let directory = (path as NSString).deletingLastPathComponent
        do {
            try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
            try Data(bytes).write(to: URL(fileURLWithPath: path))
        } catch {
            throw .cannotWrite(path, reason: error.localizedDescription)
        }
    }

    /// `synthetic-national.yaml`: how the set was made and the answer key (each force's hidden
    /// quality, and the grades and figures the engine gives on its records in memory). Outside
    /// `Forces/`, so the inspector never reads it; a reader of the CSVs should reproduce it.
    func manifestText(_ written: [ForceWritten]) -> String {
        var text = """
            # SYNTHETIC national set, \(origin). The answer key: each force's hidden quality per
            # area (0 poor to 1 good), and the grades and figures the engine gives on the synthesized
            # records in memory. `inspector compare --all` on the CSV files should give the same.
            schema: 1
            generator: {seed: \(options.seed), forces: \(options.forces), volume: \(options.volume), framework: \(framework.id.value)}
            framework_version: \(YAMLText.quoted(framework.versionedID))
            record_types: \(YAMLText.list(recordTypeIDs))
            not_synthesized: {\(notSynthesized.sorted { $0.key < $1.key }.map { "\($0.key): \(YAMLText.list($0.value))" }.joined(separator: ", "))}
            forces:

            """
        for (plan, force) in zip(plans, written) {
            text += "  - id: \(plan.id)\n"
            text += "    size_factor: \(NumberText.plain(plan.sizeFactor))\n"
            text += "    rows: {" + force.counts.sorted { $0.key < $1.key }.map { "\($0.key): \($0.value)" }.joined(separator: ", ") + "}\n"
            if !force.audits.isEmpty {
                // Case audits: cases sampled, audited again by a second auditor, and the answers they disagreed on.
                text +=
                    "    audits: {"
                    + force.audits.map {
                        "\($0.form): {cases: \($0.cases), double_audited: \($0.doubleAudited), disagreements: \($0.disagreements)}"
                    }
                    .joined(separator: ", ") + "}\n"
            }
            if !plan.localPolicy.isEmpty {
                text +=
                    "    local_policy: {"
                    + plan.localPolicy.sorted { $0.key < $1.key }.map { "\($0.key): \($0.value.description)" }.joined(separator: ", ")
                    + "}\n"
            }
            text +=
                "    quality: {" + plan.areaQuality.map { "\($0.area): \(NumberText.plain($0.quality))" }.joined(separator: ", ") + "}\n"
            guard let result = force.expected else { continue }
            text +=
                "    expected_grades: {" + result.areas.map { "\($0.id): \($0.grading.grade ?? "null")" }.joined(separator: ", ") + "}\n"
            text +=
                "    expected_percent: {"
                + result.areas.map { "\($0.id): \($0.grading.percent.map { NumberText.plain(($0 * 10).rounded() / 10) } ?? "null")" }
                .joined(separator: ", ") + "}\n"
            var figures: [(String, Double)] = []
            for area in result.areas {
                for check in area.checks {
                    for figure in check.result.figures { figures.append((figure.id, figure.value)) }
                }
            }
            if !figures.isEmpty {
                text += "    expected_figures:\n" + figures.sorted { $0.0 < $1.0 }.map { "      \($0.0): \(Self.exact($0.1))\n" }.joined()
            }
        }
        return text
    }

    /// Every digit a double needs to read back exactly, in plain notation.
    static func exact(_ value: Double) -> String {
        CSVCell.number(value)
    }
}
