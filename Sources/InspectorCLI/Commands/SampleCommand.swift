import ArgumentParser
import CaseAudits
import Foundation
import InspectionKit
import InspectionRunner
import InspectionStore
import YAML

/// `inspector sample <force> --dataset NAME --size N --seed S`: a reproducible sample of case
/// references for a case-file audit.
struct SampleCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sample",
        abstract: "Draw a reproducible sample of case references from a force's dataset, for a case-file audit.",
        discussion: """
            Reads the dataset as an inspection reads it (rejected rows are never drawn) and draws \
            --size case references with a seeded generator: a simple random sample, or with \
            --stratify FIELD a sample in proportion to each stratum's size (--oversample \
            STRATUM=FACTOR draws more from one, and the sample file records each stratum's \
            weight). --period FROM..TO keeps only cases dated within it (by --date-field, default \
            the record type's first date or timestamp). The sample file holds references only, \
            with how they were drawn and the SHA-256 of the dataset's file, so that a dataset \
            changed before the answers come back is detected. The same inputs and seed give the \
            same bytes.

            Next: `inspector audit-form <force> --sample FILE --format csv|html|markdown`. \
            docs/case-audits.md describes the whole loop.
            """)

    @OptionGroup var project: ProjectOptions

    @Argument(help: "The force: its directory name under Forces/.")
    var force: String

    @Option(help: "The dataset to draw from: its name in the force's inspection file.")
    var dataset: String

    @Option(help: "How many cases to draw.")
    var size: Int

    @Option(help: "The seed every draw comes from (0 or more).")
    var seed: Int

    @Option(help: "Draw in proportion to the strata of this field (words, yes or no, or whole numbers).")
    var stratify: String?

    @Option(
        help: ArgumentHelp("Draw FACTOR times a stratum's proportional share (repeatable; with --stratify).", valueName: "stratum=factor"))
    var oversample: [String] = []

    @Option(
        help: ArgumentHelp("Only cases dated within FROM..TO, both days included (e.g. 2024-10-01..2024-12-31).", valueName: "from..to"))
    var period: String?

    @Option(name: .customLong("date-field"), help: "The field --period is judged by (default: the first date or timestamp).")
    var dateField: String?

    @Option(help: "The framework's audit form (default: its one form for the dataset's record type).")
    var form: String?

    @Option(help: "The framework whose latest inspection of the force to sample for (default: the latest inspection).")
    var framework: String?

    @Option(name: .customLong("out"), help: ArgumentHelp("Write the sample file here (default: standard output).", valueName: "path"))
    var output: String?

    func validate() throws {
        guard size >= 1 else { throw ValidationError("--size must be at least 1; got \(size)") }
        guard seed >= 0 else { throw ValidationError("--seed must be 0 or more; got \(seed)") }
    }

    func run() throws {
        try reporting {
            let workspace = try Workspace.open(root: project.root, registry: Inspector.currentRegistry())
            let request = Sampler.Request(
                force: force, framework: framework, dataset: dataset, form: form, size: size, seed: seed, stratify: stratify,
                oversample: try Self.oversample(oversample), period: try period.map(Self.period), dateField: dateField)
            let sample: DrawnSample
            do {
                sample = try Sampler.draw(request, catalog: workspace.catalog, registry: workspace.registry)
            } catch let error as SamplingError {
                throw CommandFailure.usage(error.description)
            }
            if let output {
                try ProtectedFiles(
                    store: StoreLocation.resolve(option: nil, environment: ProcessInfo.processInfo.environment, root: project.root),
                    inputs: ProtectedFiles.inputs(of: workspace, forces: [force])
                ).check([output])
                try ReportFiles.write([(output, sample.yaml)])
            } else {
                try Terminal.standardOutput.writeResult(sample.yaml)
            }
            Terminal.standardError.write(
                "drew \(sample.cases.count) of the \(sample.population) cases of \(sample.dataset) (\(sample.design), seed \(sample.seed))\n"
            )
            return .ran
        }
    }

    static func oversample(_ written: [String]) throws -> [String: Double] {
        var factors: [String: Double] = [:]
        for text in written {
            let parts = text.split(separator: "=", maxSplits: 1).map(String.init)
            guard parts.count == 2, let factor = Double(parts[1]), factor > 0, factor.isFinite else {
                throw CommandFailure.usage(SamplingError.malformedOversample(text).description)
            }
            factors[parts[0]] = factor
        }
        return factors
    }

    static func period(_ text: String) throws -> (from: YAML.Day, to: YAML.Day) {
        let parts = text.components(separatedBy: "..")
        guard parts.count == 2, let from = YAML.Day(parts[0]), let to = YAML.Day(parts[1]), from <= to else {
            throw CommandFailure.usage(SamplingError.malformedPeriod(text).description)
        }
        return (from, to)
    }
}
