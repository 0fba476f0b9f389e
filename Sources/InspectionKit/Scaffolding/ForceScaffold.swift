/// The files of a new force directory: a valid `force.yaml`, an inspection template (not read
/// until renamed to `.yaml`) and a note on evidence. Every comment says what to fill in.
public struct ForceScaffold: Sendable {
    public let id: String
    public let name: String
    public let region: String
    public let country: String
    public let framework: Framework

    public init(id: String, name: String, region: String, country: String, framework: Framework) {
        self.id = id
        self.name = name
        self.region = region
        self.country = country
        self.framework = framework
    }

    /// Paths relative to the force's directory, with their text.
    public var files: [(path: String, text: String)] {
        [("force.yaml", forceYAML), ("inspections/\(framework.id.value).yaml.template", inspectionTemplate), ("evidence/README.md", evidenceNote)]
    }

    /// A YAML double-quoted string.
    static func quoted(_ text: String) -> String {
        "\"" + text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "\""
    }

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
        region: \(Self.quoted(region))
        country: \(Self.quoted(country))
        # Where these facts come from: a published report, with its date.
        source: "not yet given: name the published source of these facts"
        # Local policies adopted since an inspection, which `inspect --set` can apply, e.g.
        # policies:
        #   - {parameter: missing.risk-policy, value: all-high, since: 2025, description: …, source: …}

        """
    }

    var inspectionTemplate: String {
        let judgements = framework.areas.map { area in
            "  # - {area: \(area.id.value), grade: <one of the scale's grades>, source: \"<report and date>\"}   # \(area.title)"
        }.joined(separator: "\n")
        return """
            # TEMPLATE: fill this in, then rename it to \(framework.id.value).yaml (only .yaml files are
            # read) and run `inspector validate Forces/\(id)`. Lines starting with # are comments.
            schema: 1
            # A short id for this inspection, unique within the force, e.g. 2025-ncpi.
            id: <year>-\(framework.id.value)
            framework: \(framework.id.value)
            title: "<the report's title>"
            # When fieldwork happened, in words; "not stated in our sources" if unknown.
            fieldwork: "<e.g. February to March 2025>"
            # The publication date, YYYY-MM-DD: the duties after publication count from it.
            published: <YYYY-MM-DD>
            inspector: "<HM Inspector's name, or not stated in our sources>"
            source: "<the published report and its date>"

            # The grade published for each area, with its source. Leave out areas not graded.
            published_judgements:
            \(judgements)

            # What the report published, for comparison with what the evidence gives. `theme`
            # matches the framework's check themes (see Frameworks/\(framework.id.value).yaml).
            published_findings:
              areas_for_improvement: []
              causes_of_concern: []
              promising_practice: []

            # Local policy at the time, overriding the framework's parameter values
            # (`inspector explain <check>` lists them), e.g. missing.risk-policy: graded
            parameters: {}

            # The evidence: datasets of records (see docs/record-types.md) and documents, with
            # paths inside this directory. A check without evidence is "could not evaluate".
            evidence:
              datasets: []
              #  - {name: missing_episodes, record_type: missing-episode, file: evidence/missing-episodes.yaml}
              documents: []
              #  - {id: plan, kind: plan, title: "Police and crime plan", file: evidence/documents/plan.md}

            """
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

        Records carry case references only: never a child's name, date of birth or address (such
        fields are refused). Qualitative findings are `inspection-observation` records.

        """
    }
}
