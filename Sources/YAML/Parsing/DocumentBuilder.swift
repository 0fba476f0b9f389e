internal import CLibYAML

extension YAML.Document {
    /// Parses exactly one YAML document from UTF-8 bytes.
    ///
    /// - Parameters:
    ///   - bytes: the input; a UTF-8 byte-order mark and CRLF line ends are accepted.
    ///   - file: the name every mark and error carries.
    ///   - limits: the bounds this load respects; see `YAML.Limits`.
    /// - Throws: `YAML.Error`, positioned, for syntax errors, broken limits, a second document,
    ///   an empty input, duplicate keys, unsupported tags or aliases to nothing.
    public static func parse(
        _ bytes: [UInt8], file: String, limits: YAML.Limits = .default
    ) throws(YAML.Error) -> YAML.Document {
        var builder = DocumentBuilder(file: file, source: bytes, limits: limits)
        return try builder.build()
    }

    /// Parses exactly one YAML document from text.
    public static func parse(
        _ text: String, file: String, limits: YAML.Limits = .default
    ) throws(YAML.Error) -> YAML.Document {
        try parse(Array(text.utf8), file: file, limits: limits)
    }
}

/// Builds one whole document: every event goes into one arena, which becomes the document.
struct DocumentBuilder {
    private var arena: ArenaBuilder
    private var documentCount = 0

    init(file: String, source: [UInt8], limits: YAML.Limits) {
        arena = ArenaBuilder(file: file, source: SourceText(source), limits: limits)
    }

    mutating func build() throws(YAML.Error) -> YAML.Document {
        try arena.source.checkInput(file: arena.file, limits: arena.limits)
        // Generous reservations: pages never written cost nothing, while growing by copying
        // would touch every byte again. A node takes at least two bytes of source (`1,`), and
        // a scalar's value is rarely longer than its source.
        let size = arena.source.bytes.count
        arena.records.reserveCapacity(size / 2 + 1)
        arena.children.reserveCapacity(size / 2 + 1)
        arena.scalarBytes.reserveCapacity(size)
        return try EventParser.withParser(reading: arena.source.bytes) { parser throws(YAML.Error) in
            try build(with: parser)
        }
    }

    private mutating func build(with parser: EventParser) throws(YAML.Error) -> YAML.Document {
        var event = yaml_event_t()
        while true {
            guard parser.next(&event) else { throw arena.error(from: parser.failure) }
            defer { yaml_event_delete(&event) }
            switch event.type {
            case YAML_DOCUMENT_START_EVENT:
                documentCount += 1
                if documentCount > 1 {
                    throw arena.error(.multipleDocuments, line: event.start_mark.line, column: event.start_mark.column)
                }
            case YAML_STREAM_END_EVENT:
                guard let root = arena.root else { throw arena.error(.emptyDocument, line: 0, column: 0) }
                return arena.document(root: root)
            default:
                try arena.add(event)
            }
        }
    }
}

extension SourceText {
    /// Problems with the input as a whole, found before libyaml sees it: no line is shown.
    func checkInput(file: String, limits: YAML.Limits) throws(YAML.Error) {
        let start = YAML.Mark(file: file, line: 1, column: 1)
        if bytes.count > limits.maxInputBytes {
            throw YAML.Error(.inputTooLarge(bytes: bytes.count, limit: limits.maxInputBytes), at: start)
        }
        if bytes.count > Int(UInt32.max) {
            throw YAML.Error(.inputTooLarge(bytes: bytes.count, limit: Int(UInt32.max)), at: start)
        }
        // libyaml would silently accept UTF-16; every excerpt and offset here assumes UTF-8.
        if bytes.starts(with: [0xFE, 0xFF]) || bytes.starts(with: [0xFF, 0xFE]) {
            throw YAML.Error(.unsupportedEncoding("UTF-16"), at: start)
        }
    }
}
