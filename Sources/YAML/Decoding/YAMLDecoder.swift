#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif

/// Decodes `Decodable` values from YAML, strictly.
///
/// Unlike a permissive decoder it rejects, each with a positioned `YAML.Error`: keys the type
/// does not know (suggesting the closest known one), keys it needs but cannot find, values of
/// the wrong kind, numbers that overflow or carry junk, and booleans spelled other than
/// `true`/`false`. A `String` field keeps unquoted `no`, `on`, `1.10` or `010` exactly as
/// written. `Date` accepts only an ISO 8601 timestamp with a time and a zone, and `YAML.Day`
/// only `YYYY-MM-DD`, both in the years 1900 to 2100; `Duration` accepts `4h`, `90m`, `7d`,
/// `1h30m`; a field of type `YAML.Node` keeps the raw node.
public struct YAMLDecoder: Sendable {
    /// Bounds for documents this decoder parses itself (from bytes, text or a file).
    public var limits: YAML.Limits

    public init(limits: YAML.Limits = .default) {
        self.limits = limits
    }

    /// Decodes a value from an already-parsed node.
    public func decode<T: Decodable>(_ type: T.Type = T.self, from node: YAML.Node) throws(YAML.Error) -> T {
        let result: Result<T, YAML.Errors> = decodeReportingAll(type, from: node)
        switch result {
        case .success(let value): return value
        case .failure(let errors): throw errors.errors[0]
        }
    }

    /// Decodes a value and reports every unknown key found on the way, not only the first.
    ///
    /// Unknown keys do not stop decoding; the first other error does, and comes last in the list.
    public func decodeReportingAll<T: Decodable>(_ type: T.Type = T.self, from node: YAML.Node) -> Result<T, YAML.Errors> {
        let impl = DecoderImpl(document: node.document, root: node.index)
        do {
            let value = try impl.unboxRoot(T.self)
            return impl.deferredErrors.isEmpty ? .success(value) : .failure(YAML.Errors(impl.deferredErrors))
        } catch {
            return .failure(YAML.Errors(impl.deferredErrors + [error]))
        }
    }

    /// Parses one document from UTF-8 bytes and decodes it.
    public func decode<T: Decodable>(_ type: T.Type = T.self, from bytes: [UInt8], file: String) throws(YAML.Error) -> T {
        try decode(type, from: YAML.Document.parse(bytes, file: file, limits: limits).root)
    }

    /// Parses one document from text and decodes it.
    public func decode<T: Decodable>(_ type: T.Type = T.self, from text: String, file: String) throws(YAML.Error) -> T {
        try decode(type, from: Array(text.utf8), file: file)
    }

    /// Reads, parses and decodes one file. `displayName` (default: `path`) is what marks show.
    public func decode<T: Decodable>(_ type: T.Type = T.self, fileAt path: String, displayName: String? = nil) throws(YAML.Error) -> T {
        try decode(type, from: YAML.Document.load(path: path, displayName: displayName, limits: limits).root)
    }
}
