import Foundation
import YAML

/// Reads one YAML record (a mapping) into `RecordFields` by its record type's declaration:
/// every key must be a declared field, every required field present, every value of its type.
/// Every problem of the record is reported, not only the first.
enum YAMLRecordReader {
    static func read(_ node: YAML.Node, into fields: RecordFields) -> [YAML.Error] {
        fields.reset()
        guard node.kind == .mapping else {
            do {
                _ = try YAMLDecoder().decode([String: YAML.Node].self, from: node)
                return []
            } catch {
                return [error]
            }
        }
        var errors: [YAML.Error] = []
        var present = Array(repeating: false, count: fields.recordType.fields.count)
        let names = fields.recordType.fields.map(\.name)
        for (key, value) in node.pairs {
            let name = key.scalar ?? ""
            guard let index = fields.index(of: name) else {
                errors.append(key.error(.unknownKey(name, suggestion: Suggestions.closest(name, names))))
                continue
            }
            present[index] = true
            let spec = fields.recordType.fields[index]
            if value.isNull && !spec.required { continue }
            do {
                fields.values[index] = try decode(value, as: spec)
            } catch {
                errors.append(error)
            }
        }
        for (index, spec) in fields.recordType.fields.enumerated() where spec.required && !present[index] {
            errors.append(node.error(.missingKey(spec.name)))
        }
        return errors
    }

    /// One value, by the field's declared type.
    static func decode(_ node: YAML.Node, as spec: FieldSpec) throws(YAML.Error) -> FieldValue {
        let decoder = YAMLDecoder()
        switch spec.type {
        case .caseReference, .text:
            return .text(try decoder.decode(String.self, from: node))
        case .timestamp:
            return .time(try decoder.decode(Date.self, from: node))
        case .date:
            return .time(try decoder.decode(YAML.Day.self, from: node).midnightUTC)
        case .duration:
            return .duration(try decoder.decode(Duration.self, from: node))
        case .integer:
            return .integer(try decoder.decode(Int.self, from: node))
        case .decimal:
            return .decimal(try decoder.decode(Double.self, from: node))
        case .share:
            let share = try decoder.decode(Double.self, from: node)
            guard (0...1).contains(share) else {
                throw node.error(.outOfRange(node.scalar ?? "", expected: .custom("a share between 0 and 1")))
            }
            return .decimal(share)
        case .boolean:
            return .boolean(try decoder.decode(Bool.self, from: node))
        case .choice(let options):
            let word = try decoder.decode(String.self, from: node)
            guard options.contains(word) else {
                throw node.error(
                    .invalidScalar(word, expected: .oneOf(options), problem: .notOneOf(suggestion: Suggestions.closest(word, options))))
            }
            return .text(word)
        case .textList:
            return .words(try decoder.decode([String].self, from: node))
        }
    }
}
