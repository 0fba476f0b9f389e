/// A measurement a check reports, declared once: `FigureSpec("missing.median-deploy-hours",
/// "Median time to deploy to a missing child", .hours)`, reported as `Self.medianDeploy(7.5, of: 6)`.
public struct FigureSpec: Sendable, Hashable {
    /// Stable id, comparable across forces: `missing.median-deploy-hours`.
    public var id: String
    public var label: String
    public var unit: CheckResult.Figure.Unit

    public init(_ id: String, _ label: String, _ unit: CheckResult.Figure.Unit) {
        self.id = id
        self.label = label
        self.unit = unit
    }

    /// The figure with a measured value, measured over `sampleSize` cases (n) when given.
    public func callAsFunction(_ value: Double, of sampleSize: Int? = nil) -> CheckResult.Figure {
        CheckResult.Figure(id, label, value, unit, sampleSize: sampleSize)
    }
}
