import InspectionKit
import InspectionLoading

/// The files of a new force directory: `force.yaml`, an inspection and a note on evidence, with
/// a `<FILL IN: …>` placeholder wherever only a person can say what to write. `inspector
/// validate` reports each placeholder still there; once they are filled in the force validates
/// and can be inspected.
public struct ForceScaffold: Sendable {
    public let id: String
    public let name: String
    /// Nil when not given: the scaffold then asks for it.
    public let region: String?
    public let country: String
    public let framework: Framework

    /// The scale's grade ids, which the placeholders for the published grades list.
    public let grades: [String]

    public init(id: String, name: String, region: String?, country: String, framework: Framework, grades: [String] = []) {
        self.grades = grades
        self.id = id
        self.name = name
        self.region = region
        self.country = country
        self.framework = framework
    }

    /// Paths relative to the force's directory, with their text.
    public var files: [(path: String, text: String)] {
        [("force.yaml", forceYAML), ("inspections/\(framework.id.value).yaml", inspectionYAML), ("evidence/README.md", evidenceNote)]
    }

    /// A YAML double-quoted string.
    static func quoted(_ text: String) -> String {
        "\"" + text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "\""
    }

    /// A placeholder as a YAML string: `"<FILL IN: …>"`.
    static func fill(_ instruction: String) -> String { quoted(Placeholders.make(instruction)) }

    var shortName: String {
        for suffix in [" Police Service", " Constabulary", " Police"] where name.hasSuffix(suffix) {
            return String(name.dropLast(suffix.count))
        }
        return name
    }

    var forceYAML: String {
        """
        # \(name): who the force is. Created by `inspector new force`; check every value.
        schema: 1
        # The id must equal this directory's name.
        id: \(id)
        name: \(Self.quoted(name))
        # The name reports use in narrow tables.
        short_name: \(Self.quoted(shortName))
        region: \(region.map(Self.quoted) ?? Self.fill("the region, e.g. East Midlands"))
        country: \(Self.quoted(country))
        source: \(Self.fill("where these facts come from: a published report and its date"))
        # Local policies adopted since an inspection, which `inspect --set` can apply, e.g.
        # policies:
        #   - {parameter: missing.risk-policy, value: all-high, since: 2025, description: …, source: …}
        # The proper nouns the evidence's text may use (operations, teams, partners, places);
        # any other capitalised word is refused, as a child's name would be (docs/child-data.md), e.g.
        # proper_nouns: [Operation Satin, MASH]
        # The force's case references, when the default rule refuses them (docs/child-data.md), e.g.
        # case_reference_pattern: "MISPER-[0-9]{4}"

        """
    }

    var inspectionYAML: String {
        let grades = framework.areas.map { area in
            "  - {area: \(area.id.value), grade: \(Self.fill("the grade published for \(area.topic.lowercased()): \(gradeWords), or unknown")), source: \(Self.fill("the report and its date"))}"
        }.joined(separator: "\n")
        return """
            # The \(framework.title) of \(name). Fill in every <FILL IN: …> placeholder
            # (`inspector validate Forces/\(id)` lists each with its line), then run
            # `inspector inspect \(id)`. Lines starting with # are comments.
            schema: 1
            id: \(Self.fill("a short id for this inspection, unique within the force, e.g. 2025-\(framework.id.value.split(separator: "-").first.map(String.init) ?? framework.id.value)"))
            framework: \(framework.id.value)
            title: \(Self.fill("the report's title"))
            fieldwork: \(Self.fill("when fieldwork happened, in words, or: not stated in our sources"))
            # YYYY-MM-DD; YYYY-MM when only the month is known; unknown when the sources do not
            # say. The duties after publication are dated only from an exact day.
            published: \(Self.fill("the publication date: YYYY-MM-DD, YYYY-MM or unknown"))
            inspector: \(Self.fill("HM Inspector's name, or: not stated in our sources"))
            source: \(Self.fill("the published report and its date"))

            # The grade published for each area, with its source. Remove an area the report did
            # not grade; write grade: unknown (with one_of: [...] when the report's counts narrow
            # it down) for one graded but not named in the sources.
            published_judgements:
            \(grades)
            # How many areas the report gave each grade, when it says, e.g.
            # published_grade_counts: {good: 1, adequate: 2, requires-improvement: 2}

            # What the report published, for comparison with what the evidence gives and for the
            # duties after publication. `theme` matches the framework's check themes (see
            # Frameworks/\(framework.id.value).yaml). Replace `unknown` with the list as published
            # ([] only when the report is known to have none); a cause of concern lists its
            # recommendations, each with `within: immediately | 6 months | unknown` or `by: YYYY-MM-DD`
            # (docs/published-findings.md).
            published_findings:
              areas_for_improvement: unknown
              causes_of_concern: unknown
              promising_practice: unknown

            # Local policy at the time (`inspector explain <check>` lists each check's
            # parameters), e.g. missing.risk-policy: graded
            parameters: {}

            # The evidence: datasets of records (see `inspector explain --record-types`) and
            # documents, with paths inside this directory. A check without evidence is "could
            # not evaluate"; an area without enough is "not graded".
            evidence:
              datasets: []
              #  - {name: missing_episodes, record_type: missing-episode, file: evidence/missing-episodes.yaml}
              documents: []
              #  - {id: plan, kind: plan, title: "Police and crime plan", file: evidence/documents/plan.md}

            """
    }

    private var gradeWords: String {
        grades.isEmpty ? "one of the scale's grades" : grades.joined(separator: ", ")
    }

    var evidenceNote: String {
        """
        # Evidence for \(name)

        Each dataset is a YAML file declared in the inspection's `evidence.datasets`:

        ```yaml
        schema: 1
        record_type: missing-episode        # see docs/record-types.md for every type and field
        provenance: reconstructed           # reconstructed, synthetic, export or published
        note: Say exactly what is reconstructed, and from which published figures.
        records:
          - {case_ref: ABC-01, reported_at: 2025-01-06T18:20:00Z, risk_indicators: [], risk_grade: low}
        ```

        Or a records system's CSV export as it is, read through a mapping of its columns
        (`format: csv`, `mapping: mappings/<name>.yaml`; see docs/csv-evidence.md).

        Records carry case references only: never a child's name, date of birth or address (such
        fields are refused). Qualitative findings are `inspection-observation` records.

        """
    }
}
