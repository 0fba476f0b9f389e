/// A library of checks and record types for one area or purpose: what `Plugins/<Name>` exports.
public struct CheckModule: Sendable {
    public var name: String
    /// The areas its checks belong to; each check's descriptor must name one of them.
    public var areas: [String]
    public var checks: [any InspectionCheck.Type]
    /// Record types the module contributes beyond those its checks read (every type a check
    /// names in `reads` is registered with it).
    public var recordTypes: [any EvidenceRecord.Type]

    public init(name: String, areas: [String], checks: [any InspectionCheck.Type], recordTypes: [any EvidenceRecord.Type] = []) {
        self.name = name
        self.areas = areas
        self.checks = checks
        self.recordTypes = recordTypes
    }
}

/// Every check and record type the inspector can use, by id: an immutable value, validated
/// when built.
///
/// Built at the top of the program from the check modules (see `BuiltInChecks`), so that an
/// agency can ship its own binary with its own modules added. Building it checks every
/// module (see `RegistryError.Problem` for what is refused), including each check's examples,
/// which it runs to make sure a check reads and reports only what its descriptor declares.
public struct CheckRegistry: Sendable {
    public let modules: [CheckModule]
    private let checksByID: [String: any InspectionCheck.Type]
    private let recordTypesByID: [String: any EvidenceRecord.Type]
    /// Every parameter any check reads, by global name.
    public let parameters: [String: ParameterSpec]
    /// Every figure any check reports, by id.
    public let figures: [String: FigureSpec]
    /// Every audit question any check reads, by id.
    public let auditQuestions: [String: AuditQuestion]

    /// The record types every inspector knows, whatever its modules.
    public static let coreRecordTypes: [any EvidenceRecord.Type] = [InspectionObservation.self]

    /// Builds the registry, or reports every problem in the modules at once.
    public init(_ modules: [CheckModule]) throws(RegistryError) {
        var validation = RegistryValidation()
        let checks = validation.checks(in: modules)
        var named = Self.coreRecordTypes
        for module in modules {
            named += module.recordTypes
            for check in module.checks { named += check.descriptor.reads }
        }
        let recordTypes = validation.recordTypes(named)
        let parameters = validation.parameters(of: checks)
        let figures = validation.figures(of: checks)
        let questions = validation.auditQuestions(of: checks)
        validation.probeExamples(of: checks)
        guard validation.problems.isEmpty else { throw RegistryError(problems: validation.problems) }
        self.modules = modules
        self.checksByID = Dictionary(uniqueKeysWithValues: checks.map { ($0.descriptor.id, $0) })
        self.recordTypesByID = recordTypes
        self.parameters = parameters
        self.figures = figures
        self.auditQuestions = questions
    }

    /// Check ids, sorted.
    public var ids: [String] { checksByID.keys.sorted() }

    public func check(_ id: String) -> (any InspectionCheck.Type)? { checksByID[id] }

    public func descriptor(_ id: String) -> CheckDescriptor? { checksByID[id]?.descriptor }

    /// The closest known check id, for "did you mean".
    public func suggestion(for id: String) -> String? { Suggestions.closest(id, ids) }

    /// The module a check comes from.
    public func module(of checkID: String) -> CheckModule? {
        modules.first { $0.checks.contains { $0.descriptor.id == checkID } }
    }

    public var recordTypeIDs: [String] { recordTypesByID.keys.sorted() }

    public func recordType(_ id: String) -> (any EvidenceRecord.Type)? { recordTypesByID[id] }

    /// The record types a module's reference documents: those it lists in `recordTypes`, and
    /// those its checks read that no module lists and no earlier module's checks read. The
    /// core's own types are documented with the core.
    public func recordTypes(documentedBy module: CheckModule) -> [any EvidenceRecord.Type] {
        let core = Set(Self.coreRecordTypes.map { $0.recordType.id })
        var owner: [String: String] = [:]
        for candidate in modules {
            for type in candidate.recordTypes where owner[type.recordType.id] == nil { owner[type.recordType.id] = candidate.name }
        }
        for candidate in modules {
            for check in candidate.checks {
                for type in check.descriptor.reads where owner[type.recordType.id] == nil { owner[type.recordType.id] = candidate.name }
            }
        }
        return recordTypeIDs.filter { owner[$0] == module.name && !core.contains($0) }.compactMap { recordTypesByID[$0] }
    }

    /// The checks that read an audit question, sorted by id.
    public func checks(reading question: String) -> [String] {
        ids.filter { checksByID[$0]!.descriptor.auditQuestions.contains { $0.id == question } }
    }

    /// Observation topics some check reads.
    public var observationTopics: Set<String> { Set(checksByID.values.flatMap { $0.descriptor.observationTopics }) }

    /// A registry with more modules added.
    public func adding(_ more: [CheckModule]) throws(RegistryError) -> CheckRegistry {
        try CheckRegistry(modules + more)
    }

    /// `missing.risk-grading`: lowercase words joined by hyphens, at least two dotted parts.
    package static func isWellFormed(_ id: String) -> Bool {
        let parts = id.split(separator: ".", omittingEmptySubsequences: false)
        return parts.count >= 2
            && parts.allSatisfy { part in
                guard let first = part.first, first.isLowercase, first.isASCII else { return false }
                return part.allSatisfy { ($0.isLowercase && $0.isASCII) || $0.isNumber || $0 == "-" }
            }
    }
}
