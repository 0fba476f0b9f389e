/// The posts in one child protection team: how many there should be, how many are filled.
public struct TeamEstablishment: EvidenceRecord, Equatable {
    public var team: String
    public var establishment: Int
    public var filled: Int

    public func problems(_ rules: RecordRules) -> [RecordProblem] {
        [RecordRules.count(establishment, "establishment"), RecordRules.count(filled, "filled")].compactMap { $0 }
    }

    public static let recordType = RecordType(
        id: "team-establishment",
        title: "Child protection team establishment",
        summary: "The posts a child protection team should have and how many are filled.",
        fields: [
            .required("team", .text, "The team, e.g. MASH or child abuse investigation."),
            .required("establishment", .integer, unit: "posts", "Posts the team should have."),
            .required("filled", .integer, unit: "posts", "Posts filled."),
        ])
}
