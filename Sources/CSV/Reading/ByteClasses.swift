/// Two 256-entry tables that sort each byte into what the scanner must do with it, one for
/// unquoted text and one for the inside of a quoted field.
///
/// Ordinary text is class 0, so the inner loops are one table load and one compare per byte.
/// The tables live in one allocation owned by the reader, built once for its delimiter.
struct ByteClasses {
    /// Ordinary text: step over it.
    static let plain: UInt8 = 0
    static let delimiter: UInt8 = 1
    static let quote: UInt8 = 2
    static let lineFeed: UInt8 = 3
    static let carriageReturn: UInt8 = 4
    /// A control character, or the NUL sentinel written just past the data.
    static let control: UInt8 = 5
    /// The first byte of a multi-byte character (or an invalid byte).
    static let nonASCII: UInt8 = 6

    /// `unquoted[0..<256]` then `quoted[0..<256]`.
    let storage: UnsafeMutablePointer<UInt8>

    var unquoted: UnsafePointer<UInt8> { UnsafePointer(storage) }
    var quoted: UnsafePointer<UInt8> { UnsafePointer(storage + 256) }

    init(delimiter: UInt8) {
        storage = .allocate(capacity: 512)
        for byte in 0..<256 {
            let quotedClass: UInt8
            switch byte {
            case 0x0A: quotedClass = Self.lineFeed
            // Tab and CR are data inside quotes; CR counts no line (only LF does).
            case 0x09, 0x0D: quotedClass = Self.plain
            case 0x00..<0x20, 0x7F: quotedClass = Self.control
            case 0x22: quotedClass = Self.quote
            case 0x80...: quotedClass = Self.nonASCII
            default: quotedClass = Self.plain
            }
            var unquotedClass = quotedClass
            if byte == 0x0D { unquotedClass = Self.carriageReturn }
            if byte == Int(delimiter) { unquotedClass = Self.delimiter }
            storage[byte] = unquotedClass
            storage[256 + byte] = quotedClass
        }
    }

    func deallocate() { storage.deallocate() }
}
