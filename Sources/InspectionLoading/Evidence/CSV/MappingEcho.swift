import InspectionKit

/// A problem found in a mapping as it may be shown. Mappings are written by people and sit
/// beside the exports they read, so they are masked as evidence is: an echoed line keeps its
/// keys and loses its values (`case_ref: ••••••••• •••`), and a key, code or word the message
/// quotes is shown only when it cannot be anyone's details (`EchoedValue`). Column names are
/// shown as `ColumnNames` allows, where the plan quotes them.
enum MappingEcho {
    static func masked(_ diagnostic: Diagnostic) -> Diagnostic {
        var diagnostic = EchoedValue.masked(diagnostic)
        switch diagnostic.reason {
        case .unknownReference(let kind, let id, let suggestion):
            diagnostic.reason = .unknownReference(
                kind: kind, id: EchoedValue.shown(id, nearMiss: suggestion != nil), suggestion: suggestion)
        case .invalidMapping(let problem):
            diagnostic.reason = .invalidMapping(masking(problem))
        default:
            break
        }
        return diagnostic
    }

    static func masked(_ diagnostics: [Diagnostic]) -> [Diagnostic] { diagnostics.map(masked) }

    /// The problem with what it quotes from the mapping passed through `EchoedValue.shown`: a
    /// format is shown when it is one (it has a `%`), a time zone when it is shaped like one.
    static func masking(_ problem: Diagnostic.MappingProblem) -> Diagnostic.MappingProblem {
        switch problem {
        case .codeGivenTwice(let code): return .codeGivenTwice(code: EchoedValue.shown(code))
        case .booleanCodeNotTrueOrFalse(let field, let word):
            return .booleanCodeNotTrueOrFalse(field: field, word: EchoedValue.shown(word))
        case .notInVocabulary(let word, let field, let suggestion):
            return .notInVocabulary(word: EchoedValue.shown(word, nearMiss: suggestion != nil), field: field, suggestion: suggestion)
        case .unreadableFormat(let format, let problem):
            return .unreadableFormat(format: format.contains("%") ? format : EchoedValue.shown(format), problem: problem)
        case .unknownTimeZone(let zone):
            let zoneShaped = zone.contains("/") || zone.hasPrefix("+") || zone.hasPrefix("-") || EchoedValue.isSafeToShow(zone)
            return .unknownTimeZone(zoneShaped ? zone : EchoedValue.shown(zone))
        default:
            return problem
        }
    }
}
