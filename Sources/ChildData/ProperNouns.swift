/// The proper nouns a force's free text may use, and the test that finds any other.
///
/// Evidence text (an observation's statement, an initiative's or a team's name, a response to a
/// finding) reaches every report, so a bare name in it (`Seen with Zebedee Canaryson`) would
/// reach every reader. A name cannot be told from an operation by its letters, but it can be
/// told by who wrote it down: a force lists the proper nouns its evidence uses under
/// `proper_nouns` in force.yaml (`Operation Satin`, `The Observatory`, `MASH`), and every
/// other capitalised word is refused, where it is written and without its letters. Its own
/// name, short name, region and country count as declared.
///
/// What counts as capitalised: a word (letters, with `'` or `-` inside) that starts with a
/// capital letter, except
/// - the first word of a sentence (of the text, or after `.`, `!`, `?` or a line break, past
///   any opening quote or bracket), which is capitalised whatever it is;
/// - a word of at most three capitals (`CSE`, `AFI`, `I`), as the inspectorate abbreviates;
/// - a month or a day of the week;
/// - a word inside a declared noun, wherever that noun appears (compared without regard to
///   capitals, and a possessive `'s` dropped: `Operation Satin's workers`).
/// A word with a digit is a code, never a name. A single name at the start of a sentence
/// (`Zebedee was seen.`) is not found: it looks like any sentence's first word.
public struct ProperNouns: Sendable {
    /// Each declared noun as its words, lower-cased.
    let phrases: [[String]]

    public static let none = ProperNouns(declared: [])

    public init(declared: [String]) {
        phrases = declared.map { Self.words(in: $0).map { $0.key } }.filter { !$0.isEmpty }
    }

    /// The first capitalised word of `text` that is not declared: its 0-based position in
    /// characters (Unicode scalars) and its length; nil when every one is.
    public func undeclared(in text: String) -> (offset: Int, length: Int)? {
        // Most evidence text has no capital past its first letter: passed at once.
        guard text.utf8.dropFirst().contains(where: { (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains($0) || $0 >= 0x80 }) else {
            return nil
        }
        let words = Self.words(in: text)
        for (index, word) in words.enumerated() where word.needsDeclaring {
            guard !covered(index, in: words) else { continue }
            return (word.offset, word.length)
        }
        return nil
    }

    /// Whether the word at `index` is inside an occurrence of a declared noun.
    private func covered(_ index: Int, in words: [Word]) -> Bool {
        phrases.contains { phrase in
            phrase.indices.contains { position in
                let start = index - position
                guard start >= 0, start + phrase.count <= words.count else { return false }
                return phrase.indices.allSatisfy { words[start + $0].key == phrase[$0] }
            }
        }
    }

    /// A word of free text: where it is, its comparison key, and whether it needs declaring.
    struct Word {
        var offset: Int
        var length: Int
        /// Lower-cased, a possessive `'s` or `'` dropped.
        var key: String
        var needsDeclaring: Bool
    }

    /// The words of `text`, in order.
    static func words(in text: String) -> [Word] {
        let scalars = Array(text.unicodeScalars)
        var words: [Word] = []
        var index = 0
        var sentenceStart = true
        while index < scalars.count {
            let scalar = scalars[index]
            guard isWordCharacter(scalar) else {
                if endsSentence(scalar) {
                    sentenceStart = true
                } else if !(isWhitespace(scalar) || isQuoteOrBracket(scalar)) {
                    sentenceStart = false
                }
                index += 1
                continue
            }
            var end = index + 1
            // `'` and `-` join letters on both sides: `children's`, `Multi-agency`.
            while end < scalars.count,
                isWordCharacter(scalars[end])
                    || (joinsWords(scalars[end]) && end + 1 < scalars.count && isWordCharacter(scalars[end + 1]))
            {
                end += 1
            }
            words.append(
                Word(
                    offset: index, length: end - index, key: key(string(scalars[index..<end])),
                    needsDeclaring: !sentenceStart && needsDeclaring(scalars[index..<end])))
            sentenceStart = false
            index = end
        }
        return words
    }

    // The punctuation that matters, as switches: a set or list shared by every force read in
    // parallel would have its reference count bounced between cores for each character.
    private static func endsSentence(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case ".", "!", "?", "\n", "\r": return true
        default: return false
        }
    }

    /// Quotes and brackets neither start nor end a sentence: `"Officers were prompt." (Risk…`.
    private static func isQuoteOrBracket(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case "\"", "'", "(", ")", "[", "]", "\u{201C}", "\u{201D}", "\u{2018}", "\u{2019}": return true
        default: return false
        }
    }

    private static func joinsWords(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case "'", "-", "\u{2019}": return true
        default: return false
        }
    }

    /// ASCII is answered without the Unicode property tables: looking a property up cost more
    /// than the rest of reading a row's free text, and nearly all of it is ASCII.
    private static func isWordCharacter(_ scalar: Unicode.Scalar) -> Bool {
        isLetter(scalar) || isNumeric(scalar)
    }

    private static func isWhitespace(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.isASCII { return scalar == " " || (0x09...0x0D).contains(scalar.value) }
        return scalar.properties.isWhitespace
    }

    /// A capitalised word that is not a short abbreviation, a month, a day or a code.
    private static func needsDeclaring(_ word: ArraySlice<Unicode.Scalar>) -> Bool {
        guard let first = word.first, isCapital(first) || !first.isASCII && first.properties.changesWhenLowercased else { return false }
        if word.contains(where: isNumeric) { return false }
        let letters = word.filter(isLetter)
        if letters.count <= 3 && letters.allSatisfy(isCapital) { return false }
        return !ordinary.contains(key(string(word)))
    }

    // The Unicode properties below, with ASCII answered first (as in `isWordCharacter`).
    private static func isCapital(_ scalar: Unicode.Scalar) -> Bool {
        scalar.isASCII ? (0x41...0x5A).contains(scalar.value) : scalar.properties.isUppercase
    }

    private static func isLetter(_ scalar: Unicode.Scalar) -> Bool {
        scalar.isASCII ? (0x61...0x7A).contains(scalar.value | 0x20) : scalar.properties.isAlphabetic
    }

    private static func isNumeric(_ scalar: Unicode.Scalar) -> Bool {
        scalar.isASCII ? (0x30...0x39).contains(scalar.value) : scalar.properties.numericType != nil
    }

    private static func string(_ scalars: ArraySlice<Unicode.Scalar>) -> String {
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars)
        return String(view)
    }

    private static func key(_ word: String) -> String {
        var lower = word.lowercased()
        for suffix in ["'s", "\u{2019}s", "'", "\u{2019}"] where lower.hasSuffix(suffix) && lower.count > suffix.count {
            lower.removeLast(suffix.count)
            break
        }
        return lower
    }

    /// Capitalised words that name no one.
    static let ordinary: Set<String> = [
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
    ]
}
