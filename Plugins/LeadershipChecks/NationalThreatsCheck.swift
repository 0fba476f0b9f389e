import ChildProtectionRecords
import Foundation
import InspectionKit

/// `leadership.national-threats`: do the force's strategies and plans name the national
/// threats to children in the Strategic Policing Requirement?
public struct NationalThreatsCheck: InspectionCheck {
    package static let threats = Parameter<[String]>(
        "leadership.national-threats", example: ["child sexual abuse"],
        summary:
            "National threats to children in the Strategic Policing Requirement that strategies and plans must name. A threat also counts when written as its initials (child sexual abuse, CSA)."
    )

    public static let descriptor = CheckDescriptor(
        id: "leadership.national-threats",
        area: "leadership",
        title: "Strategies and plans name the national threats to children",
        rationale: """
            What a force's strategies leave out, it does not prioritise. Every strategy and plan \
            the force supplied is searched for each national threat, by name or initials.
            """,
        recommendation:
            "The force should name every national threat to children in its strategies and plans and show how it prioritises them.",
        parameters: [threats],
        documents: [.strategy, .plan],
        examples: [
            CheckExample(
                "The plan names child sexual abuse",
                evidence: """
                    documents:
                      - {id: plan, kind: plan, title: Police and crime plan, text: "We will tackle child sexual abuse and exploitation."}
                    """,
                expect: .init(
                    .met, count: .init(met: 1, of: 1),
                    statement: "The force's 1 strategy or plan names every national threat to children listed: child sexual abuse.")),
            CheckExample(
                "Names one threat by its initials, but not the other",
                evidence: """
                    parameters: {leadership.national-threats: [child sexual abuse, violence against women and girls]}
                    documents:
                      - {id: plan, kind: plan, title: Police and crime plan, text: "Tackling CSA is our first priority."}
                      - {id: strategy, kind: strategy, title: Safeguarding strategy, text: "Missing children are a priority."}
                    """,
                expect: .init(
                    .partlyMet, count: .init(met: 1, of: 2),
                    statement:
                        "Violence against women and girls is a national threat in the Strategic Policing Requirement, yet none of the force's 2 strategies and plans mentions it."
                )),
            CheckExample(
                "Silent on it",
                evidence: """
                    documents:
                      - {id: plan, kind: plan, title: Police and crime plan, text: "We will cut burglary and keep roads safe."}
                      - {id: strategy, kind: strategy, title: Safeguarding strategy, text: "Missing children are a priority (CSAE teams)."}
                    """,
                expect: .init(
                    .notMet, count: .init(met: 0, of: 1),
                    statement:
                        "Child sexual abuse is a national threat in the Strategic Policing Requirement, yet none of the force's 2 strategies and plans mentions it."
                )),
        ])

    public static func evaluate(_ context: CheckContext) -> CheckResult {
        let documents = context.documents([.strategy, .plan])
        guard !documents.isEmpty else {
            return .couldNotEvaluate("No strategies or plans were provided (evidence documents of kind strategy or plan).")
        }
        let threats = context[Self.threats]
        let missing = threats.filter { threat in !documents.contains { Self.mentions($0.text, threat) } }
        let count = CheckResult.Count(met: threats.count - missing.count, of: threats.count)
        let plural = documents.count == 1 ? "strategy or plan" : "strategies and plans"
        let statement: String
        if missing.isEmpty {
            statement =
                "The force's \(documents.count) \(plural) \(documents.count == 1 ? "names" : "name") every national threat to children listed: \(threats.joined(separator: ", "))."
        } else {
            let names = missing.map { $0.prefix(1).uppercased() + $0.dropFirst() }.joined(separator: ", ")
            let verb = missing.count == 1 ? "is a national threat" : "are national threats"
            let holder =
                documents.count == 1
                ? "the force's strategy or plan does not mention" : "none of the force's \(documents.count) \(plural) mentions"
            statement = "\(names) \(verb) in the Strategic Policing Requirement, yet \(holder) \(missing.count == 1 ? "it" : "them")."
        }
        let outcome: CheckResult.Outcome = missing.isEmpty ? .met : missing.count == threats.count ? .notMet : .partlyMet
        return CheckResult(outcome, statement: statement, count: count, basis: .documents)
    }

    /// True when `text` names the threat in words or by its initials, as whole words, in any case.
    static func mentions(_ text: String, _ threat: String) -> Bool {
        let words = threat.split(separator: " ")
        let initials = words.count > 1 ? words.compactMap(\.first).map(String.init).joined() : nil
        return [threat, initials].compactMap { $0 }.contains { phrase in
            let pattern = "(?<![A-Za-z])" + NSRegularExpression.escapedPattern(for: phrase) + "(?![A-Za-z])"
            return text.range(of: pattern, options: [.regularExpression, .caseInsensitive]) != nil
        }
    }
}
