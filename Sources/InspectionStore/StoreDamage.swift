/// What is wrong in a store that the inspector would not have written: a value, a table or the
/// file itself. Data only; `StoreError` words it.
public enum StoreDamage: Sendable, Hashable {
    /// A value that does not fit its column (see `StoredColumns`).
    case value(ValueDamage)
    /// What `PRAGMA integrity_check` found, in SQLite's words.
    case integrity([String])
    /// A table of the schema the store says it has is not there.
    case missingTable(String)
    /// A table, index, view or trigger the inspector does not make (`kind` is SQLite's word).
    case unexpected(kind: String, name: String)
    /// A column of a table is not there.
    case missingColumn(table: String, column: String)
    /// A column the inspector does not make.
    case unexpectedColumn(table: String, column: String)
    /// A column declared with another type.
    case columnType(table: String, column: String, found: String, expected: String)
    /// A table or index whose definition (its constraints) differs from the inspector's.
    case changedDefinition(String)
    /// An index the schema has is not there.
    case missingIndex(String)
    /// Rows of a table whose run, area or check is not in the store (`PRAGMA foreign_key_check`).
    case orphanRows(table: String, count: Int)
}

/// A value of a run that does not fit its column, with where it is.
public struct ValueDamage: Sendable, Hashable {
    /// The run's id; nil when the row's own run id cannot be read.
    public var run: Int64?
    public var table: String
    public var column: String
    /// The row within the run, as far as its own keys could be read.
    public var place: Place
    public var problem: Problem

    public init(run: Int64?, table: String, column: String, place: Place, problem: Problem) {
        self.run = run
        self.table = table
        self.column = column
        self.place = place
        self.problem = problem
    }

    /// What the value is, by SQLite's storage classes.
    public enum Found: Sendable, Hashable {
        case null, integer, real, text, blob
    }

    public enum Problem: Sendable, Hashable {
        /// NULL where a value must be.
        case missing
        /// A value of another storage class than the column's kind.
        case wrongKind(found: Found, expected: StoredColumns.Kind)
        /// A number outside what the column may hold.
        case outOfRange(StoredColumns.Kind)
        /// Text that is not one of the column's words.
        case unknownWord(StoredColumns.Kind)
        /// Text that is not a time as the store writes one.
        case notATime
        /// More cases met the standard than were counted, or only one of the two is there.
        case countsDisagree
        /// A check whose area, or a figure or case reference whose check, is not in the run
        /// (reported on the column naming it).
        case unattached
    }

    /// A row of a run. An id is nil when it could not be read, or is not shaped like an id
    /// (lower-case letters, digits, `.` and `-`), since it is then not shown.
    public enum Place: Sendable, Hashable {
        case run
        /// 1-based, in the scale's order.
        case grade(Int64)
        case setting(String?)
        case parameter(check: String?, name: String?)
        case area(String?)
        case check(area: String?, check: String?)
        case figure(check: String?, figure: String?)
        /// 1-based among the check's case references; the reference itself is never shown.
        case caseReference(check: String?, position: Int64)
        /// 1-based among the run's evidence files.
        case evidenceFile(Int64)
        /// 1-based among the published findings kept with the run.
        case finding(Int64)
    }
}
