import YAML

/// A CSV row that was read but not used, and why: every row of a CSV dataset is either loaded
/// or rejected, never dropped in silence.
///
/// The reason names the column and, for a coded or typed column, its value; it never holds
/// the value of a free-text column or of a column the mapping does not read.
public struct Rejection: Sendable, Hashable {
    /// 1-based data row (the header is not counted).
    public var row: Int
    /// Where the problem is: the file, 1-based line and column (in characters).
    public var mark: YAML.Mark
    /// The header of the column at fault.
    public var column: String
    public var reason: String

    public init(row: Int, mark: YAML.Mark, column: String, reason: String) {
        self.row = row
        self.mark = mark
        self.column = column
        self.reason = reason
    }

    /// The rejection as a located error, for listing when there are too many.
    package var diagnostic: Diagnostic { Diagnostic(.rejectedRow(reason), at: mark) }
}
