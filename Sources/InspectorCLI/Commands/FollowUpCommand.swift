import ArgumentParser
import Foundation
import InspectionHistory
import InspectionKit
import InspectionLoading
import InspectionReports
import InspectionRunner
import InspectionStore

/// `inspector follow-up <force>`: the published findings followed to their due dates.
struct FollowUpCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "follow-up",
        abstract:
            "Each published area for improvement, cause of concern and recommendation, with its due date, responses and what is overdue.",
        discussion: """
            Due dates follow the framework's duties after publication, counted from the day the \
            report was published (only a day known exactly gives dates): the written response to \
            the areas for improvement, the commissioner's comments, an action plan for causes of \
            concern. Responses are read from Forces/<force>/responses.yaml; a finding is overdue \
            from the day after its due date when no response is recorded by --as-of (default \
            today). Each finding is set beside the latest saved run's checks on its theme, and \
            the progress since earlier inspections is computed from history.yaml where like can \
            be compared with like.
            """)

    @OptionGroup var project: ProjectOptions
    @OptionGroup var storeOptions: StoreOptions

    @Argument(help: "The force: its directory name under Forces/, e.g. northamptonshire.")
    var force: String

    @Option(help: "The inspection to follow (default: the force's latest).")
    var inspection: String?

    @Option(name: .customLong("as-of"), help: ArgumentHelp("The day to follow up as of (default: today, UTC).", valueName: "YYYY-MM-DD"))
    var asOf: String?

    @Option(help: "Output format: \(FollowUpFormat.allCases.map(\.rawValue).joined(separator: ", ")).")
    var format: FollowUpFormat = .text

    func run() throws {
        try reporting {
            let day = try AsOfDay.resolve(asOf)
            let workspace = try Workspace.open(root: project.root, registry: Inspector.currentRegistry())
            let problems = workspace.problems(force: force)
            if !problems.isEmpty { throw CommandFailure.invalid(Diagnostics(problems)) }
            guard let configuration = workspace.catalog.forces[force] else {
                throw CommandFailure.internalFault("force '\(force)' vanished after validation")
            }
            let followed: Inspection
            if let inspection {
                guard let found = configuration.inspections.first(where: { $0.id.value == inspection }) else {
                    let ids = configuration.inspections.map(\.id.value)
                    throw CommandFailure.usage(
                        "\(force) has no inspection '\(inspection)'"
                            + (Suggestions.closest(inspection, ids).map { " (did you mean '\($0)'?)" } ?? "")
                            + "; its inspections: " + ids.joined(separator: ", "))
                }
                followed = found
            } else {
                guard let latest = configuration.inspections.last else {
                    throw CommandFailure.usage("\(force) has no inspection to follow up")
                }
                followed = latest
            }
            guard let framework = workspace.catalog.frameworks[followed.framework.value] else {
                throw CommandFailure.internalFault("framework '\(followed.framework.value)' vanished after validation")
            }
            let responses = try FindingResponses.load(for: configuration)
            let location = storeOptions.location(root: project.root)
            var latest: RunRecord?
            var noRun: String?
            if location.exists {
                let store = try HistoryStore.forReading(location)
                // A what-if run tried other values; the force's evidence speaks through its own runs.
                latest = try HistoryStore.failure { () throws(StoreError) in try store.runs(force: force) }.last { $0.whatIf.isEmpty }
                if latest == nil { noRun = "no run of \(force) without what-if values is saved in the run history" }
            } else {
                noRun = "there is no run history yet (save a run with `inspector inspect \(force) --save`)"
            }
            let followUp = FollowUp(
                force: configuration, inspection: followed, framework: framework, responses: responses,
                latestRun: latest, noRun: noRun, asOf: day)
            try Terminal.standardOutput.writeResult(format.render(followUp, style: Terminal.standardOutput.style))
            return .ran
        }
    }
}

/// The formats a follow-up is reported in.
enum FollowUpFormat: String, CaseIterable, ExpressibleByArgument {
    case text, markdown, json

    func render(_ followUp: FollowUp, style: TextStyle) -> String {
        switch self {
        case .text: return FollowUpTextReport.render(followUp, style: style)
        case .markdown: return FollowUpMarkdownReport.render(followUp)
        case .json: return HistoryJSON.followUp(followUp)
        }
    }
}
