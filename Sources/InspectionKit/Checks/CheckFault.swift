/// A fault in a check's own code (such as reading a parameter it never declared), found by
/// the registry on the check's examples or, failing that, by the engine during a run.
///
/// It names where the fault is, so that the author of an agency's own module knows it is in
/// their check and not in the inspector, the configuration or the evidence.
public struct CheckFault: Error, Hashable, Sendable, CustomStringConvertible {
    public var check: String
    public var problem: String
    /// The check's Swift type and file (`ReturnInterviewChecks.ReturnInterviewCheck`,
    /// `ReturnInterviewChecks/ReturnInterviewCheck.swift`); nil when not known.
    public var source: RegistryError.Source?
    /// The check module that registered it; nil when not known.
    public var module: String?

    public init(check: String, problem: String, source: RegistryError.Source? = nil, module: String? = nil) {
        self.check = check
        self.problem = problem
        self.source = source
        self.module = module
    }

    /// The fault found while running `check`, placed in its module.
    public init(_ check: any InspectionCheck.Type, problem: String, module: String?) {
        self.init(
            check: check.descriptor.id, problem: problem,
            source: RegistryError.Source(type: String(reflecting: check), file: check.descriptor.file),
            module: module)
    }

    public var description: String { "check '\(check)': \(problem)" }

    /// What to do about it, in words: whose code to fix and how.
    public var advice: String {
        let place = [module.map { "the check module \($0)" }, source.map(\.description)].compactMap { $0 }.joined(separator: ", ")
        return "This is a fault in \(place.isEmpty ? "the check's code" : place), not in the configuration or the evidence: "
            + "declare in the check's descriptor what it reads (parameters, record types, observation topics, figures), "
            + "add an example that takes this path, and rebuild."
    }
}
