import ChildData
import YAML

/// A police force: `Forces/<id>/force.yaml`, with its inspections under `inspections/`.
public struct Force: Decodable, Sendable {
    public var schema: Int
    public var id: YAML.Located<String>
    public var name: String
    public var shortName: String
    public var region: String
    public var country: String
    public var source: String
    public var notes: [String]
    /// Local policies adopted since an inspection, which a what-if run can apply.
    public var policies: [PolicyChange]
    /// What the force's case references look like, as a regular expression the whole
    /// reference must match (on top of the default rule); nil for the default rule alone.
    public var caseReferencePattern: YAML.Located<String>?

    enum CodingKeys: String, CodingKey {
        case schema, id, name, shortName = "short_name", region, country, source, notes, policies
        case caseReferencePattern = "case_reference_pattern"
        case properNouns = "proper_nouns"
    }

    /// The proper nouns the force's evidence may name: its operations, teams, partners and
    /// places (`proper_nouns` in force.yaml). Its own name, short name, region and country
    /// count too (see `ProperNouns`).
    public var properNouns: [YAML.Located<String>]

    /// The force's rule for case references; nil when its pattern cannot be used (reported by
    /// the Validator).
    public var caseReferenceRule: CaseReferenceRule? { try? caseReferenceRuleOrProblem.get() }

    /// The force's rule for case references, or why its pattern cannot be used.
    public var caseReferenceRuleOrProblem: Result<CaseReferenceRule, CaseReferenceRule.PatternProblem> {
        guard let pattern = caseReferencePattern?.value else { return .success(.default) }
        return Result { () throws(CaseReferenceRule.PatternProblem) in try CaseReferenceRule(pattern: pattern) }
    }

    /// The words the force's free text may capitalise besides those of a sentence's start.
    public var declaredNouns: ProperNouns {
        ProperNouns(declared: properNouns.map(\.value) + [name, shortName, region, country])
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        schema = try container.decode(Int.self, forKey: .schema)
        id = try container.decode(YAML.Located<String>.self, forKey: .id)
        name = try container.decode(String.self, forKey: .name)
        shortName = try container.decode(String.self, forKey: .shortName)
        region = try container.decode(String.self, forKey: .region)
        country = try container.decode(String.self, forKey: .country)
        source = try container.decode(String.self, forKey: .source)
        notes = try container.decodeIfPresent([String].self, forKey: .notes) ?? []
        policies = try container.decodeIfPresent([PolicyChange].self, forKey: .policies) ?? []
        caseReferencePattern = try container.decodeIfPresent(YAML.Located<String>.self, forKey: .caseReferencePattern)
        properNouns = try container.decodeIfPresent([YAML.Located<String>].self, forKey: .properNouns) ?? []
    }
}

/// A change of local policy, e.g. "assess all missing children as high risk".
public struct PolicyChange: Decodable, Sendable {
    public var parameter: YAML.Located<String>
    public var value: YAML.Node
    /// When it took effect, in words ("after the 2025 inspection").
    public var since: String
    public var description: String
    public var source: String
}
