extension YAML {
    /// A node of a parsed document: a scalar, a sequence or a mapping, and where it was written.
    ///
    /// A `Node` is a small value (a document and an index); copying it copies nothing else.
    public struct Node: Sendable, CustomStringConvertible {
        public let document: Document
        let index: Int32

        init(document: Document, index: Int32) {
            self.document = document
            self.index = index
        }

        var record: NodeRecord { document.records[Int(index)] }

        /// Where the node starts.
        public var mark: Mark { document.mark(of: index) }

        /// The source line the node starts on, for error excerpts.
        public var sourceLine: String? { document.sourceLine(Int(record.line)) }

        public enum Kind: Equatable, Sendable { case scalar, sequence, mapping }

        public var kind: Kind {
            switch record.kind {
            case .scalar: return .scalar
            case .sequence: return .sequence
            case .mapping: return .mapping
            }
        }

        /// The scalar's text as written (after YAML unquoting and folding); nil for collections.
        public var scalar: String? {
            let record = self.record
            guard record.kind == .scalar else { return nil }
            return document.scalarString(start: record.start, count: record.count)
        }

        /// True for a scalar written without quotes or `!!str` tag.
        public var isPlain: Bool { record.kind == .scalar && record.isPlain }

        /// True for `~`, `null` or nothing at all, written without quotes.
        public var isNull: Bool {
            let record = self.record
            return record.kind == .scalar && record.isPlain
                && document.withScalarBytes(record) { ScalarText.isNull($0) }
        }

        /// The explicit tag, such as `!!str`, when one was written.
        public var tag: String? { record.hasTag ? document.tags[index] : nil }

        /// The items of a sequence; empty for other kinds.
        public var items: [Node] {
            let record = self.record
            guard record.kind == .sequence else { return [] }
            return (0..<Int(record.count)).map { child(record, $0) }
        }

        /// The key-value pairs of a mapping, in document order; empty for other kinds.
        public var pairs: [(key: Node, value: Node)] {
            let record = self.record
            guard record.kind == .mapping else { return [] }
            return (0..<Int(record.count)).map { (child(record, 2 * $0), child(record, 2 * $0 + 1)) }
        }

        /// The value for a scalar key in a mapping; nil when absent or not a mapping.
        public subscript(key: String) -> Node? {
            pairs.first { $0.key.scalar == key }?.value
        }

        func child(_ record: NodeRecord, _ offset: Int) -> Node {
            Node(document: document, index: document.children[Int(record.start) + offset])
        }

        /// What the node is, in the words error messages use.
        var found: YAML.Error.Found {
            switch record.kind {
            case .mapping: return .mapping
            case .sequence: return .sequence
            case .scalar: return isNull ? .null : .scalar(scalar ?? "", quoted: !record.isPlain)
            }
        }

        /// An error of `reason` at this node, with its source line.
        public func error(_ reason: YAML.Error.Reason, notes: [YAML.Note] = []) -> YAML.Error {
            YAML.Error(reason, at: mark, sourceLine: sourceLine, notes: notes)
        }

        public var description: String {
            switch kind {
            case .scalar: return "\(mark): scalar \(quotedExcerpt(scalar ?? ""))"
            case .sequence: return "\(mark): sequence of \(record.count)"
            case .mapping: return "\(mark): mapping of \(record.count)"
            }
        }
    }
}

extension YAML.Document {
    func scalarString(start: UInt32, count: UInt32) -> String {
        scalarBytes.withUnsafeBufferPointer {
            String(decoding: UnsafeBufferPointer(rebasing: $0[Int(start)..<Int(start + count)]), as: UTF8.self)
        }
    }

    func withScalarBytes<R>(_ record: NodeRecord, _ body: (UnsafeBufferPointer<UInt8>) throws -> R) rethrows -> R {
        try scalarBytes.withUnsafeBufferPointer {
            try body(UnsafeBufferPointer(rebasing: $0[Int(record.start)..<Int(record.start + record.count)]))
        }
    }
}
