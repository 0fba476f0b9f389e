extension YAMLDecoder {
    /// Decodes a value and reports every problem, keeping the value when only unknown keys
    /// were found: so that a caller can go on to check what the value refers to and report
    /// those problems in the same run, rather than one at a time.
    ///
    /// The value is nil when decoding stopped (a wrong type, a missing key); the errors list
    /// every unknown key found, then the error that stopped decoding, if any.
    public func decodeKeepingValue<T: Decodable>(_ type: T.Type = T.self, from node: YAML.Node) -> (value: T?, errors: [YAML.Error]) {
        let impl = DecoderImpl(document: node.document, root: node.index)
        do {
            let value = try impl.unboxRoot(T.self)
            return (value, impl.deferredErrors)
        } catch {
            return (nil, impl.deferredErrors + [error])
        }
    }
}
