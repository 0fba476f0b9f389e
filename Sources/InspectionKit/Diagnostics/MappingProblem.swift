extension Diagnostic {
    /// What is wrong with a CSV mapping (how a force's export is read), with the facts each
    /// message needs; the words are in `DiagnosticWording.swift`.
    ///
    /// Names of columns are given only as the mapping writes them: a header cell that may be
    /// data is never quoted (`personalColumnUnlisted` carries its position instead).
    public enum MappingProblem: Hashable, Sendable {
        case delimiterNotOneCharacter
        case separatorNotOneCharacter
        case noRecordType(expected: String)
        case columnsNotAMapping
        case codesNotAMapping
        /// A column setting (`format`, `time_zone`, `separator`) on a field of a type it does not fit.
        case settingDoesNotApply(setting: String, field: String, type: String)
        case codeGivenTwice(code: String)
        case codesOnFieldWithoutWords(field: String, type: String)
        case durationNotReadable(field: String)
        case timestampFormatWithoutTime(field: String, format: String)
        case dateFormatWithTime(field: String, format: String)
        case booleanCodeNotTrueOrFalse(field: String, word: String)
        case notInVocabulary(word: String, field: String, suggestion: String?)
        /// `columns` is the header as it may be shown (see `CSVMappingPlan.listed`).
        case noSuchColumn(column: String, suggestion: String?, columns: String)
        case columnMappedTwice(column: String, owner: String)
        case personalColumnMapped(column: String)
        case requiredFieldUnmapped(recordType: String, field: String, meaning: String)
        case ignoredColumnMissing(column: String, suggestion: String?)
        case columnReadAndIgnored(column: String, field: String)
        /// `column` is how the column may be shown: its name, or its position when the name may be data.
        case personalColumnUnlisted(column: ShownColumn)
        case unreadableFormat(format: String, problem: String)
        case unknownTimeZone(String)
    }

    /// A header cell as an error may show it.
    public enum ShownColumn: Hashable, Sendable {
        case named(String)
        /// 1-based position in the header, for a name that holds digits or is long enough to be data.
        case position(Int)
    }
}
