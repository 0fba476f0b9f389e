import Foundation
import InspectionKit

/// A return home interview after a missing episode: when the child came back, and whether and
/// when an interview was offered.
///
/// A record type of the agency's own, declared exactly as the built-in ones are: fields once,
/// read by declaration in `init(_:)`, plausibility in `problems(_:)`.
public struct ReturnInterview: EvidenceRecord, Equatable {
    public var caseRef: String
    public var returnedAt: Date
    /// When the interview was offered; nil when it never was.
    public var offeredAt: Date?
    /// Whether the child accepted the offer; nil when not recorded (or never offered).
    public var accepted: Bool?
    public var conductedBy: Interviewer

    /// Who holds return home interviews for the child.
    public enum Interviewer: String, Sendable, CaseIterable, FieldChoiceType {
        /// A person independent of the police and of the child's placement (what guidance expects).
        case independent
        case police
        case socialCare = "social-care"
    }

    public var caseReference: String? { caseRef }

    enum Fields {
        static let caseRef = Field<String>("case_ref", .caseReference, "The force's reference for the missing episode; never a name.")
        static let returnedAt = Field<Date>("returned_at", .timestamp, "When the child came back or was found.")
        static let offeredAt = Field<Date?>("offered_at", .timestamp, "When a return home interview was offered; leave out if none was.")
        static let accepted = Field<Bool?>(
            "accepted", .boolean, "Whether the child accepted the interview; leave out if not recorded or never offered.")
        static let conductedBy = Field<Interviewer>(
            "conducted_by", "Who holds the interview: an independent provider, the police or children's social care.")
    }

    public static let recordType = RecordType(
        id: "return-interview",
        title: "Return home interview",
        summary: "A child's return from a missing episode and whether, and when, a return home interview was offered.",
        fields: [Fields.caseRef, Fields.returnedAt, Fields.offeredAt, Fields.accepted, Fields.conductedBy])

    public init(_ fields: RecordFields) {
        caseRef = fields[Fields.caseRef]
        returnedAt = fields[Fields.returnedAt]
        offeredAt = fields[Fields.offeredAt]
        accepted = fields[Fields.accepted]
        conductedBy = fields[Fields.conductedBy]
    }

    /// An interview is offered after the child returns, and only an offer can be accepted.
    public func problems(_ rules: RecordRules) -> [RecordProblem] {
        var problems: [RecordProblem] = []
        if let offeredAt, offeredAt < returnedAt {
            problems.append(
                RecordProblem(
                    "offered_at",
                    "offered_at (\(DateText.timestamp(offeredAt))) is before returned_at "
                        + "(\(DateText.timestamp(returnedAt))); a return home interview is offered after the child comes back"))
        }
        if offeredAt == nil, let accepted {
            problems.append(
                RecordProblem(
                    "accepted",
                    "accepted is \(accepted) but offered_at is missing; "
                        + "an interview that was never offered cannot be accepted or declined"))
        }
        return problems
    }

    /// How long after the child's return the interview was offered; nil when it never was.
    public var offerDelay: Duration? {
        offeredAt.map { .seconds(Int64($0.timeIntervalSince(returnedAt).rounded())) }
    }
}
