import BuiltInChecks
import Foundation
import TestSupport
import Testing
import YAML

@testable import InspectionKit
@testable import InspectionRunner
@testable import SyntheticData

/// The repository's own project root, opened with the built-in checks.
let workspace = try! Workspace.open(root: repositoryRoot, registry: BuiltInChecks.registry())

/// A small national set: 3 forces × 200 episodes.
func generator(forces: Int = 3, episodes: Int = 200, seed: UInt64 = 7) throws -> NationalGenerator {
    try NationalGenerator(
        workspace: workspace, options: NationalOptions(forces: forces, volume: episodes, seed: seed, framework: "ncpi-2024"))
}

/// A fresh directory path under the temporary directory (not created).
func temporaryPath(_ name: String) -> String {
    FileManager.default.temporaryDirectory.appendingPathComponent("generation-test-\(name)-\(UUID().uuidString)").path
}

/// Every file under `root`, relative, sorted.
func files(under root: String) -> [String] {
    (FileManager.default.enumerator(atPath: root)?.compactMap { $0 as? String } ?? [])
        .filter { path in
            var isDirectory: ObjCBool = false
            return FileManager.default.fileExists(atPath: "\(root)/\(path)", isDirectory: &isDirectory) && !isDirectory.boolValue
        }
        .sorted()
}

/// A test-only RFC 4180 splitter: a byte order mark skipped, quoted fields with doubled quotes,
/// line breaks inside quotes, LF or CRLF line ends. Independent of the generator's writer.
func splitCSV(_ bytes: [UInt8], delimiter: UInt8) -> [[String]] {
    var bytes = bytes[...]
    if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes = bytes.dropFirst(3) }
    var rows: [[String]] = []
    var row: [String] = []
    var field: [UInt8] = []
    var quoted = false
    var index = bytes.startIndex
    func endField() {
        row.append(String(decoding: field, as: UTF8.self))
        field = []
    }
    while index < bytes.endIndex {
        let byte = bytes[index]
        if quoted {
            if byte == UInt8(ascii: "\"") {
                if index + 1 < bytes.endIndex && bytes[index + 1] == UInt8(ascii: "\"") {
                    field.append(byte)
                    index += 1
                } else {
                    quoted = false
                }
            } else {
                field.append(byte)
            }
        } else if byte == UInt8(ascii: "\"") && field.isEmpty {
            quoted = true
        } else if byte == delimiter {
            endField()
        } else if byte == 10 || byte == 13 {
            if byte == 13 && index + 1 < bytes.endIndex && bytes[index + 1] == 10 { index += 1 }
            endField()
            rows.append(row)
            row = []
        } else {
            field.append(byte)
        }
        index += 1
    }
    if !field.isEmpty || !row.isEmpty {
        endField()
        rows.append(row)
    }
    return rows
}

/// A mapping as docs/csv-evidence.md describes it, read with the YAML layer.
struct TestMapping {
    var recordType: String
    var delimiter: UInt8 = UInt8(ascii: ",")
    var missing: [String] = [""]
    var format = "%Y-%m-%dT%H:%M:%S%z"
    var zone = "UTC"
    var ambiguous = "error"
    var trueWords = ["true"], falseWords = ["false"]
    var columns: [String: (column: String, codes: [String: String], separator: String?, format: String?)] = [:]
    var ignore: [String] = []
    var keys: [String] = []

    init(_ text: String) throws {
        let root = try YAML.Document.parse(text, file: "mapping.yaml").root
        keys = root.pairs.compactMap { $0.0.scalar }
        recordType = root["record_type"]?.scalar ?? ""
        if let delimiter = root["delimiter"]?.scalar { self.delimiter = delimiter.utf8.first! }
        if let missing = root["missing"] { self.missing = missing.items.compactMap(\.scalar) }
        if let timestamps = root["timestamps"] {
            format = timestamps["format"]?.scalar ?? format
            zone = timestamps["time_zone"]?.scalar ?? zone
            ambiguous = timestamps["ambiguous_times"]?.scalar ?? ambiguous
        }
        if let booleans = root["booleans"] {
            trueWords = booleans["true"]?.items.compactMap(\.scalar) ?? trueWords
            falseWords = booleans["false"]?.items.compactMap(\.scalar) ?? falseWords
        }
        for (key, value) in root["columns"]?.pairs ?? [] {
            if let header = value.scalar {
                columns[key.scalar!] = (header, [:], nil, nil)
            } else {
                var codes: [String: String] = [:]
                for (code, word) in value["codes"]?.pairs ?? [] { codes[code.scalar!] = word.scalar! }
                columns[key.scalar!] = (value["column"]!.scalar!, codes, value["separator"]?.scalar, value["format"]?.scalar)
            }
        }
        ignore = root["ignore"]?.items.compactMap(\.scalar) ?? []
    }
}

/// Reads a timestamp written with `pattern` (docs/csv-evidence.md) in `zone`, resolving the
/// autumn hour as `ambiguous` says; Europe/London through Foundation's time zone database, so
/// that the generator's own clock-change rules are checked, not reused.
func readTimestamp(_ text: String, pattern: String, zone: String, ambiguous: String) -> Date? {
    var chars = Array(text)[...]
    var fields: [Character: Int] = [:]
    var offset: Int?
    var tokens = Array(pattern)[...]
    func number(_ maxDigits: Int, flexible: Bool) -> Int? {
        var digits = ""
        while digits.count < maxDigits, let next = chars.first, next.isNumber {
            digits.append(next)
            chars.removeFirst()
        }
        return (flexible ? !digits.isEmpty : digits.count == maxDigits) ? Int(digits) : nil
    }
    while let token = tokens.popFirst() {
        guard token == "%" else {
            guard chars.popFirst() == token else { return nil }
            continue
        }
        var directive = tokens.popFirst()!
        let flexible = directive == "-"
        if flexible { directive = tokens.popFirst()! }
        switch directive {
        case "Y": fields["Y"] = number(4, flexible: false)
        case "z":
            if chars.first == "Z" {
                chars.removeFirst()
                offset = 0
                continue
            }
            guard let sign = chars.popFirst(), let hours = number(2, flexible: false) else { return nil }
            if chars.first == ":" { chars.removeFirst() }
            guard let minutes = number(2, flexible: false) else { return nil }
            offset = (sign == "-" ? -1 : 1) * (hours * 3600 + minutes * 60)
        default: fields[directive] = number(2, flexible: flexible)
        }
    }
    guard chars.isEmpty, let year = fields["Y"], let month = fields["m"], let day = fields["d"] else { return nil }
    var calendar = Calendar(identifier: .gregorian)
    calendar.timeZone = TimeZone(identifier: "UTC")!
    let components = DateComponents(
        year: year, month: month, day: day, hour: fields["H"] ?? 0, minute: fields["M"] ?? 0, second: fields["S"] ?? 0)
    guard let local = calendar.date(from: components) else { return nil }
    if let offset { return local.addingTimeInterval(TimeInterval(-offset)) }
    switch zone {
    case "UTC": return local
    case "Europe/London":
        let london = TimeZone(identifier: "Europe/London")!
        let offsets: [Int] = [3600, 0]
        let candidates = offsets.map { (offset: Int) -> Date in local.addingTimeInterval(TimeInterval(-offset)) }.filter {
            (instant: Date) -> Bool in
            let offset: TimeInterval = local.timeIntervalSince(instant)
            return london.secondsFromGMT(for: instant) == Int(offset)
        }
        if candidates.count == 2 { return ambiguous == "earlier" ? candidates[0] : ambiguous == "later" ? candidates[1] : nil }
        return candidates.first
    default:
        let sign = zone.hasPrefix("-") ? -1 : 1
        let parts = zone.dropFirst().split(separator: ":").compactMap { Int($0) }
        return local.addingTimeInterval(TimeInterval(-sign * (parts[0] * 3600 + parts[1] * 60)))
    }
}

/// Whether a header looks like personal data, by a list of words broader than the generator's.
func looksPersonal(_ header: String) -> Bool {
    let lower = header.lowercased().replacingOccurrences(of: "_", with: " ")
    return ["name", "surname", "forename", "dob", "birth", "address", "postcode", "post code", "nhs"].contains { lower.contains($0) }
}
