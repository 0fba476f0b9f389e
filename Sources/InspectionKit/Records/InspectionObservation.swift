/// A qualitative finding of an inspection, for practice that was judged without counts:
/// "officers did not routinely see and speak to children present at domestic abuse incidents".
///
/// Checks read observations by topic, and only where no records with counts exist; the
/// statement they produce says the evidence is qualitative. Every inspector knows this record
/// type: it is part of the framework, not of a check module.
public struct InspectionObservation: EvidenceRecord, Equatable {
    /// What was observed, as the checks name it: `children-at-domestic-abuse-incidents`.
    public var topic: String
    public var rating: Rating
    /// The finding in words, paraphrasing the source.
    public var statement: String
    public var source: String

    public enum Rating: String, Sendable, CaseIterable, FieldChoiceType {
        /// Consistently good practice: the standard is met.
        case strength
        /// Good in part, short in part: partly met.
        case mixed
        /// Falls short of the standard: not met.
        case shortfall
        /// A serious, critical or systemic shortfall: not met, and a cause of concern whatever
        /// the framework's class for the check (the inspectorate published it as one).
        case seriousShortfall = "serious-shortfall"
    }

    enum Fields {
        static let topic = Field<String>("topic", .text, "What was observed, as the checks name it (see `inspector explain`).")
        static let rating = Field<Rating>("rating", "How the practice compares with the standard.")
        static let statement = Field<String>("statement", .text, "The finding in words.")
        static let source = Field<String>(
            "source", .text, citation: true,
            "Where the finding was published (a citation: it may name publications and inspectors without declaring them).")
    }

    public static let recordType = RecordType(
        id: "inspection-observation",
        title: "Inspection observation",
        summary: "A qualitative finding about practice, where the inspection published no counts.",
        fields: [Fields.topic, Fields.rating, Fields.statement, Fields.source])

    public init(_ fields: RecordFields) {
        topic = fields[Fields.topic]
        rating = fields[Fields.rating]
        statement = fields[Fields.statement]
        source = fields[Fields.source]
    }

    public init(topic: String, rating: Rating, statement: String, source: String) {
        self.topic = topic
        self.rating = rating
        self.statement = statement
        self.source = source
    }

    /// A topic no check reads would be loaded and never used: refused, with the closest topic.
    public func problems(_ rules: RecordRules) -> [RecordProblem] {
        guard !rules.observationTopics.contains(topic) else { return [] }
        let suggestion = Suggestions.closest(topic, rules.observationTopics)
        return [
            RecordProblem(
                "topic",
                "no check reads the topic \(EchoedValue.quoted(topic, nearMiss: suggestion != nil))"
                    + (suggestion.map { " (did you mean '\($0)'?)" } ?? "")
                    + "; `inspector explain <check>` lists each check's topics")
        ]
    }
}
