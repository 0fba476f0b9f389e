import Foundation
import InspectionKit

/// One episode of a child reported missing, as a case file review sees it.
public struct MissingEpisode: EvidenceRecord, Equatable {
    public var caseRef: String
    public var reportedAt: Date
    /// Risk factors the police knew when the report was made, as the framework names them.
    public var riskIndicators: [String]
    /// The grade the control room gave.
    public var riskGrade: RiskGrade
    /// When officers were first deployed; nil when they never were.
    public var deployedAt: Date?
    /// When the child was found; nil while still missing or not recorded.
    public var foundAt: Date?

    public var caseReference: String? { caseRef }

    package enum Fields {
        package static let caseRef = Field<String>("case_ref", .caseReference, "The force's reference for the episode; never a name.")
        package static let reportedAt = Field<Date>("reported_at", .timestamp, "When the child was reported missing.")
        package static let riskIndicators = Field<[String]>(
            "risk_indicators", .textList, "Risk factors known to the police when the report was made (may be empty).")
        package static let riskGrade = Field<RiskGrade>("risk_grade", "The risk grade the control room gave.")
        package static let deployedAt = Field<Date?>(
            "deployed_at", .timestamp, "When officers were first deployed; leave out if they never were.")
        package static let foundAt = Field<Date?>("found_at", .timestamp, "When the child was found.")
    }

    public static let recordType = RecordType(
        id: "missing-episode",
        title: "Missing-child episode",
        summary: "A report that a child is missing: what was known, how the risk was graded and how fast officers went.",
        fields: [Fields.caseRef, Fields.reportedAt, Fields.riskIndicators, Fields.riskGrade, Fields.deployedAt, Fields.foundAt])

    public init(_ fields: RecordFields) {
        caseRef = fields[Fields.caseRef]
        reportedAt = fields[Fields.reportedAt]
        riskIndicators = fields[Fields.riskIndicators]
        riskGrade = fields[Fields.riskGrade]
        deployedAt = fields[Fields.deployedAt]
        foundAt = fields[Fields.foundAt]
    }

    public init(caseRef: String, reportedAt: Date, riskIndicators: [String], riskGrade: RiskGrade, deployedAt: Date?, foundAt: Date? = nil)
    {
        self.caseRef = caseRef
        self.reportedAt = reportedAt
        self.riskIndicators = riskIndicators
        self.riskGrade = riskGrade
        self.deployedAt = deployedAt
        self.foundAt = foundAt
    }

    public func problems(_ rules: RecordRules) -> [RecordProblem] {
        var problems: [RecordProblem] = []
        if let early = RecordRules.order(deployedAt, "deployed_at", after: reportedAt, "reported_at") { problems.append(early) }
        if let early = RecordRules.order(foundAt, "found_at", after: reportedAt, "reported_at") { problems.append(early) }
        let words = rules.words(riskIndicators, recordType: Self.recordType.id, field: "risk_indicators")
        return words.isEmpty ? problems : problems + words
    }

    /// How long after the report officers were deployed, to the second; nil when they never were.
    public var deploymentDelay: Duration? {
        deployedAt.map { .seconds(Int64($0.timeIntervalSince(reportedAt).rounded())) }
    }
}

/// The risk grades given to missing children, lowest first.
public enum RiskGrade: String, Sendable, CaseIterable, Comparable, FieldChoiceType {
    case noApparentRisk = "no-apparent-risk"
    case low, medium, high

    public static func < (lhs: RiskGrade, rhs: RiskGrade) -> Bool { lhs.rank < rhs.rank }

    /// 0 for no apparent risk up to 3 for high: compared for every episode of a year, so
    /// without building `allCases` each time.
    private var rank: Int {
        switch self {
        case .noApparentRisk: return 0
        case .low: return 1
        case .medium: return 2
        case .high: return 3
        }
    }

    /// "no apparent risk", "medium risk": the grade as a statement names it.
    public var risk: String { self == .noApparentRisk ? "no apparent risk" : "\(rawValue) risk" }
}
