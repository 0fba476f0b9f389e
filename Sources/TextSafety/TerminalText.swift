/// Text made safe to write to a terminal: no control character, escape sequence or invisible
/// formatting character from a file name, an argument or a file's contents reaches it raw.
public enum TerminalText {
    /// `text` with every control character but line feed and tab, and every invisible
    /// formatting character, written as `\u{1B}`. Escape sequences in `allowed` (the styling
    /// the program itself uses) are kept as they are; any other ESC is escaped.
    public static func escaped(_ text: String, allowing allowed: Set<String> = []) -> String {
        guard containsEscapable(text) else { return text }
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

    /// Whether any scalar of `text` needs escaping, read from its UTF-8 bytes: ASCII byte by
    /// byte, other scalars decoded by hand (a string's bytes are valid UTF-8). Reports of
    /// 100,000 errors pass through here, as fast as the bytes can be read.
    static func containsEscapable(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { bytes in
            var index = 0
            while index < bytes.count {
                let lead = bytes[index]
                if lead < 0x80 {
                    if (lead < 0x20 && lead != 0x0A && lead != 0x09) || lead == 0x7F { return true }
                    index += 1
                    continue
                }
                let length = lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4
                var value = UInt32(lead) & (length == 2 ? 0x1F : length == 3 ? 0x0F : 0x07)
                for offset in 1..<length where index + offset < bytes.count {
                    value = value << 6 | UInt32(bytes[index + offset] & 0x3F)
                }
                if let scalar = Unicode.Scalar(value), needsEscape(scalar) { return true }
                index += length
            }
            return false
        }
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
