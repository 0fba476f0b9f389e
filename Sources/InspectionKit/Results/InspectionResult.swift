import Foundation

/// Everything one inspection run produced, ready for any report format.
public struct InspectionResult: Sendable {
    public var tool: ToolInfo
    public var force: ForceSummary
    public var inspection: InspectionSummary
    public var framework: FrameworkSummary
    public var scale: [GradingScale.Grade]
    public var areas: [AreaResult]
    public var duties: [DutyDeadline]
    public var evidence: [DatasetSummary]
    public var documents: [String]
    /// What-if parameter values applied on top of the force's configuration, by name.
    public var overrides: [String: ParameterValue]
    public var publishedFindings: PublishedFindings
    public var history: EarlierInspections?
    /// Policies the force adopted since, each of which `--set` can try.
    public var policies: [PolicySummary]
    /// The framework's overall judgement, when it declares one.
    public var overall: OverallGrade?

    package init(
        tool: ToolInfo,
        force: ForceSummary,
        inspection: InspectionSummary,
        framework: FrameworkSummary,
        scale: [GradingScale.Grade],
        areas: [AreaResult],
        duties: [DutyDeadline],
        evidence: [DatasetSummary],
        documents: [String],
        overrides: [String: ParameterValue],
        publishedFindings: PublishedFindings,
        history: EarlierInspections?,
        policies: [PolicySummary],
        overall: OverallGrade? = nil
    ) {
        self.overall = overall
        self.tool = tool
        self.force = force
        self.inspection = inspection
        self.framework = framework
        self.scale = scale
        self.areas = areas
        self.duties = duties
        self.evidence = evidence
        self.documents = documents
        self.overrides = overrides
        self.publishedFindings = publishedFindings
        self.history = history
        self.policies = policies
    }

    /// Findings of a class across all areas, in area order.
    public func findings(_ kind: Finding.Kind) -> [Finding] {
        areas.flatMap { $0.findings.filter { $0.kind == kind } }
    }

    public func label(of grade: String) -> String {
        scale.first { $0.id == grade }?.label ?? grade
    }

    /// In how many areas the computed grade agrees with the published one, of the areas that
    /// have both a computed and a known published grade.
    public var agreementCount: (agrees: Int, compared: Int) {
        let compared = areas.filter(\.agreement.compared)
        return (compared.filter { $0.agreement == .agrees }.count, compared.count)
    }

    /// "Adequate", "unknown (adequate or requires improvement)" or "not inspected" ("no grade
    /// published" for causes of concern published ahead of the graded report): the published
    /// grade of an area as every report words it.
    public func publishedWords(_ area: AreaResult) -> String {
        area.published.map { $0.words(label(of:)) } ?? (inspection.kind == .gradedReport ? "not inspected" : "no grade published")
    }
}
