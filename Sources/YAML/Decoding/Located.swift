extension YAML {
    /// A decoded value and the position it was written at, for checks made after decoding
    /// ("unknown check id 'missing.risk-gradin'") that must still point at the source.
    public struct Located<Value> {
        public var value: Value
        public var mark: Mark
        /// The source line at `mark`, kept for error excerpts.
        public var sourceLine: String?

        public init(_ value: Value, mark: Mark, sourceLine: String? = nil) {
            self.value = value
            self.mark = mark
            self.sourceLine = sourceLine
        }

        /// An error at this value's position.
        public func error(_ reason: YAML.Error.Reason) -> YAML.Error {
            YAML.Error(reason, at: mark, sourceLine: sourceLine)
        }
    }
}

extension YAML.Located: Sendable where Value: Sendable {}
extension YAML.Located: Equatable where Value: Equatable {}
extension YAML.Located: Hashable where Value: Hashable {}

extension YAML.Located: Decodable where Value: Decodable {
    public init(from decoder: any Decoder) throws {
        guard let node = decoder.yamlNode else {
            throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath, debugDescription: "YAML.Located reads only from YAML"))
        }
        let impl = decoder as! DecoderImpl
        self.init(try impl.unbox(node.index, as: Value.self), mark: node.mark, sourceLine: node.sourceLine)
    }
}

extension YAML.Node: Decodable {
    /// Keeps the node itself, to be read later by code that knows its type only then (such as
    /// a check's parameters, typed by the check's descriptor).
    public init(from decoder: any Decoder) throws {
        guard let node = decoder.yamlNode else {
            throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath, debugDescription: "YAML.Node reads only from YAML"))
        }
        self = node
    }
}

extension Decoder {
    /// The YAML node being decoded, when this decoder reads YAML.
    public var yamlNode: YAML.Node? {
        guard let impl = self as? DecoderImpl else { return nil }
        return YAML.Node(document: impl.document, index: impl.current)
    }
}
