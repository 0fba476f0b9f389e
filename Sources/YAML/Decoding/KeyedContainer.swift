/// Reads a mapping's values by key. Every read marks its pair as known; `DecoderImpl` reports
/// the pairs nobody read once the value being decoded is complete.
struct KeyedContainer<Key: CodingKey>: KeyedDecodingContainerProtocol {
    let impl: DecoderImpl
    let frame: Int
    let node: Int32

    var codingPath: [any CodingKey] { CodingPathSearch.path(to: node, in: impl) }

    var allKeys: [Key] {
        impl.keys(frame).compactMap { Key(stringValue: $0) }
    }

    func contains(_ key: Key) -> Bool {
        impl.lookup(frame, key.stringValue, markRead: false) != nil
    }

    private func require(_ key: Key) throws(YAML.Error) -> Int32 {
        if let node = impl.lookup(frame, key.stringValue) { return node }
        if let node = impl.nearMiss(frame, key.stringValue) { return node }
        throw impl.missingKey(frame, key.stringValue)
    }

    /// The value node for `key`, or nil when the key is absent or its value is null.
    private func optional(_ key: Key) -> Int32? {
        guard let node = impl.lookup(frame, key.stringValue), !impl.isNull(node) else { return nil }
        return node
    }

    func decodeNil(forKey key: Key) throws -> Bool {
        impl.isNull(try require(key))
    }

    func decode(_ type: Bool.Type, forKey key: Key) throws -> Bool { try impl.bool(try require(key)) }
    func decode(_ type: String.Type, forKey key: Key) throws -> String { try impl.string(try require(key)) }
    func decode(_ type: Double.Type, forKey key: Key) throws -> Double { try impl.floatingPoint(try require(key)) }
    func decode(_ type: Float.Type, forKey key: Key) throws -> Float { Float(try impl.floatingPoint(try require(key))) }
    func decode(_ type: Int.Type, forKey key: Key) throws -> Int { try impl.integer(try require(key), as: type) }
    func decode(_ type: Int8.Type, forKey key: Key) throws -> Int8 { try impl.integer(try require(key), as: type) }
    func decode(_ type: Int16.Type, forKey key: Key) throws -> Int16 { try impl.integer(try require(key), as: type) }
    func decode(_ type: Int32.Type, forKey key: Key) throws -> Int32 { try impl.integer(try require(key), as: type) }
    func decode(_ type: Int64.Type, forKey key: Key) throws -> Int64 { try impl.integer(try require(key), as: type) }
    func decode(_ type: UInt.Type, forKey key: Key) throws -> UInt { try impl.integer(try require(key), as: type) }
    func decode(_ type: UInt8.Type, forKey key: Key) throws -> UInt8 { try impl.integer(try require(key), as: type) }
    func decode(_ type: UInt16.Type, forKey key: Key) throws -> UInt16 { try impl.integer(try require(key), as: type) }
    func decode(_ type: UInt32.Type, forKey key: Key) throws -> UInt32 { try impl.integer(try require(key), as: type) }
    func decode(_ type: UInt64.Type, forKey key: Key) throws -> UInt64 { try impl.integer(try require(key), as: type) }

    func decode<T: Decodable>(_ type: T.Type, forKey key: Key) throws -> T {
        try impl.unbox(try require(key), as: type)
    }

    func decodeIfPresent(_ type: Bool.Type, forKey key: Key) throws -> Bool? { try optional(key).map(impl.bool) }
    func decodeIfPresent(_ type: String.Type, forKey key: Key) throws -> String? { try optional(key).map(impl.string) }
    func decodeIfPresent(_ type: Double.Type, forKey key: Key) throws -> Double? { try optional(key).map(impl.floatingPoint) }
    func decodeIfPresent(_ type: Int.Type, forKey key: Key) throws -> Int? {
        try optional(key).map { node throws(YAML.Error) in try impl.integer(node, as: Int.self) }
    }

    func decodeIfPresent<T: Decodable>(_ type: T.Type, forKey key: Key) throws -> T? {
        try optional(key).map { node throws(YAML.Error) in try impl.unbox(node, as: type) }
    }

    func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type, forKey key: Key) throws -> KeyedDecodingContainer<NestedKey> {
        let node = try require(key)
        return KeyedDecodingContainer(KeyedContainer<NestedKey>(impl: impl, frame: try impl.openFrame(node), node: node))
    }

    func nestedUnkeyedContainer(forKey key: Key) throws -> any UnkeyedDecodingContainer {
        try UnkeyedContainer(impl: impl, node: try require(key))
    }

    func superDecoder() throws -> any Decoder {
        throw impl.error(.invalidValue("this type reads its superclass from YAML, which is not supported"), at: impl.current)
    }

    func superDecoder(forKey key: Key) throws -> any Decoder {
        try superDecoder()
    }
}
