import Foundation
import InspectionKit
import InspectionLoading
import InspectionRunner

/// The YAML a synthetic force is made of: `force.yaml`, its inspection, its observations.
/// Every file opens with a SYNTHETIC header comment.
enum ForceFiles {
    static func force(_ plan: SyntheticForcePlan, of total: Int, origin: String, properNouns: [String] = []) -> String {
        let declared =
            properNouns.isEmpty
            ? ""
            : "# The proper nouns the synthetic records use; any other capitalised word is refused.\n"
                + "proper_nouns: \(YAMLText.list(properNouns))\n"
        return """
            # SYNTHETIC force \(plan.number) of \(total), \(origin).
            # Not a real police force: its id, its name and every record under it are invented, and
            # its practice was drawn at random. Regenerate rather than edit.
            schema: 1
            id: \(plan.id)
            name: \(plan.name)
            short_name: \(plan.shortName)
            region: \(plan.region)
            country: \(plan.country)
            source: \(YAMLText.quoted(origin))
            notes:
              - "SYNTHETIC: generated test data; no record is about a real child, case or force."
            \(declared)
            """
    }

    /// One dataset the inspection declares.
    struct Dataset {
        var name: String
        var recordType: String
        var file: String
        /// For a CSV export: the mapping file and the note.
        var csv: (mapping: String, note: String)?
        /// For a returned audit form: its sample and moderation files.
        var audit: (sample: String, moderation: String)? = nil
    }

    /// The inspection without its evidence section (what the engine reads of it) and the
    /// evidence section, which together make the file.
    static func inspection(
        _ plan: SyntheticForcePlan, id: String, framework: Framework, origin: String,
        datasets: [Dataset], documents: [SyntheticDocument]
    ) -> (header: String, evidence: String) {
        let published = DateText.iso(plan.published)
        var header = """
            # SYNTHETIC inspection of \(plan.name), \(origin).
            # No such inspection took place. The evidence is generated; the grades it earns follow the
            # force's hidden quality profile. There are no published judgements: nothing was published.
            schema: 1
            id: \(id)
            framework: \(framework.id.value)
            title: \(YAMLText.scalar("Synthetic inspection of \(plan.name)"))
            fieldwork: \(YAMLText.quoted("synthetic: none took place"))
            published: \(published)
            inspector: \(YAMLText.quoted("none (synthetic)"))
            source: \(YAMLText.quoted(origin))
            notes:
              - "SYNTHETIC: evidence generated for testing and benchmarking; not about any real force."

            """
        if !plan.localPolicy.isEmpty {
            header += "# Local policy drawn for this force.\nparameters:\n"
            for (name, value) in plan.localPolicy.sorted(by: { $0.key < $1.key }) {
                header += "  \(name): \(YAMLText.scalar(value.description))\n"
            }
        }
        var evidence = "\nevidence:\n  datasets:\n"
        for dataset in datasets {
            evidence += "    - name: \(dataset.name)\n      record_type: \(dataset.recordType)\n      file: \(dataset.file)\n"
            if let csv = dataset.csv {
                evidence +=
                    "      format: csv\n      provenance: synthetic\n      note: \(YAMLText.quoted(csv.note))\n      mapping: \(csv.mapping)\n"
            }
            if let audit = dataset.audit {
                evidence +=
                    "      format: csv\n      provenance: synthetic\n      note: \(YAMLText.quoted("SYNTHETIC case audits by two auditors, moderated; \(origin)."))\n"
                    + "      sample: \(audit.sample)\n      moderation: \(audit.moderation)\n"
            }
        }
        if !documents.isEmpty {
            evidence += "  documents:\n"
            for document in documents {
                evidence +=
                    "    - id: \(document.id)\n      kind: \(document.kind.rawValue)\n      title: \(YAMLText.quoted(document.title))\n"
                    + "      file: evidence/documents/\(document.id).md\n      provenance: synthetic\n"
            }
        }
        return (header, evidence)
    }

    /// The observations YAML dataset.
    static func observations(_ observations: [InspectionObservation], forceName: String, origin: String) -> String {
        var text = """
            # SYNTHETIC qualitative findings for \(forceName), \(origin).
            # One finding per topic of the checks that rest on observations alone; each rating follows
            # the force's hidden quality. Nothing here was published.
            schema: 1
            record_type: inspection-observation
            provenance: synthetic
            note: Synthetic findings for the observation-only checks; generated, not published.
            records:

            """
        for observation in observations {
            text +=
                "  - topic: \(observation.topic)\n    rating: \(observation.rating.rawValue)\n"
                + "    statement: \(YAMLText.quoted(observation.statement))\n    source: \(YAMLText.quoted(observation.source))\n"
        }
        return text
    }

    /// A finding on `topic` at `quality` (with a little noise already added).
    static func observation(topic: String, quality: Double, forceName: String, origin: String) -> InspectionObservation {
        let rating: InspectionObservation.Rating
        let words: String
        switch quality {
        case 0.72...: (rating, words) = (.strength, "was consistently good")
        case 0.45..<0.72: (rating, words) = (.mixed, "was good in part and short of the standard in part")
        case 0.2..<0.45: (rating, words) = (.shortfall, "fell short of the standard")
        default: (rating, words) = (.seriousShortfall, "fell seriously short of the standard, a cause of concern")
        }
        let subject = topic.replacingOccurrences(of: "-", with: " ")
        return InspectionObservation(
            topic: topic, rating: rating,
            statement: "Synthetic finding: at \(forceName), practice on \(subject) \(words).",
            source: "SYNTHETIC, \(origin)")
    }
}
