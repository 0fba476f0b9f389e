import Foundation
import InspectionKit

/// `--evidence export,reconstructed`: the kinds of evidence a run may use.
enum EvidenceKinds {
    /// Nil when the option is absent (every kind); an unknown kind is a usage error naming the
    /// closest.
    static func parse(_ text: String?) throws -> Set<Provenance>? {
        guard let text else { return nil }
        var kinds: Set<Provenance> = []
        for word in text.split(separator: ",", omittingEmptySubsequences: false).map({ $0.trimmingCharacters(in: .whitespaces) }) {
            guard let kind = Provenance(rawValue: word) else {
                let names = Provenance.allCases.map(\.rawValue)
                let suggestion = Suggestions.closest(word, names)
                throw CommandFailure.usage(
                    "unknown kind of evidence '\(word)' in --evidence" + (suggestion.map { " (did you mean '\($0)'?)" } ?? "")
                        + "; kinds: " + names.joined(separator: ", "))
            }
            kinds.insert(kind)
        }
        return kinds
    }
}
