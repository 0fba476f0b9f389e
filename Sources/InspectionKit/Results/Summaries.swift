public struct ToolInfo: Sendable, Hashable {
    public var name: String
    public var version: String

    public static let current = ToolInfo(name: "inspector", version: "0.1.0")
}

public struct ForceSummary: Sendable, Hashable {
    public var id: String
    public var name: String
    /// The name narrow tables use: "Greater Manchester".
    public var shortName: String
    public var region: String

    package init(id: String, name: String, shortName: String, region: String) {
        self.id = id
        self.name = name
        self.shortName = shortName
        self.region = region
    }
}

/// A local policy the force adopted after the inspection, which a what-if run can apply.
public struct PolicySummary: Sendable, Hashable {
    public var parameter: String
    public var value: String
    public var since: String
    public var description: String
    public var source: String

    package init(parameter: String, value: String, since: String, description: String, source: String) {
        self.parameter = parameter
        self.value = value
        self.since = since
        self.description = description
        self.source = source
    }
}

public struct InspectionSummary: Sendable, Hashable {
    public var id: String
    /// A graded report, or causes of concern published ahead of it.
    public var kind: PublicationKind
    public var title: String
    public var published: PublishedDate
    public var fieldwork: String
    public var inspector: String
    public var source: String

    package init(
        id: String, kind: PublicationKind = .gradedReport, title: String, published: PublishedDate, fieldwork: String, inspector: String,
        source: String
    ) {
        self.id = id
        self.kind = kind
        self.title = title
        self.published = published
        self.fieldwork = fieldwork
        self.inspector = inspector
        self.source = source
    }
}

public struct FrameworkSummary: Sendable, Hashable {
    public var id: String
    public var version: String
    public var title: String
    /// `hmicfrs-percentage@1`.
    public var scoringModel: String
    public var scale: String
    /// Caveats every report of a run must carry (e.g. "the area list is unverified").
    public var notes: [String]

    package init(id: String, version: String, title: String, scoringModel: String, scale: String, notes: [String]) {
        self.id = id
        self.version = version
        self.title = title
        self.scoringModel = scoringModel
        self.scale = scale
        self.notes = notes
    }

    /// `ncpi-2024@2024.1 / hmicfrs-percentage@1`: runs compare only when these are equal.
    public var comparabilityKey: String { "\(id)@\(version) / \(scoringModel)" }
}
