import YAML

/// The case references read for one record type, each with where it was first read: a second
/// record with a reference already read is refused, pointing at the first.
///
/// Built for a year of records. An open-addressing table of its own: a reference is hashed
/// once, by a cheap multiply-and-mix over its bytes rather than SipHash (the standard
/// dictionary's hashing took a tenth of a national run), with a seed drawn per process so
/// that references cannot be crafted to collide. Which references are present never depends
/// on the seed, so results stay deterministic. A position is packed into a number, its file by
/// index, so that no file name is retained and released per record.
package struct CaseReferenceTable {
    /// Per slot: the reference's hash with the top bit set (0 when empty), and its entry.
    private var hashes: [UInt64] = []
    private var entries: [Int32] = []
    private var references: [String] = []
    /// Per reference: file index (bits 48–62), line (16–47) and column (0–15); or, with bit 63
    /// set, the index of a position too large to pack, kept whole in `unpacked`.
    private var positions: [UInt64] = []
    private var unpacked: [YAML.Mark] = []
    /// The files references were read from, in the order first met.
    private var files: [String] = []

    private static let seed = UInt64.random(in: .min ... .max)

    package init() {}

    package var count: Int { references.count }

    package mutating func reserveCapacity(_ capacity: Int) {
        references.reserveCapacity(capacity)
        positions.reserveCapacity(capacity)
        if capacity * 2 > hashes.count { rehash(slots: Self.slots(for: capacity)) }
    }

    /// The number standing for `file` in `add(_:file:line:column:)`.
    package mutating func fileNumber(_ file: String) -> Int {
        // Records come file by file, so the file is nearly always the last one met.
        if files.last != file { files.append(file) }
        return files.count - 1
    }

    /// Adds `reference`, read at `mark`. When it was read before, it is not added and the
    /// result is where it was first read.
    mutating func add(_ reference: String, at mark: YAML.Mark) -> YAML.Mark? {
        add(reference, file: fileNumber(mark.file), line: mark.line, column: mark.column)
    }

    /// The same, with the file given by its number (`fileNumber(_:)`), so that a reader of a
    /// file's records neither builds a mark nor touches the file's name for each of them.
    package mutating func add(_ reference: String, file: Int, line: Int, column: Int) -> YAML.Mark? {
        if (references.count + 1) * 2 > hashes.count { rehash(slots: Self.slots(for: references.count + 1)) }
        let hash = Self.hash(reference)
        let mask = hashes.count - 1
        var slot = Int(truncatingIfNeeded: hash) & mask
        while hashes[slot] != 0 {
            if hashes[slot] == hash, references[Int(entries[slot])] == reference {
                return unpack(positions[Int(entries[slot])])
            }
            slot = (slot + 1) & mask
        }
        hashes[slot] = hash
        entries[slot] = Int32(references.count)
        references.append(reference)
        positions.append(pack(file: file, line: line, column: column))
        return nil
    }

    /// A power of two at least twice `count` (and at least 16).
    private static func slots(for count: Int) -> Int {
        var slots = 16
        while slots < count * 2 { slots <<= 1 }
        return slots
    }

    private mutating func rehash(slots: Int) {
        var newHashes = [UInt64](repeating: 0, count: slots)
        var newEntries = [Int32](repeating: 0, count: slots)
        for slot in hashes.indices where hashes[slot] != 0 {
            var target = Int(truncatingIfNeeded: hashes[slot]) & (slots - 1)
            while newHashes[target] != 0 { target = (target + 1) & (slots - 1) }
            newHashes[target] = hashes[slot]
            newEntries[target] = entries[slot]
        }
        hashes = newHashes
        entries = newEntries
    }

    /// Eight bytes at a time, each word multiplied in and folded (as in wyhash's mixing), then
    /// the top bit set so that no hash is 0, the empty slot's mark.
    private static func hash(_ reference: String) -> UInt64 {
        var text = reference
        return text.withUTF8 { bytes -> UInt64 in
            var state = seed ^ UInt64(bytes.count) &* 0x9E37_79B9_7F4A_7C15
            var index = 0
            while index < bytes.count {
                var word: UInt64 = 0
                for offset in 0..<min(8, bytes.count - index) { word |= UInt64(bytes[index + offset]) << (8 * UInt64(offset)) }
                let product = (state ^ word).multipliedFullWidth(by: 0xBF58_476D_1CE4_E5B9)
                state = product.high ^ product.low
                index += 8
            }
            state ^= state >> 29
            state = state &* 0x94D0_49BB_1331_11EB
            return (state ^ state >> 32) | 1 << 63
        }
    }

    private static let unpackedFlag: UInt64 = 1 << 63

    private mutating func pack(file: Int, line: Int, column: Int) -> UInt64 {
        guard file < 1 << 15, (0..<1 << 32).contains(line), (0..<1 << 16).contains(column) else {
            unpacked.append(YAML.Mark(file: files[file], line: line, column: column))
            return Self.unpackedFlag | UInt64(unpacked.count - 1)
        }
        return UInt64(file) << 48 | UInt64(line) << 16 | UInt64(column)
    }

    private func unpack(_ packed: UInt64) -> YAML.Mark {
        if packed & Self.unpackedFlag != 0 { return unpacked[Int(packed & ~Self.unpackedFlag)] }
        return YAML.Mark(file: files[Int(packed >> 48)], line: Int(packed >> 16 & 0xFFFF_FFFF), column: Int(packed & 0xFFFF))
    }
}
