/// A library of checks for one area or purpose: what `Plugins/<Name>` exports.
public struct CheckModule: Sendable {
    public var name: String
    /// The areas its checks belong to; each check's descriptor must name one of them.
    public var areas: [String]
    public var checks: [any InspectionCheck.Type]
    /// Record types the module adds beyond the built-in ones.
    public var recordTypes: [any EvidenceRecord.Type]

    public init(name: String, areas: [String], checks: [any InspectionCheck.Type], recordTypes: [any EvidenceRecord.Type] = []) {
        self.name = name
        self.areas = areas
        self.checks = checks
        self.recordTypes = recordTypes
    }
}

/// Every check the inspector can run, by id: an immutable value, validated when built.
///
/// Built at the top of the program from the check modules (see `BuiltInChecks`), so that an
/// agency can ship its own binary with its own modules added.
public struct CheckRegistry: Sendable {
    public let modules: [CheckModule]
    private let checksByID: [String: any InspectionCheck.Type]
    private let recordTypesByID: [String: any EvidenceRecord.Type]
    /// Every parameter any check reads, by global name.
    public let parameters: [String: ParameterSpec]

    /// Builds the registry, or reports every problem in the modules: duplicate ids, checks
    /// outside their module's areas, malformed ids, parameters declared differently by two
    /// checks, duplicate record types.
    public init(_ modules: [CheckModule]) throws(RegistryError) {
        var problems: [RegistryError.Problem] = []
        var checks: [String: any InspectionCheck.Type] = [:]
        var owners: [String: String] = [:]
        var parameters: [String: ParameterSpec] = [:]
        var parameterOwners: [String: String] = [:]
        for module in modules {
            for check in module.checks {
                let descriptor = check.descriptor
                if !Self.isWellFormed(descriptor.id) { problems.append(.malformedID(descriptor.id)) }
                if let owner = owners[descriptor.id] {
                    problems.append(.duplicateCheck(id: descriptor.id, modules: [owner, module.name]))
                }
                if !module.areas.contains(descriptor.area) {
                    problems.append(.areaOutsideModule(check: descriptor.id, area: descriptor.area, module: module.name))
                }
                checks[descriptor.id] = check
                owners[descriptor.id] = owners[descriptor.id] ?? module.name
                for spec in descriptor.parameters {
                    if let known = parameters[spec.name], known.type != spec.type {
                        problems.append(.conflictingParameter(name: spec.name, checks: [parameterOwners[spec.name]!, descriptor.id]))
                    }
                    parameters[spec.name] = parameters[spec.name] ?? spec
                    parameterOwners[spec.name] = parameterOwners[spec.name] ?? descriptor.id
                }
            }
        }
        var recordTypes: [String: any EvidenceRecord.Type] = [:]
        for type in RecordTypes.builtIn + modules.flatMap(\.recordTypes) {
            if recordTypes[type.recordType.id] != nil { problems.append(.duplicateRecordType(type.recordType.id)) }
            recordTypes[type.recordType.id] = type
        }
        guard problems.isEmpty else { throw RegistryError(problems: problems) }
        self.modules = modules
        self.checksByID = checks
        self.recordTypesByID = recordTypes
        self.parameters = parameters
    }

    /// Check ids, sorted.
    public var ids: [String] { checksByID.keys.sorted() }

    public func check(_ id: String) -> (any InspectionCheck.Type)? { checksByID[id] }

    public func descriptor(_ id: String) -> CheckDescriptor? { checksByID[id]?.descriptor }

    /// The closest known check id, for "did you mean".
    public func suggestion(for id: String) -> String? { Suggestions.closest(id, ids) }

    public var recordTypeIDs: [String] { recordTypesByID.keys.sorted() }

    public func recordType(_ id: String) -> (any EvidenceRecord.Type)? { recordTypesByID[id] }

    /// A registry with more modules added.
    public func adding(_ more: [CheckModule]) throws(RegistryError) -> CheckRegistry {
        try CheckRegistry(modules + more)
    }

    /// `missing.risk-grading`: lowercase words joined by hyphens, at least two dotted parts.
    static func isWellFormed(_ id: String) -> Bool {
        let parts = id.split(separator: ".", omittingEmptySubsequences: false)
        return parts.count >= 2 && parts.allSatisfy { part in
            guard let first = part.first, first.isLowercase, first.isASCII else { return false }
            return part.allSatisfy { ($0.isLowercase && $0.isASCII) || $0.isNumber || $0 == "-" }
        }
    }
}

/// Why a registry could not be built; every problem at once.
public struct RegistryError: Error, Hashable, Sendable, CustomStringConvertible {
    public enum Problem: Hashable, Sendable {
        case malformedID(String)
        case duplicateCheck(id: String, modules: [String])
        case areaOutsideModule(check: String, area: String, module: String)
        case conflictingParameter(name: String, checks: [String])
        case duplicateRecordType(String)

        public var message: String {
            switch self {
            case .malformedID(let id):
                return "check id '\(id)' is malformed; use dotted lowercase words such as 'missing.risk-grading'"
            case .duplicateCheck(let id, let modules):
                return "check id '\(id)' is registered twice (by \(modules.joined(separator: " and ")))"
            case .areaOutsideModule(let check, let area, let module):
                return "check '\(check)' names area '\(area)', which module \(module) does not declare"
            case .conflictingParameter(let name, let checks):
                return "parameter '\(name)' is declared with different types by \(checks.joined(separator: " and "))"
            case .duplicateRecordType(let id):
                return "record type '\(id)' is registered twice"
            }
        }
    }

    public var problems: [Problem]

    public init(problems: [Problem]) {
        self.problems = problems
    }

    public var description: String { problems.map { "error: \($0.message)" }.joined(separator: "\n") }
}
