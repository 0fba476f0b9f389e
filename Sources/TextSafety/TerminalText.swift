/// Text made safe to write to a terminal: no control character, escape sequence or invisible
/// formatting character from a file name, an argument or a file's contents reaches it raw.
public enum TerminalText {
    /// `text` with every control character but line feed and tab, and every invisible
    /// formatting character, written as `\u{1B}`. Escape sequences in `allowed` (the styling
    /// the program itself uses) are kept as they are; any other ESC is escaped.
    public static func escaped(_ text: String, allowing allowed: Set<String> = []) -> String {
        // Printable ASCII (the usual text) is passed by its bytes, without decoding scalars.
        let plainASCII = text.utf8.allSatisfy { ($0 >= 0x20 && $0 < 0x7F) || $0 == 0x0A || $0 == 0x09 }
        guard !plainASCII, text.unicodeScalars.contains(where: needsEscape) else { return text }
        var out = String.UnicodeScalarView()
        let scalars = Array(text.unicodeScalars)
        var index = 0
        while index < scalars.count {
            let scalar = scalars[index]
            if scalar == "\u{1B}", let kept = allowedSequence(scalars, at: index, allowed) {
                out.append(contentsOf: kept.unicodeScalars)
                index += kept.unicodeScalars.count
                continue
            }
            if needsEscape(scalar) {
                out.append(contentsOf: "\\u{\(String(scalar.value, radix: 16, uppercase: true))}".unicodeScalars)
            } else {
                out.append(scalar)
            }
            index += 1
        }
        return String(out)
    }

    @inline(__always)
    static func needsEscape(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x0A, 0x09: return false
        case 0x00..<0x20, 0x7F, 0x80..<0xA0: return true
        default: return InvisibleCharacters.contains(scalar.value)
        }
    }

    /// The allowed sequence `ESC [ … m` starting at `index`, if it is one of `allowed`.
    private static func allowedSequence(_ scalars: [Unicode.Scalar], at index: Int, _ allowed: Set<String>) -> String? {
        guard !allowed.isEmpty, index + 1 < scalars.count, scalars[index + 1] == "[" else { return nil }
        var end = index + 2
        while end < scalars.count, end - index < 12, scalars[end] != "m" { end += 1 }
        guard end < scalars.count, scalars[end] == "m" else { return nil }
        let sequence = String(String.UnicodeScalarView(scalars[index...end]))
        return allowed.contains(sequence) ? sequence : nil
    }
}
