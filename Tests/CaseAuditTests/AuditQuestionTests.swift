import FixtureChecks
import InspectionKit
import Testing

/// Audit questions are part of the check API: declared in the descriptor, refused when read
/// undeclared or declared two ways, checked by the framework's forms.
@Suite("Audit questions in the check API")
struct AuditQuestionTests {
    struct ReadsUndeclared: InspectionCheck {
        static let question = AuditQuestion("undeclared.question", "Is it?", answers: .yesNo, guidance: "Say.", characteristic: "It is.")
        static let descriptor = CheckDescriptor(
            id: "undeclared.reader", area: "response", title: "Reads an undeclared question", rationale: "A test.",
            recommendation: "None.", examples: [CheckExample("Any", evidence: "{}", expect: .init(.couldNotEvaluate, statement: "No."))])

        static func evaluate(_ context: CheckContext) -> CheckResult {
            _ = context.audited(question)
            return .couldNotEvaluate("No.")
        }
    }

    struct DeclaresOtherwise: InspectionCheck {
        static let descriptor = CheckDescriptor(
            id: "other.reader", area: "response", title: "Declares a question otherwise", rationale: "A test.", recommendation: "None.",
            auditQuestions: [
                AuditQuestion(
                    "visits.recorded-fully", "Is the visit recorded?", answers: .yesNo, guidance: "Say.", characteristic: "It is.")
            ])

        static func evaluate(_ context: CheckContext) -> CheckResult { .couldNotEvaluate("No.") }
    }

    @Test func aCheckThatReadsAnUndeclaredQuestionIsRefusedWhenTheRegistryIsBuilt() {
        let module = CheckModule(name: "Broken", areas: ["response"], checks: [ReadsUndeclared.self])
        #expect(throws: RegistryError.self) { try CheckRegistry([module]) }
        do {
            _ = try CheckRegistry([module])
        } catch {
            #expect(
                error.description.contains(
                    "reads audit question 'undeclared.question', which its descriptor does not declare in `auditQuestions`"))
        }
    }

    @Test func aQuestionDeclaredTwoWaysIsRefused() {
        let module = CheckModule(name: "Other", areas: ["response"], checks: [DeclaresOtherwise.self])
        do {
            _ = try CheckRegistry([FixtureChecks.module, module])
            Issue.record("built")
        } catch {
            #expect(error.description.contains("audit question 'visits.recorded-fully' is declared differently by"))
        }
    }

    @Test func answersIncludeNotApplicableAndAVocabularyIsTheFrameworks() {
        #expect(VisitRecordingCheck.recordedFully.allowedAnswers() == ["yes", "partly", "no", "not-applicable"])
        #expect(VisitRecordingCheck.concernFound.allowedAnswers() == nil)
        #expect(
            VisitRecordingCheck.concernFound.allowedAnswers(vocabularies: ["home-visit.concerns": ["neglect", "violence"]])
                == ["neglect", "violence", "not-applicable"])
        #expect(VisitRecordingCheck.recordedFully.answersDescription == "yes, partly, no or not-applicable")
    }

    @Test func theFrameworksFormsAreChecked() throws {
        let copy = try ProjectCopy.withVisits(1)
        try copy.edit(
            "Frameworks/fixture-2024.yaml", replacing: "questions: [visits.recorded-fully, visits.concern-found]",
            with: "questions: [visits.recorded-fuly, visits.concern-found, visits.concern-found]")
        let problems = try {
            do {
                _ = try copy.workspace()
                return ""
            } catch {
                return "\(error)"
            }
        }()
        #expect(problems.contains("error: unknown audit question 'visits.recorded-fuly' (did you mean 'visits.recorded-fully'?)"))
        #expect(problems.contains("error: audit question 'visits.concern-found' is listed twice on form 'visits'; ask it once"))
    }
}
