/// Skipping ordinary text eight bytes at a time (SWAR: SIMD within a register).
///
/// A word of eight bytes is loaded, and bit tricks flag every byte the scanner must look at:
/// non-ASCII, below 0x20 (controls, tab, CR, LF, the NUL sentinel), DEL, the quote and, outside
/// quotes, the delimiter. The lowest flag is always a true one (a false flag can appear only
/// above a true one, where a borrow spilled over), so the first special byte is found exactly
/// from the trailing zero count. Tab is flagged though it is ordinary: the byte loop steps over
/// it. Every run ends at the NUL sentinel at the end of the data, so a load reads at most seven
/// bytes past it: the buffer keeps eight initialised bytes of padding there.
enum WordScan {
    static let ones: UInt64 = 0x0101_0101_0101_0101
    static let highBits: UInt64 = 0x8080_8080_8080_8080
    static let quoteWord = broadcast(UInt8(ascii: "\""))
    static let deleteWord = broadcast(0x7F)
    static let spaceWord = broadcast(0x20)

    /// Padding the buffer must have after its last byte (the sentinel) for the loads.
    static let padding = 8

    @inline(__always)
    static func broadcast(_ byte: UInt8) -> UInt64 { UInt64(byte) &* ones }

    /// High bit set in each byte of `word` that is zero (exact for the lowest one).
    @inline(__always)
    static func zeroBytes(_ word: UInt64) -> UInt64 { (word &- ones) & ~word & highBits }

    @inline(__always)
    static func load(_ bytes: UnsafePointer<UInt8>, _ index: Int) -> UInt64 {
        UInt64(littleEndian: UnsafeRawPointer(bytes + index).loadUnaligned(as: UInt64.self))
    }

    /// Flags for the bytes that end a run of quoted text: non-ASCII, below 0x20, DEL, quote.
    @inline(__always)
    static func quotedSpecials(_ word: UInt64) -> UInt64 {
        let belowSpace = (word &- spaceWord) & ~word & highBits
        return (word & highBits) | belowSpace | zeroBytes(word ^ quoteWord) | zeroBytes(word ^ deleteWord)
    }

    /// The index of the first byte from `index` on that quoted text cannot simply step over.
    @inline(__always)
    static func skipQuotedText(_ bytes: UnsafePointer<UInt8>, from index: Int) -> Int {
        var index = index
        while true {
            let flags = quotedSpecials(load(bytes, index))
            if flags != 0 { return index &+ flags.trailingZeroBitCount &>> 3 }
            index &+= 8
        }
    }

    /// The same outside quotes, where the delimiter is special too.
    @inline(__always)
    static func skipUnquotedText(_ bytes: UnsafePointer<UInt8>, from index: Int, delimiterWord: UInt64) -> Int {
        var index = index
        while true {
            let word = load(bytes, index)
            let flags = quotedSpecials(word) | zeroBytes(word ^ delimiterWord)
            if flags != 0 { return index &+ flags.trailingZeroBitCount &>> 3 }
            index &+= 8
        }
    }
}
