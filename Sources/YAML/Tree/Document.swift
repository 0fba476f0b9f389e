extension YAML {
    /// One parsed YAML document: an immutable arena of nodes and the source it came from.
    ///
    /// Nodes are stored flat (records, child indices, scalar bytes) rather than as a tree of
    /// objects, which keeps parsing allocation-light and lets an alias share its anchor's
    /// node instead of copying it. `root` is the way in. A streamed file (`stream`) gives a
    /// small document for its header and one for each item, all sharing the file's source.
    public final class Document: Sendable {
        /// The file name given to the parser; every mark carries it.
        public let file: String
        let source: SourceText
        let records: [NodeRecord]
        let children: [Int32]
        let scalarBytes: [UInt8]
        let tags: [Int32: String]
        let rootIndex: Int32

        init(
            file: String, source: SourceText, records: [NodeRecord], children: [Int32],
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
        ///
        /// The first call indexes where every line starts (one pass over the source); each
        /// call after that costs only the line's own length.
        public func sourceLine(_ line: Int) -> String? {
            source.line(line)
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
        self.columnAndFlags =
            min(column, Self.columnMask) | kind.rawValue << 30
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
