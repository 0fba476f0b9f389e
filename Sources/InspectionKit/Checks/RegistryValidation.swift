import Foundation

/// The checks a registry makes while it is built, each adding to one list of problems.
struct RegistryValidation {
    private(set) var problems: [RegistryError.Problem] = []

    static func source(_ check: any InspectionCheck.Type) -> RegistryError.Source {
        RegistryError.Source(type: String(reflecting: check), file: check.descriptor.file)
    }

    static func source(_ type: any EvidenceRecord.Type) -> RegistryError.Source {
        RegistryError.Source(type: String(reflecting: type), file: type.recordType.file)
    }

    /// Every module's checks, each id well formed, unique and in one of its module's areas.
    mutating func checks(in modules: [CheckModule]) -> [any InspectionCheck.Type] {
        var found: [any InspectionCheck.Type] = []
        var byID: [String: any InspectionCheck.Type] = [:]
        for module in modules {
            for check in module.checks {
                let descriptor = check.descriptor
                if !CheckRegistry.isWellFormed(descriptor.id) { problems.append(.malformedID(Self.source(check), id: descriptor.id)) }
                if let first = byID[descriptor.id] {
                    problems.append(.duplicateCheck(id: descriptor.id, sources: [Self.source(first), Self.source(check)]))
                    continue
                }
                if !module.areas.contains(descriptor.area) {
                    problems.append(
                        .areaOutsideModule(
                            Self.source(check), area: descriptor.area, module: module.name,
                            suggestion: Suggestions.closest(descriptor.area, module.areas)))
                }
                byID[descriptor.id] = check
                found.append(check)
            }
        }
        return found
    }

    /// Record types by id; the same type named by several modules or checks is one entry,
    /// two types claiming one id are refused, and each type's contract is checked.
    mutating func recordTypes(_ types: [any EvidenceRecord.Type]) -> [String: any EvidenceRecord.Type] {
        var byID: [String: any EvidenceRecord.Type] = [:]
        for type in types {
            let id = type.recordType.id
            if let known = byID[id] {
                if ObjectIdentifier(known) != ObjectIdentifier(type) {
                    problems.append(.duplicateRecordType(id: id, sources: [Self.source(known), Self.source(type)]))
                }
                continue
            }
            byID[id] = type
            problems += RecordTypeContract.problems(of: type).map { .recordTypeContract(Self.source(type), problem: $0) }
        }
        return byID
    }

    /// Every parameter by global name: one declaration per name, each of a Swift type that
    /// can hold its declared type.
    mutating func parameters(of checks: [any InspectionCheck.Type]) -> [String: ParameterSpec] {
        var specs: [String: ParameterSpec] = [:]
        var owners: [String: any InspectionCheck.Type] = [:]
        for check in checks {
            for declaration in check.descriptor.parameterDeclarations {
                if let problem = declaration.typeProblem { problems.append(.parameterType(Self.source(check), problem: problem)) }
                let spec = declaration.spec
                if let known = specs[spec.name], let owner = owners[spec.name] {
                    if !Self.sameDeclaration(known, spec) {
                        problems.append(.conflictingParameter(name: spec.name, sources: [Self.source(owner), Self.source(check)]))
                    }
                    continue
                }
                specs[spec.name] = spec
                owners[spec.name] = check
            }
        }
        return specs
    }

    /// Two checks may read one parameter; its type and policy must agree (their examples and
    /// wording may differ).
    private static func sameDeclaration(_ a: ParameterSpec, _ b: ParameterSpec) -> Bool {
        a.type == b.type && a.isLocalPolicy == b.isLocalPolicy && a.defaultValue == b.defaultValue && a.vocabulary == b.vocabulary
    }

    /// Every audit question by id: well formed, worded, with answers to give, and declared
    /// alike by every check that reads it.
    mutating func auditQuestions(of checks: [any InspectionCheck.Type]) -> [String: AuditQuestion] {
        var questions: [String: AuditQuestion] = [:]
        var owners: [String: any InspectionCheck.Type] = [:]
        for check in checks {
            for question in check.descriptor.auditQuestions {
                if let known = questions[question.id], let owner = owners[question.id] {
                    if known != question {
                        problems.append(.conflictingAuditQuestion(id: question.id, sources: [Self.source(owner), Self.source(check)]))
                    }
                    continue
                }
                if let problem = Self.problem(with: question) {
                    problems.append(.malformedAuditQuestion(Self.source(check), id: question.id, problem: problem))
                }
                questions[question.id] = question
                owners[question.id] = check
            }
        }
        return questions
    }

    /// What is wrong with a question's declaration, in words that follow its id.
    static func problem(with question: AuditQuestion) -> String? {
        if !CheckRegistry.isWellFormed(question.id) { return "is malformed; use dotted lowercase words such as 'missing.risk-known'" }
        if question.wording.isEmpty || question.guidance.isEmpty { return "needs its wording and guidance" }
        if case .choices(let words) = question.answers {
            if words.isEmpty { return "has no answers to choose from" }
            if Set(words).count != words.count { return "lists an answer twice" }
            if words.contains(AuditAnswer.notApplicable.word) { return "lists not-applicable, which every question allows" }
            if let bad = words.first(where: { $0.isEmpty || $0.contains(where: { $0 == "," || $0.isWhitespace }) }) {
                return "has the answer '\(bad)'; an answer is one word (hyphens allowed)"
            }
        }
        return nil
    }

    mutating func figures(of checks: [any InspectionCheck.Type]) -> [String: FigureSpec] {
        var specs: [String: FigureSpec] = [:]
        var owners: [String: any InspectionCheck.Type] = [:]
        for check in checks {
            for figure in check.descriptor.figures {
                if let known = specs[figure.id], let owner = owners[figure.id] {
                    if known != figure {
                        problems.append(.conflictingFigure(id: figure.id, sources: [Self.source(owner), Self.source(check)]))
                    }
                    continue
                }
                specs[figure.id] = figure
                owners[figure.id] = check
            }
        }
        return specs
    }

    /// Runs every example of every check and refuses a check that reads a record type, an
    /// observation topic or a parameter it did not declare, or reports an undeclared figure:
    /// so such a mistake stops the program when it starts, not a run half way through.
    mutating func probeExamples(of checks: [any InspectionCheck.Type]) {
        for check in checks {
            let descriptor = check.descriptor
            var reported: Set<String> = []
            for example in descriptor.examples {
                let inline: InlineEvidence
                do {
                    inline = try InlineEvidence.parse(example.evidence, for: descriptor)
                } catch {
                    problems.append(.exampleDoesNotRun(Self.source(check), example: example.title, problem: error.description))
                    continue
                }
                let context = inline.context(for: descriptor)
                let result = check.evaluate(context)
                let declaredFigures = Set(descriptor.figures.map(\.id))
                let faults =
                    context.access.faults
                    + result.figures.filter { !declaredFigures.contains($0.id) }.map {
                        "reports figure '\($0.id)', which its descriptor does not declare in `figures`"
                    }
                for fault in faults where reported.insert(fault).inserted {
                    problems.append(.undeclaredAccess(Self.source(check), problem: fault))
                }
            }
        }
    }
}
