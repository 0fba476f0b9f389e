import TextSafety

#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif

/// The one `Decoder` object behind a decode: it walks the document's arena by index, and its
/// containers are small structs that point back at it.
///
/// Strictness lives here. Every keyed container records which of its mapping's pairs were read
/// and which key names were asked for; when a value finishes decoding, any pair nobody read is
/// an unknown key, and the names asked for are the "did you mean" candidates.
final class DecoderImpl: Decoder {
    let document: YAML.Document
    let records: [NodeRecord]
    let children: [Int32]
    let scalarBytes: [UInt8]
    // The mutable state below is touched on every field decoded and never shared across
    // threads (a decode runs on one), so the runtime exclusivity checks are switched off.
    @exclusivity(unchecked) private(set) var current: Int32
    var userInfo: [CodingUserInfoKey: Any] { [:] }

    /// The path to the node being decoded, worked out only when asked for (in errors thrown by
    /// a type's own code): keeping it up to date on every field would cost more than decoding.
    var codingPath: [any CodingKey] { CodingPathSearch.path(to: current, in: self) }

    /// Unknown keys, which are reported but do not stop decoding.
    @exclusivity(unchecked) var deferredErrors: [YAML.Error] = []

    /// One per keyed container opened and not yet checked.
    @exclusivity(unchecked) private var frames: [KeyFrame] = []
    /// Read flags for pairs beyond the 64 that a frame's bit mask holds.
    @exclusivity(unchecked) private var overflowUsed: [Bool] = []
    /// Key names asked for but absent, per frame (`frames[i].askedBase ..< next frame's`). With
    /// the names of the pairs that were read, they are the "did you mean" candidates; recording
    /// only the absent ones keeps the common path (every key present) free of the bookkeeping.
    @exclusivity(unchecked) private var asked: [String] = []

    struct KeyFrame {
        var node: Int32
        var pairCount: Int
        /// Bit i set: pair i was read (pairs 0..<64).
        var usedBits: UInt64
        /// Where pairs 64 and beyond keep their flags in `overflowUsed`.
        var overflowBase: Int
        var askedBase: Int
        /// Where the next lookup starts: types usually read keys in the order they are written.
        var hint: Int
    }

    init(document: YAML.Document, root: Int32) {
        self.document = document
        self.records = document.records
        self.children = document.children
        self.scalarBytes = document.scalarBytes
        self.current = root
    }

    // MARK: Decoder

    func container<Key: CodingKey>(keyedBy type: Key.Type) throws -> KeyedDecodingContainer<Key> {
        KeyedDecodingContainer(KeyedContainer<Key>(impl: self, frame: try openFrame(current), node: current))
    }

    func unkeyedContainer() throws -> any UnkeyedDecodingContainer {
        try UnkeyedContainer(impl: self, node: current)
    }

    func singleValueContainer() throws -> any SingleValueDecodingContainer {
        SingleValueContainer(impl: self, node: current)
    }

    // MARK: Decoding a node into a type

    func unboxRoot<T: Decodable>(_ type: T.Type) throws(YAML.Error) -> T {
        try unbox(current, as: type)
    }

    /// Decodes `node` as `T`, then checks that every key of every mapping `T` opened was read.
    func unbox<T: Decodable>(_ node: Int32, as type: T.Type) throws(YAML.Error) -> T {
        if let value = try unboxSpecial(node, as: type) { return value }
        let savedCurrent = current
        let frameMark = frames.count
        current = node
        defer { current = savedCurrent }
        let value: T
        do {
            value = try T(from: self)
        } catch let error as YAML.Error {
            dropFrames(from: frameMark)
            throw error
        } catch {
            dropFrames(from: frameMark)
            throw translate(error, at: node, type: type)
        }
        checkUnreadKeys(from: frameMark)
        return value
    }

    /// Types whose YAML spelling differs from their `Codable` one, read straight from the scalar.
    private func unboxSpecial<T>(_ node: Int32, as type: T.Type) throws(YAML.Error) -> T? {
        if T.self == String.self { return try string(node) as? T }
        if T.self == Date.self { return try timestamp(node) as? T }
        if T.self == YAML.Day.self { return try day(node) as? T }
        if T.self == Duration.self { return try duration(node) as? T }
        if T.self == Decimal.self { return try decimal(node) as? T }
        if T.self == YAML.Node.self { return YAML.Node(document: document, index: node) as? T }
        return nil
    }

    /// Converts an error thrown by a type's own `init(from:)` into a positioned one.
    private func translate(_ error: any Error, at node: Int32, type: Any.Type) -> YAML.Error {
        if case DecodingError.dataCorrupted(let context) = error {
            let record = records[Int(node)]
            if record.kind == .scalar, let options = StringCases.of(type) {
                let text = document.scalarString(start: record.start, count: record.count)
                let suggestion = Suggestion.closest(to: text, in: options)
                return self.error(.invalidScalar(text, expected: .oneOf(options), problem: .notOneOf(suggestion: suggestion)), at: node)
            }
            return self.error(.invalidValue(context.debugDescription), at: node)
        }
        return self.error(.invalidValue(String(describing: error)), at: node)
    }

    // MARK: Scalars

    func scalarBytes(
        _ node: Int32, expecting expected: @autoclosure () -> YAML.Error.Expected
    ) throws(YAML.Error) -> (NodeRecord, UnsafeBufferPointer<UInt8>) {
        let record = records[Int(node)]
        guard record.kind == .scalar else { throw mismatch(node, expected()) }
        return (
            record,
            scalarBytes.withUnsafeBufferPointer {
                UnsafeBufferPointer(rebasing: $0[Int(record.start)..<Int(record.start + record.count)])
            }
        )
    }

    func isNull(_ node: Int32) -> Bool {
        let record = records[Int(node)]
        guard record.kind == .scalar, record.isPlain else { return false }
        return scalarBytes.withUnsafeBufferPointer {
            ScalarText.isNull(UnsafeBufferPointer(rebasing: $0[Int(record.start)..<Int(record.start + record.count)]))
        }
    }

    func string(_ node: Int32) throws(YAML.Error) -> String {
        let record = records[Int(node)]
        guard record.kind == .scalar, !isNull(node) else { throw mismatch(node, .string) }
        // Text reaches terminals and reports: control characters (an escape sequence written
        // as "\e[2J", say) could rewrite what a reader sees, so none but tab and line breaks.
        let hasControl = scalarBytes.withUnsafeBufferPointer {
            ScalarText.containsControlCharacter(UnsafeBufferPointer(rebasing: $0[Int(record.start)..<Int(record.start + record.count)]))
        }
        if hasControl { throw scalarError(node, .string, .controlCharacter) }
        // Nor characters that reorder or hide what is shown (U+202E, zero-width spaces).
        let invisible = scalarBytes.withUnsafeBufferPointer {
            InvisibleCharacters.first(in: UnsafeBufferPointer(rebasing: $0[Int(record.start)..<Int(record.start + record.count)]))
        }
        if let invisible { throw scalarError(node, .string, .invisibleCharacter(invisible)) }
        return document.scalarString(start: record.start, count: record.count)
    }

    func bool(_ node: Int32) throws(YAML.Error) -> Bool {
        let (record, bytes) = try scalarBytes(node, expecting: .boolean)
        if let value = ScalarText.bool(bytes), record.isPlain { return value }
        throw scalarError(node, .boolean, record.isPlain && !ScalarText.isNull(bytes) ? .notTrueOrFalse : nil)
    }

    func integer<T: FixedWidthInteger>(_ node: Int32, as type: T.Type) throws(YAML.Error) -> T {
        // Built only on failure: formatting the range on every integer would dominate decoding.
        var expected: YAML.Error.Expected { .integer(range: "\(T.min) to \(T.max)") }
        let (record, bytes) = try scalarBytes(node, expecting: expected)
        switch ScalarText.integer(bytes, as: type) {
        case .value(let value) where record.isPlain: return value
        case .outOfRange where record.isPlain: throw error(.outOfRange(text(of: record), expected: expected), at: node)
        case .problem(let problem) where record.isPlain && !ScalarText.isNull(bytes): throw scalarError(node, expected, problem)
        default: throw scalarError(node, expected, nil)
        }
    }

    func floatingPoint(_ node: Int32) throws(YAML.Error) -> Double {
        let (record, bytes) = try scalarBytes(node, expecting: .decimal)
        switch ScalarText.double(bytes) {
        case .value(let value) where record.isPlain: return value
        case .outOfRange where record.isPlain: throw error(.outOfRange(text(of: record), expected: .decimal), at: node)
        case .problem(let problem) where record.isPlain && !ScalarText.isNull(bytes): throw scalarError(node, .decimal, problem)
        default: throw scalarError(node, .decimal, nil)
        }
    }

    private func decimal(_ node: Int32) throws(YAML.Error) -> Decimal {
        let (record, bytes) = try scalarBytes(node, expecting: .decimal)
        guard record.isPlain, ScalarText.isDecimalNumber(bytes) else {
            throw scalarError(node, .decimal, record.isPlain && !ScalarText.isNull(bytes) ? .malformed : nil)
        }
        guard let value = Decimal(string: text(of: record)), !value.isNaN else {
            throw error(.outOfRange(text(of: record), expected: .decimal), at: node)
        }
        return value
    }

    private func timestamp(_ node: Int32) throws(YAML.Error) -> Date {
        let (record, bytes) = try scalarBytes(node, expecting: .timestamp)
        switch CalendarText.timestamp(bytes) {
        case .value(let value) where record.isPlain: return value
        case .problem(let problem) where record.isPlain && !ScalarText.isNull(bytes): throw scalarError(node, .timestamp, problem)
        default: throw scalarError(node, .timestamp, nil)
        }
    }

    private func day(_ node: Int32) throws(YAML.Error) -> YAML.Day {
        let (record, bytes) = try scalarBytes(node, expecting: .date)
        switch CalendarText.day(bytes) {
        case .value(let value) where record.isPlain: return value
        case .problem(let problem) where record.isPlain && !ScalarText.isNull(bytes): throw scalarError(node, .date, problem)
        default: throw scalarError(node, .date, nil)
        }
    }

    private func duration(_ node: Int32) throws(YAML.Error) -> Duration {
        let (record, bytes) = try scalarBytes(node, expecting: .duration)
        switch ScalarText.duration(bytes) {
        case .value(let value) where record.isPlain: return value
        case .outOfRange where record.isPlain: throw error(.outOfRange(text(of: record), expected: .duration), at: node)
        case .problem(let problem) where record.isPlain && !ScalarText.isNull(bytes): throw scalarError(node, .duration, problem)
        default: throw scalarError(node, .duration, nil)
        }
    }

    private func text(of record: NodeRecord) -> String {
        document.scalarString(start: record.start, count: record.count)
    }

    // MARK: Keys

    /// Starts tracking the keys of the mapping at `node` (or reuses the tracking a second
    /// container on the same mapping already started).
    func openFrame(_ node: Int32) throws(YAML.Error) -> Int {
        let record = records[Int(node)]
        guard record.kind == .mapping else { throw mismatch(node, .mapping) }
        if let last = frames.indices.last, frames[last].node == node { return last }
        let pairCount = Int(record.count)
        frames.append(
            KeyFrame(
                node: node, pairCount: pairCount, usedBits: 0, overflowBase: overflowUsed.count,
                askedBase: asked.count, hint: 0))
        if pairCount > 64 { overflowUsed.append(contentsOf: repeatElement(false, count: pairCount - 64)) }
        return frames.count - 1
    }

    private func isRead(_ frame: KeyFrame, _ pair: Int) -> Bool {
        pair < 64 ? frame.usedBits & (1 << UInt64(pair)) != 0 : overflowUsed[frame.overflowBase + pair - 64]
    }

    private func markRead(_ frameIndex: Int, _ pair: Int) {
        if pair < 64 {
            frames[frameIndex].usedBits |= 1 << UInt64(pair)
        } else {
            overflowUsed[frames[frameIndex].overflowBase + pair - 64] = true
        }
    }

    /// The value node for `key` in the frame's mapping, marking the pair read; nil when absent.
    func lookup(_ frameIndex: Int, _ key: String, markRead: Bool = true) -> Int32? {
        let frame = frames[frameIndex]
        guard frame.pairCount > 0 else {
            asked.append(key)
            return nil
        }
        let base = Int(records[Int(frame.node)].start)
        var pair = frame.hint
        for _ in 0..<frame.pairCount {
            if pair == frame.pairCount { pair = 0 }
            let keyNode = children[base + 2 * pair]
            if keyEquals(keyNode, key) {
                if markRead {
                    self.markRead(frameIndex, pair)
                    frames[frameIndex].hint = pair + 1
                }
                return children[base + 2 * pair + 1]
            }
            pair += 1
        }
        asked.append(key)
        return nil
    }

    private func keyEquals(_ node: Int32, _ key: String) -> Bool {
        let record = records[Int(node)]
        let utf8 = key.utf8
        guard utf8.count == Int(record.count) else { return false }
        return scalarBytes.withUnsafeBufferPointer { all in
            let start = Int(record.start)
            return utf8.withContiguousStorageIfAvailable { keyBytes in
                for offset in 0..<keyBytes.count where all[start + offset] != keyBytes[offset] { return false }
                return true
            } ?? utf8.elementsEqual(all[start..<start + Int(record.count)])
        }
    }

    /// The key node of a pair in the frame's mapping.
    private func keyNode(_ frame: KeyFrame, _ pair: Int) -> Int32 {
        children[Int(records[Int(frame.node)].start) + 2 * pair]
    }

    /// The keys present in the frame's mapping, in document order.
    func keys(_ frameIndex: Int) -> [String] {
        let frame = frames[frameIndex]
        return (0..<frame.pairCount).map { text(of: records[Int(keyNode(frame, $0))]) }
    }

    /// For a required key that is absent: the value of an unread key that is a near miss of it
    /// ("regoin" for "region"), reported as an unknown key with the suggestion, and then read in
    /// its place so that decoding goes on and finds the file's other problems too. The decode
    /// still fails, on the reported error. Nil when no unread key is close.
    func nearMiss(_ frameIndex: Int, _ key: String) -> Int32? {
        let frame = frames[frameIndex]
        for pair in 0..<frame.pairCount where !isRead(frame, pair) {
            let candidate = keyNode(frame, pair)
            let name = text(of: records[Int(candidate)])
            if Suggestion.closest(to: name, in: [key]) != nil {
                markRead(frameIndex, pair)
                deferredErrors.append(error(.unknownKey(name, suggestion: key), at: candidate))
                return children[Int(records[Int(frame.node)].start) + 2 * pair + 1]
            }
        }
        return nil
    }

    /// The error for a required key that is absent, at the mapping that lacks it.
    func missingKey(_ frameIndex: Int, _ key: String) -> YAML.Error {
        error(.missingKey(key), at: frames[frameIndex].node)
    }

    private func checkUnreadKeys(from frameMark: Int) {
        guard frames.count > frameMark else { return }
        for index in frameMark..<frames.count {
            let frame = frames[index]
            if frame.pairCount <= 64, frame.usedBits == (frame.pairCount == 64 ? ~0 : (1 << UInt64(frame.pairCount)) - 1) {
                continue  // every key read: the common case, decided without touching a string
            }
            let askedEnd = index + 1 < frames.count ? frames[index + 1].askedBase : asked.count
            let read = (0..<frame.pairCount).filter { isRead(frame, $0) }.map { text(of: records[Int(keyNode(frame, $0))]) }
            let candidates = read + asked[frame.askedBase..<askedEnd]
            for pair in 0..<frame.pairCount where !isRead(frame, pair) {
                let node = keyNode(frame, pair)
                let name = text(of: records[Int(node)])
                let suggestion = Suggestion.closest(to: name, in: candidates)
                deferredErrors.append(error(.unknownKey(name, suggestion: suggestion), at: node))
            }
        }
        dropFrames(from: frameMark)
    }

    private func dropFrames(from frameMark: Int) {
        guard frames.count > frameMark else { return }
        overflowUsed.removeSubrange(frames[frameMark].overflowBase...)
        asked.removeSubrange(frames[frameMark].askedBase...)
        frames.removeSubrange(frameMark...)
    }

    // MARK: Errors

    func error(_ reason: YAML.Error.Reason, at node: Int32) -> YAML.Error {
        YAML.Node(document: document, index: node).error(reason)
    }

    func mismatch(_ node: Int32, _ expected: YAML.Error.Expected) -> YAML.Error {
        error(.typeMismatch(expected: expected, found: YAML.Node(document: document, index: node).found), at: node)
    }

    /// A scalar that cannot be read as `expected`: with a specific problem, a quoted value, or
    /// (when `problem` is nil and the value is plain) a plain mismatch.
    private func scalarError(_ node: Int32, _ expected: YAML.Error.Expected, _ problem: YAML.Error.ScalarProblem?) -> YAML.Error {
        let record = records[Int(node)]
        if let problem { return error(.invalidScalar(text(of: record), expected: expected, problem: problem), at: node) }
        if !record.isPlain { return error(.invalidScalar(text(of: record), expected: expected, problem: .quoted), at: node) }
        if isNull(node) { return mismatch(node, expected) }
        return error(.invalidScalar(text(of: record), expected: expected, problem: .malformed), at: node)
    }
}

/// The raw values of a `CaseIterable` string enum, so a bad value can list the good ones.
enum StringCases {
    static func of(_ type: Any.Type) -> [String]? {
        guard let iterable = type as? any CaseIterable.Type else { return nil }
        return cases(iterable)
    }

    private static func cases<C: CaseIterable>(_ type: C.Type) -> [String]? {
        let values = C.allCases.compactMap { ($0 as? any RawRepresentable)?.rawValue as? String }
        return values.isEmpty ? nil : values
    }
}
