import YAML

/// Reads parameter values from YAML (configuration) or text (`--set`), by declared type.
package enum ParameterCoding {
    package static func value(
        _ node: YAML.Node, as type: ParameterType, name: String, minimum: Int? = nil
    ) throws(Diagnostic) -> ParameterValue {
        let decoder = YAMLDecoder()
        do {
            switch type {
            case .duration:
                return .duration(try decoder.decode(Duration.self, from: node))
            case .share:
                let share = try decoder.decode(Double.self, from: node)
                guard (0...1).contains(share) else {
                    throw Diagnostic(
                        .invalidParameter(
                            name: name, problem: "\(NumberText.exact(share)) is not a share between 0 and 1 (write 0.9 for 90%)"), at: node)
                }
                return .share(share)
            case .integer:
                let value = try decoder.decode(Int.self, from: node)
                if let minimum, value < minimum {
                    throw Diagnostic(
                        .invalidParameter(name: name, problem: "\(value) is below the least sensible value, \(minimum)"), at: node)
                }
                return .integer(value)
            case .decimal:
                return .decimal(try decoder.decode(Double.self, from: node))
            case .boolean:
                return .boolean(try decoder.decode(Bool.self, from: node))
            case .text:
                return .text(try decoder.decode(String.self, from: node))
            case .choice(let options):
                let text = try decoder.decode(String.self, from: node)
                guard options.contains(text) else {
                    let suggestion = Suggestions.closest(text, options)
                    throw Diagnostic(
                        .yaml(.invalidScalar(text, expected: .oneOf(options), problem: .notOneOf(suggestion: suggestion))), at: node)
                }
                return .choice(text)
            case .textList:
                return .textList(try decoder.decode([String].self, from: node))
            }
        } catch let error as YAML.Error {
            throw Diagnostic(error)
        } catch let error as Diagnostic {
            throw error
        } catch {
            throw Diagnostic(.internalError(String(describing: error)), at: node)
        }
    }

    /// Reads `name=value` from the command line, the value written as in YAML.
    package static func assignment(_ text: String, specs: [String: ParameterSpec]) throws(Diagnostic) -> (String, ParameterValue) {
        let origin = YAML.Mark(file: "--set", line: 1, column: 1)
        guard let equals = text.firstIndex(of: "=") else {
            throw Diagnostic(
                .invalidParameter(name: text, problem: "write it as name=value, e.g. missing.risk-policy=all-high"), at: origin,
                sourceLine: text)
        }
        let name = String(text[..<equals])
        guard let spec = specs[name] else {
            throw Diagnostic(
                .unknownParameter(name: name, suggestion: Suggestions.closest(name, specs.keys.sorted())), at: origin, sourceLine: text)
        }
        let valueText = String(text[text.index(after: equals)...])
        do {
            // Parsed as the line itself, so an error's column points into what was typed.
            let document = try YAML.Document.parse(String(repeating: " ", count: name.count + 1) + valueText, file: "--set")
            return (name, try value(document.root, as: spec.type, name: name, minimum: spec.minimum))
        } catch let error as YAML.Error {
            throw Diagnostic(.invalidParameter(name: name, problem: error.message), at: error.mark, sourceLine: text)
        } catch let error as Diagnostic {
            var located = error
            located.sourceLine = text
            throw located
        } catch {
            throw Diagnostic(.internalError(String(describing: error)), at: origin)
        }
    }
}
