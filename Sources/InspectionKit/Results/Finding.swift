/// Something the inspection found: an area for improvement, a cause of concern, a strength or
/// promising practice.
public struct Finding: Sendable, Hashable {
    public enum Kind: String, Sendable, Hashable, CaseIterable {
        case causeOfConcern = "cause-of-concern"
        case areaForImprovement = "area-for-improvement"
        case strength
        case promisingPractice = "promising-practice"

        public var label: String {
            switch self {
            case .causeOfConcern: return "Cause of concern"
            case .areaForImprovement: return "Area for improvement"
            case .strength: return "Strength"
            case .promisingPractice: return "Promising practice"
            }
        }
    }

    public var kind: Kind
    public var area: String
    public var checkID: String
    public var statement: String
    public var count: CheckResult.Count?
    public var cases: [String]
    public var theme: String?
    /// What the force should do; reports print it with causes of concern.
    public var recommendation: String
    /// The 95% interval of the share when the count rests on audited cases; nil otherwise.
    public var interval: ShareInterval?

    package init(
        kind: Kind,
        area: String,
        checkID: String,
        statement: String,
        count: CheckResult.Count?,
        cases: [String],
        theme: String?,
        recommendation: String
    ) {
        self.kind = kind
        self.area = area
        self.checkID = checkID
        self.statement = statement
        self.count = count
        self.cases = cases
        self.theme = theme
        self.recommendation = recommendation
    }
}
