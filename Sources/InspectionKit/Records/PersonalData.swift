import Foundation

/// Field names that would carry a child's identity. Evidence is about cases, identified by
/// reference only; a dataset with any of these keys is rejected before it is read.
package enum PersonalData {
    static let fieldNames: Set<String> = [
        "name", "child_name", "first_name", "forename", "forenames", "surname", "last_name", "family_name",
        "full_name", "given_name", "date_of_birth", "dob", "birth_date", "birthday", "address", "home_address",
        "street", "postcode", "post_code", "zip", "nhs_number", "phone", "telephone", "email", "school",
    ]

    /// Whether a key no record type declares would hold personal data: one of the names above,
    /// or a key made of the words below (`childs_full_name`, `DOB`).
    static func isPersonal(key: String) -> Bool {
        fieldNames.contains(key.lowercased()) || looksPersonal(key)
    }

    /// The words that make a column or key look like personal data: a name (`Nominal` and
    /// `Subject` are how police systems name the person a record is about), a birth date
    /// (`D.O.B.`, `Birth Dt`, `Born`), an address (`Home Street`) and contact details.
    static let personalWords: [[String]] = [
        ["name"], ["forename"], ["forenames"], ["surname"], ["firstname"], ["lastname"], ["fullname"], ["nominal"], ["subject"],
        ["date", "of", "birth"], ["dob"], ["d", "o", "b"], ["birth"], ["born"], ["birthdate"], ["birthday"],
        ["address"], ["postcode"], ["post", "code"], ["street"],
        ["nhs"], ["nhs", "number"], ["nhsnumber"],
        ["mobile"], ["phone"], ["telephone"], ["email"], ["e", "mail"],
    ]

    /// Whether a CSV header or YAML key looks like it holds personal data: it contains one of the words above,
    /// however the words are cased and joined ("Child Surname", "CHILD_DOB", "HomeAddress").
    package static func looksPersonal(_ header: String) -> Bool {
        var words: [String] = []
        var current = ""
        var previousLower = false
        for character in header {
            if character.isLetter || character.isNumber {
                if character.isUppercase && previousLower && !current.isEmpty {
                    words.append(current)
                    current = ""
                }
                current.append(Character(character.lowercased()))
                previousLower = character.isLowercase
            } else {
                if !current.isEmpty { words.append(current) }
                current = ""
                previousLower = false
            }
        }
        if !current.isEmpty { words.append(current) }
        let joined = words.joined()
        // A phrase of short words (`d o b`, `e mail`) is matched word by word only: run
        // together it is a part of too many words (`adobe`).
        return personalWords.contains { phrase in
            phrase.count == 1
                ? words.contains(phrase[0]) || (phrase[0].count > 4 && joined.contains(phrase[0]))
                : (phrase.joined().count > 4 && joined.contains(phrase.joined()))
                    || words.indices.contains { words[$0...].starts(with: phrase) }
        }
    }
}

/// "Did you mean" answers already worked out for one vocabulary, by word. Shared by the copies
/// of a `RecordRules`, which forces run in parallel may use, hence the lock.
final class SuggestionMemo: @unchecked Sendable {
    private var known: [String: String?] = [:]
    private let lock = NSLock()

    /// The closest word in `vocabulary`, which is the same for every call on one memo.
    func closest(_ word: String, in vocabulary: Set<String>) -> String? {
        lock.lock()
        if let found = known[word] {
            lock.unlock()
            return found
        }
        lock.unlock()
        let suggestion = Suggestions.closest(word, vocabulary)
        lock.lock()
        known[word] = .some(suggestion)
        lock.unlock()
        return suggestion
    }
}
