/// An echoed line of an evidence file with its values masked and its keys kept, so that an
/// error about a record never copies what the record says (`child_name: •••• •••••`). One •
/// for each Unicode scalar masked, as columns are counted in scalars, so that a caret under the
/// line still points at the right column (`José` with a combining accent is five scalars).
///
/// Masking errs towards hiding: a value runs to the end of the line in block style (`Smith,
/// Jane` is one value), and only a flow collection's `,`, `]` and `}` or a comment (` #`) end
/// it. A quote hides everything to its closing quote, escapes included.
package enum SourceLineMask {
    /// The mask character, •, in UTF-8.
    static let dot: [UInt8] = [0xE2, 0x80, 0xA2]

    /// One pass over the line's bytes (an error about each of 100,000 records echoes 100,000
    /// lines).
    package static func mask(_ line: String) -> String {
        var line = line
        return line.withUTF8 { mask(bytes: $0) }
    }

    /// Every character the rules look at is ASCII; any other character is one scalar of
    /// several bytes, copied or masked whole.
    private static func mask(bytes: UnsafeBufferPointer<UInt8>) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count + bytes.count / 2)
        var masking = false
        // Until the value's first character: only there do `[` and `{` open a flow collection
        // in block style (elsewhere they are part of the text).
        var valueStart = false
        // Flow collections opened before the value (the record's own `{…}`) and within it.
        var outerDepth = 0
        var valueDepth = 0
        var quote: UInt8?
        var escaped = false
        let leading = bytes.prefix { $0 == UInt8(ascii: " ") }.count
        let hasKeyAfterDash = leading < bytes.count && bytes[leading] == UInt8(ascii: "-") && itemIsMapping(bytes, after: leading)
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            // The scalar's bytes: a lead byte and its continuation bytes (10xxxxxx).
            var end = index + 1
            while end < bytes.count, bytes[end] & 0xC0 == 0x80 { end += 1 }
            let scalar = bytes[index..<end]
            defer { index = end }
            if let open = quote {
                out += masking ? dot : Array(scalar)
                if escaped {
                    escaped = false
                } else if open == UInt8(ascii: "\""), byte == UInt8(ascii: "\\") {
                    escaped = true
                } else if byte == open {
                    // '' inside single quotes is one quote, not the end.
                    if open == UInt8(ascii: "'"), end < bytes.count, bytes[end] == open { escaped = true } else { quote = nil }
                }
                continue
            }
            guard masking else {
                out += scalar
                let next = end < bytes.count ? bytes[end] : nil
                switch byte {
                case UInt8(ascii: "["), UInt8(ascii: "{"): outerDepth += 1
                case UInt8(ascii: "]"), UInt8(ascii: "}"): outerDepth = max(0, outerDepth - 1)
                case UInt8(ascii: "\""), UInt8(ascii: "'"): quote = byte  // a quoted key
                case UInt8(ascii: ":") where next == nil || next == UInt8(ascii: " "):
                    (masking, valueStart) = (true, true)
                // A sequence item is masked unless it is a mapping, whose keys stay and values go.
                case UInt8(ascii: "-") where index == leading && (next == nil || next == UInt8(ascii: " ")) && !hasKeyAfterDash:
                    (masking, valueStart) = (true, true)
                default: break
                }
                continue
            }
            let flow = valueDepth > 0 || outerDepth > 0 || valueStart
            let opens = byte == UInt8(ascii: "[") || byte == UInt8(ascii: "{")
            let closes = byte == UInt8(ascii: "]") || byte == UInt8(ascii: "}")
            if byte == UInt8(ascii: " ") {
                out.append(byte)
                continue
            } else if opens && flow {
                valueDepth += 1
                out.append(byte)
            } else if closes && valueDepth > 0 {
                valueDepth -= 1
                out.append(byte)
                if valueDepth == 0 { masking = false }
            } else if (closes || byte == UInt8(ascii: ",")) && valueDepth == 0 && outerDepth > 0 {
                // The end of a value in the record's own flow collection.
                if closes { outerDepth -= 1 }
                out.append(byte)
                masking = false
            } else if byte == UInt8(ascii: ","), valueDepth > 0 {
                out.append(byte)
            } else if byte == UInt8(ascii: "#"), index > 0, bytes[index - 1] == UInt8(ascii: " ") {
                // A comment: the file's own note, not the record's value.
                out.append(byte)
                masking = false
            } else if byte == UInt8(ascii: "'") || byte == UInt8(ascii: "\"") {
                quote = byte
                out += dot
            } else {
                out += dot
            }
            valueStart = false
        }
        return String(decoding: keepingOnlyKeys(out), as: UTF8.self)
    }

    /// What the pass above left unmasked, with only YAML's punctuation and keys kept: a key is
    /// a word of lower-case letters, digits and `_` (as every field and header key is written)
    /// followed by `:`. Any other word, wherever a line put it (a value on a line of its own,
    /// after a tab, in a comment, a key that could be a name), is masked.
    static func keepingOnlyKeys(_ line: [UInt8]) -> [UInt8] {
        // Written through a pointer, as this runs once for each echoed line: a word masked
        // whole is at most three bytes a scalar, as many as the input's • take.
        [UInt8](unsafeUninitializedCapacity: line.count * 3) { out, written in
            line.withUnsafeBufferPointer { line in
                var count = 0
                func put(_ byte: UInt8) {
                    out[count] = byte
                    count += 1
                }
                func putDot() {
                    put(0xE2)
                    put(0x80)
                    put(0xA2)
                }
                func isDot(_ index: Int) -> Bool {
                    index + 2 < line.count && line[index] == 0xE2 && line[index + 1] == 0x80 && line[index + 2] == 0xA2
                }
                var index = 0
                while index < line.count {
                    if isDot(index) {
                        putDot()
                        index += 3
                        continue
                    }
                    guard !separates(line[index]) else {
                        put(line[index])
                        index += 1
                        continue
                    }
                    var end = index
                    var lowerKeyWord = true
                    while end < line.count, !separates(line[end]), !isDot(end) {
                        let byte = line[end]
                        lowerKeyWord =
                            lowerKeyWord
                            && (UInt8(ascii: "a")...UInt8(ascii: "z") ~= byte || UInt8(ascii: "0")...UInt8(ascii: "9") ~= byte
                                || byte == UInt8(ascii: "_"))
                        end += 1
                    }
                    var after = end
                    while after < line.count, line[after] == UInt8(ascii: "\"") || line[after] == UInt8(ascii: "'") { after += 1 }
                    if lowerKeyWord && after < line.count && line[after] == UInt8(ascii: ":") {
                        for byte in line[index..<end] { put(byte) }
                    } else {
                        // One • a scalar: count the bytes that start one (not 10xxxxxx).
                        for byte in line[index..<end] where byte & 0xC0 != 0x80 { putDot() }
                    }
                    index = end
                }
                written = count
            }
        }
    }

    /// YAML's punctuation, which separates words and is always kept.
    private static func separates(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: " "), UInt8(ascii: "\t"), UInt8(ascii: ":"), UInt8(ascii: "["), UInt8(ascii: "]"), UInt8(ascii: "{"),
            UInt8(ascii: "}"), UInt8(ascii: ","), UInt8(ascii: "\""), UInt8(ascii: "'"), UInt8(ascii: "#"), UInt8(ascii: "-"),
            UInt8(ascii: "?"):
            return true
        default: return false
        }
    }

    /// Whether the sequence item after the dash at `dash` is a mapping (`- case_ref: M-1`,
    /// `- "case_ref": M-1`, `- {case_ref: M-1}`), whose keys stay, rather than a scalar or a
    /// list (`- "a: b"`, `- [a, "b: c"]`), masked whole.
    static func itemIsMapping(_ bytes: UnsafeBufferPointer<UInt8>, after dash: Int) -> Bool {
        var index = dash + 1
        while index < bytes.count, bytes[index] == UInt8(ascii: " ") { index += 1 }
        guard index < bytes.count else { return false }
        let open = bytes[index]
        if open == UInt8(ascii: "[") { return false }
        if open == UInt8(ascii: "{") { return true }
        guard open == UInt8(ascii: "\"") || open == UInt8(ascii: "'") else {
            // Plain text cannot hold ": ", so one after the dash starts a value.
            return zip(bytes[index...], bytes[(index + 1)...]).contains { $0 == UInt8(ascii: ":") && $1 == UInt8(ascii: " ") }
        }
        // A quoted scalar: a key only when its closing quote is followed by ':'.
        index += 1
        while index < bytes.count {
            if open == UInt8(ascii: "\""), bytes[index] == UInt8(ascii: "\\") {
                index += 2
                continue
            }
            if bytes[index] == open {
                if open == UInt8(ascii: "'"), index + 1 < bytes.count, bytes[index + 1] == open {
                    index += 2
                    continue
                }
                let after = index + 1
                return after < bytes.count && bytes[after] == UInt8(ascii: ":")
                    && (after + 1 == bytes.count || bytes[after + 1] == UInt8(ascii: " "))
            }
            index += 1
        }
        return false
    }
}
