import ChildData
import InspectionKit

/// Which of a header's cells an error may show.
///
/// A header row holds names, but an export whose header row was lost or replaced holds data
/// there, and a column may even be named after a person (`CANARYSON`, `Zebedee Canaryson`).
/// So a cell is quoted only when it has no digit, at most 40 characters and no shape of
/// personal data (a postcode, a birth date); and it is listed among "its columns" only when it
/// also reads like a column's name: the mapping writes it, or one of its words is a word
/// columns are named with: of the record type's fields (`case`, `ref`, `risk`, `deployed`), of
/// exports (`Occurrence`, `Date`, `Officer`, `Notes`), or of the personal data a column may
/// hold (`Surname`, `DOB`: such a column is named so that the mapping can ignore it). Any
/// other cell is counted, never spelt out. The names the mapping writes are its author's
/// configuration, and are quoted as written.
struct ColumnNames {
    /// Words a column's name may be made of, lower-cased.
    let known: Set<String>
    /// The names the mapping writes (its columns and those it ignores).
    let written: Set<String>

    init(recordType: RecordType, mapping: CSVMapping) {
        known = Self.exportWords.union(recordType.fields.flatMap { Self.words($0.name) })
        written = Set(mapping.columns.map(\.column.value) + mapping.ignore.map(\.value))
    }

    /// Whether a cell may be quoted at all: offered as the column the mapping meant.
    static func mayQuote(_ name: String) -> Bool {
        name.unicodeScalars.count <= 40 && !name.unicodeScalars.contains { ("0"..."9").contains($0) }
            && PersonalDataText.shape(in: name) == nil
    }

    /// Whether a cell may be listed among the header's columns, or named as one.
    func mayList(_ name: String) -> Bool {
        Self.mayQuote(name) && (written.contains(name) || Self.words(name).contains(where: known.contains))
    }

    /// The header's cells that may be offered as the one the mapping meant.
    static func quotable(_ header: [String]) -> [String] { header.filter(mayQuote) }

    /// The header as a hint: the cells that may be listed, and how many may not.
    func listed(_ header: [String]) -> String {
        let shown = header.filter(mayList)
        let hidden = header.count - shown.count
        return shown.map { "'\($0)'" }.joined(separator: ", ")
            + (hidden == 0
                ? "" : (shown.isEmpty ? "" : ", and ") + "\(hidden) not shown (they do not read like a column's name: they may be data)")
    }

    /// The lower-cased words of a name, split at spaces, punctuation and lower-to-upper changes
    /// (`Date Reported`, `DATE_REPORTED`, `DateReported`).
    static func words(_ name: String) -> [String] {
        var words: [String] = []
        var current = ""
        var previousLower = false
        for character in name {
            guard character.isLetter else {
                if !current.isEmpty { words.append(current) }
                (current, previousLower) = ("", false)
                continue
            }
            if character.isUppercase && previousLower {
                words.append(current)
                current = ""
            }
            current += character.lowercased()
            previousLower = character.isLowercase
        }
        if !current.isEmpty { words.append(current) }
        return words
    }

    /// Words exports name columns with, beside the record types' own.
    static let exportWords: Set<String> = [
        // What a record is and how it is numbered.
        "ref", "reference", "refs", "no", "num", "number", "id", "urn", "crn", "code", "type", "kind", "category", "class",
        "status", "state", "case", "incident", "occurrence", "crime", "offence", "episode", "missing", "referral", "strategy",
        "discussion", "meeting", "review", "audit", "file", "record", "log", "cad", "strand",
        // When.
        "date", "time", "datetime", "timestamp", "day", "when", "reported", "report", "received", "recorded", "created",
        "opened", "closed", "updated", "modified", "deployed", "deployment", "dispatched", "attended", "arrived", "response",
        "responded", "first", "last", "start", "end", "at",
        // What was found and done.
        "risk", "level", "grade", "graded", "factors", "factor", "flags", "flag", "indicators", "indicator", "markers",
        "outcome", "result", "notes", "note", "comments", "comment", "description", "details", "summary", "text", "action",
        "decision", "quality", "priority", "safety", "safe", "confirmed", "shared", "sharing", "spoken", "seen", "voice",
        "views", "ethnicity", "disability", "investigated", "investigating", "investigator", "lead", "required",
        // Who and where (never a person's own details).
        "officer", "officers", "collar", "team", "unit", "department", "division", "station", "beat", "area", "district",
        "agency", "force", "source", "system", "location", "child", "children", "young", "victim", "abuse", "domestic",
        "exploitation", "establishment", "posts", "filled", "funded", "initiative", "programme", "scheme", "project",
        "measure", "measured", "change", "improved", "improvement", "count", "total",
        // The personal data a column may hold: its name is shown so that the mapping can ignore it.
        "name", "forename", "forenames", "surname", "firstname", "lastname", "fullname", "dob", "birth", "born", "birthdate",
        "address", "postcode", "post", "nhs", "mobile", "phone", "telephone", "email", "street", "home", "nominal", "subject",
    ]
}
