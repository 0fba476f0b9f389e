import InspectionKit

/// A partnership initiative and its measured outcome, e.g. Operation Satin.
public struct PartnershipInitiative: EvidenceRecord, Equatable {
    public var initiative: String
    public var description: String
    /// How many children it worked with in the period measured.
    public var referred: Int?
    /// How many of them showed the intended improvement (e.g. did not go missing again).
    public var improved: Int?
    /// A measured relative change in the outcome, e.g. -0.88 for an 88% fall.
    public var measuredChange: Double?
    public var outcomeMeasured: String
    public var source: String

    package enum Fields {
        package static let initiative = Field<String>("initiative", .text, "The initiative's name.")
        package static let description = Field<String>("description", .text, "What it does.")
        package static let referred = Field<Int?>("referred", .integer, unit: "children", "Children it worked with in the period measured.")
        package static let improved = Field<Int?>(
            "improved", .integer, unit: "children", "Of those, how many showed the intended improvement.")
        package static let measuredChange = Field<Double?>(
            "measured_change", .decimal, unit: "relative change", "A measured relative change in the outcome, e.g. -0.88 for an 88% fall.")
        package static let outcomeMeasured = Field<String>("outcome_measured", .text, "What was measured, in words.")
        package static let source = Field<String>("source", .text, "Who measured it and where it was published.")
    }

    public static let recordType = RecordType(
        id: "partnership-initiative",
        title: "Partnership initiative",
        summary: "An initiative run with partners, and the outcome it measured.",
        fields: [
            Fields.initiative, Fields.description, Fields.referred, Fields.improved, Fields.measuredChange,
            Fields.outcomeMeasured, Fields.source,
        ])

    public init(_ fields: RecordFields) {
        initiative = fields[Fields.initiative]
        description = fields[Fields.description]
        referred = fields[Fields.referred]
        improved = fields[Fields.improved]
        measuredChange = fields[Fields.measuredChange]
        outcomeMeasured = fields[Fields.outcomeMeasured]
        source = fields[Fields.source]
    }

    public func problems(_ rules: RecordRules) -> [RecordProblem] {
        let referredProblem = referred.flatMap { RecordRules.count($0, "referred") }
        // Improved is measured against referred only when referred is itself sound.
        let bound = referredProblem == nil ? referred : nil
        var problems = [
            referredProblem,
            improved.flatMap {
                RecordRules.count(
                    $0, "improved", maximum: bound ?? RecordRules.maximumCount, of: bound == nil ? "" : " (the children referred)")
            },
        ]
        if let change = measuredChange, change < -1 || change > 100 {
            problems.append(
                RecordProblem(
                    "measured_change",
                    "measured_change is \(NumberText.plain(change)); a relative change lies between -1 (a fall of 100%) and 100"))
        }
        return problems.compactMap { $0 }
    }

    /// The share of children referred who improved, when both counts are known.
    public var improvedShare: Double? {
        guard let referred, let improved, referred > 0 else { return nil }
        return Double(improved) / Double(referred)
    }
}
