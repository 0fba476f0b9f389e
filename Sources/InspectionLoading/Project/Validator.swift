import InspectionKit
import YAML

/// Checks every cross-reference before anything runs: check ids, areas, grades, scales,
/// frameworks, record types, parameters and their types, published judgements, themes.
/// Reports all problems, each at the position that needs changing, with a suggestion where
/// one is close.
public struct Validator {
    public let catalog: Catalog
    public let registry: CheckRegistry

    public init(catalog: Catalog, registry: CheckRegistry) {
        self.catalog = catalog
        self.registry = registry
    }

    // MARK: Frameworks

    public func validateFrameworks() -> [Diagnostic] {
        var diagnostics = DiagnosticCollector()
        for id in catalog.frameworkIDs {
            validate(catalog.frameworks[id]!, into: &diagnostics)
        }
        for scale in catalog.scales.values.sorted(by: { $0.id.value < $1.id.value }) {
            if scale.grades.isEmpty {
                diagnostics.add(Diagnostic(.invalidScoring(.scaleWithoutGrades(scale: scale.id.value)), at: scale.id))
            }
            let ids = scale.grades.map(\.id)
            for (index, grade) in scale.grades.enumerated() where ids[..<index].contains(grade.id) {
                diagnostics.add(Diagnostic(.duplicateID(kind: .grade, id: grade.id), at: grade.location ?? scale.id))
            }
        }
        return diagnostics.diagnostics
    }

    private func validate(_ framework: Framework, into diagnostics: inout DiagnosticCollector) {
        guard let scale = catalog.scale(for: framework) else {
            diagnostics.add(unknown(.scale, framework.scale, among: catalog.scales.keys))
            return
        }
        var modelIDs: Set<String> = []
        for model in framework.scoringModels {
            if !modelIDs.insert(model.id).inserted {
                diagnostics.add(Diagnostic(.duplicateID(kind: .scoringModel, id: model.id), at: model.positions["id"] ?? framework.id))
            }
            validateScoring(model, scale: scale, into: &diagnostics)
        }
        var areaIDs: Set<String> = []
        for area in framework.areas {
            if !areaIDs.insert(area.id.value).inserted {
                diagnostics.add(Diagnostic(.duplicateID(kind: .area, id: area.id.value), at: area.id))
            }
            var listed: [String: YAML.Located<String>] = [:]
            for reference in area.checks {
                let check = reference.check
                if let first = listed[check.value] {
                    diagnostics.add(
                        Diagnostic(
                            .checkListedTwice(check: check.value, area: area.id.value), at: check.mark, sourceLine: check.sourceLine,
                            notes: [YAML.Note(.firstOccurrence(key: check.value), at: first.mark, sourceLine: first.sourceLine)]))
                    continue
                }
                listed[check.value] = check
                validate(reference, scale: scale, framework: framework, into: &diagnostics)
            }
            CharacteristicRules(framework: framework, area: area).check(into: &diagnostics)
        }
        if let overall = framework.overallJudgement {
            CharacteristicRules.check(overall, framework: framework, scale: scale, into: &diagnostics)
        }
        validateVocabularies(framework, into: &diagnostics)
        validateAuditForms(framework, into: &diagnostics)
        // A name no registered check declares is a typo; one only an unknown check reads is not.
        let known = Set(registry.parameters.keys)
        for (name, node) in framework.parameters.sorted(by: { $0.key < $1.key }) where !known.contains(name) {
            diagnostics.add(atKey(.unknownParameter(name: name, suggestion: Suggestions.closest(name, known)), node, name))
        }
    }

    private func validate(
        _ reference: CheckReference, scale: GradingScale, framework: Framework, into diagnostics: inout DiagnosticCollector
    ) {
        guard let descriptor = registry.descriptor(reference.check.value) else {
            diagnostics.add(
                Diagnostic(
                    .unknownCheck(
                        id: reference.check.value, suggestion: Suggestions.closest(reference.check.value, registry.ids),
                        modules: registry.modules.filter { !$0.checks.isEmpty }.map(\.name)), at: reference.check))
            return
        }
        if let cap = reference.whenNotMetAtBest, scale.grade(cap.value) == nil {
            diagnostics.add(unknown(.grade, cap, among: scale.grades.map(\.id)))
        }
        if let threshold = reference.causeOfConcernBelow, !(threshold.value > 0 && threshold.value <= 1) {
            diagnostics.add(
                Diagnostic(
                    .invalidScoring(.causeOfConcernShareOutOfRange(threshold.value)), at: threshold))
        }
        if !(reference.weight > 0 && reference.weight <= 1000) {
            diagnostics.add(
                Diagnostic(
                    .invalidScoring(.weightOutOfRange(check: descriptor.id, weight: reference.weight)),
                    at: reference.check))
        }
        if let partly = reference.onPartlyMet, partly.value > reference.onFailure {
            diagnostics.add(Diagnostic(.invalidScoring(.partlyMetWorseThanNotMet(check: descriptor.id)), at: partly))
        }
        let declared = Set(descriptor.parameters.map(\.name))
        for (name, node) in reference.parameters.sorted(by: { $0.key < $1.key }) where !declared.contains(name) {
            diagnostics.add(atKey(.parameterNotReadByCheck(name: name, check: descriptor.id), node, name))
        }
        _ = ParameterResolver(registry: registry).resolve(
            reference, framework: framework, inspection: nil, overrides: [:], diagnostics: &diagnostics)
    }

    /// Each vocabulary names a known record type and one of its fields; each word-list
    /// parameter tied to a vocabulary holds only its words.
    private func validateVocabularies(_ framework: Framework, into diagnostics: inout DiagnosticCollector) {
        for (key, words) in framework.vocabularies.sorted(by: { $0.key < $1.key }) {
            let parts = key.split(separator: ".", maxSplits: 1).map(String.init)
            guard parts.count == 2, let type = registry.recordType(parts[0]) else {
                diagnostics.add(
                    Diagnostic(
                        .unknownReference(
                            kind: .recordType, id: parts.first ?? key,
                            suggestion: Suggestions.closest(parts.first ?? key, registry.recordTypeIDs)), at: words))
                continue
            }
            let fields = type.recordType.fields.map(\.name)
            if !fields.contains(parts[1]) {
                diagnostics.add(
                    Diagnostic(.unknownReference(kind: .field, id: parts[1], suggestion: Suggestions.closest(parts[1], fields)), at: words))
            }
        }
        for (name, node) in framework.parameters.sorted(by: { $0.key < $1.key }) {
            guard let vocabulary = registry.parameters[name]?.vocabulary, let known = framework.vocabularies[vocabulary],
                let words = try? YAMLDecoder().decode([String].self, from: node)
            else { continue }
            for word in words where !known.value.contains(word) {
                diagnostics.add(
                    Diagnostic(
                        .invalidParameter(
                            name: name,
                            problem: "'\(word)' is not in the vocabulary \(vocabulary)"
                                + (Suggestions.closest(word, known.value).map { " (did you mean '\($0)'?)" } ?? "")), at: node))
            }
        }
    }

    private func validateScoring(_ model: ScoringModel, scale: GradingScale, into diagnostics: inout DiagnosticCollector) {
        let fallback = model.positions["id"] ?? scale.id
        guard !model.gradeBands.isEmpty else {
            diagnostics.add(
                Diagnostic(
                    .invalidScoring(.noGradeBands),
                    at: model.positions["grade_bands"] ?? fallback))
            return
        }
        var previous = Double.infinity
        for band in model.gradeBands {
            if scale.grade(band.grade.value) == nil { diagnostics.add(unknown(.grade, band.grade, among: scale.grades.map(\.id))) }
            if !(0...100).contains(band.minPercent) {
                diagnostics.add(
                    Diagnostic(
                        .invalidScoring(.bandMinimumOutOfRange(band.minPercent)),
                        at: band.grade))
            } else if band.minPercent >= previous {
                diagnostics.add(Diagnostic(.invalidScoring(.bandsNotFalling), at: band.grade))
            }
            previous = band.minPercent
        }
        if let last = model.gradeBands.last, last.minPercent != 0 {
            diagnostics.add(
                Diagnostic(.invalidScoring(.lastBandAboveZero), at: last.grade))
        }
        for cap in [model.causeOfConcernAtBest, model.withoutCauseOfConcernAtWorst].compactMap({ $0 }) where scale.grade(cap.value) == nil {
            diagnostics.add(unknown(.grade, cap, among: scale.grades.map(\.id)))
        }
        let method = model.method.rawValue
        switch model.method {
        case .percentage:
            if let scores = model.outcomeScores {
                if let promising = scores.promisingPractice {
                    diagnostics.add(Diagnostic(.invalidScoring(.promisingPracticeScored), at: promising))
                }
                let outcomes = [scores.met, scores.partlyMet, scores.notMet]
                if outcomes.contains(where: { $0 < 0 || $0 > 100 }) || scores.maximum == 0
                    || scores.outOf.map({ $0 > 100 || $0 < outcomes.max()! }) == true
                {
                    diagnostics.add(
                        Diagnostic(
                            .invalidScoring(.outcomeScoresOutOfRange),
                            at: model.positions["outcome_scores"] ?? fallback))
                }
            } else {
                diagnostics.add(Diagnostic(.invalidScoring(.settingMissing(setting: "outcome_scores", method: method)), at: fallback))
            }
            if model.partlyMetCountsAs != nil, let position = model.positions["partly_met_counts_as"] {
                diagnostics.add(
                    Diagnostic(.invalidScoring(.settingOfOtherMethod(setting: "partly_met_counts_as", method: method)), at: position))
            }
        case .shareOfCharacteristics:
            if let position = model.positions["outcome_scores"] {
                diagnostics.add(Diagnostic(.invalidScoring(.settingOfOtherMethod(setting: "outcome_scores", method: method)), at: position))
            }
            if let share = model.partlyMetCountsAs {
                if !(0...1).contains(share) {
                    diagnostics.add(
                        Diagnostic(
                            .invalidScoring(.partlyMetCountsAsOutOfRange(share)), at: model.positions["partly_met_counts_as"] ?? fallback))
                }
            } else {
                diagnostics.add(
                    Diagnostic(.invalidScoring(.settingMissing(setting: "partly_met_counts_as", method: method)), at: fallback))
            }
        }
        if !(0...1).contains(model.minimumEvaluatedShare) {
            diagnostics.add(
                Diagnostic(
                    .invalidScoring(.minimumEvaluatedShareOutOfRange(model.minimumEvaluatedShare)),
                    at: model.positions["minimum_evaluated_share"] ?? fallback))
        }
    }

    // MARK: Forces

    /// Checks a force's inspections against the frameworks and the registry. Evidence files
    /// are read and checked by `EvidenceLoader`.
    public func validate(_ force: ForceConfiguration) -> [Diagnostic] {
        var diagnostics = DiagnosticCollector()
        var inspectionIDs: Set<String> = []
        for inspection in force.inspections {
            if !inspectionIDs.insert(inspection.id.value).inserted {
                diagnostics.add(Diagnostic(.duplicateID(kind: .inspection, id: inspection.id.value), at: inspection.id))
            }
            guard let framework = catalog.frameworks[inspection.framework.value] else {
                diagnostics.add(unknown(.framework, inspection.framework, among: catalog.frameworkIDs))
                continue
            }
            validate(inspection, framework: framework, force: force, into: &diagnostics)
        }
        if let pattern = force.force.caseReferencePattern, case .failure(let problem) = force.force.caseReferenceRuleOrProblem {
            diagnostics.add(Diagnostic(.datasetSetting(.caseReferencePattern(problem)), at: pattern))
        }
        for policy in force.force.policies {
            guard let spec = registry.parameters[policy.parameter.value] else {
                diagnostics.add(
                    Diagnostic(
                        .unknownParameter(
                            name: policy.parameter.value, suggestion: Suggestions.closest(policy.parameter.value, registry.parameters.keys)),
                        at: policy.parameter))
                continue
            }
            guard spec.isLocalPolicy else {
                let policies = registry.parameters.values.filter(\.isLocalPolicy).map(\.name).sorted()
                diagnostics.add(Diagnostic(.standardNotLocalPolicy(name: spec.name, policies: policies), at: policy.parameter))
                continue
            }
            diagnostics.collect { _ = try ParameterCoding.value(policy.value, as: spec.type, name: spec.name, minimum: spec.minimum) }
        }
        return diagnostics.diagnostics
    }

    private func validate(
        _ inspection: Inspection, framework: Framework, force: ForceConfiguration, into diagnostics: inout DiagnosticCollector
    ) {
        let scale = catalog.scale(for: framework)
        for judgement in inspection.publishedJudgements {
            if framework.area(judgement.area.value) == nil { diagnostics.add(unknownArea(judgement.area, in: framework)) }
        }
        if let scale { PublishedGradeRules(scale: scale, framework: framework).check(inspection, into: &diagnostics) }
        validateKind(inspection, into: &diagnostics)
        let themes = Set(framework.areas.flatMap(\.checks).compactMap(\.theme))
        let findings = inspection.publishedFindings
        for finding in findings.areasForImprovement + findings.causesOfConcern + findings.promisingPractice {
            if let area = finding.area, framework.area(area.value) == nil { diagnostics.add(unknownArea(area, in: framework)) }
            if let theme = finding.theme, !themes.contains(theme.value) {
                diagnostics.add(
                    Diagnostic(
                        .unknownReference(kind: .theme, id: theme.value, suggestion: Suggestions.closest(theme.value, themes)), at: theme))
            }
        }
        let resolver = ParameterResolver(registry: registry)
        let read = resolver.names(readBy: framework)
        let policies = read.filter { registry.parameters[$0]?.isLocalPolicy == true }.sorted()
        for (name, node) in inspection.parameters.sorted(by: { $0.key < $1.key }) {
            if !read.contains(name) {
                diagnostics.add(atKey(.unknownParameter(name: name, suggestion: Suggestions.closest(name, read)), node, name))
            } else if registry.parameters[name]?.isLocalPolicy != true {
                diagnostics.add(atKey(.standardNotLocalPolicy(name: name, policies: policies), node, name))
            }
        }
        for reference in framework.areas.flatMap(\.checks) where registry.descriptor(reference.check.value) != nil {
            _ = resolver.resolve(reference, framework: framework, inspection: inspection, overrides: [:], diagnostics: &diagnostics)
        }
        var datasetNames: Set<String> = []
        for dataset in inspection.evidence.datasets {
            if !datasetNames.insert(dataset.name.value).inserted {
                diagnostics.add(Diagnostic(.duplicateID(kind: .dataset, id: dataset.name.value), at: dataset.name))
            }
            if dataset.isCaseAudit {
                validateAuditDataset(dataset, into: &diagnostics)
                continue
            }
            if registry.recordType(dataset.recordType.value) == nil {
                diagnostics.add(unknown(.recordType, dataset.recordType, among: registry.recordTypeIDs + [EvidenceStore.caseAuditType]))
            }
            validateFormat(dataset, into: &diagnostics)
            for (key, value) in [("sample", dataset.sample), ("moderation", dataset.moderation)] {
                if let value { diagnostics.add(Diagnostic(.audit(.auditOnlyKey(key)), at: value)) }
            }
        }
        validateSharedSamples(inspection.evidence.datasets.filter(\.isCaseAudit), into: &diagnostics)
        var documentIDs: Set<String> = []
        for document in inspection.evidence.documents where !documentIDs.insert(document.id.value).inserted {
            diagnostics.add(Diagnostic(.duplicateID(kind: .document, id: document.id.value), at: document.id))
        }
    }

    /// Causes of concern published ahead of the graded report carry no grades and at least one
    /// cause of concern: that is what such a publication is.
    private func validateKind(_ inspection: Inspection, into diagnostics: inout DiagnosticCollector) {
        guard inspection.kind == .acceleratedCausesOfConcern, let kind = inspection.kindPosition else { return }
        if let first = inspection.publishedJudgements.first {
            diagnostics.add(
                Diagnostic(
                    .invalidPublishedGrade(.gradesInAcceleratedPublication), at: first.area))
        }
        if let counts = inspection.publishedGradeCounts {
            diagnostics.add(
                Diagnostic(
                    .invalidPublishedGrade(.gradeCountsInAcceleratedPublication),
                    at: counts))
        }
        if inspection.publishedFindings.causesOfConcern.isEmpty {
            diagnostics.add(
                Diagnostic(
                    .findingSetting(.acceleratedWithoutCausesOfConcern),
                    at: kind))
        }
    }

    /// A CSV dataset states its provenance and its mapping; a YAML dataset's file states its
    /// own provenance and needs no mapping.
    private func validateFormat(_ dataset: DatasetDeclaration, into diagnostics: inout DiagnosticCollector) {
        switch dataset.format {
        case .csv:
            if dataset.provenance == nil {
                diagnostics.add(
                    Diagnostic(
                        .datasetSetting(.csvWithoutProvenance(dataset: dataset.name.value)),
                        at: dataset.name))
            }
            if dataset.mapping == nil {
                diagnostics.add(
                    Diagnostic(
                        .datasetSetting(.csvWithoutMapping(dataset: dataset.name.value)), at: dataset.name))
            }
        case .yaml:
            let csvOnly: [(String, YAML.Mark?, String?)] = [
                ("provenance", dataset.provenance?.mark, dataset.provenance?.sourceLine),
                ("mapping", dataset.mapping?.mark, dataset.mapping?.sourceLine),
                ("max_rejected", dataset.maxRejected?.mark, dataset.maxRejected?.sourceLine),
            ]
            for (key, mark, line) in csvOnly {
                guard let mark else { continue }
                diagnostics.add(
                    Diagnostic(
                        .datasetSetting(.csvOnlyKey(key)),
                        at: mark, sourceLine: line))
            }
        }
    }

    // MARK: Helpers

    /// An unknown area, with the closest id (by id, short name or title) and the framework's
    /// areas listed, because a reader often writes the name a report uses rather than the id.
    private func unknownArea(_ id: YAML.Located<String>, in framework: Framework) -> Diagnostic {
        Diagnostic(
            .unknownArea(
                id: id.value, suggestion: Self.closestArea(id.value, in: framework),
                areas: framework.areas.map { "\($0.id.value) (\($0.topic))" }), at: id)
    }

    /// The area whose id, topic or title is closest to `written` ("initial-response" finds
    /// `responding`, whose topic is "Initial response").
    static func closestArea(_ written: String, in framework: Framework) -> String? {
        if let byID = Suggestions.closest(written, framework.areas.map(\.id.value)) { return byID }
        func slug(_ text: String) -> String {
            text.lowercased().split(whereSeparator: { !$0.isLetter && !$0.isNumber }).joined(separator: "-")
        }
        let target = slug(written)
        for area in framework.areas where slug(area.topic) == target || slug(area.title) == target {
            return area.id.value
        }
        var byName: [String: String] = [:]
        for area in framework.areas {
            byName[slug(area.topic)] = area.id.value
            byName[slug(area.title)] = area.id.value
        }
        return Suggestions.closest(target, byName.keys.sorted()).flatMap { byName[$0] }
    }

    private func unknown<S: Sequence<String>>(
        _ kind: Diagnostic.ReferenceKind, _ id: YAML.Located<String>, among candidates: S
    ) -> Diagnostic {
        Diagnostic(.unknownReference(kind: kind, id: id.value, suggestion: Suggestions.closest(id.value, candidates)), at: id)
    }

    /// A diagnostic at a parameter's key. Dictionaries keep only their values' nodes, so the
    /// key is found on the value's line, where `name:` is written just before it.
    private func atKey(_ reason: Diagnostic.Reason, _ node: YAML.Node, _ name: String) -> Diagnostic {
        var mark = node.mark
        let line = node.sourceLine
        if let line, let range = line.range(of: name + ":") {
            mark.column = line[..<range.lowerBound].unicodeScalars.count + 1
        }
        return Diagnostic(reason, at: mark, sourceLine: line)
    }
}
