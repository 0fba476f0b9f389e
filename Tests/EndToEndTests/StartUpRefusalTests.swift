import InspectionKit
import InspectorCLI
import Testing

/// A binary whose check modules do not hold together refuses to start in its own name, naming
/// each type to fix and the way out.
@Suite("Start-up refusal")
struct StartUpRefusalTests {
    @Test func theRefusalNamesTheBinaryAndTheFix() {
        let source = RegistryError.Source(
            type: "ReturnInterviewChecks.ReturnInterviewCheck", file: "ReturnInterviewChecks/ReturnInterviewCheck.swift")
        let error = RegistryError(problems: [.malformedID(source, id: "Return_Interviews")])
        #expect(
            Inspector.refusal(program: "force-inspector", error) == """
                force-inspector: cannot start: its check modules do not hold together
                error: ReturnInterviewChecks.ReturnInterviewCheck (ReturnInterviewChecks/ReturnInterviewCheck.swift): check id 'Return_Interviews' is malformed; use dotted lowercase words such as 'missing.risk-grading'
                Fix each type named above in its file, then rebuild force-inspector.

                """)
    }
}
