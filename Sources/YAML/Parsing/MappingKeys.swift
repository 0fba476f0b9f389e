internal import CLibYAML

/// The rules for mapping keys: a key is a scalar written out in full, with no anchor, alias or
/// tag (a key is always text, and nothing may refer to one), and no key appears twice.
extension ArenaBuilder {
    /// True when the next node is a key of the innermost open collection, a mapping.
    var atKeyPosition: Bool {
        guard let top = open.last, top.isMapping else { return false }
        return (pending.count - top.pendingStart) % 2 == 0
    }

    /// Refuses an anchor or a tag on a scalar about to become a key. 0-based position.
    func checkKeyProperties(
        tag: UnsafeMutablePointer<UInt8>?, anchor: UnsafeMutablePointer<UInt8>?, line: Int, column: Int
    ) throws(YAML.Error) {
        if let anchor {
            throw error(.anchoredKey(String(cString: anchor)), line: line, column: column)
        }
        if let tag {
            throw error(.taggedKey(Self.shortTag(String(cString: tag))), line: line, column: column)
        }
    }

    /// Checks the keys of a mapping whose pairs are `pending[items]` (key, value, key, ...):
    /// no merge key, no key twice. Every key is a scalar: the others were refused as they came.
    func checkKeys(_ items: Range<Int>) throws(YAML.Error) {
        for position in stride(from: items.lowerBound, to: items.upperBound, by: 2) {
            let record = records[Int(pending[position])]
            if record.isPlain, record.count == 2, scalarBytes[Int(record.start)] == UInt8(ascii: "<"),
                scalarBytes[Int(record.start) + 1] == UInt8(ascii: "<")
            {
                throw error(.mergeKey, line: Int(record.line) - 1, column: Int(record.column) - 1)
            }
        }
        if let (first, second) = firstDuplicate(items) {
            let record = records[Int(second)]
            let key = String(decoding: scalarBytes[Int(record.start)..<Int(record.start + record.count)], as: UTF8.self)
            throw error(
                .duplicateKey(key), line: Int(record.line) - 1, column: Int(record.column) - 1,
                notes: [note(.firstOccurrence(key: key), first)])
        }
    }

    /// The text of the scalar at `index`.
    func text(of index: Int32) -> String {
        let record = records[Int(index)]
        return String(decoding: scalarBytes[Int(record.start)..<Int(record.start + record.count)], as: UTF8.self)
    }

    /// The first key (in document order) whose text repeats an earlier one, with that earlier one.
    private func firstDuplicate(_ items: Range<Int>) -> (Int32, Int32)? {
        let pairs = items.count / 2
        guard pairs > 1 else { return nil }
        if pairs <= 16 {
            // Small mappings, the usual case: comparing pairwise beats hashing.
            for later in 1..<pairs {
                let laterKey = pending[items.lowerBound + 2 * later]
                for earlier in 0..<later {
                    let earlierKey = pending[items.lowerBound + 2 * earlier]
                    if sameText(earlierKey, laterKey) { return (earlierKey, laterKey) }
                }
            }
            return nil
        }
        var seen: [ArraySlice<UInt8>: Int32] = [:]
        seen.reserveCapacity(pairs)
        for position in stride(from: items.lowerBound, to: items.upperBound, by: 2) {
            let key = pending[position]
            let record = records[Int(key)]
            let text = scalarBytes[Int(record.start)..<Int(record.start + record.count)]
            if let earlier = seen[text] { return (earlier, key) }
            seen[text] = key
        }
        return nil
    }

    private func sameText(_ a: Int32, _ b: Int32) -> Bool {
        let first = records[Int(a)]
        let second = records[Int(b)]
        guard first.count == second.count else { return false }
        return scalarBytes.withUnsafeBufferPointer { bytes in
            for offset in 0..<Int(first.count)
            where bytes[Int(first.start) + offset] != bytes[Int(second.start) + offset] { return false }
            return true
        }
    }
}
