import Foundation
import YAML

/// What the published report said, for comparison with what the inspector derives, and for
/// the duties that follow publication.
///
/// Each list is known or not: a list written out (`[]` when the report has none) is known; a
/// list left out, or written `unknown`, is not, and a duty it would trigger is "unknown",
/// never "not required". A known list may still be partial (a summary's findings): what it
/// holds is published, and a duty it triggers applies.
public struct PublishedFindings: Decodable, Sendable {
    public var areasForImprovement: [PublishedFinding] = []
    public var causesOfConcern: [PublishedFinding] = []
    public var promisingPractice: [PublishedFinding] = []
    /// The lists the sources give.
    public var known: Set<List> = []

    /// In the order reports list them.
    public enum List: String, Sendable, Hashable, CaseIterable {
        case causesOfConcern = "causes_of_concern"
        case areasForImprovement = "areas_for_improvement"
        case promisingPractice = "promising_practice"

        /// "areas for improvement", as sentences name the list.
        public var words: String { rawValue.replacingOccurrences(of: "_", with: " ") }
    }

    enum CodingKeys: String, CodingKey {
        case areasForImprovement = "areas_for_improvement", causesOfConcern = "causes_of_concern"
        case promisingPractice = "promising_practice"
    }

    public init() {}

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        func list(_ key: CodingKeys, _ name: List) throws -> [PublishedFinding] {
            guard let written = try container.decodeIfPresent(KnownOrUnknown<[PublishedFinding]>.self, forKey: key),
                let findings = written.value
            else { return [] }
            known.insert(name)
            return findings
        }
        areasForImprovement = try list(.areasForImprovement, .areasForImprovement)
        causesOfConcern = try list(.causesOfConcern, .causesOfConcern)
        promisingPractice = try list(.promisingPractice, .promisingPractice)
    }

    public func isKnown(_ list: List) -> Bool { known.contains(list) }

    public func findings(_ list: List) -> [PublishedFinding] {
        switch list {
        case .areasForImprovement: return areasForImprovement
        case .causesOfConcern: return causesOfConcern
        case .promisingPractice: return promisingPractice
        }
    }
}

/// A value written out, or the word `unknown` in its place.
struct KnownOrUnknown<Value: Decodable>: Decodable {
    /// Nil for `unknown`.
    var value: Value?

    init(from decoder: any Decoder) throws {
        if let node = decoder.yamlNode, node.kind == .scalar, node.scalar == "unknown" {
            value = nil
        } else {
            value = try decoder.singleValueContainer().decode(Value.self)
        }
    }
}

public struct PublishedFinding: Decodable, Sendable {
    /// The finding's id within its inspection (`afi-missing`), written so that responses keep
    /// pointing at it however the list is reordered; nil takes the default by position (see
    /// `TrackedFinding`).
    public var id: YAML.Located<String>?
    /// The area it belongs to, when the report says.
    public var area: YAML.Located<String>?
    /// A short id shared with the framework's check references, so derived findings can be
    /// matched to published ones: `missing-children`.
    public var theme: YAML.Located<String>?
    public var text: String
    /// A cause of concern's recommendations, as published.
    public var recommendations: [PublishedRecommendation]
    /// True when written `recommendations: unknown`: the report made some (a cause of concern
    /// always has at least one) but the sources do not give them.
    public var recommendationsUnknown: Bool
    /// Where the finding is written, for errors about it as a whole.
    public var position: YAML.Located<String>?

    enum CodingKeys: String, CodingKey { case id, area, theme, text, recommendations }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        id = try container.decodeIfPresent(YAML.Located<String>.self, forKey: .id)
        area = try container.decodeIfPresent(YAML.Located<String>.self, forKey: .area)
        theme = try container.decodeIfPresent(YAML.Located<String>.self, forKey: .theme)
        text = try container.decode(String.self, forKey: .text)
        let written = try container.decodeIfPresent(KnownOrUnknown<[PublishedRecommendation]>.self, forKey: .recommendations)
        recommendations = written?.value ?? []
        recommendationsUnknown = written != nil && written?.value == nil
        position = decoder.yamlNode.map { YAML.Located("finding", mark: $0.mark, sourceLine: $0.sourceLine) }
    }
}

/// A recommendation published with a cause of concern, with its own time frame.
public struct PublishedRecommendation: Decodable, Sendable {
    /// Its id within the cause of concern (`rec-1` by default, by position).
    public var id: YAML.Located<String>?
    public var text: String
    /// `within: immediately | 6 months | unknown` or `by: YYYY-MM-DD`; nil when neither is
    /// written (a validation error: `problems` says so).
    public var timeFrame: TimeFrame?
    /// True when the sources do not say which cause of concern it answers and putting it
    /// under this one is the recorder's reading (`note` says why).
    public var inferred: Bool
    public var note: String?
    /// What is wrong with its time frame, at the place to change; empty when nothing is.
    public var problems: [Diagnostic]

    enum CodingKeys: String, CodingKey { case id, text, within, by, inferred, note }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        id = try container.decodeIfPresent(YAML.Located<String>.self, forKey: .id)
        text = try container.decode(String.self, forKey: .text)
        inferred = try container.decodeIfPresent(Bool.self, forKey: .inferred) ?? false
        note = try container.decodeIfPresent(String.self, forKey: .note)
        let within = try container.decodeIfPresent(YAML.Located<String>.self, forKey: .within)
        let by = try container.decodeIfPresent(YAML.Located<PublishedDate>.self, forKey: .by)
        problems = []
        switch (within, by) {
        case (let within?, nil):
            timeFrame = TimeFrame(within: within.value)
            if timeFrame == nil {
                problems.append(
                    Diagnostic(
                        .findingSetting(.notATimeFrame(within.value)),
                        at: within))
            }
        case (nil, let by?):
            if let day = by.value.exact {
                timeFrame = .by(day)
            } else {
                timeFrame = nil
                problems.append(
                    Diagnostic(.findingSetting(.byIsNotADay), at: by))
            }
        case (let within?, _?):
            timeFrame = nil
            problems.append(Diagnostic(.findingSetting(.twoTimeFrames), at: within))
        case (nil, nil):
            timeFrame = nil
            let mark = decoder.yamlNode.map { YAML.Located("recommendation", mark: $0.mark, sourceLine: $0.sourceLine) }
            if let mark {
                problems.append(
                    Diagnostic(
                        .findingSetting(.noTimeFrame), at: mark))
            }
        }
    }
}
