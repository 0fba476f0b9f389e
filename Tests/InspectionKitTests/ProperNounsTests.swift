import ChildData
import Testing

@testable import InspectionKit

/// Free text names only what the force declared: the test of a text against the declared
/// proper nouns, word by word.
@Suite("Proper nouns in free text")
struct ProperNounsTests {
    static let declared = ProperNouns(declared: ["Operation Satin", "The Observatory", "MASH", "Northamptonshire Police"])

    @Test(arguments: [
        "The force works with its partners.",
        "Data work with The Observatory; the Observatory's reports.",
        "Operation Satin workers met 475 children. Satin's workers were thorough.",
        "HMICFRS report, 22 August 2025 (leadership)",
        "CSE and CCE are recognised. AFI 3 was met on Monday.",
        "MASH staff in every area; Northamptonshire Police leads.",
        "\"Officers were prompt.\" (Synthetic note.) Risk was high!\nReviewed monthly.",
        "Multi-agency meetings were held; NN1 is a code, as is U13.",
        "",
        "Zebedee was seen.",
    ])
    func textThatNamesOnlyWhatIsDeclaredPasses(_ text: String) {
        #expect(Self.declared.undeclared(in: text) == nil)
    }

    @Test(arguments: [
        ("Officers saw Zebedee Canaryson at home.", 13, 7),
        ("Zebedee Canaryson was seen.", 8, 9),
        ("Seen by officers; CANARYSON was not at home.", 18, 9),
        ("Work with the Observatory and Operation Kestrel.", 30, 9),
        ("Seen with Zoë.", 10, 3),
        ("Satin workers met Canaryson's mother.", 18, 11),
        ("The team (Canaryson) met.", 10, 9),
    ])
    func anUndeclaredCapitalisedWordIsFoundWithItsPlace(_ text: String, _ offset: Int, _ length: Int) {
        let found = Self.declared.undeclared(in: text)
        #expect(found?.offset == offset)
        #expect(found?.length == length)
    }

    @Test func withNothingDeclaredEveryCapitalisedWordPastASentencesStartIsFound() {
        #expect(ProperNouns.none.undeclared(in: "Work with The Observatory.")?.offset == 10)
        #expect(ProperNouns.none.undeclared(in: "Officers were prompt. The force was not.") == nil)
    }
}
