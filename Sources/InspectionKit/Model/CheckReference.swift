import YAML

/// A check as one area of a framework uses it.
public struct CheckReference: Decodable, Sendable {
    public var check: YAML.Located<String>
    /// Relative weight of the check's score within the area (default 1).
    public var weight: Double
    /// What a check that is not met produces, and, unless `onPartlyMet` says otherwise, one
    /// only partly met.
    public var onFailure: FindingClass
    /// What a check only partly met produces, when the framework chooses differently from
    /// `on_failure` (a cause of concern when not met, an area for improvement when partly met).
    public var onPartlyMet: YAML.Located<FindingClass>?
    /// A limiting rule: when the check is not met, the area's grade is at best this one.
    public var whenNotMetAtBest: YAML.Located<String>?
    /// When fewer than this share of cases meet the check's standard, the shortfall is a cause
    /// of concern (and the area at best what the scoring model allows with one), whatever
    /// `on_failure` says: "fewer than half of missing children graded at the risk known".
    public var causeOfConcernBelow: YAML.Located<Double>?
    /// Parameter values for this use of the check only, overriding the framework's.
    public var parameters: [String: YAML.Node]
    /// A short id for the theme a finding from this check falls under (`missing-children`),
    /// shared with a force's published findings so the two can be matched.
    public var theme: String?
    /// The id of the area's characteristic of good this check evidences: under a
    /// `share-of-characteristics` scoring model, its outcome counts towards that one.
    public var characteristic: YAML.Located<String>?

    enum CodingKeys: String, CodingKey {
        case check, weight, onFailure = "on_failure", onPartlyMet = "on_partly_met", whenNotMetAtBest = "when_not_met_at_best"
        case causeOfConcernBelow = "cause_of_concern_below", parameters, theme, characteristic
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        check = try container.decode(YAML.Located<String>.self, forKey: .check)
        weight = try container.decodeIfPresent(Double.self, forKey: .weight) ?? 1
        onFailure = try container.decode(FindingClass.self, forKey: .onFailure)
        onPartlyMet = try container.decodeIfPresent(YAML.Located<FindingClass>.self, forKey: .onPartlyMet)
        whenNotMetAtBest = try container.decodeIfPresent(YAML.Located<String>.self, forKey: .whenNotMetAtBest)
        causeOfConcernBelow = try container.decodeIfPresent(YAML.Located<Double>.self, forKey: .causeOfConcernBelow)
        parameters = try container.decodeIfPresent([String: YAML.Node].self, forKey: .parameters) ?? [:]
        theme = try container.decodeIfPresent(String.self, forKey: .theme)
        characteristic = try container.decodeIfPresent(YAML.Located<String>.self, forKey: .characteristic)
    }

    /// What a partly met check produces: `on_partly_met`, or else `on_failure`.
    public var partlyMetClass: FindingClass { onPartlyMet?.value ?? onFailure }
}

/// The classes of finding an inspection reports.
public enum FindingClass: String, Decodable, Sendable, CaseIterable, Comparable {
    /// Falls short of expected standards; the force must respond in writing.
    case areaForImprovement = "area-for-improvement"
    /// A serious, critical or systemic shortcoming; comes with recommendations.
    case causeOfConcern = "cause-of-concern"

    public var label: String {
        switch self {
        case .areaForImprovement: return "area for improvement"
        case .causeOfConcern: return "cause of concern"
        }
    }

    public static func < (lhs: FindingClass, rhs: FindingClass) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}
