internal import CLibYAML

/// Builds a node arena from libyaml's node events, enforcing the limits and the structural
/// rules: plain scalar keys, unique keys, known aliases, no unsupported tags.
///
/// `DocumentBuilder` feeds it a whole document. `SequenceStreamer` feeds it a file's header and
/// then one item of the big sequence at a time, starting it again between items: the counts
/// the limits need (nodes, aliases) carry on across the whole file, the arena does not.
///
/// Collections are built without recursion: the children of every open collection sit on one
/// `pending` stack and move into `children` in one piece when the collection closes.
struct ArenaBuilder {
    let file: String
    let source: SourceText
    let limits: YAML.Limits
    /// Collections open around this arena's nodes but not in it (2 for a streamed item: the
    /// top-level mapping and the sequence), counted against the depth limit.
    var outerDepth = 0
    /// True while building a streamed item, whose aliases may refer only to its own anchors.
    var isStreamedItem = false

    var records: [NodeRecord] = []
    var children: [Int32] = []
    var scalarBytes: [UInt8] = []
    var tags: [Int32: String] = [:]
    var pending: [Int32] = []
    private(set) var open: [OpenCollection] = []
    private var anchors: [String: Anchor] = [:]
    /// Nodes so far, counting what aliases expand to; across the whole file when streaming.
    private(set) var expandedNodes = 0
    private var aliasCount = 0
    /// The arena's top node, once it is complete.
    private(set) var root: Int32?

    struct OpenCollection {
        var index: Int32
        var isMapping: Bool
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

    init(file: String, source: SourceText, limits: YAML.Limits) {
        self.file = file
        self.source = source
        self.limits = limits
    }

    /// Adds a scalar, alias, or the start or end of a collection; ignores other events.
    mutating func add(_ event: yaml_event_t) throws(YAML.Error) {
        let line = event.start_mark.line
        let column = event.start_mark.column
        switch event.type {
        case YAML_SCALAR_EVENT:
            try addScalar(event.data.scalar, line: line, column: column)
        case YAML_SEQUENCE_START_EVENT:
            let data = event.data.sequence_start
            try openCollection(.sequence, tag: data.tag, anchor: data.anchor, line: line, column: column)
        case YAML_MAPPING_START_EVENT:
            let data = event.data.mapping_start
            try openCollection(.mapping, tag: data.tag, anchor: data.anchor, line: line, column: column)
        case YAML_SEQUENCE_END_EVENT, YAML_MAPPING_END_EVENT:
            try closeCollection()
        case YAML_ALIAS_EVENT:
            try addAlias(String(cString: event.data.alias.anchor), line: line, column: column)
        default:
            break
        }
    }

    /// The document holding the arena's nodes, with `root` as its top node.
    func document(root: Int32) -> YAML.Document {
        YAML.Document(
            file: file, source: source, records: records, children: children,
            scalarBytes: scalarBytes, tags: tags, rootIndex: root)
    }

    /// Empties the arena for the next streamed item, keeping its capacity and the counts.
    mutating func startAgain() {
        records.removeAll(keepingCapacity: true)
        children.removeAll(keepingCapacity: true)
        scalarBytes.removeAll(keepingCapacity: true)
        tags.removeAll()
        anchors.removeAll(keepingCapacity: true)
        root = nil
    }

    /// Checks the streamed sequence, which stays outside every arena, as `openCollection`
    /// would (depth, tag, then the node count); its anchor, if any, is ignored.
    mutating func openOuterSequence(tag: UnsafeMutablePointer<UInt8>?, depth: Int, line: Int, column: Int) throws(YAML.Error) {
        if depth >= limits.maxDepth {
            throw error(.nestingTooDeep(limit: limits.maxDepth), line: line, column: column)
        }
        _ = try collectionTag(.sequence, tag, line: line, column: column)
        expandedNodes += 1
        if expandedNodes > limits.maxNodes {
            throw error(.tooManyNodes(limit: limits.maxNodes), line: line, column: column)
        }
    }

    /// Takes the key just added (the streamed sequence's) out of the arena, which then holds
    /// the header without it. It still counts against the node limit.
    mutating func dropLastKey() {
        pending.removeLast()
        let record = records.removeLast()
        scalarBytes.removeLast(Int(record.count))
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

    private mutating func addScalar(
        _ data: yaml_event_t.__Unnamed_union_data.__Unnamed_struct_scalar, line: Int, column: Int
    ) throws(YAML.Error) {
        if atKeyPosition { try checkKeyProperties(tag: data.tag, anchor: data.anchor, line: line, column: column) }
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
        let index = try newNode(
            NodeRecord(
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
        // Said here, where the key starts, rather than when its mapping closes: before any
        // problem inside the key itself.
        if atKeyPosition { throw error(.nonScalarKey, line: line, column: column) }
        if outerDepth + open.count >= limits.maxDepth {
            throw error(.nestingTooDeep(limit: limits.maxDepth), line: line, column: column)
        }
        let tagText = try collectionTag(kind, tag, line: line, column: column)
        let index = try newNode(
            NodeRecord(
                kind: kind, isPlain: false, hasTag: tagText != nil,
                line: UInt32(line + 1), column: UInt32(column + 1), start: 0, count: 0))
        if let tagText { tags[index] = tagText }
        let anchorName = anchor.map { String(cString: $0) }
        if let anchorName { anchors[anchorName] = Anchor(index: index, expandedSize: nil) }
        open.append(
            OpenCollection(
                index: index, isMapping: kind == .mapping, pendingStart: pending.count,
                expandedAtOpen: expandedNodes - 1, anchor: anchorName))
    }

    /// The tag of a collection as people write it (`!!seq`), refusing any but its own kind's.
    private func collectionTag(
        _ kind: NodeRecord.Kind, _ tag: UnsafeMutablePointer<UInt8>?, line: Int, column: Int
    ) throws(YAML.Error) -> String? {
        guard let tag else { return nil }
        let text = String(cString: tag)
        let allowed = kind == .sequence ? "tag:yaml.org,2002:seq" : "tag:yaml.org,2002:map"
        guard text == allowed || text == "!" else {
            throw error(.unsupportedTag(Self.shortTag(text)), line: line, column: column)
        }
        return Self.shortTag(text)
    }

    mutating func closeCollection() throws(YAML.Error) {
        let collection = open.removeLast()
        let items = collection.pendingStart..<pending.count
        let index = Int(collection.index)
        if collection.isMapping {
            try checkKeys(items)
        }
        records[index].start = UInt32(children.count)
        records[index].count = UInt32(collection.isMapping ? items.count / 2 : items.count)
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
        if atKeyPosition { throw error(.aliasKey(name), line: line, column: column) }
        aliasCount += 1
        if aliasCount > limits.maxAliases {
            throw error(.tooManyAliases(limit: limits.maxAliases), line: line, column: column)
        }
        guard let anchor = anchors[name] else {
            throw error(isStreamedItem ? .aliasOutsideStreamedItem(name) : .undefinedAlias(name), line: line, column: column)
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
}
