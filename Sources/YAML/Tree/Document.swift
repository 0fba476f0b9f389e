extension YAML {
    /// One parsed YAML document: an immutable arena of nodes and the source it came from.
    ///
    /// Nodes are stored flat (records, child indices, scalar bytes) rather than as a tree of
    /// objects, which keeps parsing allocation-light and lets an alias share its anchor's
    /// node instead of copying it. `root` is the way in.
    public final class Document: Sendable {
        /// The file name given to the parser; every mark carries it.
        public let file: String
        let source: [UInt8]
        let records: [NodeRecord]
        let children: [Int32]
        let scalarBytes: [UInt8]
        let tags: [Int32: String]
        let rootIndex: Int32

        init(
            file: String, source: [UInt8], records: [NodeRecord], children: [Int32],
            scalarBytes: [UInt8], tags: [Int32: String], rootIndex: Int32
        ) {
            self.file = file
            self.source = source
            self.records = records
            self.children = children
            self.scalarBytes = scalarBytes
            self.tags = tags
            self.rootIndex = rootIndex
        }

        /// The document's top node.
        public var root: Node { Node(document: self, index: rootIndex) }

        /// How many distinct nodes the document holds (an alias adds none).
        public var nodeCount: Int { records.count }

        /// The text of a 1-based line, without its line break; nil past the end.
        public func sourceLine(_ line: Int) -> String? {
            SourceLines.line(line, in: source)
        }

        func mark(of index: Int32) -> Mark {
            let record = records[Int(index)]
            return Mark(file: file, line: Int(record.line), column: Int(record.column))
        }
    }
}

/// The fixed-size description of one node in a document's arena: 16 bytes, because a large
/// document holds millions and every byte saved is memory the parse need not touch.
struct NodeRecord {
    enum Kind: UInt32 { case scalar = 0, sequence = 1, mapping = 2 }

    /// 1-based line.
    var line: UInt32
    /// Bits 30-31: kind; bit 29: plain; bit 28: tagged; bits 0-27: 1-based column in Unicode
    /// scalars (saturating at 268,435,455 on absurdly long lines).
    private var columnAndFlags: UInt32
    /// Scalars: offset into `scalarBytes`. Collections: offset into `children`.
    var start: UInt32
    /// Scalars: length in bytes. Sequences: item count. Mappings: pair count (2 children each).
    var count: UInt32

    private static let columnMask: UInt32 = 0x0FFF_FFFF

    init(kind: Kind, isPlain: Bool, hasTag: Bool, line: UInt32, column: UInt32, start: UInt32, count: UInt32) {
        self.line = line
        self.columnAndFlags = min(column, Self.columnMask) | kind.rawValue << 30
            | (isPlain ? 1 << 29 : 0) | (hasTag ? 1 << 28 : 0)
        self.start = start
        self.count = count
    }

    var kind: Kind {
        switch columnAndFlags >> 30 {
        case 0: return .scalar
        case 1: return .sequence
        default: return .mapping
        }
    }

    /// For scalars: written without quotes and with no `!!str` tag, which is what lets `true`,
    /// `42` or `null` mean something other than text.
    var isPlain: Bool { columnAndFlags & (1 << 29) != 0 }
    var hasTag: Bool { columnAndFlags & (1 << 28) != 0 }
    var column: UInt32 { columnAndFlags & Self.columnMask }
}

/// Finding a line in source bytes, for error excerpts only (never on a hot path).
///
/// Lines break where libyaml breaks them, so that its line numbers find the right text:
/// at LF, CR, CR LF, and the Unicode breaks NEL (U+0085), LS (U+2028) and PS (U+2029).
enum SourceLines {
    /// The length in bytes of the line break starting at `index`, or 0 when there is none.
    static func breakLength(at index: Int, in source: [UInt8]) -> Int {
        let byte = source[index]
        switch byte {
        case UInt8(ascii: "\n"):
            return 1
        case UInt8(ascii: "\r"):
            return index + 1 < source.count && source[index + 1] == UInt8(ascii: "\n") ? 2 : 1
        case 0xC2:
            return index + 1 < source.count && source[index + 1] == 0x85 ? 2 : 0
        case 0xE2:
            return index + 2 < source.count && source[index + 1] == 0x80 && (source[index + 2] == 0xA8 || source[index + 2] == 0xA9) ? 3 : 0
        default:
            return 0
        }
    }

    static func line(_ number: Int, in source: [UInt8]) -> String? {
        guard number >= 1 else { return nil }
        var current = 1
        var start = source.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        var index = start
        while index < source.count {
            let length = breakLength(at: index, in: source)
            if length > 0 {
                if current == number { break }
                current += 1
                index += length
                start = index
            } else {
                index += 1
            }
        }
        guard current == number else { return nil }
        return String(decoding: source[start..<min(index, source.count)], as: UTF8.self)
    }

    /// The 1-based line and column (in Unicode scalars) of a byte offset.
    static func position(ofByte offset: Int, in source: [UInt8]) -> (line: Int, column: Int) {
        var line = 1
        var column = 1
        var index = source.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        let end = min(offset, source.count)
        while index < end {
            let length = breakLength(at: index, in: source)
            if length > 0 {
                line += 1
                column = 1
                index += length
            } else {
                if source[index] & 0xC0 != 0x80 { column += 1 }
                index += 1
            }
        }
        return (line, column)
    }
}
