import ArgumentParser
import FileSafety
import Foundation
import InspectionHistory
import InspectionKit
import InspectionRunner
import InspectionSite
import InspectionStore

/// `inspector site --out DIR`: the project root and its run history as a static site.
struct SiteCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "site",
        abstract: "Write a static site: every force, each area across forces, trends, follow-up and the check reference.",
        discussion: """
            Runs every force's latest inspection (in parallel, as compare does) and reads the run \
            history, then writes DIR: index.html (every force: grades per area, agreement, the last \
            saved run, duties due and overdue, evidence kinds), forces/<id>.html (the latest \
            inspection in full, its datasets with rows read, used and rejected, follow-up with due \
            dates, the saved runs as trends), areas/<framework>/<area>.html (grades, figures with \
            n and intervals, a ranking of forces evaluated on the same checks, the forces left out \
            and why) and reference/ (frameworks and checks, from their descriptors).

            Pages are self-contained: no request leaves a page, they work from file:// and any \
            static host, and read completely without JavaScript (a small inline script only makes \
            tables sortable and filterable). The same root, history and --as-of day give the same \
            bytes. DIR is replaced all or nothing: the site is built beside it and swapped into \
            place, so the old site stays until the new one is complete. DIR must be new, empty, or \
            a site this command wrote. A force that cannot be run is listed on the index and its \
            problems printed (exit 3); the others are still written.
            """)

    @OptionGroup var project: ProjectOptions
    @OptionGroup var storeOptions: StoreOptions

    @Option(help: ArgumentHelp("The directory to write the site to (new, empty, or an earlier site).", valueName: "directory"))
    var out: String

    @Option(
        name: .customLong("as-of"),
        help: ArgumentHelp("The day follow-up is reckoned as of (default: today, UTC).", valueName: "YYYY-MM-DD"))
    var asOf: String?

    @Option(help: "How many forces to run at once (default: every core).")
    var jobs: Int?

    func validate() throws {
        if let jobs, jobs < 1 { throw ValidationError("--jobs must be at least 1") }
        if out.isEmpty { throw ValidationError("--out needs a directory") }
    }

    func run() throws {
        try reporting {
            let day = try AsOfDay.resolve(asOf)
            let workspace = try Workspace.open(root: project.root, registry: Inspector.currentRegistry())
            let location = storeOptions.location(root: project.root)
            var runs: [RunRecord] = []
            if location.exists {
                let store = try HistoryStore.forReading(location)
                runs = try HistoryStore.failure { () throws(StoreError) in try store.runs() }
            } else {
                Terminal.standardError.write("note: there is no run history at \(location.path) yet, so the site shows no trends\n")
            }
            let progress = ProgressLine()
            let input = SiteInput.gather(
                workspace: workspace, runs: runs, asOf: day, jobs: jobs ?? ProcessInfo.processInfo.activeProcessorCount,
                progress: progress.forceDone)
            progress.finish()
            for failure in input.all.failures {
                if case .invalid(let diagnostics) = failure.reason {
                    for diagnostic in diagnostics.all {
                        Terminal.standardError.write(diagnostic.rendered(color: Terminal.standardError.usesColor) + "\n")
                    }
                }
            }
            let files = Site.files(input)
            do throws(OutputFiles.Failure) {
                try OutputDirectory.write(files, to: out, marker: Site.marker, markerText: Site.markerText)
            } catch {
                switch error.kind {
                case .invalidTarget: throw CommandFailure.usage(error.message)
                case .writeFailed: throw CommandFailure.output(error.message + "; the site there, if any, is as it was")
                }
            }
            let largest = files.max { ($0.bytes.count, $1.path) < ($1.bytes.count, $0.path) }
            let total = files.reduce(0) { $0 + $1.bytes.count }
            Terminal.standardError.write(
                "wrote \(files.count) pages (\(Self.kibibytes(total))) to \(out); the largest is \(largest?.path ?? "none") (\(Self.kibibytes(largest?.bytes.count ?? 0)))\n"
            )
            let index = (out as NSString).appendingPathComponent("index.html")
            let absolute = index.hasPrefix("/") ? index : FileManager.default.currentDirectoryPath + "/" + index
            try Terminal.standardOutput.writeResult("Open file://\((absolute as NSString).standardizingPath) in a browser.\n")
            let broken = input.all.failures.filter { if case .noInspection = $0.reason { return false } else { return true } }
            if !broken.isEmpty {
                Terminal.standardError.write(
                    "\(broken.count) of \(input.all.rows.count + input.all.failures.count) forces could not be run and are listed on the index only: \(broken.map(\.force).joined(separator: ", ")).\n"
                )
                return .invalidInput
            }
            return .ran
        }
    }

    static func kibibytes(_ bytes: Int) -> String {
        bytes < 1024 ? "\(bytes) bytes" : "\(NumberText.plain((Double(bytes) / 1024 * 10).rounded() / 10)) KiB"
    }
}
