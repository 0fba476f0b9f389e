/// The shares of cases meeting a standard that a check needs for "met" and "partly met".
///
/// One pair of parameters for every check that counts cases, so a framework states its bars
/// once (`standard.met-share`, `standard.partly-met-share`) and may override them per check.
public struct ComplianceBars: Sendable {
    public static let metShare = Parameter<Double>(
        "standard.met-share", .share, example: 0.9,
        summary: "Share of cases that must meet the standard for a check to be met.")
    public static let partlyMetShare = Parameter<Double>(
        "standard.partly-met-share", .share, example: 0.5,
        summary: "Share of cases that must meet the standard for a check to be partly met.")
    public static let minimumCases = Parameter<Int>(
        "standard.minimum-cases", unit: "cases", example: 3, minimum: 1,
        summary: "Fewest cases a count must rest on; below it a check prefers the inspection's observation on the topic, if there is one.")
    public static let parameters: [any ParameterDeclaration] = [metShare, partlyMetShare, minimumCases]

    public let met: Double
    public let partlyMet: Double
    public let minimumCases: Int

    public init(_ context: CheckContext) {
        met = context[Self.metShare]
        partlyMet = context[Self.partlyMetShare]
        minimumCases = context[Self.minimumCases]
    }

    /// Met, partly met or not met for a count of cases meeting the standard.
    public func outcome(_ count: CheckResult.Count) -> CheckResult.Outcome {
        guard let share = count.share else { return .notApplicable }
        return .forShare(share, met: met, partlyMet: partlyMet)
    }
}
