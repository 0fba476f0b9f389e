import InspectionKit

/// The posts in one child protection team: how many there should be, how many are filled.
public struct TeamEstablishment: EvidenceRecord, Equatable {
    public var team: String
    public var establishment: Int
    public var filled: Int

    package enum Fields {
        package static let team = Field<String>("team", .text, "The team, e.g. MASH or child abuse investigation.")
        package static let establishment = Field<Int>("establishment", .integer, unit: "posts", "Posts the team should have.")
        package static let filled = Field<Int>("filled", .integer, unit: "posts", "Posts filled.")
    }

    public static let recordType = RecordType(
        id: "team-establishment",
        title: "Child protection team establishment",
        summary: "The posts a child protection team should have and how many are filled.",
        fields: [Fields.team, Fields.establishment, Fields.filled])

    public init(_ fields: RecordFields) {
        team = fields[Fields.team]
        establishment = fields[Fields.establishment]
        filled = fields[Fields.filled]
    }

    public func problems(_ rules: RecordRules) -> [RecordProblem] {
        // Parts no larger than the whole, as everywhere: a team cannot fill more posts than it has.
        [
            RecordRules.count(establishment, "establishment"),
            RecordRules.count(filled, "filled", maximum: max(0, establishment), of: " (the team's establishment)"),
        ].compactMap { $0 }
    }
}
