import Foundation
import InspectionKit
import InspectionReports
import Testing

/// Northamptonshire's missing episodes come from its YAML records or from the same cases as a
/// CSV export (local UK times, the force's codes): the figures, statements and grades are the
/// same either way.
@Suite("Northamptonshire from a CSV export")
struct ShippedCSVEvidenceTests {
    @Test func theExportGivesTheSameFindingsAsTheYAMLRecords() throws {
        // The records alone: the audits' samples were drawn from the YAML dataset, and a changed
        // dataset is refused while they are declared.
        let original = try ProjectCopy(of: repositoryRoot)
        try original.removeCaseAudits(force: "northamptonshire")
        let yaml = try inspectNorthamptonshire(original)
        let copy = try ProjectCopy(of: repositoryRoot)
        try copy.removeCaseAudits(force: "northamptonshire")
        try copy.edit(
            "Forces/northamptonshire/inspections/2025-ncpi.yaml",
            replacing: "    - {name: missing_episodes, record_type: missing-episode, file: evidence/missing-episodes.yaml}",
            with:
                "    - {name: missing_episodes, record_type: missing-episode, file: evidence/exports/missing-episodes.csv, format: csv, provenance: reconstructed, mapping: mappings/missing-episodes.yaml}"
        )
        let csv = try inspectNorthamptonshire(copy)
        #expect(csv.areas.map(\.grading.grade) == yaml.areas.map(\.grading.grade))
        #expect(csv.areas.map(\.grading.percent) == yaml.areas.map(\.grading.percent))
        let checks = { (result: InspectionResult) in result.areas.flatMap(\.checks).map(\.result) }
        #expect(checks(csv) == checks(yaml))
        let dataset = try #require(csv.evidence.first { $0.name == "missing_episodes" })
        #expect(dataset.rows == 6)
        #expect(dataset.records == 6)
        #expect(dataset.rejections.isEmpty)
        #expect(
            TextReport.render(csv, width: 200).contains(
                "  - 6 missing-episode records from evidence/exports/missing-episodes.csv (reconstructed): 6 rows read, 6 used, 0 rejected.\n"
            ))
    }
}
