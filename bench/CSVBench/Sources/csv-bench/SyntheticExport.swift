import Foundation

/// A synthetic export of missing-child episodes, made up from a fixed seed (never real data):
/// `case_ref,reported_at,deployed_at,risk_grade,risk_indicators,repeat,notes`, e.g.
///
///     NN-2025-000123,04/03/2025 18:20,04/03/2025 19:05,H,cse;online;repeat,Y,"Seen near the station, with friends"
///
/// About 100 bytes a row; one note in eight holds doubled quotes and one in sixteen a non-ASCII
/// character, as real free text does.
enum SyntheticExport {
    static let indicators = ["cse", "online", "repeat", "county-lines", "mental-health", "looked-after", "school"]
    static let notes = [
        "Seen near the station, with friends",
        "Returned home, no injuries, spoke to officer",
        "Last seen at school; phone off",
        "Found at a friend's address, safe and well",
        "Reported by care home, \"\"known to go missing\"\"",
        "Met by PC Zoë Adeyemi, return interview booked",
        "CCTV checked, bus route 22, no sighting",
        "Located by family, Māori liaison informed",
    ]

    /// Writes `rows` rows to `path`; returns the number of bytes written.
    static func write(rows: Int, to path: String) throws -> Int {
        guard let file = fopen(path, "wb") else { throw CocoaError(.fileWriteUnknown) }
        defer { fclose(file) }
        var random = SplitMix64(seed: 2025)
        var chunk: [UInt8] = []
        chunk.reserveCapacity(1 << 20)
        var total = 0
        func flush() {
            total += chunk.withUnsafeBufferPointer { fwrite($0.baseAddress, 1, $0.count, file) }
            chunk.removeAll(keepingCapacity: true)
        }
        chunk += Array("case_ref,reported_at,deployed_at,risk_grade,risk_indicators,repeat,notes\n".utf8)
        for index in 0..<rows {
            let day = 1 + Int(random.next() % 28)
            let month = 1 + Int(random.next() % 12)
            let hour = Int(random.next() % 24)
            let minute = Int(random.next() % 60)
            let delay = 5 + Int(random.next() % 180)
            let deployedMinutes = hour * 60 + minute + delay
            let deployedHour = min(23, deployedMinutes / 60)
            let deployedMinute = deployedMinutes / 60 > 23 ? 59 : deployedMinutes % 60
            let grade = ["H", "M", "L"][Int(random.next() % 3)]
            let count = 1 + Int(random.next() % 3)
            let chosen = (0..<count).map { _ in indicators[Int(random.next() % UInt64(indicators.count))] }
            var line = "NN-2025-" + padded(index % 1_000_000, 6) + ","
            line += timestamp(day, month, hour, minute) + "," + timestamp(day, month, deployedHour, deployedMinute) + ","
            line += grade + "," + chosen.joined(separator: ";") + "," + (random.next() % 4 == 0 ? "Y" : "N") + ","
            line += "\"" + notes[Int(random.next() % UInt64(notes.count))] + "\"\n"
            chunk += Array(line.utf8)
            if chunk.count > (1 << 20) - 512 { flush() }
        }
        flush()
        return total
    }

    static func timestamp(_ day: Int, _ month: Int, _ hour: Int, _ minute: Int) -> String {
        padded(day, 2) + "/" + padded(month, 2) + "/2025 " + padded(hour, 2) + ":" + padded(minute, 2)
    }

    static func padded(_ value: Int, _ width: Int) -> String {
        let digits = String(value)
        return String(repeating: "0", count: max(0, width - digits.count)) + digits
    }
}

/// A small, fast, seeded generator, so every run writes the same file.
struct SplitMix64 {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
