/// A document's source bytes, and where each of its lines starts, for error excerpts.
///
/// The line index is built on the first lookup (one pass over the bytes, 4 bytes per line) and
/// kept: a document with no error never pays for it, and one with a thousand errors pays once
/// instead of scanning from byte 0 for each. Shared by every document parsed from the same
/// bytes (a streamed file's header and items), and safe to use from several threads.
///
/// Lines break where libyaml breaks them, so that its line numbers find the right text:
/// at LF, CR, CR LF, and the Unicode breaks NEL (U+0085), LS (U+2028) and PS (U+2029).
/// A UTF-8 byte-order mark is not part of line 1.
final class SourceText: Sendable {
    let bytes: [UInt8]
    private let index = OnceValue<[UInt32]>()

    /// `bytes` must be shorter than 4 GiB (parsing refuses larger input first).
    init(_ bytes: [UInt8]) {
        self.bytes = bytes
    }

    /// Byte offsets of the first byte of each line: element 0 is line 1.
    var lineStarts: [UInt32] {
        index.get { Self.lineStarts(of: bytes) }
    }

    /// The text of a 1-based line, without its line break; nil past the end.
    ///
    /// The last line made is kept and handed out again: the nodes of one line ask for it one
    /// after another, and a flow mapping of 100,000 codes on one line would otherwise copy the
    /// whole line for each of them (quadratic in the line's length).
    func line(_ number: Int) -> String? {
        if let kept = lastLine.get(), kept.number == number { return kept.text }
        let starts = lineStarts
        guard number >= 1, number <= starts.count else { return nil }
        let text = bytes.withUnsafeBufferPointer { buffer in
            let start = Int(starts[number - 1])
            var end = start
            while end < buffer.count, Self.breakLength(at: end, in: buffer) == 0 { end += 1 }
            return String(decoding: UnsafeBufferPointer(rebasing: buffer[start..<end]), as: UTF8.self)
        }
        lastLine.set((number, text))
        return text
    }

    private let lastLine = LockedValue<(number: Int, text: String)>()

    /// The 1-based line and column (in Unicode scalars) of a 0-based byte offset, clamped to
    /// the input. O(log lines) to find the line, then the line's bytes up to the offset.
    func position(ofByte offset: Int) -> (line: Int, column: Int) {
        let starts = lineStarts
        let target = min(max(0, offset), bytes.count)
        // The last line starting at or before the offset (line 1 when the offset is in a BOM).
        var low = 0
        var high = starts.count
        while low < high {
            let middle = (low + high) / 2
            if Int(starts[middle]) <= target { low = middle + 1 } else { high = middle }
        }
        let line = max(low, 1)
        let start = min(Int(starts[line - 1]), target)
        let column = bytes[start..<target].reduce(1) { $1 & 0xC0 != 0x80 ? $0 + 1 : $0 }
        return (line, column)
    }

    static func lineStarts(of bytes: [UInt8]) -> [UInt32] {
        bytes.withUnsafeBufferPointer { buffer in
            var starts: [UInt32] = [buffer.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0]
            var index = Int(starts[0])
            while index < buffer.count {
                // Only these four bytes can start a break: test them before anything slower.
                switch buffer[index] {
                case UInt8(ascii: "\n"), UInt8(ascii: "\r"), 0xC2, 0xE2:
                    let length = breakLength(at: index, in: buffer)
                    index += max(length, 1)
                    if length > 0 { starts.append(UInt32(index)) }
                default:
                    index += 1
                }
            }
            return starts
        }
    }

    /// The length in bytes of the line break starting at `index`, or 0 when there is none.
    static func breakLength(at index: Int, in source: UnsafeBufferPointer<UInt8>) -> Int {
        switch source[index] {
        case UInt8(ascii: "\n"):
            return 1
        case UInt8(ascii: "\r"):
            return index + 1 < source.count && source[index + 1] == UInt8(ascii: "\n") ? 2 : 1
        case 0xC2:
            return index + 1 < source.count && source[index + 1] == 0x85 ? 2 : 0
        case 0xE2:
            return index + 2 < source.count && source[index + 1] == 0x80
                && (source[index + 2] == 0xA8 || source[index + 2] == 0xA9) ? 3 : 0
        default:
            return 0
        }
    }
}
