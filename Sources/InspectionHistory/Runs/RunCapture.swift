import Foundation
import InspectionKit
import InspectionLoading
import InspectionRunner
import Reproducible
import YAML

extension Workspace {
    /// The record of a run, ready to save or to set beside a saved one: the result's grades,
    /// outcomes, figures and cases, every parameter each check ran with and where it came
    /// from, and the size and SHA-256 of each evidence file the run read.
    ///
    /// - Parameters:
    ///   - overrides: the what-if values the run was given (`--set`).
    ///   - kinds: the kinds of evidence the run was limited to (nil: every kind).
    ///   - command: `inspect` or `compare`.
    ///   - savedAt: when it is saved, rounded down to the second.
    public func record(
        _ result: InspectionResult, overrides: [String: ParameterValue] = [:], evidence kinds: Set<Provenance>? = nil,
        command: String, savedAt: Date
    ) throws(InspectorError) -> RunRecord {
        guard let force = catalog.forces[result.force.id],
            let inspection = force.inspections.first(where: { $0.id.value == result.inspection.id }),
            let framework = catalog.frameworks[result.framework.id]
        else { throw .internalFault("the run of \(result.force.id) no longer matches the project's configuration") }
        return RunRecord(
            savedAt: Date(timeIntervalSince1970: savedAt.timeIntervalSince1970.rounded(.down)), command: command,
            toolVersion: result.tool.version, forceID: result.force.id, forceName: result.force.name,
            inspectionID: result.inspection.id, inspectionTitle: result.inspection.title,
            inspectionPublished: result.inspection.published.description, frameworkID: result.framework.id,
            frameworkVersion: result.framework.version, scoringModel: result.framework.scoringModel,
            scale: result.scale.map { RunRecord.Grade(id: $0.id, label: $0.label, colour: $0.colour) },
            whatIf: overrides.sorted { $0.key < $1.key }.map { RunRecord.Setting(name: $0.key, value: $0.value.description) },
            evidenceKinds: kinds.map { $0.map(\.rawValue).sorted() },
            parameters: parametersInForce(inspection, framework: framework, overrides: overrides),
            areas: result.areas.map(record),
            evidence: try evidenceFiles(result, inspection: inspection, force: force, kinds: kinds),
            findings: inspection.trackedFindings.map {
                RunRecord.PublishedFinding(id: $0.id, kind: $0.kind, area: $0.area, theme: $0.theme, text: $0.text)
            })
    }

    private func record(_ area: AreaResult) -> RunRecord.Area {
        RunRecord.Area(
            id: area.id, title: area.title, topic: area.topic, grade: area.grading.grade, percent: area.grading.percent,
            basis: area.grading.basis, published: area.published.map { $0.grade ?? PublishedJudgement.unknown },
            publishedPossible: area.published?.possible ?? [], publishedInferred: area.published?.inferred ?? false,
            agreement: area.agreement.rawValue, margin: area.margin,
            checks: area.checks.map { outcome in
                let finding = area.findings.first { $0.checkID == outcome.checkID }
                return RunRecord.Check(
                    id: outcome.checkID, title: outcome.title, outcome: outcome.result.outcome, score: outcome.score,
                    count: outcome.result.count, statement: outcome.result.statement,
                    figures: outcome.result.figures.map { figure in
                        // The store keeps a figure's value, not its n (the count beside it says how many cases).
                        CheckResult.Figure(figure.id, figure.label, figure.value, figure.unit)
                    },
                    cases: outcome.result.cases, theme: outcome.theme, finding: finding?.kind.rawValue, reads: reads(outcome))
            })
    }

    /// The record types a check reads, with `documents` when its result rests on documents.
    private func reads(_ outcome: CheckOutcome) -> [String] {
        guard let descriptor = registry.descriptor(outcome.checkID) else { return [] }
        var reads = Set(descriptor.readIDs)
        if !descriptor.observationTopics.isEmpty { reads.insert(InspectionObservation.recordType.id) }
        if outcome.result.basis == .documents { reads.insert("documents") }
        return reads.sorted()
    }

    /// Every parameter each check of the framework runs with, and the layer that set it.
    func parametersInForce(_ inspection: Inspection, framework: Framework, overrides: [String: ParameterValue]) -> [RunRecord.Parameter] {
        let resolver = ParameterResolver(registry: registry)
        var parameters: [RunRecord.Parameter] = []
        var seen: Set<String> = []
        for reference in framework.areas.flatMap(\.checks) {
            guard let descriptor = registry.descriptor(reference.check.value), seen.insert(descriptor.id).inserted else { continue }
            var ignored = DiagnosticCollector()
            guard
                let values = resolver.resolve(
                    reference, framework: framework, inspection: inspection, overrides: overrides, diagnostics: &ignored)
            else { continue }
            for spec in descriptor.parameters {
                guard let value = values[spec.name] else { continue }
                let origin: String
                if overrides[spec.name] != nil {
                    origin = "--set"
                } else if spec.isLocalPolicy, let node = inspection.parameters[spec.name] {
                    origin = "inspection (\(place(node)))"
                } else if let node = reference.parameters[spec.name] {
                    origin = "framework check (\(place(node)))"
                } else if let node = framework.parameters[spec.name] {
                    origin = "framework (\(place(node)))"
                } else {
                    origin = "default"
                }
                parameters.append(RunRecord.Parameter(check: descriptor.id, name: spec.name, value: value.description, origin: origin))
            }
        }
        return parameters.sorted { ($0.check, $0.name) < ($1.check, $1.name) }
    }

    /// `Frameworks/ncpi-2024.yaml:57`: a value's file relative to the project root, and line.
    private func place(_ node: YAML.Node) -> String {
        let root = catalog.root.hasSuffix("/") ? catalog.root : catalog.root + "/"
        let file = node.mark.file.hasPrefix(root) ? String(node.mark.file.dropFirst(root.count)) : node.mark.file
        return "\(file):\(node.mark.line)"
    }

    /// The datasets the run loaded, the documents it may have read and the CSV mapping files,
    /// each with its size and digest.
    private func evidenceFiles(
        _ result: InspectionResult, inspection: Inspection, force: ForceConfiguration, kinds: Set<Provenance>?
    ) throws(InspectorError) -> [RunRecord.EvidenceFile] {
        let paths = ForcePaths(directory: force.directory, display: force.displayDirectory)
        func digest(_ file: YAML.Located<String>) throws(InspectorError) -> (bytes: Int64, sha256: String) {
            do {
                return try SHA256.file(try paths.resolve(file))
            } catch let diagnostic as Diagnostic {
                throw .invalid(Diagnostics([diagnostic]))
            } catch {
                throw .invalid(Diagnostics([Diagnostic(.missingFile(file.value), at: file)]))
            }
        }
        var files: [RunRecord.EvidenceFile] = []
        for dataset in result.evidence {
            guard let declaration = inspection.evidence.datasets.first(where: { $0.name.value == dataset.name }) else { continue }
            let (bytes, sha256) = try digest(declaration.file)
            files.append(
                RunRecord.EvidenceFile(
                    kind: .dataset, name: dataset.name, file: dataset.file, bytes: bytes, sha256: sha256, recordType: dataset.recordType,
                    records: dataset.records, rejected: dataset.rows == nil ? nil : dataset.rejections.count,
                    provenance: dataset.provenance.rawValue))
            if let mapping = declaration.mapping, mapping.kind == .scalar, let written = mapping.scalar {
                let (bytes, sha256) = try digest(YAML.Located(written, mark: mapping.mark, sourceLine: mapping.sourceLine))
                files.append(
                    RunRecord.EvidenceFile(
                        kind: .mapping, name: dataset.name, file: written, bytes: bytes, sha256: sha256, recordType: dataset.recordType,
                        provenance: dataset.provenance.rawValue))
            }
        }
        for document in inspection.evidence.documents where kinds?.contains(document.provenance) ?? true {
            let (bytes, sha256) = try digest(document.file)
            files.append(
                RunRecord.EvidenceFile(
                    kind: .document, name: document.id.value, file: document.file.value, bytes: bytes,
                    sha256: sha256, provenance: document.provenance.rawValue))
        }
        return files
    }
}
