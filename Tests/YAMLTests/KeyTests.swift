import Testing
import YAML

@Suite("Keys: plain text, written out")
struct KeyTests {
    @Test func anAliasUsedAsAKeyIsRefused() {
        expectFailure(
            Force.self, "name: &n region\n*n : East Midlands\n",
            """
            test.yaml:2:1: error: a mapping key must be written out, not given as the alias '*n'
            *n : East Midlands
            ^
            """)
        expectFailure(
            Force.self, "name: &n region\nmore: {*n : x}\n",
            """
            test.yaml:2:8: error: a mapping key must be written out, not given as the alias '*n'
            more: {*n : x}
                   ^
            """)
    }

    @Test func anAliasToACollectionUsedAsAKeyIsRefusedToo() {
        expectFailure(
            Force.self, "list: &l [a]\n? *l\n: x\n",
            """
            test.yaml:2:3: error: a mapping key must be written out, not given as the alias '*l'
            ? *l
              ^
            """)
    }

    @Test func anAnchorOnAKeyIsRefused() {
        expectFailure(
            Force.self, "&k name: a\nregion: b\n",
            """
            test.yaml:1:1: error: a mapping key cannot carry an anchor ('&k'); put the anchor on the value
            &k name: a
            ^
            """)
        expectFailure(
            Force.self, "name: a\nregion: {&k north: 1}\n",
            """
            test.yaml:2:10: error: a mapping key cannot carry an anchor ('&k'); put the anchor on the value
            region: {&k north: 1}
                     ^
            """)
    }

    @Test func aTagOnAKeyIsRefusedEvenStr() {
        expectFailure(
            Force.self, "!!str name: a\nregion: b\n",
            """
            test.yaml:1:1: error: a mapping key cannot carry a tag ('!!str'); keys are always text
            !!str name: a
            ^
            """)
        expectFailure(
            Force.self, "name: a\n!!int 5: b\n",
            """
            test.yaml:2:1: error: a mapping key cannot carry a tag ('!!int'); keys are always text
            !!int 5: b
            ^
            """)
    }

    @Test func aCollectionKeyIsRefusedBeforeAnyProblemInsideIt() {
        expectFailure(
            Force.self, "? {a: 1, a: 2}\n: x\n",
            """
            test.yaml:1:3: error: a mapping key must be a single value, not a sequence or a mapping
            ? {a: 1, a: 2}
              ^
            """)
    }

    @Test func anchorsAndAliasesOnValuesStillWork() {
        #expect(decoded(Force.self, "name: &n Zoë\nregion: *n\n") == Force(name: "Zoë", region: "Zoë"))
        #expect(decoded([String: String].self, "a: &x 1\n? b\n: *x\n") == ["a": "1", "b": "1"])
    }

    @Test func quotedKeysAreKeys() {
        #expect(decoded([String: String].self, "\"on\": 1\n'no': 2\n") == ["on": "1", "no": "2"])
    }
}
