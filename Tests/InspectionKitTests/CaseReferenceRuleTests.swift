import ChildData
import Foundation
import Testing

@testable import InspectionKit

/// The case-reference rule, part by part, where it lives: each shape it refuses has a test of
/// its own with the exact reason, so that loosening any one part fails here and not only in a
/// report far away.
@Suite("Case-reference rule")
struct CaseReferenceRuleTests {
    /// Forces' references and the generator's styles (`S07-ME-004211`, `ME/24/004211`,
    /// `24ME0004211`, `me-4211`), and the shapes that sit next to a refused one.
    @Test(arguments: [
        "NPT-MIS-01", "NPT-EXP-06", "NPT-ABU-01", "GMP-CFR-48", "CRP-ABU-01", "A-01", "NP/2025/0001", "2025-00017", "oac-4211",
        "S07-ME-004211", "24ME0004211", "ME/24/004211", "NP/13/24/1", "2024/13/01-7", "Ab-12", "ZC-030415", "030415",
        "ZC-0304201", "ZC-030420155", "0313-2015-1", "14-ELM-01", "14-RD", "ELM-RD-14", "S07-RD-004211", "ME/24/012015",
        String(repeating: "1", count: 64),
    ])
    func referencesThatAreCodesAreAccepted(_ reference: String) {
        #expect(CaseReferenceRule.default.refusal(of: reference) == nil)
    }

    @Test(arguments: [
        // Not a code at all.
        ("Zebedee.Canaryson.2012-03-04", CaseReferenceRule.Refusal.characters), ("Jane Smith", .characters), ("A_01", .characters),
        ("A-01.", .characters), ("Ünal-1", .characters), ("", .characters), (String(repeating: "1", count: 65), .characters),
        ("NPT-MIS", .noDigit), ("--", .noDigit),
        // A name as it is written.
        ("JaneSmith1", .nameShapedWord), ("Zebedee-Canaryson-1", .nameShapedWord), ("zebedee-1", .nameShapedWord),
        ("Ann-1", .nameShapedWord), ("1-Lee", .nameShapedWord), ("Smith12", .nameShapedWord),
        // A date written out.
        ("03/04/2015", .dateWrittenOut), ("ZC-3/4/2015", .dateWrittenOut), ("2015-04-03", .dateWrittenOut),
        ("NP-2015/04/03-1", .dateWrittenOut),
        // A name, a street or a birth date in capitals and run together (the default rule).
        ("ZEBEDEECANARYSON-1", .longLetterRun), ("CANARYSON-4", .longLetterRun), ("14-ACACIA-AVE", .longLetterRun),
        ("ZEBEDEE-CANARYSON-1", .longLetterRun), ("MISPER-0012", .longLetterRun), ("MISS/24/118a", .longLetterRun),
        ("KING-7", .longLetterRun), ("7KING", .longLetterRun),
        ("14-ELM-RD", .streetAddress), ("2-OAK-WAY", .streetAddress), ("14A-ASH-AVE", .streetAddress), ("7-AB-CD-ST", .streetAddress),
        ("ZC-03042015", .dateRunTogether), ("ZC03042015", .dateRunTogether), ("03042015", .dateRunTogether),
        ("20150403", .dateRunTogether), ("X20150403Y", .dateRunTogether), ("ZC-0304-2015", .dateRunTogether),
        ("2015-0403", .dateRunTogether), ("0304-2015-1", .dateRunTogether),
    ])
    func referencesThatCouldBeAChildsIdentityAreRefusedForTheirReason(_ reference: String, _ refusal: CaseReferenceRule.Refusal) {
        #expect(CaseReferenceRule.default.refusal(of: reference) == refusal)
    }

    /// A force's pattern takes the place of the default's limits on letters and digits, but not
    /// of the rules every reference follows, and every reference must match it.
    @Test func aForcesPatternWidensOnlyWhatItStates() throws {
        let rule = try CaseReferenceRule(pattern: "MISPER-[0-9]{4}|NP-2[0-9]{7}")
        #expect(rule.refusal(of: "MISPER-0012") == nil)
        #expect(rule.refusal(of: "NP-20150403") == nil)
        #expect(rule.refusal(of: "MISPER-12") == .notThePattern("MISPER-[0-9]{4}|NP-2[0-9]{7}"))
        #expect(rule.refusal(of: "NPT-MIS-01") == .notThePattern("MISPER-[0-9]{4}|NP-2[0-9]{7}"))
        #expect(rule.refusal(of: "MISPER.0012") == .characters)
        let mixed = try CaseReferenceRule(pattern: "(Smith|NP)-[0-9]")
        #expect(mixed.refusal(of: "Smith-1") == .nameShapedWord)
    }

    @Test(arguments: [
        ("[A-Z]+-[0-9]+", "SURNAME-1"), (".*", "SURNAME-1"), ("[A-Z0-9/-]+", "SURNAME-1"), ("\\w+", "SURNAME1"),
        ("[0-9]+-[A-Z]+", "1-SURNAME"), ("[A-Z]{2}-[0-9]{8}", "ZC-03042015"), ("[0-9]{8}", "03042015"),
        ("[0-9]+(-[A-Z]+)+", "1-SURNAME"), ("[0-9]+-[A-Z]+-[A-Z]{3}", "14-ACACIA-AVE"),
    ])
    func aPatternThatAcceptsANameShapedReferenceIsTooBroad(_ pattern: String, _ probe: String) {
        #expect(throws: CaseReferenceRule.PatternProblem.tooBroad(accepts: probe)) { try CaseReferenceRule(pattern: pattern) }
    }

    @Test func theRefusalsAreWordedWithoutTheReference() {
        let all: [CaseReferenceRule.Refusal] = [
            .characters, .noDigit, .nameShapedWord, .dateWrittenOut, .longLetterRun, .streetAddress, .dateRunTogether,
            .notThePattern("NP-[0-9]{6}"),
        ]
        #expect(Set(all.map(\.message)).count == all.count)
        #expect(
            CaseReferenceRule.Refusal.dateRunTogether.message
                == "the case reference holds eight digits that read as a date (03042015, 20150403, 0304-2015), which could be a date of birth; a force whose references need this states its case_reference_pattern in force.yaml"
        )
    }
}

/// `case_reference_pattern` runs in time linear in the reference: what a linear engine cannot
/// do is refused where it is written.
@Suite("Reference patterns")
struct ReferencePatternTests {
    @Test(arguments: [
        ("NP-[0-9]{6}", "NP-004211", true), ("NP-[0-9]{6}", "NP-04211", false), ("NP-[0-9]{6}", "XNP-004211", false),
        ("NP-[0-9]{6}", "NP-0042119", false), ("(ME|AR)/[0-9]{2}/[0-9]+", "AR/24/1", true), ("(ME|AR)/[0-9]{2}/[0-9]+", "SD/24/1", false),
        ("[^/]+/[0-9]{2,4}", "MIS/2024", true), ("[^/]+/[0-9]{2,4}", "MIS/20245", false), ("\\d{3}-\\w+", "123-ab_9", true),
        ("^A-\\d+$", "A-12", true), ("a?b*c+", "c", true), ("a?b*c+", "ab", false), ("(?:NP|NPT)-[0-9]{1,}", "NPT-1", true),
        ("(?<force>NP)-[0-9]", "NP-1", true), ("x{0}y", "y", true), ("[-/A]{2}", "/-", true), ("[\\d/]+", "12/3", true),
        ("[a\\-z]", "-", true), ("[a\\-z]", "b", false), ("NP\\.[0-9]", "NP.1", true), ("NP.[0-9]", "NP/1", true),
        ("(1+)+", String(repeating: "1", count: 63) + "-", false), ("(a|aa)*b", String(repeating: "a", count: 64), false),
        ("(x*)*y", "xxxy", true), ("", "", false),
    ])
    func aPatternMatchesTheWholeReference(_ pattern: String, _ reference: String, _ matches: Bool) throws {
        guard !pattern.isEmpty else {
            #expect(throws: ReferencePattern.Problem(.empty, at: 0)) { try ReferencePattern(pattern) }
            return
        }
        #expect(try ReferencePattern(pattern).matches(reference) == matches)
    }

    @Test(arguments: [
        ("CRP-([A-Z", ReferencePattern.Problem.Kind.unclosedClass, 5), ("CRP-(A", .unclosedGroup, 4), ("A)", .unopenedGroup, 1),
        ("[a-", .unclosedClass, 0), ("[z-a]", .reversedRange(from: "z", to: "a"), 1), ("A\\", .danglingEscape, 1),
        ("(a)\\1", .backReference, 3), ("\\k<x>", .backReference, 0), ("A(?=1)", .lookAround, 1), ("A(?<!1)", .lookAround, 1),
        ("(?i)a", .flags, 0), ("a++", .possessive, 2), ("\\bA", .wordBoundary, 0), ("*a", .nothingToRepeat, 0),
        ("a**", .nothingToRepeat, 2), ("a{2", .badRepetition, 1), ("a{3,2}", .badRepetition, 1), ("a{,2}", .badRepetition, 1),
        ("a{1001}", .repetitionTooLarge(1000), 1), ("(a{1000}){5}", .tooLarge, 0), ("[[a]]", .nestedClass, 1),
        ("\\p{L}", .unsupportedEscape("p"), 0),
        (String(repeating: "(", count: 101) + "a" + String(repeating: ")", count: 101), .tooLarge, 100),
    ])
    func aPatternALinearEngineCannotRunIsRefusedWhereItIs(_ pattern: String, _ kind: ReferencePattern.Problem.Kind, _ offset: Int) {
        #expect(throws: ReferencePattern.Problem(kind, at: offset)) { try ReferencePattern(pattern) }
    }

    @Test func problemsAreWordedWithTheirCharacter() throws {
        let problem = try #require(throws: ReferencePattern.Problem.self) { try ReferencePattern("CRP-([A-Z") }
        #expect(problem.message == "the [ at character 6 is never closed")
        let lookAround = try #require(throws: ReferencePattern.Problem.self) { try ReferencePattern("A(?=1)") }
        #expect(lookAround.message == "look-around at character 2 is not supported: it cannot be matched in linear time")
    }
}
