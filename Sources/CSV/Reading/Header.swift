extension CSV {
    /// The header row: the name of each column, where it is written, and a lookup by name.
    ///
    /// Names are kept exactly as written (no trimming, case kept); none is empty and none is
    /// given twice, which the reader has checked. Columns are 0-based, like fields.
    public struct Header: Hashable, Sendable {
        /// The column names in order.
        public let names: [String]
        private let positions: [Position]
        private let sourceLines: [String]
        private let indexByName: [String: Int]

        init(names: [String], positions: [Position], sourceLines: [String]) {
            self.names = names
            self.positions = positions
            self.sourceLines = sourceLines
            var indexByName: [String: Int] = [:]
            for (index, name) in names.enumerated() where indexByName[name] == nil {
                indexByName[name] = index
            }
            self.indexByName = indexByName
        }

        /// Number of columns; every data row has exactly this many fields.
        public var count: Int { names.count }

        /// The 0-based column named exactly `name`, or nil.
        public func index(of name: String) -> Int? { indexByName[name] }

        /// Where column `index`'s name is written in the header row.
        public func position(ofColumn index: Int) -> Position { positions[index] }

        /// The source line on which column `index`'s name starts, for an excerpt under an error.
        public func sourceLine(ofColumn index: Int) -> String { sourceLines[index] }
    }
}
