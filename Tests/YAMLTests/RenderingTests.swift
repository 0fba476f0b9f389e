import Testing

@testable import YAML

@Suite("Rendering: like a compiler")
struct RenderingTests {
    @Test func colourWrapsPositionSeverityAndCaret() {
        let error = YAML.Error(
            .unknownKey("regoin", suggestion: "region"),
            at: .init(file: "force.yaml", line: 12, column: 5), sourceLine: "    regoin: East Midlands")
        #expect(
            error.rendered(color: true) == """
                \u{1B}[1mforce.yaml:12:5:\u{1B}[0m \u{1B}[1;31merror:\u{1B}[0m \u{1B}[1munknown key 'regoin' (did you mean 'region'?)\u{1B}[0m
                    regoin: East Midlands
                \u{1B}[1;32m    ^\u{1B}[0m
                """)
    }

    @Test func longValuesAreShortenedInMessages() {
        let long = String(repeating: "x", count: 100)
        let reason = YAML.Error.Reason.invalidScalar(long, expected: .boolean, problem: .notTrueOrFalse)
        #expect(reason.message == "'\(String(repeating: "x", count: 59))…' is not a boolean; write true or false")
    }
}
