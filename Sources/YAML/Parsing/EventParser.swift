internal import CLibYAML

/// Owns a libyaml parser; frees it in `deinit`.
///
/// libyaml keeps a pointer to its input rather than copying it. The input is therefore lent
/// only for the duration of `EventParser.withParser`, which creates the parser, runs the
/// body and frees the parser before the loan ends, so the parser can never outlive its input.
final class EventParser {
    private let parser: UnsafeMutablePointer<yaml_parser_t>

    private init(input: UnsafeBufferPointer<UInt8>) {
        parser = .allocate(capacity: 1)
        // Initialisation only fails when malloc does; libyaml then reports a memory error on
        // the first parse, which `failure` turns into an error like any other.
        _ = yaml_parser_initialize(parser)
        yaml_parser_set_input_string(parser, input.baseAddress, input.count)
    }

    deinit {
        yaml_parser_delete(parser)
        parser.deallocate()
    }

    /// Runs `body` with a parser reading `bytes` in place, without copying them.
    static func withParser<R, E: Error>(
        reading bytes: [UInt8], _ body: (EventParser) throws(E) -> R
    ) throws(E) -> R {
        let result: Result<R, E> = bytes.withUnsafeBufferPointer { buffer in
            let parser = EventParser(input: buffer)
            defer { withExtendedLifetime(parser) {} }  // freed here, inside the loan, at the latest
            do throws(E) { return .success(try body(parser)) } catch { return .failure(error) }
        }
        return try result.get()
    }

    /// Parses the next event into `event`, which the caller must `yaml_event_delete`.
    /// Returns false on a parse error; `failure` then describes it.
    func next(_ event: inout yaml_event_t) -> Bool {
        yaml_parser_parse(parser, &event) == 1
    }

    /// What libyaml reported, as Swift values.
    var failure: Failure {
        let state = parser.pointee
        let problem = state.problem.map { String(cString: $0) } ?? "unknown error"
        let context = state.context.map { String(cString: $0) }
        switch state.error {
        case YAML_READER_ERROR:
            return Failure(kind: .reader, problem: problem, byteOffset: state.problem_offset)
        case YAML_MEMORY_ERROR:
            return Failure(kind: .memory, problem: "out of memory")
        default:
            return Failure(
                kind: .syntax, problem: problem,
                line: state.problem_mark.line, column: state.problem_mark.column,
                context: context.map { ($0, state.context_mark.line, state.context_mark.column) })
        }
    }

    struct Failure {
        enum Kind { case reader, memory, syntax }
        var kind: Kind
        var problem: String
        var byteOffset: Int = 0
        /// 0-based, as libyaml counts.
        var line: Int = 0
        var column: Int = 0
        var context: (text: String, line: Int, column: Int)?
    }
}
