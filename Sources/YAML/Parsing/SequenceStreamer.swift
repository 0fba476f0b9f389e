internal import CLibYAML

extension YAML.Document {
    /// Reads a file whose top-level mapping holds one large sequence, keeping only one item of
    /// that sequence in memory at a time.
    ///
    /// Made for files shaped `{schema: 1, note: ..., records: [...millions of items...]}`:
    /// - `header` is called once, when the sequence starts, with a document of the top-level
    ///   mapping's other keys: `sequenceKey` is not in it, so a strict decode of the header
    ///   sees only the header's own keys.
    /// - `item` is then called with each item of the sequence in turn, the root of a small
    ///   document of its own, with marks and source lines as in the file. Its nodes are freed
    ///   when `item` returns (unless the callback keeps a node).
    ///
    /// Everything `parse` checks is checked, and the limits hold over the whole file: depth
    /// counts from the top-level mapping, and nodes and aliases are counted across every item.
    /// Streaming also requires, each a positioned `YAML.Error`:
    /// - the top node is a mapping that holds `sequenceKey` (else `missingKey`), whose value is
    ///   a sequence written out in place (not an alias);
    /// - `sequenceKey` is the mapping's last key, since the header is delivered before the items;
    /// - an alias in an item refers to an anchor in the same item: items cannot share nodes
    ///   with each other or with the header. (Evidence files allow no aliases at all.)
    ///
    /// Items before the first error have been delivered when it is thrown. The input itself is
    /// held in memory once, for the parser and for error excerpts.
    ///
    /// - Parameters:
    ///   - bytes: the input; a UTF-8 byte-order mark and CRLF line ends are accepted.
    ///   - file: the name every mark and error carries.
    ///   - limits: as for `parse`; `maxNodes` and `maxAliases` count the whole file.
    ///   - sequenceKey: the key of the top-level mapping whose sequence is streamed.
    /// - Throws: the first `YAML.Error` in the input, or the error a callback threw, unchanged;
    ///   either stops the stream.
    public static func stream(
        _ bytes: [UInt8], file: String, limits: YAML.Limits = .default, sequenceKey: String,
        header: (YAML.Node) throws -> Void, item: (YAML.Node) throws -> Void
    ) throws {
        var streamer = SequenceStreamer(file: file, source: bytes, limits: limits, sequenceKey: sequenceKey)
        try streamer.run(header: header, item: item)
    }

    /// Reads a file as `stream(_:file:limits:sequenceKey:header:item:)` does, refusing it before
    /// reading when it exceeds `limits.maxInputBytes`. `displayName` (default: `path`) is what
    /// marks show.
    public static func stream(
        path: String, displayName: String? = nil, limits: YAML.Limits = .default, sequenceKey: String,
        header: (YAML.Node) throws -> Void, item: (YAML.Node) throws -> Void
    ) throws {
        let name = displayName ?? path
        let bytes = try FileInput.contents(ofFile: path, displayName: name, limit: limits.maxInputBytes)
        try stream(bytes, file: name, limits: limits, sequenceKey: sequenceKey, header: header, item: item)
    }
}

/// Drives one arena through a file: the header into it, then each item, starting it again
/// after each. Which part of the file an event belongs to is all it decides.
struct SequenceStreamer {
    private var arena: ArenaBuilder
    private let sequenceKey: String
    private var part = Part.header
    private var documentCount = 0

    private enum Part { case header, items, afterSequence, end }

    init(file: String, source: [UInt8], limits: YAML.Limits, sequenceKey: String) {
        arena = ArenaBuilder(file: file, source: SourceText(source), limits: limits)
        self.sequenceKey = sequenceKey
    }

    mutating func run(header: (YAML.Node) throws -> Void, item: (YAML.Node) throws -> Void) throws {
        try arena.source.checkInput(file: arena.file, limits: arena.limits)
        try EventParser.withParser(reading: arena.source.bytes) { parser throws(any Error) in
            var event = yaml_event_t()
            while true {
                guard parser.next(&event) else { throw arena.error(from: parser.failure) }
                defer { yaml_event_delete(&event) }
                switch event.type {
                case YAML_DOCUMENT_START_EVENT:
                    documentCount += 1
                    if documentCount > 1 { throw error(.multipleDocuments, at: event) }
                case YAML_STREAM_END_EVENT:
                    // A top node that is not a mapping, or one without the sequence, threw.
                    if part == .header { throw arena.error(.emptyDocument, line: 0, column: 0) }
                    return
                case YAML_STREAM_START_EVENT, YAML_DOCUMENT_END_EVENT:
                    continue
                default:
                    switch part {
                    case .header: try addToHeader(event, header: header)
                    case .items: try addToItem(event, item: item)
                    case .afterSequence, .end: try close(event)
                    }
                }
            }
        }
    }

    private mutating func addToHeader(_ event: yaml_event_t, header: (YAML.Node) throws -> Void) throws {
        let isTopNode = arena.root == nil && arena.open.isEmpty
        let isSequenceValue =
            arena.open.count == 1 && !arena.atKeyPosition
            && arena.text(of: arena.pending[arena.pending.count - 1]) == sequenceKey
        if isSequenceValue && event.type == YAML_SEQUENCE_START_EVENT {
            try arena.openOuterSequence(
                tag: event.data.sequence_start.tag, depth: 1,
                line: event.start_mark.line, column: event.start_mark.column)
            arena.dropLastKey()
            try arena.closeCollection()
            try header(arena.document(root: arena.root!).root)
            arena.startAgain()
            arena.outerDepth = 2
            arena.isStreamedItem = true
            part = .items
            return
        }
        // Checked as a whole document would check it first, so that an error it would find
        // in this node comes before the complaint about the node's kind.
        let closesTopNode = event.type == YAML_MAPPING_END_EVENT && arena.open.count == 1
        try arena.add(event)
        if isTopNode && event.type != YAML_MAPPING_START_EVENT {
            throw error(.typeMismatch(expected: .mapping, found: Self.found(event)), at: event)
        }
        if isSequenceValue {
            if event.type == YAML_ALIAS_EVENT {
                let alias = String(cString: event.data.alias.anchor)
                throw error(.streamedSequenceAlias(alias: alias, sequenceKey: sequenceKey), at: event)
            }
            throw error(.typeMismatch(expected: .sequence, found: Self.found(event)), at: event)
        }
        if closesTopNode, let root = arena.root {
            let record = arena.records[Int(root)]
            throw arena.error(.missingKey(sequenceKey), line: Int(record.line) - 1, column: Int(record.column) - 1)
        }
    }

    private mutating func addToItem(_ event: yaml_event_t, item: (YAML.Node) throws -> Void) throws {
        if event.type == YAML_SEQUENCE_END_EVENT && arena.open.isEmpty {
            part = .afterSequence
            return
        }
        try arena.add(event)
        guard arena.open.isEmpty, let root = arena.root else { return }
        // The document lives only for the call, so that starting again finds the arena's
        // storage unshared and reuses it in place.
        try item(arena.document(root: root).root)
        arena.startAgain()
    }

    /// After the sequence, only the end of the top-level mapping may come.
    private mutating func close(_ event: yaml_event_t) throws(YAML.Error) {
        guard part == .afterSequence, event.type == YAML_MAPPING_END_EVENT else {
            throw error(.keyAfterStreamedSequence(sequenceKey: sequenceKey), at: event)
        }
        part = .end
    }

    private func error(_ reason: YAML.Error.Reason, at event: yaml_event_t) -> YAML.Error {
        arena.error(reason, line: event.start_mark.line, column: event.start_mark.column)
    }

    /// What an event's node is, in the words of a type mismatch.
    private static func found(_ event: yaml_event_t) -> YAML.Error.Found {
        switch event.type {
        case YAML_MAPPING_START_EVENT: return .mapping
        case YAML_SEQUENCE_START_EVENT: return .sequence
        default:
            let data = event.data.scalar
            let bytes = UnsafeBufferPointer(start: data.value, count: data.length)
            let isPlain = data.style == YAML_PLAIN_SCALAR_STYLE && data.tag == nil
            if isPlain && ScalarText.isNull(bytes) { return .null }
            return .scalar(String(decoding: bytes, as: UTF8.self), quoted: !isPlain)
        }
    }
}
