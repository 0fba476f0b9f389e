import InspectionKit
import InspectionLoading

/// A project root opened for work: its catalog loaded, its frameworks validated, and the
/// check registry to run with. The one entry point the CLI and tests use.
public struct Workspace: Sendable {
    public let catalog: Catalog
    public let registry: CheckRegistry
    /// Forces with problems in their own files, with what they are; the others still work.
    /// A force here may still be loaded (in `catalog.forces`), so that its other problems are
    /// found in the same run, but it is never inspected.
    public let brokenForces: [String: Diagnostics]

    /// Loads and validates the frameworks under `root`. Fails (exit 3) when any framework or
    /// scale is invalid: nothing can be graded against a broken framework.
    public static func open(root: String, registry: CheckRegistry) throws(InspectorError) -> Workspace {
        let loaded: (catalog: Catalog, problems: [String: Diagnostics])
        do {
            loaded = try Catalog.load(root: root)
        } catch {
            throw .invalid(error)
        }
        let problems = Validator(catalog: loaded.catalog, registry: registry).validateFrameworks()
        if !problems.isEmpty { throw .invalid(Diagnostics(problems)) }
        return Workspace(catalog: loaded.catalog, registry: registry, brokenForces: loaded.problems)
    }

    /// Every force id, broken or not, sorted.
    public var forceIDs: [String] { Set(catalog.forceIDs).union(brokenForces.keys).sorted() }

    /// The force id meant by `id`: the closest by spelling, or else the only one that starts
    /// with it (`northampton` for `northamptonshire`).
    public func forceSuggestion(for id: String) -> String? {
        if let closest = Suggestions.closest(id, forceIDs) { return closest }
        let extending = forceIDs.filter { !id.isEmpty && $0.hasPrefix(id.lowercased()) }
        return extending.count == 1 ? extending[0] : nil
    }

    /// Every problem with one force (its files, its cross-references and its evidence), in
    /// file and line order, each once.
    public func problems(force id: String) -> [Diagnostic] {
        check(force: id).problems
    }

    /// Every problem with one force, as `problems(force:)`, and the datasets that loaded with
    /// rows rejected within their `max_rejected` (by inspection, in file order), so that a
    /// validation that passes still says what it left out.
    public func check(force id: String) -> (problems: [Diagnostic], rejected: [(inspection: String, dataset: DatasetSummary)]) {
        let (found, rejected) = unsortedProblems(force: id)
        return (found.isEmpty ? [] : Diagnostics(consume found).all, rejected)
    }

    private func unsortedProblems(force id: String) -> ([Diagnostic], [(inspection: String, dataset: DatasetSummary)]) {
        let fileProblems = brokenForces[id]?.all ?? []
        guard let force = catalog.forces[id] else {
            if !fileProblems.isEmpty { return (fileProblems, []) }
            return (
                [
                    .file(
                        .unknownReference(kind: .force, id: id, suggestion: forceSuggestion(for: id)),
                        ProjectLayout.display("Forces/\(id)", under: catalog.root))
                ], []
            )
        }
        // Evidence is read even when the configuration has problems, so that one run reports both.
        var problems =
            fileProblems + Validator(catalog: catalog, registry: registry).validate(force) + FollowUpRules(catalog: catalog).problems(force)
        var rejected: [(inspection: String, dataset: DatasetSummary)] = []
        for inspection in force.inspections {
            do {
                let evidence = try EvidenceLoader(registry: registry).load(
                    inspection, of: force, vocabularies: vocabularies(inspection), framework: catalog.frameworks[inspection.framework.value]
                )
                rejected += evidence.datasets.filter { !$0.rejections.isEmpty }.map { (inspection.id.value, $0) }
            } catch {
                // A list of its own when nothing came before: a file can have 100,000 errors.
                if problems.isEmpty { problems = error.all } else { problems += error.all }
            }
        }
        return (problems, rejected)
    }

    /// Runs a force's latest inspection under a framework (default: its latest inspection).
    /// Configuration is validated first; the evidence is then read once, for the run itself.
    /// - Parameter evidence: use only datasets and documents of these kinds (nil: every kind).
    /// - Parameter scoring: the scoring model to grade by, by id or versioned id (nil: the
    ///   framework's default).
    public func inspect(
        force id: String, framework frameworkID: String? = nil, overrides: [String: ParameterValue] = [:],
        evidence kinds: Set<Provenance>? = nil, scoring: String? = nil
    ) throws(InspectorError) -> InspectionResult {
        if let broken = brokenForces[id] { throw .invalid(broken) }
        guard let force = catalog.forces[id] else { throw .invalid(Diagnostics(problems(force: id))) }
        var problems = Validator(catalog: catalog, registry: registry).validate(force) + FollowUpRules(catalog: catalog).problems(force)
        let inspection: Inspection
        if let frameworkID {
            guard let found = force.latestInspection(framework: frameworkID) else {
                throw .invalid(
                    Diagnostics(
                        problems + [
                            .file(
                                .unknownReference(
                                    kind: .inspection, id: "\(frameworkID) inspection of \(id)",
                                    suggestion: nil), force.displayDirectory + "/inspections")
                        ]))
            }
            inspection = found
        } else {
            guard let latest = force.inspections.last else {
                throw .invalid(Diagnostics(problems + [.file(.missingFile("inspections/*.yaml"), force.displayDirectory)]))
            }
            inspection = latest
        }
        // The evidence is read once, for the run, and its problems reported with the
        // configuration's.
        var evidence = EvidenceStore()
        do {
            evidence = try EvidenceLoader(registry: registry).load(
                inspection, of: force, vocabularies: vocabularies(inspection), kinds: kinds,
                framework: catalog.frameworks[inspection.framework.value])
        } catch {
            problems += error.all
        }
        if !problems.isEmpty { throw .invalid(Diagnostics(problems)) }
        let framework = catalog.frameworks[inspection.framework.value]!
        let model = try Self.scoringModel(scoring, of: framework)
        return try InspectionEngine(registry: registry).run(
            inspection, of: force, framework: framework, scale: catalog.scale(for: framework)!,
            evidence: evidence, overrides: overrides, model: model)
    }

    /// The model `name` names in the framework (its default for nil), or an error listing them.
    public static func scoringModel(_ name: String?, of framework: Framework) throws(InspectorError) -> ScoringModel {
        guard let model = framework.scoringModel(named: name) else {
            let models = framework.scoringModels.map(\.versionedID)
            throw .invalid(
                Diagnostics([
                    Diagnostic(.unknownScoringModel(name: name ?? "", framework: framework.id.value, models: models), at: framework.id)
                ]))
        }
        return model
    }

    /// The vocabularies of the inspection's framework (none when the framework is unknown).
    private func vocabularies(_ inspection: Inspection) -> [String: Set<String>] {
        (catalog.frameworks[inspection.framework.value]?.vocabularies ?? [:]).mapValues { Set($0.value) }
    }

    /// Reads `name=value` what-if assignments against the parameters checks declare.
    public func overrides(_ assignments: [String]) throws(InspectorError) -> [String: ParameterValue] {
        var values: [String: ParameterValue] = [:]
        var diagnostics = DiagnosticCollector()
        for text in assignments {
            if let (name, value) = diagnostics.collect({ try ParameterCoding.assignment(text, specs: registry.parameters) }) {
                values[name] = value
            }
        }
        if !diagnostics.isEmpty { throw .invalid(Diagnostics(diagnostics.diagnostics)) }
        return values
    }
}
