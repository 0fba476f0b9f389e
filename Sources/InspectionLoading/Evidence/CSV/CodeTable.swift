import InspectionKit

/// A column's codes (`H` → `high`, `Y` → true), looked up by the cell's bytes, so that a cell
/// holding a known code costs no `String`. Codes are usually few (a handful per column), and
/// then a scan of one contiguous byte array beats hashing; a table of more than
/// `hashedFrom` codes is looked up by hash, so that a mapping of 100,000 codes is read in
/// time linear in its rows.
struct CodeTable<Value> {
    static var hashedFrom: Int { 32 }
    /// Every code's bytes, one after another; code n is `bytes[starts[n]..<starts[n + 1]]`.
    private let bytes: [UInt8]
    private let starts: [Int]
    private let values: [Value]
    /// The codes as written, in the order given, for errors and suggestions.
    let codes: [String]
    /// Each code to its index (the first, for a code given twice), for a large table only;
    /// `String` keys compare as Swift's strings do, so `é` is one code however it is written.
    private let index: [String: Int]?

    init(_ pairs: [(code: String, value: Value)]) {
        var bytes: [UInt8] = []
        var starts = [0]
        for pair in pairs {
            bytes += pair.code.utf8
            starts.append(bytes.count)
        }
        self.bytes = bytes
        self.starts = starts
        self.values = pairs.map(\.value)
        self.codes = pairs.map(\.code)
        if pairs.count > Self.hashedFrom {
            var index: [String: Int] = [:]
            for (position, pair) in pairs.enumerated() where index[pair.code] == nil { index[pair.code] = position }
            self.index = index
        } else {
            self.index = nil
        }
    }

    /// The value of the code `cell` holds, or nil when it holds none of them. Byte for byte
    /// first; a cell with a character outside ASCII is then compared as text too, so that `é`
    /// written as e and a combining accent is still the code `é`, as Swift's strings hold.
    func value(_ cell: UnsafeBufferPointer<UInt8>) -> Value? {
        if let index { return index[String(decoding: cell, as: UTF8.self)].map { values[$0] } }
        if let value = byteForByte(cell) { return value }
        guard cell.contains(where: { $0 >= 0x80 }) else { return nil }
        let text = String(decoding: cell, as: UTF8.self)
        return codes.firstIndex(of: text).map { values[$0] }
    }

    private func byteForByte(_ cell: UnsafeBufferPointer<UInt8>) -> Value? {
        bytes.withUnsafeBufferPointer { all in
            for index in values.indices {
                let start = starts[index]
                let end = starts[index + 1]
                guard end - start == cell.count else { continue }
                var same = true
                for offset in 0..<cell.count where all[start + offset] != cell[offset] {
                    same = false
                    break
                }
                if same { return values[index] }
            }
            return nil
        }
    }
}
