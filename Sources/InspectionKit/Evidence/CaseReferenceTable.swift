import YAML

/// The case references read for one record type, each with where it was first read: a second
/// record with a reference already read is refused, pointing at the first.
///
/// Built for a year of records: adding a reference hashes it once (`updateValue` both looks
/// and adds; the rare repeat puts the first position back), and a position is packed into a
/// number, its file by index, so that no file name is retained and released per record.
struct CaseReferenceTable {
    /// Reference → position: file index (bits 48–62), line (16–47) and column (0–15); or, with
    /// bit 63 set, the index of a position too large to pack, kept whole in `unpacked`.
    private var positions: [String: UInt64] = [:]
    private var unpacked: [YAML.Mark] = []
    /// The files references were read from, in the order first met.
    private var files: [String] = []

    var count: Int { positions.count }

    mutating func reserveCapacity(_ capacity: Int) { positions.reserveCapacity(capacity) }

    /// The number standing for `file` in `add(_:file:line:column:)`.
    mutating func fileNumber(_ file: String) -> Int {
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
    mutating func add(_ reference: String, file: Int, line: Int, column: Int) -> YAML.Mark? {
        guard let first = positions.updateValue(pack(file: file, line: line, column: column), forKey: reference) else { return nil }
        positions[reference] = first
        return unpack(first)
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
