extension CSV {
    /// How the fields of a file are written: RFC 4180 with a choice of delimiter.
    ///
    /// Quoting is always with `"`, a quote inside a quoted field is doubled, and lines end with
    /// LF or CRLF (mixed is fine). Only the delimiter varies between exports.
    public struct Dialect: Hashable, Sendable {
        /// The byte between fields: one ASCII character, not `"`, CR, LF or another control
        /// character except tab. Default `,`.
        public let delimiter: UInt8

        /// A dialect with `delimiter`, or nil when it cannot separate fields (a quote, a line
        /// break, a control character other than tab, a letter or digit, or a non-ASCII
        /// character).
        public init?(delimiter: Unicode.Scalar) {
            guard let byte = Self.acceptedDelimiter(delimiter) else { return nil }
            self.delimiter = byte
        }

        /// `,`, the default.
        public static let comma = Dialect(unchecked: UInt8(ascii: ","))
        /// `;`, common where the decimal separator is a comma.
        public static let semicolon = Dialect(unchecked: UInt8(ascii: ";"))
        /// Tab, for tab-separated exports.
        public static let tab = Dialect(unchecked: UInt8(ascii: "\t"))
        /// `|`.
        public static let pipe = Dialect(unchecked: UInt8(ascii: "|"))

        private init(unchecked delimiter: UInt8) { self.delimiter = delimiter }

        private static func acceptedDelimiter(_ scalar: Unicode.Scalar) -> UInt8? {
            guard scalar.isASCII else { return nil }
            let byte = UInt8(scalar.value)
            if byte == UInt8(ascii: "\t") { return byte }
            // Letters and digits would split ordinary values; a space is allowed (rare but real).
            let isAlphanumeric = (0x30...0x39).contains(byte) || (0x41...0x5A).contains(byte) || (0x61...0x7A).contains(byte)
            guard byte >= 0x20, byte != 0x7F, byte != UInt8(ascii: "\""), !isAlphanumeric else { return nil }
            return byte
        }
    }

    /// Bounds on what a read may take, so one malformed file cannot exhaust the machine.
    public struct Limits: Hashable, Sendable {
        /// Bytes read from the file at a time, and the buffer's starting size. Default 1 MiB.
        /// Tests make it tiny so that rows span chunk boundaries.
        public var chunkBytes: Int
        /// Longest row, in bytes, line breaks inside quoted fields included. Default 16 MiB. An
        /// unterminated quote makes the rest of the file one row, which this limit stops.
        public var maxRowBytes: Int
        /// Most columns in the header. Default 10,000.
        public var maxColumns: Int

        public init(chunkBytes: Int = 1 << 20, maxRowBytes: Int = 16 << 20, maxColumns: Int = 10_000) {
            precondition(chunkBytes >= 1 && maxRowBytes >= 1 && maxColumns >= 1, "CSV.Limits must be positive")
            precondition(maxRowBytes < Int(Int32.max) / 2, "CSV.Limits.maxRowBytes must be under 1 GiB")
            self.chunkBytes = chunkBytes
            self.maxRowBytes = maxRowBytes
            self.maxColumns = maxColumns
        }

        /// The defaults: 1 MiB chunks, rows up to 16 MiB, up to 10,000 columns.
        public static let `default` = Limits()
    }
}
