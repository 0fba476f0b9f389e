import Testing
import YAML

/// Decodes `yaml` as `T` and expects it to fail with exactly `rendered` (the error as printed,
/// source line and caret included, without colour).
func expectFailure<T: Decodable>(
    _ type: T.Type, _ yaml: String, file: String = "test.yaml", limits: YAML.Limits = .default,
    _ rendered: String, sourceLocation: SourceLocation = #_sourceLocation
) {
    do {
        let value = try YAMLDecoder(limits: limits).decode(type, from: yaml, file: file)
        Issue.record("expected an error, decoded \(value)", sourceLocation: sourceLocation)
    } catch {
        #expect(error.description == rendered, sourceLocation: sourceLocation)
    }
}

/// Decodes `yaml` as `T`, recording an issue at the caller when it fails.
func decoded<T: Decodable>(
    _ type: T.Type, _ yaml: String, sourceLocation: SourceLocation = #_sourceLocation
) -> T? {
    do {
        return try YAMLDecoder().decode(type, from: yaml, file: "test.yaml")
    } catch {
        Issue.record("unexpected error: \(error)", sourceLocation: sourceLocation)
        return nil
    }
}

/// The error from parsing `bytes`, or an issue at the caller when parsing succeeds.
func parseError(
    _ bytes: [UInt8], limits: YAML.Limits = .default, sourceLocation: SourceLocation = #_sourceLocation
) -> YAML.Error? {
    do {
        _ = try YAML.Document.parse(bytes, file: "test.yaml", limits: limits)
        Issue.record("expected a parse error", sourceLocation: sourceLocation)
        return nil
    } catch {
        return error
    }
}

/// Streams `yaml` with `records` as the sequence; the header's and items' nodes as text, or
/// the error, rendered.
func streamed(
    _ yaml: String, limits: YAML.Limits = .default, sourceLocation: SourceLocation = #_sourceLocation
) -> (header: [String], items: [String], error: String?) {
    var header: [String] = []
    var items: [String] = []
    do {
        try YAML.Document.stream(Array(yaml.utf8), file: "test.yaml", limits: limits, sequenceKey: "records") { node in
            header = node.pairs.map { "\($0.key.scalar ?? "?")@\($0.key.mark.line):\($0.key.mark.column)" }
        } item: { node in
            items.append(node.description)
        }
        return (header, items, nil)
    } catch {
        return (header, items, String(describing: error))
    }
}

struct Force: Decodable, Equatable {
    var name: String
    var region: String
    var officers: Int?
}

struct Flags: Decodable, Equatable {
    var enabled: Bool
}

struct Numbers: Decodable, Equatable {
    var count: Int?
    var small: UInt8?
    var rate: Double?
}
