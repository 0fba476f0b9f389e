import Foundation
import InspectionKit
import InspectionLoading
import InspectionRunner

/// One inspection run as the history keeps it: what a report of the run shows and nothing
/// more. Ids, grades, scores, outcomes, generated statements, figures, counts, case
/// references, the parameters in force and where each came from, and the evidence files'
/// names, sizes and SHA-256; never a record's own fields.
///
/// Built from a result by `Workspace.record(_:…)`, saved and read back by the store
/// (InspectionStore), compared by `RunDiff` and laid out over time by `RunTrend`.
public struct RunRecord: Sendable, Hashable {
    /// The store's id; nil until saved.
    public var id: Int64?
    /// When the run was saved (to the second, UTC).
    public var savedAt: Date
    /// `inspect` or `compare`: the command that saved it.
    public var command: String
    public var toolVersion: String
    public var forceID: String
    public var forceName: String
    public var inspectionID: String
    public var inspectionTitle: String
    /// As written: `2025-08-22`, `2025-01` or `unknown`.
    public var inspectionPublished: String
    public var frameworkID: String
    public var frameworkVersion: String
    /// `hmicfrs-percentage@1`.
    public var scoringModel: String
    /// The scale's grades, best first.
    public var scale: [Grade]
    /// What-if values given with `--set`, by name.
    public var whatIf: [Setting]
    /// The kinds of evidence the run was limited to (`--evidence`); nil for every kind.
    public var evidenceKinds: [String]?
    /// Every parameter each check ran with, by check then name.
    public var parameters: [Parameter]
    public var areas: [Area]
    public var evidence: [EvidenceFile]
    /// The inspection's published areas for improvement, causes of concern and
    /// recommendations, with their stable ids, as they stood when the run was saved.
    public var findings: [PublishedFinding]

    public init(
        id: Int64? = nil, savedAt: Date, command: String, toolVersion: String, forceID: String, forceName: String,
        inspectionID: String, inspectionTitle: String, inspectionPublished: String, frameworkID: String, frameworkVersion: String,
        scoringModel: String, scale: [Grade], whatIf: [Setting] = [], evidenceKinds: [String]? = nil, parameters: [Parameter] = [],
        areas: [Area] = [], evidence: [EvidenceFile] = [], findings: [PublishedFinding] = []
    ) {
        self.id = id
        self.savedAt = savedAt
        self.command = command
        self.toolVersion = toolVersion
        self.forceID = forceID
        self.forceName = forceName
        self.inspectionID = inspectionID
        self.inspectionTitle = inspectionTitle
        self.inspectionPublished = inspectionPublished
        self.frameworkID = frameworkID
        self.frameworkVersion = frameworkVersion
        self.scoringModel = scoringModel
        self.scale = scale
        self.whatIf = whatIf
        self.evidenceKinds = evidenceKinds
        self.parameters = parameters
        self.areas = areas
        self.evidence = evidence
        self.findings = findings
    }

    /// `ncpi-2024@2024.2 / hmicfrs-percentage@1`: two runs' grades compare only when equal.
    public var comparabilityKey: String { "\(frameworkID)@\(frameworkVersion) / \(scoringModel)" }

    /// `#12`, or `this run` before it is saved.
    public var label: String { id.map { "#\($0)" } ?? "this run" }

    /// `run #12`, or `this run` before it is saved: the run in a sentence.
    public var name: String { id.map { "run #\($0)" } ?? "this run" }

    /// `2025-10-01 09:00`, as lists of runs show it (UTC).
    public var savedAtText: String {
        let stamp = DateText.timestamp(savedAt)
        return String(stamp.prefix(10)) + " " + String(stamp.dropFirst(11).prefix(5))
    }

    public func grade(_ id: String?) -> Grade? { scale.first { $0.id == id } }

    /// The label of a grade id ("Requires improvement"), or the id when the scale lacks it.
    public func label(of grade: String) -> String { self.grade(grade)?.label ?? grade }

    public func area(_ id: String) -> Area? { areas.first { $0.id == id } }

    public struct Grade: Sendable, Hashable {
        public var id: String
        public var label: String
        public var colour: String

        public init(id: String, label: String, colour: String) {
            self.id = id
            self.label = label
            self.colour = colour
        }

        /// `RI` for "Requires improvement": the initials narrow tables use.
        public var abbreviation: String {
            label.split(separator: " ").compactMap(\.first).map { String($0).uppercased() }.joined()
        }
    }

    public struct Setting: Sendable, Hashable {
        public var name: String
        public var value: String

        public init(name: String, value: String) {
            self.name = name
            self.value = value
        }
    }

    /// A parameter as one check ran with it, and where its value came from.
    public struct Parameter: Sendable, Hashable {
        public var check: String
        public var name: String
        /// As written in YAML: `4h`, `0.9`, `[a, b]`.
        public var value: String
        /// `default`, `framework`, `framework check`, `inspection` or `--set`, with the file and
        /// line relative to the project root where one applies:
        /// `framework (Frameworks/ncpi-2024.yaml:57)`.
        public var origin: String

        public init(check: String, name: String, value: String, origin: String) {
            self.check = check
            self.name = name
            self.value = value
            self.origin = origin
        }
    }

    public struct Area: Sendable, Hashable {
        public var id: String
        public var title: String
        public var topic: String
        /// The computed grade id; nil when not graded.
        public var grade: String?
        /// The weighted score, 0–100; nil when not graded.
        public var percent: Double?
        public var basis: String
        /// The published grade id, `unknown`, or nil when the area was not inspected.
        public var published: String?
        public var publishedPossible: [String]
        public var publishedInferred: Bool
        /// `agrees`, `differs`, `not-graded`, `not-inspected` or `published-unknown`.
        public var agreement: String
        /// How far the grade was from the next one up and down; nil when the area was not
        /// graded or the run was saved before margins were kept.
        public var margin: GradeMargin?
        public var checks: [Check]

        public init(
            id: String, title: String, topic: String, grade: String?, percent: Double?, basis: String, published: String?,
            publishedPossible: [String] = [], publishedInferred: Bool = false, agreement: String, margin: GradeMargin? = nil,
            checks: [Check] = []
        ) {
            self.margin = margin
            self.id = id
            self.title = title
            self.topic = topic
            self.grade = grade
            self.percent = percent
            self.basis = basis
            self.published = published
            self.publishedPossible = publishedPossible
            self.publishedInferred = publishedInferred
            self.agreement = agreement
            self.checks = checks
        }
    }

    public struct Check: Sendable, Hashable {
        public var id: String
        public var title: String
        public var outcome: CheckResult.Outcome
        /// 1–4 when evaluated.
        public var score: Int?
        public var count: CheckResult.Count?
        /// The statement every report prints (see the README on what it may quote).
        public var statement: String
        public var figures: [CheckResult.Figure]
        /// Case references, never names.
        public var cases: [String]
        /// The framework theme of the check's use in its area (`missing-children`).
        public var theme: String?
        /// The finding it gave: a `Finding.Kind` raw value, or nil.
        public var finding: String?
        /// The record types (and `documents`) the check reads, so that a change in the
        /// evidence can be traced to the checks it reaches.
        public var reads: [String]

        public init(
            id: String, title: String, outcome: CheckResult.Outcome, score: Int?, count: CheckResult.Count?, statement: String,
            figures: [CheckResult.Figure] = [], cases: [String] = [], theme: String? = nil, finding: String? = nil, reads: [String] = []
        ) {
            self.id = id
            self.title = title
            self.outcome = outcome
            self.score = score
            self.count = count
            self.statement = statement
            self.figures = figures
            self.cases = cases
            self.theme = theme
            self.finding = finding
            self.reads = reads
        }

        /// The figure a trend follows: the check's first figure, or else the share of cases
        /// that met the standard; nil when it has neither.
        public var mainFigure: CheckResult.Figure? {
            if let first = figures.first { return first }
            guard let count, let share = count.share else { return nil }
            return CheckResult.Figure("share-met", "Share of cases meeting the standard", share, .share)
        }
    }

    /// An evidence file the run read: a dataset, a document or a CSV mapping.
    public struct EvidenceFile: Sendable, Hashable {
        public enum Kind: String, Sendable, Hashable, CaseIterable { case dataset, document, mapping }

        public var kind: Kind
        /// The dataset's name or the document's id.
        public var name: String
        /// Relative to the force's directory.
        public var file: String
        public var bytes: Int64
        /// Lowercase hex.
        public var sha256: String
        /// Datasets: the record type, the records loaded and the rows rejected.
        public var recordType: String?
        public var records: Int?
        public var rejected: Int?
        public var provenance: String

        public init(
            kind: Kind, name: String, file: String, bytes: Int64, sha256: String, recordType: String? = nil,
            records: Int? = nil, rejected: Int? = nil, provenance: String
        ) {
            self.kind = kind
            self.name = name
            self.file = file
            self.bytes = bytes
            self.sha256 = sha256
            self.recordType = recordType
            self.records = records
            self.rejected = rejected
            self.provenance = provenance
        }
    }

    /// A published finding with its stable id, as it stood at the run.
    public struct PublishedFinding: Sendable, Hashable {
        public var id: String
        public var kind: TrackedFinding.Kind
        public var area: String?
        public var theme: String?
        public var text: String

        public init(id: String, kind: TrackedFinding.Kind, area: String?, theme: String?, text: String) {
            self.id = id
            self.kind = kind
            self.area = area
            self.theme = theme
            self.text = text
        }
    }
}
