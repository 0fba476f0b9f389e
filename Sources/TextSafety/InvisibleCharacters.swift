/// Characters that change how text is shown without being seen: the bidirectional overrides
/// and isolates that can make a line read differently from what it holds ("Trojan Source"),
/// zero-width characters that make two equal-looking names differ, and the like. Configuration
/// and evidence refuse them; terminal output escapes them.
public enum InvisibleCharacters {
    /// Whether `value` is one of them.
    @inline(__always)
    public static func contains(_ value: UInt32) -> Bool {
        switch value {
        case 0x061C,  // ARABIC LETTER MARK
            0x180E,  // MONGOLIAN VOWEL SEPARATOR
            0x200B...0x200F,  // zero-width space, non-joiner, joiner; LRM, RLM
            0x202A...0x202E,  // LRE, RLE, PDF, LRO, RLO
            0x2060...0x2064,  // word joiner, invisible operators
            0x2066...0x206F,  // LRI, RLI, FSI, PDI and deprecated format characters
            0xFEFF,  // zero-width no-break space (a byte order mark inside text)
            0xFFF9...0xFFFB:  // interlinear annotation
            return true
        default:
            return false
        }
    }

    /// `U+202E (RIGHT-TO-LEFT OVERRIDE)`: for messages, which never show the character itself.
    public static func name(_ value: UInt32) -> String {
        let names: [UInt32: String] = [
            0x200B: "ZERO WIDTH SPACE", 0x200C: "ZERO WIDTH NON-JOINER", 0x200D: "ZERO WIDTH JOINER",
            0x200E: "LEFT-TO-RIGHT MARK", 0x200F: "RIGHT-TO-LEFT MARK", 0x202A: "LEFT-TO-RIGHT EMBEDDING",
            0x202B: "RIGHT-TO-LEFT EMBEDDING", 0x202C: "POP DIRECTIONAL FORMATTING", 0x202D: "LEFT-TO-RIGHT OVERRIDE",
            0x202E: "RIGHT-TO-LEFT OVERRIDE", 0x2060: "WORD JOINER", 0x2066: "LEFT-TO-RIGHT ISOLATE",
            0x2067: "RIGHT-TO-LEFT ISOLATE", 0x2068: "FIRST STRONG ISOLATE", 0x2069: "POP DIRECTIONAL ISOLATE",
            0xFEFF: "ZERO WIDTH NO-BREAK SPACE", 0x061C: "ARABIC LETTER MARK",
        ]
        return codePoint(value) + (names[value].map { " (\($0))" } ?? "")
    }

    /// `U+001B`: four hex digits at least.
    public static func codePoint(_ value: UInt32) -> String {
        let hex = String(value, radix: 16, uppercase: true)
        return "U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
    }

    /// The first invisible character in UTF-8 `bytes`, by scalar value; nil when none. Only
    /// the lead bytes that can start one (0xD8, 0xE1, 0xE2, 0xEF) are looked at closely.
    public static func first(in bytes: UnsafeBufferPointer<UInt8>) -> UInt32? {
        var index = 0
        while index < bytes.count {
            let lead = bytes[index]
            if lead == 0xD8 || lead == 0xE1 || lead == 0xE2 || lead == 0xEF, let value = scalar(bytes, at: index), contains(value) {
                return value
            }
            index += 1
        }
        return nil
    }

    /// The scalar of a well-formed 2- or 3-byte sequence at `index`; nil otherwise.
    @inline(__always)
    public static func scalar(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> UInt32? {
        let lead = UInt32(bytes[index])
        if lead & 0xE0 == 0xC0, index + 1 < bytes.count {
            return (lead & 0x1F) << 6 | UInt32(bytes[index + 1] & 0x3F)
        }
        if lead & 0xF0 == 0xE0, index + 2 < bytes.count {
            return (lead & 0x0F) << 12 | UInt32(bytes[index + 1] & 0x3F) << 6 | UInt32(bytes[index + 2] & 0x3F)
        }
        return nil
    }
}
