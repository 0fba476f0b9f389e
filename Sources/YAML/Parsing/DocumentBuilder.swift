internal import CLibYAML

extension YAML.Document {
    /// Parses exactly one YAML document from UTF-8 bytes.
    ///
    /// - Parameters:
    ///   - bytes: the input; a UTF-8 byte-order mark and CRLF line ends are accepted.
    ///   - file: the name every mark and error carries.
    ///   - limits: the bounds this load respects; see `YAML.Limits`.
    /// - Throws: `YAML.Error`, positioned, for syntax errors, broken limits, a second document,
    ///   an empty input, duplicate keys, unsupported tags or aliases to nothing.
    public static func parse(
        _ bytes: [UInt8], file: String, limits: YAML.Limits = .default
    ) throws(YAML.Error) -> YAML.Document {
        var builder = DocumentBuilder(file: file, source: bytes, limits: limits)
        return try builder.build()
    }

    /// Parses exactly one YAML document from text.
    public static func parse(
        _ text: String, file: String, limits: YAML.Limits = .default
    ) throws(YAML.Error) -> YAML.Document {
        try parse(Array(text.utf8), file: file, limits: limits)
    }
}

/// Builds a document's node arena from libyaml's event stream, enforcing the limits and the
/// structural rules (one document, unique scalar keys, known aliases, no unsupported tags).
///
/// Collections are built without recursion: the children of every open collection sit on one
/// `pending` stack and move into `children` in one piece when the collection closes.
struct DocumentBuilder {
    let file: String
    let source: SourceText
    let limits: YAML.Limits

    private var records: [NodeRecord] = []
    private var children: [Int32] = []
    private var scalarBytes: [UInt8] = []
    private var tags: [Int32: String] = [:]
    private var pending: [Int32] = []
    private var open: [OpenCollection] = []
    private var anchors: [String: Anchor] = [:]
    private var expandedNodes = 0
    private var aliasCount = 0
    private var documentCount = 0
    private var root: Int32?

    private struct OpenCollection {
        var index: Int32
        var pendingStart: Int
        /// `expandedNodes` when this collection opened: what it grew by when it closes is its
        /// size, counting what its aliases expand to.
        var expandedAtOpen: Int
        var anchor: String?
    }

    private struct Anchor {
        var index: Int32
        /// Nil while the anchored collection is still open (an alias to it would be recursive).
        var expandedSize: Int?
    }

    init(file: String, source: [UInt8], limits: YAML.Limits) {
        self.file = file
        self.source = SourceText(source)
        self.limits = limits
    }

    mutating func build() throws(YAML.Error) -> YAML.Document {
        try checkInput()
        // Generous reservations: pages never written cost nothing, while growing by copying
        // would touch every byte again. A node takes at least two bytes of source (`1,`), and
        // a scalar's value is rarely longer than its source.
        records.reserveCapacity(source.bytes.count / 2 + 1)
        children.reserveCapacity(source.bytes.count / 2 + 1)
        scalarBytes.reserveCapacity(source.bytes.count)
        return try EventParser.withParser(reading: source.bytes) { parser throws(YAML.Error) in try build(with: parser) }
    }

    private mutating func build(with parser: EventParser) throws(YAML.Error) -> YAML.Document {
        var event = yaml_event_t()
        while true {
            guard parser.next(&event) else { throw error(from: parser.failure) }
            defer { yaml_event_delete(&event) }
            let mark = (line: event.start_mark.line, column: event.start_mark.column)
            switch event.type {
            case YAML_DOCUMENT_START_EVENT:
                documentCount += 1
                if documentCount > 1 { throw error(.multipleDocuments, line: mark.line, column: mark.column) }
            case YAML_SCALAR_EVENT:
                try addScalar(event.data.scalar, line: mark.line, column: mark.column)
            case YAML_SEQUENCE_START_EVENT:
                let data = event.data.sequence_start
                try openCollection(.sequence, tag: data.tag, anchor: data.anchor, line: mark.line, column: mark.column)
            case YAML_MAPPING_START_EVENT:
                let data = event.data.mapping_start
                try openCollection(.mapping, tag: data.tag, anchor: data.anchor, line: mark.line, column: mark.column)
            case YAML_SEQUENCE_END_EVENT, YAML_MAPPING_END_EVENT:
                try closeCollection()
            case YAML_ALIAS_EVENT:
                try addAlias(String(cString: event.data.alias.anchor), line: mark.line, column: mark.column)
            case YAML_STREAM_END_EVENT:
                guard let root else { throw error(.emptyDocument, line: 0, column: 0) }
                return YAML.Document(
                    file: file, source: source, records: records, children: children,
                    scalarBytes: scalarBytes, tags: tags, rootIndex: root)
            default:
                break  // stream start, document end: nothing to record
            }
        }
    }

    // MARK: Input checks before libyaml sees the bytes

    private func checkInput() throws(YAML.Error) {
        // Problems with the input as a whole: no line of it is worth showing.
        let start = YAML.Mark(file: file, line: 1, column: 1)
        if source.bytes.count > limits.maxInputBytes {
            throw YAML.Error(.inputTooLarge(bytes: source.bytes.count, limit: limits.maxInputBytes), at: start)
        }
        if source.bytes.count > Int(UInt32.max) {
            throw YAML.Error(.inputTooLarge(bytes: source.bytes.count, limit: Int(UInt32.max)), at: start)
        }
        // libyaml would silently accept UTF-16; every excerpt and offset here assumes UTF-8.
        if source.bytes.starts(with: [0xFE, 0xFF]) || source.bytes.starts(with: [0xFF, 0xFE]) {
            throw YAML.Error(.unsupportedEncoding("UTF-16"), at: start)
        }
    }

    // MARK: Nodes

    private mutating func newNode(_ record: NodeRecord) throws(YAML.Error) -> Int32 {
        expandedNodes += 1
        if expandedNodes > limits.maxNodes {
            throw error(.tooManyNodes(limit: limits.maxNodes), line: Int(record.line) - 1, column: Int(record.column) - 1)
        }
        records.append(record)
        return Int32(records.count - 1)
    }

    private mutating func attach(_ index: Int32) {
        if open.isEmpty {
            root = index
        } else {
            pending.append(index)
        }
    }

    private mutating func addScalar(_ data: yaml_event_t.__Unnamed_union_data.__Unnamed_struct_scalar, line: Int, column: Int) throws(YAML.Error) {
        var isPlain = data.style == YAML_PLAIN_SCALAR_STYLE
        var tagText: String?
        if let tag = data.tag {
            let text = String(cString: tag)
            guard text == "tag:yaml.org,2002:str" || text == "!" else {
                throw error(.unsupportedTag(Self.shortTag(text)), line: line, column: column)
            }
            isPlain = false
            tagText = Self.shortTag(text)
        }
        let start = UInt32(scalarBytes.count)
        if data.length > 0, let value = data.value {
            scalarBytes.append(contentsOf: UnsafeBufferPointer(start: value, count: data.length))
        }
        let index = try newNode(NodeRecord(
            kind: .scalar, isPlain: isPlain, hasTag: tagText != nil,
            line: UInt32(line + 1), column: UInt32(column + 1), start: start, count: UInt32(data.length)))
        if let tagText { tags[index] = tagText }
        if let anchor = data.anchor {
            anchors[String(cString: anchor)] = Anchor(index: index, expandedSize: 1)
        }
        attach(index)
    }

    private mutating func openCollection(
        _ kind: NodeRecord.Kind, tag: UnsafeMutablePointer<UInt8>?, anchor: UnsafeMutablePointer<UInt8>?,
        line: Int, column: Int
    ) throws(YAML.Error) {
        if open.count >= limits.maxDepth {
            throw error(.nestingTooDeep(limit: limits.maxDepth), line: line, column: column)
        }
        var tagText: String?
        if let tag {
            let text = String(cString: tag)
            let allowed = kind == .sequence ? "tag:yaml.org,2002:seq" : "tag:yaml.org,2002:map"
            guard text == allowed || text == "!" else {
                throw error(.unsupportedTag(Self.shortTag(text)), line: line, column: column)
            }
            tagText = Self.shortTag(text)
        }
        let index = try newNode(NodeRecord(
            kind: kind, isPlain: false, hasTag: tagText != nil,
            line: UInt32(line + 1), column: UInt32(column + 1), start: 0, count: 0))
        if let tagText { tags[index] = tagText }
        let anchorName = anchor.map { String(cString: $0) }
        if let anchorName { anchors[anchorName] = Anchor(index: index, expandedSize: nil) }
        open.append(OpenCollection(index: index, pendingStart: pending.count, expandedAtOpen: expandedNodes - 1, anchor: anchorName))
    }

    private mutating func closeCollection() throws(YAML.Error) {
        let collection = open.removeLast()
        let items = collection.pendingStart..<pending.count
        let index = Int(collection.index)
        if records[index].kind == .mapping {
            try checkKeys(items)
        }
        records[index].start = UInt32(children.count)
        records[index].count = UInt32(records[index].kind == .mapping ? items.count / 2 : items.count)
        // By index, not by slice: a slice alive across removeSubrange would copy the whole
        // pending stack, which holds every record of a long top-level sequence.
        children.append(contentsOf: pending[items])
        pending.removeSubrange(items)
        if let name = collection.anchor, anchors[name]?.index == collection.index {
            anchors[name]?.expandedSize = expandedNodes - collection.expandedAtOpen
        }
        attach(collection.index)
    }

    private mutating func addAlias(_ name: String, line: Int, column: Int) throws(YAML.Error) {
        aliasCount += 1
        if aliasCount > limits.maxAliases {
            throw error(.tooManyAliases(limit: limits.maxAliases), line: line, column: column)
        }
        guard let anchor = anchors[name] else {
            throw error(.undefinedAlias(name), line: line, column: column)
        }
        guard let size = anchor.expandedSize else {
            throw error(.recursiveAlias(name), line: line, column: column, notes: [note(.anchorDefined(name: name), anchor.index)])
        }
        // An alias costs what it expands to: this is what stops a "billion laughs" document
        // after a few thousand events instead of after a billion nodes.
        expandedNodes += size
        if expandedNodes > limits.maxNodes {
            throw error(.tooManyNodes(limit: limits.maxNodes), line: line, column: column)
        }
        attach(anchor.index)
    }

    // MARK: Mapping keys

    private func checkKeys(_ items: Range<Int>) throws(YAML.Error) {
        for position in stride(from: items.lowerBound, to: items.upperBound, by: 2) {
            let record = records[Int(pending[position])]
            guard record.kind == .scalar else {
                throw error(.nonScalarKey, line: Int(record.line) - 1, column: Int(record.column) - 1)
            }
            if record.isPlain, record.count == 2, scalarBytes[Int(record.start)] == UInt8(ascii: "<"),
               scalarBytes[Int(record.start) + 1] == UInt8(ascii: "<") {
                throw error(.mergeKey, line: Int(record.line) - 1, column: Int(record.column) - 1)
            }
        }
        if let (first, second) = firstDuplicate(items) {
            let record = records[Int(second)]
            let key = String(decoding: scalarBytes[Int(record.start)..<Int(record.start + record.count)], as: UTF8.self)
            throw error(.duplicateKey(key), line: Int(record.line) - 1, column: Int(record.column) - 1,
                        notes: [note(.firstOccurrence(key: key), first)])
        }
    }

    /// The first key (in document order) whose text repeats an earlier one, with that earlier one.
    private func firstDuplicate(_ items: Range<Int>) -> (Int32, Int32)? {
        let pairs = items.count / 2
        guard pairs > 1 else { return nil }
        if pairs <= 16 {
            // Small mappings, the usual case: comparing pairwise beats hashing.
            for later in 1..<pairs {
                let laterKey = pending[items.lowerBound + 2 * later]
                for earlier in 0..<later {
                    let earlierKey = pending[items.lowerBound + 2 * earlier]
                    if sameText(earlierKey, laterKey) { return (earlierKey, laterKey) }
                }
            }
            return nil
        }
        var seen: [ArraySlice<UInt8>: Int32] = [:]
        seen.reserveCapacity(pairs)
        for position in stride(from: items.lowerBound, to: items.upperBound, by: 2) {
            let key = pending[position]
            let record = records[Int(key)]
            let text = scalarBytes[Int(record.start)..<Int(record.start + record.count)]
            if let earlier = seen[text] { return (earlier, key) }
            seen[text] = key
        }
        return nil
    }

    private func sameText(_ a: Int32, _ b: Int32) -> Bool {
        if a == b { return true }  // the same aliased scalar, given twice
        let first = records[Int(a)], second = records[Int(b)]
        guard first.count == second.count else { return false }
        return scalarBytes.withUnsafeBufferPointer { bytes in
            for offset in 0..<Int(first.count)
            where bytes[Int(first.start) + offset] != bytes[Int(second.start) + offset] { return false }
            return true
        }
    }

    // MARK: Errors

    /// `!!int` for `tag:yaml.org,2002:int`, as people write it.
    private static func shortTag(_ tag: String) -> String {
        let prefix = "tag:yaml.org,2002:"
        return tag.hasPrefix(prefix) ? "!!" + tag.dropFirst(prefix.count) : tag
    }

    /// An error at a 0-based libyaml position.
    private func error(_ reason: YAML.Error.Reason, line: Int, column: Int, notes: [YAML.Note] = []) -> YAML.Error {
        let text = source.line(line + 1)
        return YAML.Error(reason, at: YAML.Mark(file: file, line: line + 1, column: column + 1),
                          sourceLine: text?.isEmpty == false || column > 0 ? text : nil, notes: notes)
    }

    private func note(_ reason: YAML.Note.Reason, _ index: Int32) -> YAML.Note {
        let record = records[Int(index)]
        return YAML.Note(reason, at: YAML.Mark(file: file, line: Int(record.line), column: Int(record.column)),
                         sourceLine: source.line(Int(record.line)))
    }

    private func error(from failure: EventParser.Failure) -> YAML.Error {
        switch failure.kind {
        case .memory:
            return error(.syntax(failure.problem), line: 0, column: 0)
        case .reader:
            let position = source.position(ofByte: failure.byteOffset)
            let reason: YAML.Error.Reason = failure.problem.contains("UTF-8")
                ? .invalidUTF8(failure.problem) : .syntax(failure.problem)
            return error(reason, line: position.line - 1, column: position.column - 1)
        case .syntax:
            let line = source.line(failure.line + 1) ?? ""
            let reason: YAML.Error.Reason = Self.isTabIndentation(line: line, column: failure.column)
                ? .tabIndentation : .syntax(failure.problem)
            let notes = failure.context.map { context in
                [YAML.Note(.parserContext(context.text),
                           at: YAML.Mark(file: file, line: context.line + 1, column: context.column + 1),
                           sourceLine: source.line(context.line + 1))]
            } ?? []
            return error(reason, line: failure.line, column: failure.column,
                         notes: reason == .tabIndentation ? [] : notes)
        }
    }

    /// libyaml reports a tab in indentation as a generic scanning problem; recognise it so the
    /// message can say what to do. True when the line's leading whitespace, up to and
    /// including the reported column, holds a tab.
    private static func isTabIndentation(line: String, column: Int) -> Bool {
        let leading = line.unicodeScalars.prefix { $0 == " " || $0 == "\t" }
        return leading.contains("\t") && column <= leading.count
    }
}
