import InspectionKit

/// One of the arrangements by which chief officers govern child protection, and whether it
/// is in place and working: a performance framework, an audit programme, chief-officer
/// scrutiny. A force with a board "chaired by an assistant chief constable" records it as
/// chief-officer scrutiny, with the meetings planned and held in the period.
public struct GovernanceArrangement: EvidenceRecord, Equatable {
    public var arrangement: Arrangement
    public var inPlace: Bool
    /// Meetings, reviews or audits planned in the period; nil when not counted.
    public var planned: Int?
    /// How many of them took place.
    public var held: Int?

    /// The arrangements the check looks for.
    public enum Arrangement: String, Sendable, CaseIterable, FieldChoiceType {
        /// Measures of child protection performance that leaders review.
        case performanceFramework = "performance-framework"
        /// A programme of audits of child protection practice (case audits, dip samples).
        case auditProgramme = "audit-programme"
        /// A board or meeting at which a chief officer scrutinises child protection.
        case chiefOfficerScrutiny = "chief-officer-scrutiny"

        /// "a performance framework", as statements name it.
        public var words: String {
            switch self {
            case .performanceFramework: return "a performance framework"
            case .auditProgramme: return "an audit programme"
            case .chiefOfficerScrutiny: return "chief-officer scrutiny"
            }
        }
    }

    package enum Fields {
        package static let arrangement = Field<Arrangement>(
            "arrangement", "Which arrangement: performance-framework, audit-programme or chief-officer-scrutiny.")
        package static let inPlace = Field<Bool>("in_place", .boolean, "Whether the arrangement exists and is used.")
        package static let planned = Field<Int?>(
            "planned", .integer, unit: "meetings or audits", "How many meetings, reviews or audits were planned in the period.")
        package static let held = Field<Int?>("held", .integer, unit: "meetings or audits", "How many of those took place.")
    }

    public static let recordType = RecordType(
        id: "governance-arrangement",
        title: "Child protection governance arrangement",
        summary: "A performance framework, audit programme or chief-officer scrutiny of child protection, and whether it works.",
        fields: [Fields.arrangement, Fields.inPlace, Fields.planned, Fields.held])

    public init(_ fields: RecordFields) {
        arrangement = fields[Fields.arrangement]
        inPlace = fields[Fields.inPlace]
        planned = fields[Fields.planned]
        held = fields[Fields.held]
    }

    public func problems(_ rules: RecordRules) -> [RecordProblem] {
        var problems: [RecordProblem] = []
        if let planned, let problem = RecordRules.count(planned, "planned") { problems.append(problem) }
        if let held {
            if let problem = RecordRules.count(
                held, "held", maximum: planned.map { max(0, $0) } ?? RecordRules.maximumCount,
                of: planned == nil ? "" : " (the number planned)")
            {
                problems.append(problem)
            }
            if planned == nil { problems.append(RecordProblem("held", "held is given without planned; give both, or neither")) }
        }
        return problems
    }
}
