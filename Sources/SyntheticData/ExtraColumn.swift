import InspectionKit
import InspectionLoading
import InspectionRunner

/// A column an export carries that no record field reads: operational columns, free-text
/// notes (with commas, quotes and line breaks, to exercise the reader's quoting), and in some
/// forces personal-data-looking columns filled with obviously fake values.
struct ExtraColumn: Sendable {
    enum Kind: Sendable {
        case pick([String])
        case code(prefix: String)
        case notes
        case updated
    }

    var header: String
    var kind: Kind

    var looksPersonal: Bool { PersonalDataHeaders.looksPersonal(header) }

    func value(_ random: inout SyntheticRandom) -> String {
        switch kind {
        case .pick(let values): return random.pick(values)
        case .code(let prefix): return prefix + String(random.int(in: 1...9999)).leftPadded(to: 4)
        case .notes: return random.pick(Self.notes)
        case .updated:
            return
                "2025-0\(random.int(in: 1...9))-\(String(random.int(in: 1...28)).leftPadded(to: 2)) \(String(random.int(in: 0...23)).leftPadded(to: 2)):00"
        }
    }

    static let ordinary: [ExtraColumn] = [
        ExtraColumn(header: "Station", kind: .pick(["Northgate", "Southgate", "Eastfield", "Westbrook", "Central"])),
        ExtraColumn(header: "Beat Code", kind: .code(prefix: "BT")),
        ExtraColumn(header: "Officer Collar No", kind: .code(prefix: "C")),
        ExtraColumn(header: "Record Status", kind: .pick(["Open", "Closed", "Filed", "Under review"])),
        ExtraColumn(header: "Last Updated", kind: .updated),
        ExtraColumn(header: "Notes", kind: .notes),
        ExtraColumn(header: "Division", kind: .pick(["North", "South", "East", "West", "City"])),
        ExtraColumn(header: "Source System", kind: .pick(["RMS export v2", "RMS export v3", "Command and control"])),
    ]

    /// Columns whose headers look like personal data; their values are plainly fake.
    static let personal: [ExtraColumn] = [
        ExtraColumn(header: "Child Surname", kind: .pick(["Testchild", "Example", "Placeholder"])),
        ExtraColumn(header: "Child Forename", kind: .pick(["Synthetic", "Sample", "Dummy"])),
        ExtraColumn(header: "DOB", kind: .pick(["01/01/1900", "02/02/1900"])),
        ExtraColumn(header: "Home Address", kind: .pick(["1 Synthetic Street, Nowhere", "2 Example Road, Testtown"])),
        ExtraColumn(header: "Postcode", kind: .pick(["ZZ99 9ZZ", "ZZ99 8ZZ"])),
        ExtraColumn(header: "NHS Number", kind: .pick(["999 999 9999"])),
    ]

    /// Free text as officers write it: commas, quotes and line breaks now and then.
    static let notes = [
        "Synthetic note: no further action",
        "Synthetic note: seen at home, spoke with carer",
        "Synthetic note: child said \"I am fine\"",
        "Synthetic note: referred to partner agency; follow-up booked",
        "Synthetic note:\nsecond line of the note",
        "Synthetic note: called back, no answer",
        "Synthetic note: details in the linked record",
        "",
    ]
}

/// Headers that look like personal data, as docs/csv-evidence.md lists them (name, forename,
/// surname, date of birth, DOB, address, postcode, NHS number): a mapping must `ignore` them.
enum PersonalDataHeaders {
    static let words: Set<String> = [
        "name", "names", "forename", "forenames", "surname", "firstname", "lastname",
        "dob", "birth", "birthdate", "address", "postcode", "nhs",
    ]

    static func looksPersonal(_ header: String) -> Bool {
        let tokens = Self.tokens(header)
        if tokens.contains(where: words.contains) { return true }
        return zip(tokens, tokens.dropFirst()).contains { $0 == "post" && $1 == "code" }
    }

    /// Lowercased words of a header, split at spaces, punctuation and lower-to-upper case changes.
    static func tokens(_ header: String) -> [String] {
        var tokens: [String] = []
        var current = ""
        var previousLower = false
        for character in header {
            if !character.isLetter && !character.isNumber {
                if !current.isEmpty { tokens.append(current) }
                current = ""
                previousLower = false
                continue
            }
            if character.isUppercase && previousLower {
                tokens.append(current)
                current = ""
            }
            current += character.lowercased()
            previousLower = character.isLowercase
        }
        if !current.isEmpty { tokens.append(current) }
        return tokens
    }
}
