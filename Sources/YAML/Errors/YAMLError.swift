extension YAML {
    /// A positioned problem found while reading YAML.
    ///
    /// The error is data: a `Reason` with its payload, the `Mark` it points at, the source line
    /// captured when it was made, and notes pointing elsewhere (the first occurrence of a
    /// duplicated key, libyaml's context). Its wording lives apart, in `message`, and its
    /// compiler-style rendering in `rendered(color:)`.
    public struct Error: Swift.Error, Hashable, Sendable, CustomStringConvertible {
        public var reason: Reason
        public var mark: Mark
        /// The text of line `mark.line`, without its line break; nil when unavailable.
        public var sourceLine: String?
        public var notes: [Note]

        public init(_ reason: Reason, at mark: Mark, sourceLine: String? = nil, notes: [Note] = []) {
            self.reason = reason
            self.mark = mark
            self.sourceLine = sourceLine
            self.notes = notes
        }

        /// `file:line:col: error: message`, the source line and a caret, without colour.
        public var description: String { rendered(color: false) }
    }

    /// A secondary position attached to an error.
    public struct Note: Hashable, Sendable {
        public enum Reason: Hashable, Sendable {
            /// The key that is duplicated was first given here.
            case firstOccurrence(key: String)
            /// libyaml's description of what it was reading ("while scanning a simple key").
            case parserContext(String)
            /// The anchor an alias refers to is defined here.
            case anchorDefined(name: String)
        }

        public var reason: Reason
        public var mark: Mark
        public var sourceLine: String?

        public init(_ reason: Reason, at mark: Mark, sourceLine: String? = nil) {
            self.reason = reason
            self.mark = mark
            self.sourceLine = sourceLine
        }
    }
}

extension YAML.Error {
    /// What went wrong. Each case carries the facts its wording needs and nothing more.
    public enum Reason: Hashable, Sendable {
        // Reading the input
        case unreadableFile(String)
        case inputTooLarge(bytes: Int, limit: Int)
        case unsupportedEncoding(String)
        case invalidUTF8(String)

        // Syntax, as libyaml reports it, and the cases we recognise to say more
        case syntax(String)
        case tabIndentation
        case emptyDocument
        case multipleDocuments

        // Structure and limits
        case nestingTooDeep(limit: Int)
        case tooManyNodes(limit: Int)
        case tooManyAliases(limit: Int)
        case undefinedAlias(String)
        case recursiveAlias(String)
        case nonScalarKey
        /// An alias (`*name`) written where a mapping key belongs.
        case aliasKey(String)
        /// An anchor (`&name`) on a mapping key.
        case anchoredKey(String)
        /// A tag on a mapping key, even `!!str`: keys are text already.
        case taggedKey(String)
        case mergeKey
        case unsupportedTag(String)
        case duplicateKey(String)

        // Streaming one sequence out of a file (`YAML.Document.stream`)
        /// A key of the top-level mapping after the streamed sequence, which must come last.
        case keyAfterStreamedSequence(sequenceKey: String)
        /// The streamed sequence given as an alias instead of written out.
        case streamedSequenceAlias(alias: String, sequenceKey: String)
        /// An alias in a streamed item to an anchor that is not in the same item.
        case aliasOutsideStreamedItem(String)

        // Decoding into Swift types
        case unknownKey(String, suggestion: String?)
        case missingKey(String)
        case typeMismatch(expected: Expected, found: Found)
        case invalidScalar(String, expected: Expected, problem: ScalarProblem)
        case outOfRange(String, expected: Expected)
        case invalidValue(String)
    }

    /// The kind of value a Swift type asked for.
    public enum Expected: Hashable, Sendable {
        case string
        case boolean
        /// An integer; `range` is what the Swift type holds, e.g. "0 to 255".
        case integer(range: String)
        case decimal
        case date
        case timestamp
        case duration
        case mapping
        case sequence
        case scalar
        case oneOf([String])
        case custom(String)
    }

    /// The kind of value the document held instead.
    public enum Found: Hashable, Sendable {
        case mapping
        case sequence
        case null
        case scalar(String, quoted: Bool)
    }

    /// Why a scalar's text could not become the value asked for.
    public enum ScalarProblem: Hashable, Sendable {
        case malformed
        case quoted
        case leadingZero
        case notTrueOrFalse
        case missingTimeZone
        /// A bare day (`2025-08-22`) where a timestamp is needed.
        case missingTime
        /// A timestamp where a day alone (`YYYY-MM-DD`) is needed.
        case timeNotAllowed
        case notACalendarDate
        /// An hour past 23, or a minute or second past 59.
        case notATimeOfDay
        /// A year outside the range given (see `YAML.Day.allowedYears`).
        case yearOutOfRange(ClosedRange<Int>)
        /// A timestamp written within the years but whose offset moves the instant outside them
        /// (`2100-12-31T23:30:00-01:00` is in 2101).
        case instantOutOfRange(ClosedRange<Int>)
        case unknownDurationUnit
        case notOneOf(suggestion: String?)
        case controlCharacter
        /// A character that changes how text is shown without being seen, by scalar value.
        case invisibleCharacter(UInt32)
    }
}

extension YAML {
    /// Several errors from one file, in the order found; never empty.
    public struct Errors: Swift.Error, Hashable, Sendable, CustomStringConvertible {
        public var errors: [Error]

        public init(_ errors: [Error]) {
            precondition(!errors.isEmpty, "YAML.Errors holds at least one error")
            self.errors = errors
        }

        public var description: String { errors.map(\.description).joined(separator: "\n") }
    }
}
