import CaseAudits
import FixtureChecks
import Foundation
import InspectionKit
import InspectionRunner
@_exported import TestSupport
import Testing

/// The case-audit tests run on the fixture project (its checks, framework and forces), with
/// alpha's visits replaced by a larger set, so that no shipped check or force can break them.
let registry = try! FixtureChecks.registry()

extension ProjectCopy {
    func workspace() throws -> Workspace {
        try Workspace.open(root: root, registry: registry)
    }

    /// The fixture project with an audit form for home visits, and alpha holding `count`
    /// visits, V-001 onwards, their outcome cycling safe, safe, unsafe, unknown and requested a
    /// day apart from 1 January 2025.
    static func withVisits(_ count: Int = 40) throws -> ProjectCopy {
        let copy = try ProjectCopy()
        // The fixture framework asks no audit question (its other tests change its checks); this one does.
        try copy.edit(
            "Frameworks/fixture-2024.yaml", replacing: "duties:\n",
            with: """
                audit_forms:
                  - {id: visits, title: Home visits, record_type: home-visit, questions: [visits.recorded-fully, visits.concern-found]}
                duties:

                """)
        var lines = [
            "# SYNTHETIC fixture records for the case-audit tests.", "schema: 1", "record_type: home-visit", "provenance: synthetic",
            "note: Fixture records for the case-audit tests.", "records:",
        ]
        let outcomes = ["safe", "safe", "unsafe", "unknown"]
        for index in 0..<count {
            let day = Calendar(identifier: .gregorian).date(byAdding: .day, value: index, to: Date(timeIntervalSince1970: 1_735_725_600))!
            let stamp = ISO8601DateFormatter().string(from: day)
            lines.append(
                "  - {case_ref: V-\(String(format: "%03d", index + 1)), requested_at: \(stamp), outcome: \(outcomes[index % 4]), concerns: [], children: 1, children_seen: 1, recorded: true}"
            )
        }
        try copy.write("Forces/alpha/evidence/visits.yaml", lines.joined(separator: "\n") + "\n")
        return copy
    }

    /// Draws a sample of alpha's visits and writes it under the force's directory.
    @discardableResult
    func drawSample(
        size: Int, seed: Int = 7, stratify: String? = nil, oversample: [String: Double] = [:],
        to path: String = "evidence/audits/sample.yaml"
    ) throws -> DrawnSample {
        let workspace = try workspace()
        let sample = try Sampler.draw(
            .init(force: "alpha", dataset: "visits", size: size, seed: seed, stratify: stratify, oversample: oversample),
            catalog: workspace.catalog, registry: workspace.registry)
        try write("Forces/alpha/\(path)", sample.yaml)
        return sample
    }

    /// Declares a returned form of the sample in alpha's inspection, with the rows given
    /// (after the form's header) and, optionally, a moderation file.
    func declareAudit(rows: [String], moderation: String? = nil, maxRejected: String? = nil) throws {
        let header = "case_ref,auditor,visits.recorded-fully,visits.concern-found"
        try write("Forces/alpha/evidence/audits/returned.csv", ([header] + rows).joined(separator: "\n") + "\n")
        var declaration = """
                - name: visits_audit
                  record_type: case-audit
                  format: csv
                  file: evidence/audits/returned.csv
                  sample: evidence/audits/sample.yaml
                  provenance: synthetic

            """
        if let moderation {
            try write("Forces/alpha/evidence/audits/moderation.yaml", moderation)
            declaration += "      moderation: evidence/audits/moderation.yaml\n"
        }
        if let maxRejected { declaration += "      max_rejected: \(maxRejected)\n" }
        try edit(
            "Forces/alpha/inspections/2025-fixture.yaml", replacing: "  documents:\n",
            with: declaration + "  documents:\n")
    }

    func inspect(_ force: String = "alpha") throws -> InspectionResult {
        try workspace().inspect(force: force)
    }

    /// The problems an inspection of alpha stops with, rendered, the root shown as `<root>`.
    func refusal(sourceLocation: SourceLocation = #_sourceLocation) throws -> String {
        do {
            _ = try inspect()
            Issue.record("the inspection ran", sourceLocation: sourceLocation)
            return ""
        } catch let error as InspectorError {
            guard case .invalid(let diagnostics) = error else { return "\(error)" }
            return diagnostics.all.map(\.description).joined(separator: "\n").replacingOccurrences(of: root, with: "<root>")
        }
    }
}

extension InspectionResult {
    func check(_ id: String) -> CheckOutcome { areas.flatMap(\.checks).first { $0.checkID == id }! }
}
