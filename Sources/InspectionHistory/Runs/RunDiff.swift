import InspectionKit
import InspectionLoading
import InspectionRunner

/// What changed between two saved runs, and why where the records can tell: an evidence file
/// the check reads changed, a parameter it runs with changed, or the framework or scoring
/// model changed. Pure: the same two records give the same difference.
public struct RunDiff: Sendable {
    public var from: RunRecord
    public var to: RunRecord

    /// Changes of what the run was graded against or limited to, said before anything else:
    /// different forces or inspections, framework or scoring-model versions, what-if values,
    /// evidence kinds, the inspector's version.
    public var context: [String]
    public var parameters: [ParameterChange]
    public var evidence: [EvidenceChange]
    public var areas: [AreaChange]

    /// Whether the two runs were graded under the same framework and scoring-model versions.
    public var comparable: Bool { from.comparabilityKey == to.comparabilityKey }

    /// Nothing that a report shows changed.
    public var isEmpty: Bool { context.isEmpty && parameters.isEmpty && evidence.isEmpty && areas.isEmpty }

    public struct ParameterChange: Sendable, Hashable {
        public var name: String
        /// The checks that run with it.
        public var checks: [String]
        /// Nil when the parameter was not read.
        public var from: String?
        public var to: String?
        public var fromOrigin: String?
        public var toOrigin: String?
    }

    public struct EvidenceChange: Sendable, Hashable {
        public enum Change: String, Sendable, Hashable { case added, removed, changed }
        public var file: String
        public var kind: RunRecord.EvidenceFile.Kind
        public var change: Change
        public var recordType: String?
        public var from: RunRecord.EvidenceFile?
        public var to: RunRecord.EvidenceFile?
    }

    /// Why a check's result changed, as far as the records tell.
    public enum Reason: Sendable, Hashable {
        case evidence([String])
        case parameters([String])
        case framework(from: String, to: String)
        case tool(from: String, to: String)
        /// Nothing recorded explains it (the records were the same).
        case unexplained

        public var words: String {
            switch self {
            case .evidence(let files): return "evidence changed (" + files.joined(separator: ", ") + ")"
            case .parameters(let names): return "parameter changed (" + names.joined(separator: ", ") + ")"
            case .framework(let from, let to): return "framework changed (\(from) → \(to))"
            case .tool(let from, let to): return "inspector changed (\(from) → \(to))"
            case .unexplained: return "no recorded cause: the evidence, parameters and framework were the same"
            }
        }
    }

    public struct AreaChange: Sendable, Hashable {
        public var id: String
        public var title: String
        /// Nil in `from` or `to` when the area is only in the other run.
        public var from: RunRecord.Area?
        public var to: RunRecord.Area?
        public var checks: [CheckChange]

        public var gradeChanged: Bool { from?.grade != to?.grade }
        public var scoreChanged: Bool { from?.percent.map(Self.rounded) != to?.percent.map(Self.rounded) }
        public var publishedChanged: Bool { from?.published != to?.published }
        /// Whether the grade margin changed, when both runs kept one (a run saved before
        /// margins were kept shows no change).
        public var marginChanged: Bool {
            guard let old = from?.margin, let new = to?.margin else { return false }
            return old != new
        }
        /// Whether the margin down shrank: fewer cases would now lower the grade, or a change
        /// of cases now can where none could.
        public var marginDownShrank: Bool {
            guard let old = from?.margin?.down, let new = to?.margin?.down, from?.grade == to?.grade, let cases = new.change?.cases
            else { return false }
            return old.change.map { cases < $0.cases } ?? true
        }

        static func rounded(_ percent: Double) -> Double { (percent * 10).rounded() / 10 }
    }

    public struct CheckChange: Sendable, Hashable {
        public var id: String
        public var title: String
        public var from: RunRecord.Check?
        public var to: RunRecord.Check?
        public var figures: [FigureChange]
        public var casesAdded: [String]
        public var casesRemoved: [String]
        public var reasons: [Reason]

        public var outcomeChanged: Bool { from?.outcome != to?.outcome }
        public var countChanged: Bool { from?.count != to?.count }
        public var scoreChanged: Bool { from?.score != to?.score }
    }

    public struct FigureChange: Sendable, Hashable {
        public var id: String
        public var label: String
        public var unit: CheckResult.Figure.Unit
        public var from: Double?
        public var to: Double?
    }

    public init(from: RunRecord, to: RunRecord) {
        self.from = from
        self.to = to
        context = Self.context(from, to)
        parameters = Self.parameterChanges(from, to)
        evidence = Self.evidenceChanges(from, to)
        let changedParameters = parameters
        let changedEvidence = evidence
        var areas: [AreaChange] = []
        for id in Self.union(from.areas.map(\.id), to.areas.map(\.id)) {
            let before = from.area(id)
            let after = to.area(id)
            var checks: [CheckChange] = []
            for check in Self.union(before?.checks.map(\.id) ?? [], after?.checks.map(\.id) ?? []) {
                let old = before?.checks.first { $0.id == check }
                let new = after?.checks.first { $0.id == check }
                if let change = Self.checkChange(old, new, from: from, to: to, parameters: changedParameters, evidence: changedEvidence) {
                    checks.append(change)
                }
            }
            let change = AreaChange(id: id, title: (after ?? before)!.title, from: before, to: after, checks: checks)
            if change.gradeChanged || change.scoreChanged || change.publishedChanged || change.marginChanged || !checks.isEmpty
                || before == nil || after == nil
            {
                areas.append(change)
            }
        }
        self.areas = areas
    }

    private static func context(_ from: RunRecord, _ to: RunRecord) -> [String] {
        var notes: [String] = []
        if from.comparabilityKey != to.comparabilityKey {
            notes.append(
                "The runs were graded under different frameworks or scoring models (\(from.comparabilityKey) in \(from.label), \(to.comparabilityKey) in \(to.label)): grades and scores may differ for that reason alone."
            )
        }
        if from.forceID != to.forceID {
            notes.append("The runs are of different forces (\(from.forceName) in \(from.label), \(to.forceName) in \(to.label)).")
        }
        if from.inspectionID != to.inspectionID {
            notes.append(
                "The runs are of different inspections (\(from.inspectionID) in \(from.label), \(to.inspectionID) in \(to.label)).")
        }
        if from.whatIf != to.whatIf {
            func words(_ run: RunRecord) -> String {
                run.whatIf.isEmpty ? "none" : run.whatIf.map { "\($0.name)=\($0.value)" }.joined(separator: ", ")
            }
            notes.append("What-if values differ: \(words(from)) in \(from.label), \(words(to)) in \(to.label).")
        }
        if from.evidenceKinds != to.evidenceKinds {
            func words(_ run: RunRecord) -> String { run.evidenceKinds?.joined(separator: ", ") ?? "every kind" }
            notes.append("The evidence used differs: \(words(from)) in \(from.label), \(words(to)) in \(to.label).")
        }
        if from.toolVersion != to.toolVersion {
            notes.append("The inspector's version differs: \(from.toolVersion) in \(from.label), \(to.toolVersion) in \(to.label).")
        }
        return notes
    }

    private static func parameterChanges(_ from: RunRecord, _ to: RunRecord) -> [ParameterChange] {
        let names = union(from.parameters.map(\.name), to.parameters.map(\.name)).sorted()
        var changes: [ParameterChange] = []
        for name in names {
            let before = from.parameters.filter { $0.name == name }
            let after = to.parameters.filter { $0.name == name }
            let old = before.first?.value
            let new = after.first?.value
            // A parameter a check reference sets for one check only may differ between checks;
            // each distinct value is its own change.
            if Set(before.map(\.value)) == Set(after.map(\.value)) { continue }
            changes.append(
                ParameterChange(
                    name: name, checks: Set((before + after).map(\.check)).sorted(), from: old, to: new,
                    fromOrigin: before.first?.origin, toOrigin: after.first?.origin))
        }
        return changes
    }

    private static func evidenceChanges(_ from: RunRecord, _ to: RunRecord) -> [EvidenceChange] {
        func key(_ file: RunRecord.EvidenceFile) -> String { file.kind.rawValue + ":" + file.file }
        let before = Dictionary(from.evidence.map { (key($0), $0) }, uniquingKeysWith: { first, _ in first })
        let after = Dictionary(to.evidence.map { (key($0), $0) }, uniquingKeysWith: { first, _ in first })
        var changes: [EvidenceChange] = []
        for key in union(from.evidence.map(key), to.evidence.map(key)) {
            let old = before[key]
            let new = after[key]
            let file = (new ?? old)!
            switch (old, new) {
            case (nil, _?):
                changes.append(
                    EvidenceChange(file: file.file, kind: file.kind, change: .added, recordType: file.recordType, from: nil, to: new))
            case (_?, nil):
                changes.append(
                    EvidenceChange(file: file.file, kind: file.kind, change: .removed, recordType: file.recordType, from: old, to: nil))
            case (let old?, let new?) where old.sha256 != new.sha256 || old.records != new.records || old.rejected != new.rejected:
                changes.append(
                    EvidenceChange(file: file.file, kind: file.kind, change: .changed, recordType: file.recordType, from: old, to: new))
            default: break
            }
        }
        return changes
    }

    private static func checkChange(
        _ old: RunRecord.Check?, _ new: RunRecord.Check?, from: RunRecord, to: RunRecord,
        parameters: [ParameterChange], evidence: [EvidenceChange]
    ) -> CheckChange? {
        let check = (new ?? old)!
        var figures: [FigureChange] = []
        let oldFigures = old?.figures ?? []
        let newFigures = new?.figures ?? []
        for id in union(oldFigures.map(\.id), newFigures.map(\.id)) {
            let before = oldFigures.first { $0.id == id }
            let after = newFigures.first { $0.id == id }
            let figure = (after ?? before)!
            if before.map({ NumberText.plain($0.value) }) != after.map({ NumberText.plain($0.value) }) {
                figures.append(FigureChange(id: id, label: figure.label, unit: figure.unit, from: before?.value, to: after?.value))
            }
        }
        let oldCases = Set(old?.cases ?? [])
        let newCases = Set(new?.cases ?? [])
        let added = (new?.cases ?? []).filter { !oldCases.contains($0) }
        let removed = (old?.cases ?? []).filter { !newCases.contains($0) }
        let changed =
            old == nil || new == nil || old?.outcome != new?.outcome || old?.count != new?.count || old?.score != new?.score
            || !figures.isEmpty || !added.isEmpty || !removed.isEmpty
        guard changed else { return nil }
        var reasons: [Reason] = []
        if from.comparabilityKey != to.comparabilityKey { reasons.append(.framework(from: from.comparabilityKey, to: to.comparabilityKey)) }
        let names = parameters.filter { $0.checks.contains(check.id) }.map { "\($0.name): \($0.from ?? "unset") → \($0.to ?? "unset")" }
        if !names.isEmpty { reasons.append(.parameters(names)) }
        let reads = Set(old?.reads ?? []).union(new?.reads ?? [])
        let files = evidence.filter { change in
            change.kind == .document ? reads.contains("documents") : change.recordType.map(reads.contains) ?? false
        }.map(\.file)
        if !files.isEmpty { reasons.append(.evidence(files)) }
        if reasons.isEmpty, from.toolVersion != to.toolVersion { reasons.append(.tool(from: from.toolVersion, to: to.toolVersion)) }
        if reasons.isEmpty { reasons.append(.unexplained) }
        return CheckChange(
            id: check.id, title: check.title, from: old, to: new, figures: figures, casesAdded: added, casesRemoved: removed,
            reasons: reasons)
    }

    /// The ids of `first` in order, then those only in `second`, each once.
    static func union(_ first: [String], _ second: [String]) -> [String] {
        var seen: Set<String> = []
        return (first + second).filter { seen.insert($0).inserted }
    }
}
