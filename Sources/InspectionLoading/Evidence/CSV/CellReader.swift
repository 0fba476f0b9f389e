import CSV
import ChildData
import Foundation
import InspectionKit
import YAML

/// How one column's cells are read into a field's value, by the field's declared type and the
/// mapping's formats and codes. Allocation-light: a `String` is made only where a value is
/// text or a code to look up.
enum CellReader {
    case caseReference(CaseReferenceRule)
    /// Free text: refused when it looks like personal data or names what the force has not declared.
    case text(ProperNouns)
    case timestamp(CSV.DateTimePattern, CSV.Zone)
    case date(CSV.DateTimePattern)
    case integer
    case decimal(share: Bool)
    /// A yes/no field: the force's words for true and false.
    case boolean(CodeTable<Bool>)
    /// A choice field: the force's codes (or the words themselves) to the framework's words.
    case choice(field: String, codes: CodeTable<String>)
    /// A list field: items split at the separator, each read through the codes when given.
    case list(field: String, separator: UInt8, codes: CodeTable<String>?)

    /// Why a cell could not be read: the words, and the byte of the cell to point at.
    struct Problem: Error {
        var message: String
        var offset: Int?
    }

    /// The reader for a field, or nil (with the mapping's problems reported) when the column's
    /// settings do not fit the field.
    static func make(
        for spec: FieldSpec, column: CSVMapping.Column, defaults: CSVMappingPlan.Defaults, recordType: String,
        vocabularies: [String: Set<String>], rules: RecordRules, diagnostics: inout DiagnosticCollector
    ) -> CellReader? {
        let before = diagnostics.diagnostics.count
        func refuse(_ setting: YAML.Located<String>?, _ name: String) {
            if let setting {
                diagnostics.add(
                    Diagnostic(.invalidMapping(.settingDoesNotApply(setting: name, field: spec.name, type: "\(spec.type)")), at: setting))
            }
        }
        let isTime = spec.type == .timestamp || spec.type == .date
        if !isTime { refuse(column.format, "format") }
        if spec.type != .timestamp { refuse(column.timeZone, "time_zone") }
        if spec.type != .textList { refuse(column.separator, "separator") }
        var codes: [(code: String, value: String)] = []
        var given: Set<String> = []
        for (code, word) in column.codes ?? [] {
            if given.insert(code.value).inserted {
                codes.append((code.value, word.value))
            } else {
                diagnostics.add(Diagnostic(.invalidMapping(.codeGivenTwice(code: code.value)), at: code))
            }
        }
        let reader: CellReader
        switch spec.type {
        case .caseReference, .text, .integer, .decimal, .share, .duration:
            if let first = column.codes?.first {
                diagnostics.add(
                    Diagnostic(
                        .invalidMapping(.codesOnFieldWithoutWords(field: spec.name, type: "\(spec.type)")), at: first.code))
            }
            switch spec.type {
            case .caseReference: reader = .caseReference(rules.caseReference)
            case .integer: reader = .integer
            case .decimal: reader = .decimal(share: false)
            case .share: reader = .decimal(share: true)
            case .duration:
                diagnostics.add(
                    Diagnostic(
                        .invalidMapping(.durationNotReadable(field: spec.name)),
                        at: column.field))
                return nil
            default: reader = .text(rules.properNouns)
            }
        case .timestamp:
            let pattern = column.format.flatMap { CSVMappingPlan.pattern($0, diagnostics: &diagnostics) } ?? defaults.timestamp
            let zone = column.timeZone.flatMap { CSVMappingPlan.zone($0, .init(), diagnostics: &diagnostics) } ?? defaults.zone
            if !pattern.hasTime {
                diagnostics.add(
                    Diagnostic(
                        .invalidMapping(.timestampFormatWithoutTime(field: spec.name, format: pattern.text)),
                        at: column.format ?? column.column))
            }
            reader = .timestamp(pattern, zone)
        case .date:
            let pattern = column.format.flatMap { CSVMappingPlan.pattern($0, diagnostics: &diagnostics) } ?? defaults.date
            if pattern.hasTime {
                diagnostics.add(
                    Diagnostic(
                        .invalidMapping(.dateFormatWithTime(field: spec.name, format: pattern.text)),
                        at: column.format ?? column.column))
            }
            reader = .date(pattern)
        case .boolean:
            var yes = defaults.booleans.yes
            var no = defaults.booleans.no
            if column.codes != nil {
                yes = []
                no = []
                for (code, word) in column.codes ?? [] {
                    switch word.value {
                    case "true": yes.insert(code.value)
                    case "false": no.insert(code.value)
                    default:
                        diagnostics.add(
                            Diagnostic(
                                .invalidMapping(.booleanCodeNotTrueOrFalse(field: spec.name, word: word.value)), at: word
                            ))
                    }
                }
            }
            reader = .boolean(CodeTable(yes.sorted().map { ($0, true) } + no.sorted().map { ($0, false) }))
        case .choice(let options):
            for (_, word) in column.codes ?? [] where !options.contains(word.value) {
                diagnostics.add(
                    Diagnostic(
                        .yaml(
                            .invalidScalar(
                                word.value, expected: .oneOf(options),
                                problem: .notOneOf(suggestion: Suggestions.closest(word.value, options)))), at: word))
            }
            // The framework's words copied, so that forces read in parallel share no string.
            reader = .choice(
                field: spec.name, codes: CodeTable(column.codes == nil ? options.map { ($0, RecordRules.unshared($0)) } : codes))
        case .textList:
            let vocabulary = vocabularies["\(recordType).\(spec.name)"]
            if let vocabulary {
                for (_, word) in column.codes ?? [] where !vocabulary.contains(word.value) {
                    diagnostics.add(
                        Diagnostic(
                            .invalidMapping(
                                .notInVocabulary(
                                    word: word.value, field: spec.name, suggestion: Suggestions.closest(word.value, vocabulary))),
                            at: word))
                }
            }
            var separator = UInt8(ascii: ";")
            if let written = column.separator {
                if written.value.utf8.count == 1, let byte = written.value.utf8.first, byte != UInt8(ascii: "\"") {
                    separator = byte
                } else {
                    diagnostics.add(Diagnostic(.invalidMapping(.separatorNotOneCharacter), at: written))
                }
            }
            reader = .list(field: spec.name, separator: separator, codes: column.codes == nil ? nil : CodeTable(codes))
        }
        return diagnostics.diagnostics.count == before ? reader : nil
    }

    /// Reads the field's value in a cell into `value` (never a missing-value token: the caller
    /// handles those); the problem when it cannot. Written in place, not returned, so that a
    /// text's storage is not retained and released on its way through a result for each cell.
    func read(_ bytes: UnsafeBufferPointer<UInt8>, into value: inout FieldValue) -> Problem? {
        switch self {
        case .caseReference(let rule):
            let text = String(decoding: bytes, as: UTF8.self)
            // The value is not shown: a reference that fails the rule may be a name.
            if let refusal = rule.refusal(of: text) { return Problem(message: refusal.message, offset: nil) }
            value = .text(text)
        case .text(let properNouns):
            let text = String(decoding: bytes, as: UTF8.self)
            if let shape = PersonalDataText.shape(in: text) {
                return Problem(message: "the text looks like it holds personal data (\(shape.rawValue)); it is not shown", offset: nil)
            }
            if let word = properNouns.undeclared(in: text) {
                return Problem(message: ProperNouns.cellMessage(character: word.offset + 1), offset: nil)
            }
            value = .text(text)
        case .timestamp(let pattern, let zone):
            do {
                value = .time(Date(timeIntervalSince1970: TimeInterval(try pattern.secondsSince1970(from: bytes, in: zone))))
            } catch {
                return Self.timeProblem(error, bytes, pattern)
            }
        case .date(let pattern):
            do {
                value = .time(Date(timeIntervalSince1970: TimeInterval(try pattern.day(from: bytes).secondsSince1970)))
            } catch {
                return Self.timeProblem(error, bytes, pattern)
            }
        case .integer:
            do {
                let number = try CSV.parseInteger(bytes)
                guard let int = Int(exactly: number) else { return Problem(message: "'\(number)' is out of range", offset: nil) }
                value = .integer(int)
            } catch {
                return Self.numberProblem(error, bytes, expected: "an integer")
            }
        case .decimal(let share):
            do {
                let number = try CSV.parseDecimal(bytes)
                if share && !(0...1).contains(number) {
                    return Problem(
                        message: "\(EchoedValue.quoted(String(decoding: bytes, as: UTF8.self))) is not a share between 0 and 1", offset: nil
                    )
                }
                value = .decimal(number)
            } catch {
                return Self.numberProblem(error, bytes, expected: "a number")
            }
        case .boolean(let words):
            guard let yes = words.value(bytes) else {
                let text = String(decoding: bytes, as: UTF8.self)
                let suggestion = Suggestions.closest(text, words.codes)
                return Problem(
                    message:
                        "\(EchoedValue.quoted(text, nearMiss: suggestion != nil)) is not a yes or no in the mapping (\(words.codes.map { "'\($0)'" }.joined(separator: ", ")))"
                        + (suggestion.map { " (did you mean '\($0)'?)" } ?? ""), offset: nil)
            }
            value = .boolean(yes)
        case .choice(let field, let codes):
            guard let word = codes.value(bytes) else { return Self.unknownCode(bytes, field: field, codes: codes) }
            value = .text(word)
        case .list(let field, let separator, let codes):
            var words: [String] = []
            var start = 0
            for index in 0...bytes.count where index == bytes.count || bytes[index] == separator {
                var item = UnsafeBufferPointer(rebasing: bytes[start..<index])
                while let first = item.first, first == UInt8(ascii: " ") { item = UnsafeBufferPointer(rebasing: item.dropFirst()) }
                while let last = item.last, last == UInt8(ascii: " ") { item = UnsafeBufferPointer(rebasing: item.dropLast()) }
                start = index + 1
                if item.isEmpty { continue }
                guard let codes else {
                    words.append(String(decoding: item, as: UTF8.self))
                    continue
                }
                guard let word = codes.value(item) else { return Self.unknownCode(item, field: field, codes: codes) }
                words.append(word)
            }
            value = .words(words)
        }
        return nil
    }

    static func unknownCode(_ bytes: UnsafeBufferPointer<UInt8>, field: String, codes: CodeTable<String>) -> Problem {
        let text = String(decoding: bytes, as: UTF8.self)
        let suggestion = Suggestions.closest(text, codes.codes)
        let listed = codes.codes.count <= 12 ? "; its codes: " + codes.codes.map { "'\($0)'" }.joined(separator: ", ") : ""
        return Problem(
            message: "\(EchoedValue.quoted(text, nearMiss: suggestion != nil)) is not a code for \(field) in the mapping"
                + (suggestion.map { " (did you mean '\($0)'?)" } ?? listed), offset: nil)
    }

    /// A number that cannot be read; its value, and where in it, shown only when safe to show.
    static func numberProblem(_ problem: CSV.NumberProblem, _ bytes: UnsafeBufferPointer<UInt8>, expected: String) -> Problem {
        let text = String(decoding: bytes, as: UTF8.self)
        guard EchoedValue.isSafeToShow(text) else {
            return Problem(message: "\(EchoedValue.quoted(text)) is not \(expected)", offset: problem.offset)
        }
        return Problem(message: problem.message(text: text, expected: expected), offset: problem.offset)
    }

    /// A date-time problem, with the remedy naming the mapping's own setting.
    static func timeProblem(_ problem: CSV.DateTimeProblem, _ bytes: UnsafeBufferPointer<UInt8>, _ pattern: CSV.DateTimePattern) -> Problem
    {
        let text = String(decoding: bytes, as: UTF8.self)
        // A value not shown still has its place: the error's column is where reading stopped. A
        // date with no time where a time was expected may be a date of birth (a column mapped
        // by mistake), and is not shown either.
        let birthDateShaped = pattern.hasTime && EchoedValue.mayBeBirthDate(text)
        guard !birthDateShaped, EchoedValue.isSafeToShow(text, dateExpected: true) else {
            return Problem(message: "\(EchoedValue.quoted(text)) does not match \(pattern.text)", offset: problem.offset)
        }
        var message = problem.fact(text: text, pattern: pattern.text)
        switch problem {
        case .ambiguousLocalTime: message += "; set ambiguous_times: earlier (BST) or later (GMT) under timestamps in the mapping"
        case .nonexistentLocalTime: message += "; check the value, or set nonexistent_times: shift-forward under timestamps in the mapping"
        default: if let remedy = problem.remedy { message += "; " + remedy }
        }
        return Problem(message: message, offset: problem.offset)
    }
}
