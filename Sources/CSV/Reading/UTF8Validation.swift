import TextSafety

/// The outcome of checking one multi-byte character in the buffer.
enum UTF8Step {
    /// A valid character of this many bytes (2 to 4).
    case character(length: Int)
    /// The bytes end mid-character and more may come: read more and scan again.
    case needMore
    /// A valid encoding of a C1 control character (U+0080–U+009F), which is refused like C0.
    case control(UInt32)
    /// A character that changes how text is shown without being seen (`TextSafety`).
    case invisible(UInt32)
    case invalid(CSV.Error.UTF8Problem)
}

/// Checks the character whose first byte, at `bytes[index]`, is 0x80 or above.
///
/// Follows the table of well-formed sequences in the Unicode standard (§3.9, table 3-7): no
/// overlong forms, no surrogates, nothing past U+10FFFF. `end` is one past the last byte read;
/// `atEndOfInput` says whether more bytes can follow it.
@inline(__always)
func checkUTF8(_ bytes: UnsafePointer<UInt8>, at index: Int, end: Int, atEndOfInput: Bool) -> UTF8Step {
    let lead = bytes[index]
    let length: Int
    // The range the second byte must fall in, which is narrower than 0x80–0xBF after some leads.
    var low: UInt8 = 0x80
    var high: UInt8 = 0xBF
    var belowLow = CSV.Error.UTF8Problem.truncatedSequence
    var aboveHigh = CSV.Error.UTF8Problem.truncatedSequence
    switch lead {
    case 0x80...0xBF: return .invalid(.unexpectedContinuationByte(lead))
    case 0xC0, 0xC1: return .invalid(.overlongEncoding)
    case 0xC2...0xDF: length = 2
    case 0xE0:
        length = 3
        low = 0xA0
        belowLow = .overlongEncoding
    case 0xED:
        length = 3
        high = 0x9F
        aboveHigh = .surrogate
    case 0xE1...0xEF: length = 3
    case 0xF0:
        length = 4
        low = 0x90
        belowLow = .overlongEncoding
    case 0xF4:
        length = 4
        high = 0x8F
        aboveHigh = .beyondUnicode
    case 0xF1...0xF3: length = 4
    default: return .invalid(.invalidByte(lead))
    }
    // Each byte is judged as soon as it is there, so a wrong byte is reported without waiting
    // for the rest of the sequence.
    for offset in 1..<length {
        if index + offset >= end { return atEndOfInput ? .invalid(.truncatedSequence) : .needMore }
        let byte = bytes[index + offset]
        if offset == 1 {
            if byte < 0x80 || byte > 0xBF { return .invalid(.truncatedSequence) }
            if byte < low { return .invalid(belowLow) }
            if byte > high { return .invalid(aboveHigh) }
        } else if byte & 0xC0 != 0x80 {
            return .invalid(.truncatedSequence)
        }
    }
    if lead == 0xC2, bytes[index + 1] <= 0x9F { return .control(UInt32(bytes[index + 1])) }
    // Only four leads can start an invisible character; the rest pay one comparison.
    if lead == 0xE2 || lead == 0xEF || lead == 0xD8 || lead == 0xE1 {
        let value = InvisibleCharacters.scalar(UnsafeBufferPointer(start: bytes + index, count: length), at: 0) ?? 0
        if InvisibleCharacters.contains(value) { return .invisible(value) }
    }
    return .character(length: length)
}
