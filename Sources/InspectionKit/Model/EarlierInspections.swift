import YAML

/// Earlier inspections of a force, for tracking progress: `Forces/<id>/history.yaml`.
///
/// Each entry keeps its prose (summary, findings) and, where the inspectorate published them,
/// its counts: a case audit (cases graded good, requires improvement, inadequate) and named
/// counts ("4 of 10 records"). Counts are checked where they are written: none negative, and
/// no part larger than its whole.
public struct EarlierInspections: Decodable, Sendable {
    public var schema: Int
    public var inspections: [PastInspection]

    enum CodingKeys: String, CodingKey { case schema, inspections }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        schema = try container.decode(Int.self, forKey: .schema)
        inspections = try container.decode([PastInspection].self, forKey: .inspections)
        // One id per inspection: findings and progress are tracked by it.
        var ids: Set<String> = []
        for inspection in inspections where !ids.insert(inspection.id).inserted {
            throw inspection.idLocation.error(
                .invalidValue("inspection id '\(inspection.id)' is defined more than once; give each earlier inspection its own id"))
        }
    }

    public struct PastInspection: Decodable, Sendable {
        public var id: String
        public var title: String
        /// When fieldwork happened, in words ("March 2019").
        public var fieldwork: String
        public var published: PublishedDate?
        public var summary: String
        public var findings: [String]
        /// The framework themes its findings concern (`missing-children`), so that a later run's
        /// checks on the same theme can be set beside them.
        public var themes: [YAML.Located<String>]
        public var caseAudit: CaseAudit?
        /// Counts the report published, each named so that a later report's count of the same
        /// thing can be compared with it.
        public var counts: [PublishedCount]
        public var source: String
        /// Where the id is written, for "defined more than once".
        var idLocation: YAML.Located<String>

        enum CodingKeys: String, CodingKey {
            case id, title, fieldwork, published, summary, findings, themes, caseAudit = "case_audit", counts, source
        }

        public init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            idLocation = try container.decode(YAML.Located<String>.self, forKey: .id)
            id = idLocation.value
            title = try container.decode(String.self, forKey: .title)
            fieldwork = try container.decode(String.self, forKey: .fieldwork)
            published = try container.decodeIfPresent(PublishedDate.self, forKey: .published)
            summary = try container.decode(String.self, forKey: .summary)
            findings = try container.decodeIfPresent([String].self, forKey: .findings) ?? []
            themes = try container.decodeIfPresent([YAML.Located<String>].self, forKey: .themes) ?? []
            caseAudit = try container.decodeIfPresent(CaseAudit.self, forKey: .caseAudit)
            counts = try container.decodeIfPresent([PublishedCount].self, forKey: .counts) ?? []
            source = try container.decode(String.self, forKey: .source)
        }
    }

    /// Counts from an audit of case files, where each case was graded.
    public struct CaseAudit: Decodable, Sendable {
        public var audited: Int
        public var good: Int?
        public var requiresImprovement: Int?
        public var inadequate: Int?

        enum CodingKeys: String, CodingKey {
            case audited, good, requiresImprovement = "requires_improvement", inadequate
        }

        public init(audited: Int, good: Int? = nil, requiresImprovement: Int? = nil, inadequate: Int? = nil) {
            self.audited = audited
            self.good = good
            self.requiresImprovement = requiresImprovement
            self.inadequate = inadequate
        }

        /// Refuses a negative count, a grade with more cases than were audited, and grades that
        /// together hold more cases than were audited, each at the count that breaks the rule.
        public init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            let audited = try container.decode(YAML.Located<Int>.self, forKey: .audited)
            try CountRules.notNegative(audited, "audited")
            var total = 0
            var parts: [CodingKeys: Int] = [:]
            for key in [CodingKeys.good, .requiresImprovement, .inadequate] {
                guard let part = try container.decodeIfPresent(YAML.Located<Int>.self, forKey: key) else { continue }
                try CountRules.notNegative(part, key.rawValue)
                if part.value > audited.value {
                    throw part.error(.invalidValue("\(key.rawValue) is \(part.value), but only \(audited.value) cases were audited"))
                }
                total += part.value
                if total > audited.value {
                    throw part.error(.invalidValue("the graded cases add up to \(total), more than the \(audited.value) audited"))
                }
                parts[key] = part.value
            }
            self.init(
                audited: audited.value, good: parts[.good], requiresImprovement: parts[.requiresImprovement], inadequate: parts[.inadequate]
            )
        }
    }

    /// "4 of 10 records showed more than 25 days between a report and sharing it": a count a
    /// report published, out of how many were examined.
    public struct PublishedCount: Decodable, Sendable, Hashable {
        /// Names what is counted, so that another report's count of the same thing can be set
        /// beside it: `sharing-over-25-days`.
        public var id: String
        /// What is counted, in words, read after the count: "records with more than 25 days …".
        public var what: String
        public var count: Int
        public var of: Int
        /// Whether a lower or a higher share is the better one.
        public var better: Direction
        /// A check whose count measures the same thing (its shortfall when lower is better,
        /// the cases meeting it when higher is), so that the latest run's count is compared
        /// with this one. Only where the measure is truly the same.
        public var comparesWith: YAML.Located<String>?
        public var note: String?

        public enum Direction: String, Decodable, Sendable, Hashable, CaseIterable { case lower, higher }

        enum CodingKeys: String, CodingKey { case id, what, count, of, better, comparesWith = "compares_with", note }

        public init(
            id: String, what: String, count: Int, of: Int, better: Direction, comparesWith: YAML.Located<String>? = nil, note: String? = nil
        ) {
            self.id = id
            self.what = what
            self.count = count
            self.of = of
            self.better = better
            self.comparesWith = comparesWith
            self.note = note
        }

        public init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            let count = try container.decode(YAML.Located<Int>.self, forKey: .count)
            let of = try container.decode(YAML.Located<Int>.self, forKey: .of)
            try CountRules.notNegative(count, "count")
            try CountRules.notNegative(of, "of")
            if count.value > of.value {
                throw count.error(.invalidValue("count is \(count.value), more than the \(of.value) it is counted out of"))
            }
            self.init(
                id: try container.decode(String.self, forKey: .id), what: try container.decode(String.self, forKey: .what),
                count: count.value, of: of.value, better: try container.decode(Direction.self, forKey: .better),
                comparesWith: try container.decodeIfPresent(YAML.Located<String>.self, forKey: .comparesWith),
                note: try container.decodeIfPresent(String.self, forKey: .note))
        }

        /// The share counted, 0 to 1; nil when nothing was examined.
        public var share: Double? { of == 0 ? nil : Double(count) / Double(of) }
    }
}

enum CountRules {
    static func notNegative(_ value: YAML.Located<Int>, _ name: String) throws {
        if value.value < 0 { throw value.error(.invalidValue("\(name) cannot be negative (\(value.value))")) }
    }
}
