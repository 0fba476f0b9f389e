import Foundation
import YAML

/// The placeholders a scaffold leaves for a person to fill in: `<FILL IN: the report's
/// title>`. Any still there are errors, each at its position and saying what to write, so a
/// scaffold cannot pass for finished configuration (nor a made-up date drive real deadlines).
package enum Placeholders {
    static let opening = "<FILL IN:"

    /// `<FILL IN: what to write>`.
    package static func make(_ instruction: String) -> String { "\(opening) \(instruction)>" }

    /// Every scalar in the document holding a placeholder, in document order.
    static func find(in root: YAML.Node) -> [YAML.Node] {
        var found: [YAML.Node] = []
        var stack = [root]
        while let node = stack.popLast() {
            switch node.kind {
            case .scalar:
                if node.scalar?.contains(opening) == true { found.append(node) }
            case .sequence:
                stack.append(contentsOf: node.items.reversed())
            case .mapping:
                stack.append(contentsOf: node.pairs.reversed().map(\.value))
            }
        }
        return found
    }

    /// What the placeholder asks for: the text after `FILL IN:`.
    static func instruction(_ text: String) -> String {
        guard let start = text.range(of: opening) else { return text }
        let rest = text[start.upperBound...]
        let end = rest.firstIndex(of: ">") ?? rest.endIndex
        return rest[..<end].trimmingCharacters(in: .whitespaces)
    }
}
