@testable import InspectionKit
import Testing

/// A value that failed to read is quoted only when it cannot be anyone's details.
@Suite("Values quoted in errors")
struct EchoedValueTests {
    @Test(arguments: [
        ("32/13/2024 25:00", "32/13/2024 25:00"), ("2024-10-01T10:00", "2024-10-01T10:00"), ("-3.5", "-3.5"), ("50%", "50%"),
        ("HGH", "HGH"), ("U13", "U13"), ("yes", "yes"), ("repeat-mising", "repeat-mising"),
        ("Alice", "•••••"), ("Alice Smith", "•••••••••••"), ("SMITH", "•••••"), ("alice smith", "•••••••••••"),
        ("03/04/2015 Alice", "••••••••••••••••"), ("Zoë", "•••"), ("NN1 2AB", "•••••••"),
    ])
    func aValueIsShownOnlyWhenItCannotBeAnyonesDetails(text: String, shown: String) {
        #expect(EchoedValue.shown(text) == shown)
    }

    @Test func aNearMissOfAKnownWordIsShown() {
        #expect(EchoedValue.quoted("Medum", nearMiss: true) == "'Medum'")
        #expect(EchoedValue.quoted("Medum") == "'•••••'")
    }

    @Test func aLongValueShowsAtMostSixtyMarks() {
        #expect(EchoedValue.shown(String(repeating: "Ab", count: 50)) == String(repeating: "•", count: 60))
    }

    @Test func aYAMLErrorKeepsItsWordsAndMasksTheValue() {
        let masked = EchoedValue.masking(.invalidScalar("Bobby", expected: .oneOf(["low", "high"]), problem: .notOneOf(suggestion: nil)))
        #expect(masked.message == "'•••••' is not one of 'low', 'high'")
        let typo = EchoedValue.masking(.invalidScalar("Hihg", expected: .oneOf(["low", "high"]), problem: .notOneOf(suggestion: "high")))
        #expect(typo.message == "'Hihg' is not one of 'low', 'high' (did you mean 'high'?)")
        #expect(EchoedValue.masking(.missingKey("case_ref")) == .missingKey("case_ref"))
        #expect(EchoedValue.masking(.unknownKey("Alice Smith", suggestion: nil)).message == "unknown key '•••••••••••'")
        #expect(EchoedValue.masking(.unknownKey("Risk_Grade", suggestion: "risk_grade")).message == "unknown key 'Risk_Grade' (did you mean 'risk_grade'?)")
        #expect(EchoedValue.masking(.unknownKey("notes", suggestion: nil)).message == "unknown key 'notes'")
    }
}
