import TextSafety

// The words for each error. Kept apart from the error data so that tests, tools and other
// languages can work with the facts, and so the phrasing can change in one place.

extension YAML.Error {
    /// The one-line message, without position: "unknown key 'regoin' (did you mean 'region'?)".
    public var message: String { reason.message }
}

extension YAML.Error.Reason {
    public var message: String {
        switch self {
        case .unreadableFile(let why):
            return "cannot read the file: \(why)"
        case .inputTooLarge(let bytes, let limit):
            return "the input is \(bytes) bytes, over the limit of \(limit) bytes"
        case .unsupportedEncoding(let encoding):
            return "the file is encoded as \(encoding); save it as UTF-8"
        case .invalidUTF8(let detail):
            return "invalid UTF-8 (\(detail)); save the file as UTF-8"
        case .syntax(let problem):
            return "syntax error: \(problem)"
        case .tabIndentation:
            return "a tab is used for indentation; YAML allows only spaces"
        case .emptyDocument:
            return "the file holds no YAML document"
        case .multipleDocuments:
            return "a second document starts here; this file must hold exactly one"
        case .nestingTooDeep(let limit):
            return "nesting is deeper than the limit of \(limit) levels"
        case .tooManyNodes(let limit):
            return "the document has more than \(limit) nodes, counting what aliases expand to"
        case .tooManyAliases(let limit):
            return limit == 0
                ? "this file may not use aliases (*name); write each value out where it is used"
                : "the document uses more than \(limit) aliases"
        case .undefinedAlias(let name):
            return "alias '*\(name)' refers to no anchor defined before it"
        case .recursiveAlias(let name):
            return "alias '*\(name)' refers to a node that contains it"
        case .nonScalarKey:
            return "a mapping key must be a single value, not a sequence or a mapping"
        case .aliasKey(let name):
            return "a mapping key must be written out, not given as the alias '*\(name)'"
        case .anchoredKey(let name):
            return "a mapping key cannot carry an anchor ('&\(name)'); put the anchor on the value"
        case .taggedKey(let tag):
            return "a mapping key cannot carry a tag ('\(tag)'); keys are always text"
        case .mergeKey:
            return "merge keys ('<<') are not supported; write the keys out"
        case .unsupportedTag(let tag):
            return "unsupported tag '\(tag)'; types come from the schema, and only '!!str' may be written"
        case .duplicateKey(let key):
            return "duplicate key '\(key)'"
        case .keyAfterStreamedSequence(let sequenceKey):
            return "this key comes after '\(sequenceKey)', which is read one item at a time and so must be the last key"
        case .streamedSequenceAlias(let alias, let sequenceKey):
            return "'\(sequenceKey)' is read one item at a time, so it must be written out here, not given as the alias '*\(alias)'"
        case .aliasOutsideStreamedItem(let name):
            return
                "alias '*\(name)' refers to no anchor in its own item; the items of a streamed sequence are read one at a time and cannot share nodes"
        case .unknownKey(let key, let suggestion):
            return "unknown key '\(key)'" + didYouMean(suggestion)
        case .missingKey(let key):
            return "missing required key '\(key)'"
        case .typeMismatch(let expected, let found):
            return "expected \(expected.phrase), found \(found.phrase)"
        case .invalidScalar(let text, let expected, let problem):
            return problem.message(text: quotedExcerpt(text), expected: expected)
        case .outOfRange(let text, let expected):
            if case .integer(let range) = expected {
                return "\(quotedExcerpt(text)) is out of range for an integer here (\(range))"
            }
            return "\(quotedExcerpt(text)) is out of range for \(expected.phrase)"
        case .invalidValue(let message):
            return message
        }
    }
}

extension YAML.Error.ScalarProblem {
    func message(text: String, expected: YAML.Error.Expected) -> String {
        switch self {
        case .malformed:
            return "\(text) is not \(expected.phrase)"
        case .quoted:
            return "expected \(expected.phrase), found the quoted string \(text); remove the quotes"
        case .leadingZero:
            return "\(text) has a leading zero, which YAML 1.1 reads as octal; write it without the zero"
        case .notTrueOrFalse:
            return "\(text) is not a boolean; write true or false"
        case .missingTimeZone:
            return "the timestamp \(text) has no time zone; add Z or an offset such as +01:00"
        case .missingTime:
            return "\(text) is a date without a time; a timestamp needs a time and a zone, e.g. 2025-01-06T18:20:00Z"
        case .timeNotAllowed:
            return "\(text) has a time, but a date is expected here; write the day alone (YYYY-MM-DD)"
        case .notACalendarDate:
            return "\(text) is not a calendar date"
        case .notATimeOfDay:
            return "\(text) is not a time of day; hours run 00 to 23, minutes and seconds 00 to 59"
        case .yearOutOfRange(let years):
            return "\(text) is out of range; the year must be from \(years.lowerBound) to \(years.upperBound)"
        case .instantOutOfRange(let years):
            return
                "\(text) is out of range once its offset is applied; the instant must fall from \(years.lowerBound) to \(years.upperBound) in UTC"
        case .unknownDurationUnit:
            return "\(text) is not a duration; write a number and a unit: s, m, h, d or w (e.g. 4h, 90m, 7d)"
        case .controlCharacter:
            return "the text holds a control character (such as an escape sequence); only tabs and line breaks are allowed"
        case .invisibleCharacter(let value):
            return "the text holds \(InvisibleCharacters.name(value)), an invisible character that changes how text is shown; remove it"
        case .notOneOf(let suggestion):
            return "\(text) is not \(expected.phrase)" + didYouMean(suggestion)
        }
    }
}

extension YAML.Error.Expected {
    /// "a boolean (true or false)", "an integer", ...: reads after "expected".
    public var phrase: String {
        switch self {
        case .string: return "a string"
        case .boolean: return "a boolean (true or false)"
        case .integer: return "an integer"
        case .decimal: return "a number"
        case .date: return "a date (YYYY-MM-DD)"
        case .timestamp: return "a timestamp with a time zone (e.g. 2025-03-04T09:30:00Z)"
        case .duration: return "a duration (e.g. 4h, 90m, 7d)"
        case .mapping: return "a mapping"
        case .sequence: return "a sequence"
        case .scalar: return "a single value"
        case .oneOf(let options): return "one of " + options.map { "'\($0)'" }.joined(separator: ", ")
        case .custom(let phrase): return phrase
        }
    }
}

extension YAML.Error.Found {
    public var phrase: String {
        switch self {
        case .mapping: return "a mapping"
        case .sequence: return "a sequence"
        case .null: return "no value"
        case .scalar(let text, let quoted): return (quoted ? "the quoted string " : "") + quotedExcerpt(text)
        }
    }
}

extension YAML.Note.Reason {
    public var message: String {
        switch self {
        case .firstOccurrence(let key): return "'\(key)' was first given here"
        case .parserContext(let context): return context
        case .anchorDefined(let name): return "anchor '&\(name)' is defined here"
        }
    }
}

private func didYouMean(_ suggestion: String?) -> String {
    suggestion.map { " (did you mean '\($0)'?)" } ?? ""
}

/// The text in single quotes, shortened to 60 characters so a message stays one line.
func quotedExcerpt(_ text: String) -> String {
    let limit = 60
    let flat = text.replacingNewlines()
    guard flat.unicodeScalars.count > limit else { return "'\(flat)'" }
    return "'\(String(String.UnicodeScalarView(flat.unicodeScalars.prefix(limit - 1))))…'"
}

extension String {
    func replacingNewlines() -> String {
        guard contains(where: \.isNewline) else { return self }
        return String(map { $0.isNewline ? " " : $0 })
    }
}
