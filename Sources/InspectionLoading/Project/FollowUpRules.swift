import InspectionKit
import YAML

/// The cross-file rules of follow-up, checked with the rest of a force's configuration (by
/// `inspector validate` and before every run): published finding ids well formed and unique;
/// each response naming a finding that exists, with evidence inside the force's directory;
/// each theme of an earlier inspection one a framework knows.
package struct FollowUpRules {
    let catalog: Catalog

    package init(catalog: Catalog) {
        self.catalog = catalog
    }

    package func problems(_ force: ForceConfiguration) -> [Diagnostic] {
        var problems = force.inspections.flatMap { $0.trackedFindingProblems() }
        let themes = Set(catalog.frameworks.values.flatMap { $0.areas.flatMap(\.checks).compactMap(\.theme) })
        for past in force.history?.inspections ?? [] {
            for theme in past.themes where !themes.contains(theme.value) {
                problems.append(
                    Diagnostic(
                        .unknownReference(kind: .theme, id: theme.value, suggestion: Suggestions.closest(theme.value, themes)), at: theme))
            }
            let checks = Set(catalog.frameworks.values.flatMap { $0.areas.flatMap(\.checks).map(\.check.value) })
            for count in past.counts {
                guard let check = count.comparesWith, !checks.contains(check.value) else { continue }
                problems.append(
                    Diagnostic(
                        .unknownReference(kind: .check, id: check.value, suggestion: Suggestions.closest(check.value, checks)), at: check))
            }
        }
        let (responses, unreadable) = FindingResponses.read(for: force)
        problems += unreadable
        let ids = force.inspections.flatMap(\.trackedFindings).map(\.id)
        let paths = ForcePaths(directory: force.directory, display: force.displayDirectory)
        for response in responses.responses {
            if !ids.contains(response.finding.value) {
                problems.append(
                    Diagnostic(
                        .unknownFinding(id: response.finding.value, suggestion: Suggestions.closest(response.finding.value, ids)),
                        at: response.finding))
            }
            for path in response.evidence {
                do {
                    _ = try paths.resolve(path)
                } catch {
                    problems.append(error)
                }
            }
        }
        for met in responses.duties {
            guard let inspection = force.inspections.first(where: { $0.id.value == met.inspection.value }) else {
                let ids = force.inspections.map(\.id.value)
                problems.append(
                    Diagnostic(
                        .unknownReference(
                            kind: .inspection, id: met.inspection.value, suggestion: Suggestions.closest(met.inspection.value, ids)),
                        at: met.inspection))
                continue
            }
            let duties = catalog.frameworks[inspection.framework.value]?.duties.map(\.id) ?? []
            if !duties.contains(met.duty.value) {
                problems.append(
                    Diagnostic(
                        .unknownReference(kind: .duty, id: met.duty.value, suggestion: Suggestions.closest(met.duty.value, duties)),
                        at: met.duty))
            }
        }
        return problems
    }
}
