import YAML

/// A sample file as `inspector sample` writes it: the case references drawn for audit (never
/// a child's details), the dataset they were drawn from with the SHA-256 of its file, and how
/// they were drawn, so that anyone can draw the same sample again.
///
/// ```yaml
/// schema: 1
/// force: northamptonshire
/// inspection: 2025-ncpi
/// framework: ncpi-2024
/// form: missing-children
/// dataset: {name: missing_episodes, record_type: missing-episode, file: evidence/missing-episodes.yaml,
///           sha256: …, records: 6, rejected: 0, outside_period: 0, population: 6}
/// method: {design: simple-random, seed: 2025, size: 6, period: null, stratify: null, strata: [...]}
/// tool: inspector 0.1.0
/// cases:
///   - {case_ref: NPT-MIS-01, stratum: all}
/// ```
public struct AuditSampleFile: Decodable, Sendable {
    public var schema: Int
    public var force: YAML.Located<String>
    public var inspection: YAML.Located<String>
    public var framework: YAML.Located<String>
    /// The framework's audit form the sample is for.
    public var form: YAML.Located<String>
    /// What the sample is, when it is not simply drawn (e.g. reconstructed from published counts).
    public var note: String?
    public var dataset: Dataset
    public var method: Method
    /// The inspector that drew it: `inspector 0.1.0`.
    public var tool: String
    public var cases: [Case]

    public struct Dataset: Decodable, Sendable {
        public var name: YAML.Located<String>
        public var recordType: String
        /// Relative to the force's directory, as the inspection declares it.
        public var file: String
        /// Of the file's bytes when the sample was drawn.
        public var sha256: YAML.Located<String>
        /// Records read from the file.
        public var records: Int
        /// Rows of a CSV export rejected when it was read (never sampled).
        public var rejected: Int
        /// Records outside the period sampled, or without the date it is judged by.
        public var outsidePeriod: Int
        /// The cases the sample was drawn from.
        public var population: Int

        enum CodingKeys: String, CodingKey {
            case name, recordType = "record_type", file, sha256, records, rejected, outsidePeriod = "outside_period", population
        }
    }

    public struct Method: Decodable, Sendable {
        /// `simple-random` or `stratified`.
        public var design: String
        public var seed: Int
        public var size: YAML.Located<Int>
        public var period: Period?
        /// The field the sample is stratified by; nil for a simple random sample.
        public var stratify: String?
        public var strata: [Stratum]
    }

    public struct Period: Decodable, Sendable {
        /// The date or timestamp field a record's date is read from.
        public var field: String
        /// `2024-10-01`, inclusive.
        public var from: String
        /// `2024-12-31`, inclusive.
        public var to: String
    }

    /// One stratum: its population, the cases drawn from it and the weight each stands for.
    public struct Stratum: Decodable, Sendable {
        public var stratum: String
        public var population: Int
        public var drawn: Int
        /// How much more heavily the stratum was sampled than in proportion (1 when not).
        public var oversample: Double
        /// Cases of the population each drawn case stands for (population ÷ drawn).
        public var weight: Double?
    }

    public struct Case: Decodable, Sendable {
        public var caseRef: YAML.Located<String>
        public var stratum: String

        enum CodingKeys: String, CodingKey { case caseRef = "case_ref", stratum }
    }

    /// `northamptonshire, inspection 2025-ncpi`.
    public var target: String { "\(force.value), inspection \(inspection.value)" }
}
