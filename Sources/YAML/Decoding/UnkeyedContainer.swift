/// Reads a sequence's items in order.
///
/// Kept to three words (a reference and four 32-bit fields) so that the existential the
/// `Decoder` protocol returns it in holds it inline: no allocation per sequence decoded.
struct UnkeyedContainer: UnkeyedDecodingContainer {
    let impl: DecoderImpl
    let node: Int32
    private let firstChild: UInt32
    private let itemCount: UInt32
    private var index: UInt32 = 0

    var count: Int? { Int(itemCount) }
    var currentIndex: Int { Int(index) }
    var isAtEnd: Bool { index >= itemCount }

    var codingPath: [any CodingKey] { CodingPathSearch.path(to: node, in: impl) }

    init(impl: DecoderImpl, node: Int32) throws(YAML.Error) {
        let record = impl.records[Int(node)]
        guard record.kind == .sequence else { throw impl.mismatch(node, .sequence) }
        self.impl = impl
        self.node = node
        self.firstChild = record.start
        self.itemCount = record.count
    }

    /// The next item's node. Reading past the end is a programming error in the type being
    /// decoded (it should check `isAtEnd`), reported at the sequence.
    private mutating func next() throws(YAML.Error) -> Int32 {
        guard !isAtEnd else {
            throw impl.error(.invalidValue("the sequence has only \(itemCount) items"), at: impl.current)
        }
        defer { index += 1 }
        return impl.children[Int(firstChild) + Int(index)]
    }

    mutating func decodeNil() throws -> Bool {
        guard !isAtEnd else { return false }
        let isNull = impl.isNull(impl.children[Int(firstChild) + Int(index)])
        if isNull { index += 1 }
        return isNull
    }

    mutating func decode(_ type: Bool.Type) throws -> Bool { try impl.bool(try next()) }
    mutating func decode(_ type: String.Type) throws -> String { try impl.string(try next()) }
    mutating func decode(_ type: Double.Type) throws -> Double { try impl.floatingPoint(try next()) }
    mutating func decode(_ type: Float.Type) throws -> Float { Float(try impl.floatingPoint(try next())) }
    mutating func decode(_ type: Int.Type) throws -> Int { try impl.integer(try next(), as: type) }
    mutating func decode(_ type: Int8.Type) throws -> Int8 { try impl.integer(try next(), as: type) }
    mutating func decode(_ type: Int16.Type) throws -> Int16 { try impl.integer(try next(), as: type) }
    mutating func decode(_ type: Int32.Type) throws -> Int32 { try impl.integer(try next(), as: type) }
    mutating func decode(_ type: Int64.Type) throws -> Int64 { try impl.integer(try next(), as: type) }
    mutating func decode(_ type: UInt.Type) throws -> UInt { try impl.integer(try next(), as: type) }
    mutating func decode(_ type: UInt8.Type) throws -> UInt8 { try impl.integer(try next(), as: type) }
    mutating func decode(_ type: UInt16.Type) throws -> UInt16 { try impl.integer(try next(), as: type) }
    mutating func decode(_ type: UInt32.Type) throws -> UInt32 { try impl.integer(try next(), as: type) }
    mutating func decode(_ type: UInt64.Type) throws -> UInt64 { try impl.integer(try next(), as: type) }

    mutating func decode<T: Decodable>(_ type: T.Type) throws -> T {
        try impl.unbox(try next(), as: type)
    }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type) throws -> KeyedDecodingContainer<NestedKey> {
        let node = try next()
        return KeyedDecodingContainer(KeyedContainer<NestedKey>(impl: impl, frame: try impl.openFrame(node), node: node))
    }

    mutating func nestedUnkeyedContainer() throws -> any UnkeyedDecodingContainer {
        try UnkeyedContainer(impl: impl, node: try next())
    }

    mutating func superDecoder() throws -> any Decoder {
        throw impl.error(.invalidValue("this type reads its superclass from YAML, which is not supported"), at: impl.current)
    }
}

/// The coding key of a sequence item: its 0-based index.
struct IndexKey: CodingKey {
    let intValue: Int?
    var stringValue: String { "\(intValue!)" }
    init(_ index: Int) { intValue = index }
    init?(stringValue: String) { return nil }
    init?(intValue: Int) { self.intValue = intValue }
}

/// Reads the current node as one value.
struct SingleValueContainer: SingleValueDecodingContainer {
    let impl: DecoderImpl
    let node: Int32

    var codingPath: [any CodingKey] { CodingPathSearch.path(to: node, in: impl) }

    func decodeNil() -> Bool { impl.isNull(node) }
    func decode(_ type: Bool.Type) throws -> Bool { try impl.bool(node) }
    func decode(_ type: String.Type) throws -> String { try impl.string(node) }
    func decode(_ type: Double.Type) throws -> Double { try impl.floatingPoint(node) }
    func decode(_ type: Float.Type) throws -> Float { Float(try impl.floatingPoint(node)) }
    func decode(_ type: Int.Type) throws -> Int { try impl.integer(node, as: type) }
    func decode(_ type: Int8.Type) throws -> Int8 { try impl.integer(node, as: type) }
    func decode(_ type: Int16.Type) throws -> Int16 { try impl.integer(node, as: type) }
    func decode(_ type: Int32.Type) throws -> Int32 { try impl.integer(node, as: type) }
    func decode(_ type: Int64.Type) throws -> Int64 { try impl.integer(node, as: type) }
    func decode(_ type: UInt.Type) throws -> UInt { try impl.integer(node, as: type) }
    func decode(_ type: UInt8.Type) throws -> UInt8 { try impl.integer(node, as: type) }
    func decode(_ type: UInt16.Type) throws -> UInt16 { try impl.integer(node, as: type) }
    func decode(_ type: UInt32.Type) throws -> UInt32 { try impl.integer(node, as: type) }
    func decode(_ type: UInt64.Type) throws -> UInt64 { try impl.integer(node, as: type) }

    func decode<T: Decodable>(_ type: T.Type) throws -> T {
        // The same node again: a wrapper (e.g. a RawRepresentable) decoding its payload.
        try impl.unbox(node, as: type)
    }
}

/// Finds the coding path to a node by searching the document from the root.
///
/// Only a type's own error handling asks for a coding path; searching then is far cheaper
/// than maintaining the path on every field of every decode.
enum CodingPathSearch {
    struct NameKey: CodingKey {
        let stringValue: String
        var intValue: Int? { nil }
        init(_ name: String) { stringValue = name }
        init?(stringValue: String) { self.stringValue = stringValue }
        init?(intValue: Int) { return nil }
    }

    static func path(to target: Int32, in impl: DecoderImpl) -> [any CodingKey] {
        var stack: [(node: Int32, path: [any CodingKey])] = [(impl.document.rootIndex, [])]
        var visited = Set<Int32>()
        while let (node, path) = stack.popLast() {
            if node == target { return path }
            guard visited.insert(node).inserted else { continue }
            let record = impl.records[Int(node)]
            let start = Int(record.start)
            switch record.kind {
            case .scalar:
                continue
            case .sequence:
                for item in (0..<Int(record.count)).reversed() {
                    stack.append((impl.children[start + item], path + [IndexKey(item)]))
                }
            case .mapping:
                for pair in (0..<Int(record.count)).reversed() {
                    let key = impl.records[Int(impl.children[start + 2 * pair])]
                    let name = impl.document.scalarString(start: key.start, count: key.count)
                    stack.append((impl.children[start + 2 * pair + 1], path + [NameKey(name)]))
                }
            }
        }
        return []
    }
}
