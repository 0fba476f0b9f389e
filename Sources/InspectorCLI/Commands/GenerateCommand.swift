import ArgumentParser
import Foundation
import InspectionKit
import InspectionRunner
import InspectionStore
import SyntheticData

/// `inspector generate national …`: synthetic data, labelled so everywhere.
struct GenerateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "generate",
        abstract: "Generate synthetic forces and evidence for testing and benchmarking.",
        subcommands: [GenerateNationalCommand.self])
}

struct GenerateNationalCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "national",
        abstract: "Write a synthetic project root: many forces, each exporting its records as CSV in its own dialect.",
        discussion: """
            Writes OUT/Frameworks/ (copied from --root), OUT/Forces/synthetic-01/ … (force.yaml, \
            one inspection under --framework, a CSV export and its mapping for every record type \
            the framework's checks read, observations for the checks that rest on observations, \
            documents where a check reads them) and OUT/synthetic-national.yaml, the answer key: \
            each force's hidden quality and the grades and figures its records earn.

            Every force exports in its own dialect (delimiter, column names, codes, yes/no words, \
            timestamp format and zone, missing-value tokens, extra columns), and every file says it \
            is SYNTHETIC. The same options give byte-identical output. OUT must not exist or be \
            empty; the set is written beside it and renamed into place when complete.
            """)

    @OptionGroup var project: ProjectOptions

    @Option(help: "How many synthetic forces (1 to 999).")
    var forces: Int = 43

    @Option(
        help:
            "Missing-child episodes an average force holds in its evidence year; each force's size (0.4 to 2.0) scales it, and other records are proportions of it."
    )
    var episodes: Int = 50_000

    @Option(help: "The seed every random draw comes from.")
    var seed: UInt64 = 7

    @Option(help: "The framework the synthetic inspections are under.")
    var framework: String = "ncpi-2024"

    @Option(
        name: .customLong("audit-cases"),
        help:
            "Cases sampled and audited for each audit form answered yes or no (0: none); a quarter are audited twice, 15% of those answers in disagreement, all moderated."
    )
    var auditCases: Int = 60

    @Option(name: .customLong("out"), help: ArgumentHelp("The directory to create (must not exist, or be empty).", valueName: "directory"))
    var output: String

    @Option(help: "Forces generated at once (default: every core).")
    var jobs: Int = ProcessInfo.processInfo.activeProcessorCount

    func validate() throws {
        guard (1...999).contains(forces) else { throw ValidationError("--forces must be between 1 and 999; got \(forces)") }
        guard (1...10_000_000).contains(episodes) else {
            throw ValidationError("--episodes must be between 1 and 10000000; got \(episodes)")
        }
        guard jobs >= 1 else { throw ValidationError("--jobs must be at least 1; got \(jobs)") }
        guard (0...10_000).contains(auditCases) else {
            throw ValidationError("--audit-cases must be between 0 and 10000; got \(auditCases)")
        }
        guard !output.isEmpty else { throw ValidationError("--out must name a directory") }
    }

    func run() throws {
        try reporting {
            let started = Date()
            // No --store here: the history this project's commands use by default, or INSPECTOR_STORE's.
            let store = StoreLocation.resolve(option: nil, environment: ProcessInfo.processInfo.environment, root: project.root)
            try ProtectedFiles(store: store).check([output])
            let workspace = try Workspace.open(root: project.root, registry: Inspector.currentRegistry())
            let options = NationalOptions(forces: forces, volume: episodes, seed: seed, framework: framework, auditCases: auditCases)
            let summary: NationalSummary
            do throws(GenerationError) {
                let generator = try NationalGenerator(workspace: workspace, options: options)
                for (type, checks) in generator.notSynthesized.sorted(by: { $0.key < $1.key }) {
                    Terminal.standardError.write(
                        "note: record type '\(type)' has no synthesiser (it does not conform to SyntheticRecords), "
                            + "so \(checks.joined(separator: ", ")) cannot be evaluated on the synthetic forces\n")
                }
                summary = try generator.generate(into: output, root: project.root, jobs: jobs)
            } catch {
                throw error.isInternal ? CommandFailure.internalFault(error.description) : CommandFailure.usage(error.description)
            }
            let seconds = Date().timeIntervalSince(started)
            try Terminal.standardOutput.writeResult(Self.describe(summary))
            Terminal.standardError.write("generated in \(String(format: "%.1f", seconds)) s\n")
            return .ran
        }
    }

    /// What was written, and the grades the synthetic records earn, per area.
    static func describe(_ summary: NationalSummary) -> String {
        var text =
            "Wrote \(summary.expectedGrades.count) synthetic forces to \(summary.directory)/ "
            + "(\(summary.files) files, \(String(format: "%.1f", Double(summary.bytes) / 1_048_576)) MiB):\n"
        for (type, rows) in summary.rows.sorted(by: { $0.key < $1.key }) {
            text += "  \(type): \(rows) rows\n"
        }
        let areas = summary.expectedGrades.first?.grades.map(\.area) ?? []
        if !areas.isEmpty {
            text += "Grades the records earn (the answer key is in synthetic-national.yaml):\n"
            for area in areas {
                var counts: [String: Int] = [:]
                for force in summary.expectedGrades {
                    let grade = force.grades.first { $0.area == area }?.grade ?? nil
                    counts[grade ?? "not graded", default: 0] += 1
                }
                text += "  \(area): " + counts.sorted { $0.key < $1.key }.map { "\($0.value) \($0.key)" }.joined(separator: ", ") + "\n"
            }
        }
        return text
    }
}
