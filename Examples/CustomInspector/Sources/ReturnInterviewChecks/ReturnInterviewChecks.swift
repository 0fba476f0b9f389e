import InspectionKit

/// The agency's check module: return home interviews after a child's missing episode, under
/// the framework's "responding" area. An inspector built with
/// `BuiltInChecks.modules + [ReturnInterviewChecks.module]` knows its check and record type.
public enum ReturnInterviewChecks {
    public static let module = CheckModule(
        name: "ReturnInterviewChecks",
        areas: ["responding"],
        checks: [ReturnInterviewCheck.self],
        recordTypes: [ReturnInterview.self])
}
