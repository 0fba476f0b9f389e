import Foundation

/// A JSON value as a test reads it, telling booleans from numbers (which JSONSerialization
/// does not).
public indirect enum JSON: Decodable, Equatable, Sendable {
    case null, bool(Bool), number(Double), string(String), array([JSON]), object([String: JSON])

    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        if container.decodeNil() {
            self = .null
        } else if let value = try? container.decode(Bool.self) {
            self = .bool(value)
        } else if let value = try? container.decode(Double.self) {
            self = .number(value)
        } else if let value = try? container.decode(String.self) {
            self = .string(value)
        } else if let value = try? container.decode([JSON].self) {
            self = .array(value)
        } else {
            self = .object(try container.decode([String: JSON].self))
        }
    }

    public static func parse(_ text: String) throws -> JSON { try JSONDecoder().decode(JSON.self, from: Data(text.utf8)) }
}

/// The subset of JSON Schema (2020-12) that the schemas in `schemas/` use: type, properties,
/// required, additionalProperties, items, enum, const, minimum, maximum, pattern, oneOf and
/// local $ref. Enough to hold every JSON output to its schema without a network or Python.
public struct JSONSchemaValidator: Sendable {
    let root: JSON

    public init(file: String) throws {
        root = try JSON.parse(String(contentsOfFile: file, encoding: .utf8))
    }

    /// Every violation, as "path: problem"; empty when the value conforms.
    public func validate(_ value: JSON) -> [String] {
        var problems: [String] = []
        check(value, against: root, at: "$", into: &problems)
        return problems
    }

    private func resolve(_ schema: [String: JSON]) -> [String: JSON] {
        guard case .string(let reference)? = schema["$ref"], reference.hasPrefix("#/") else { return schema }
        var node = root
        for part in reference.dropFirst(2).split(separator: "/") {
            guard case .object(let members) = node, let next = members[String(part)] else { return [:] }
            node = next
        }
        guard case .object(let resolved) = node else { return [:] }
        return resolved
    }

    private func check(_ value: JSON, against schemaValue: JSON, at path: String, into problems: inout [String]) {
        guard case .object(let raw) = schemaValue else { return }
        let schema = resolve(raw)
        if let types = schema["type"] {
            let allowed: [String] = {
                switch types {
                case .string(let one): return [one]
                case .array(let many): return many.compactMap { if case .string(let s) = $0 { return s } else { return nil } }
                default: return []
                }
            }()
            if !allowed.contains(where: { Self.matches(value, type: $0) }) {
                problems.append("\(path): expected \(allowed.joined(separator: " or ")), found \(value)")
                return
            }
        }
        if let constant = schema["const"], constant != value { problems.append("\(path): expected \(constant)") }
        if case .array(let options)? = schema["enum"], !options.contains(value) { problems.append("\(path): \(value) is not in the enum") }
        if case .number(let number) = value {
            if case .number(let minimum)? = schema["minimum"], number < minimum { problems.append("\(path): below \(minimum)") }
            if case .number(let maximum)? = schema["maximum"], number > maximum { problems.append("\(path): above \(maximum)") }
        }
        if case .string(let text) = value, case .string(let pattern)? = schema["pattern"],
            text.range(of: pattern, options: .regularExpression) == nil
        {
            problems.append("\(path): '\(text)' does not match \(pattern)")
        }
        if case .array(let options)? = schema["oneOf"] {
            let passing = options.filter { option in
                var nested: [String] = []
                check(value, against: option, at: path, into: &nested)
                return nested.isEmpty
            }
            if passing.count != 1 { problems.append("\(path): matches \(passing.count) of the oneOf options, not exactly one") }
        }
        if case .object(let members) = value {
            if case .array(let required)? = schema["required"] {
                for case .string(let key) in required where members[key] == nil { problems.append("\(path): missing '\(key)'") }
            }
            let properties: [String: JSON] = { if case .object(let p)? = schema["properties"] { return p } else { return [:] } }()
            for (key, member) in members.sorted(by: { $0.key < $1.key }) {
                if let propertySchema = properties[key] {
                    check(member, against: propertySchema, at: "\(path).\(key)", into: &problems)
                } else if let additional = schema["additionalProperties"] {
                    if additional == .bool(false) {
                        problems.append("\(path): unexpected key '\(key)'")
                    } else {
                        check(member, against: additional, at: "\(path).\(key)", into: &problems)
                    }
                }
            }
        }
        if case .array(let items) = value, let itemSchema = schema["items"] {
            for (index, item) in items.enumerated() { check(item, against: itemSchema, at: "\(path)[\(index)]", into: &problems) }
        }
    }

    private static func matches(_ value: JSON, type: String) -> Bool {
        switch (type, value) {
        case ("null", .null), ("boolean", .bool), ("number", .number), ("string", .string), ("array", .array), ("object", .object):
            return true
        case ("integer", .number(let number)): return number == number.rounded()
        default: return false
        }
    }
}
