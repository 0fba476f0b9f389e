import InspectionKit

/// The posts in one child protection team: how many there should be, how many are filled.
public struct TeamEstablishment: EvidenceRecord, Equatable {
    public var team: String
    public var establishment: Int
    public var filled: Int
    /// Posts held by officers or staff with the training or accreditation the post requires;
    /// nil when not known.
    public var trained: Int?

    package enum Fields {
        package static let team = Field<String>("team", .text, "The team, e.g. MASH or child abuse investigation.")
        package static let establishment = Field<Int>("establishment", .integer, unit: "posts", "Posts the team should have.")
        package static let filled = Field<Int>("filled", .integer, unit: "posts", "Posts filled.")
        package static let trained = Field<Int?>(
            "trained", .integer, unit: "posts",
            "Posts held by officers or staff with the training or accreditation the post requires (a child abuse investigator's, say); leave out if not known."
        )
    }

    public static let recordType = RecordType(
        id: "team-establishment",
        title: "Child protection team establishment",
        summary: "The posts a child protection team should have, how many are filled, and how many by trained officers or staff.",
        fields: [Fields.team, Fields.establishment, Fields.filled, Fields.trained])

    public init(_ fields: RecordFields) {
        team = fields[Fields.team]
        establishment = fields[Fields.establishment]
        filled = fields[Fields.filled]
        trained = fields[Fields.trained]
    }

    public func problems(_ rules: RecordRules) -> [RecordProblem] {
        // Parts no larger than the whole, as everywhere: a team cannot fill more posts than it has.
        [
            RecordRules.count(establishment, "establishment"),
            RecordRules.count(filled, "filled", maximum: max(0, establishment), of: " (the team's establishment)"),
            trained.flatMap { RecordRules.count($0, "trained", maximum: max(0, filled), of: " (the posts filled)") },
        ].compactMap { $0 }
    }
}
