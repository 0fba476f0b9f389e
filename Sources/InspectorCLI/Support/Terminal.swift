import Foundation
import InspectionKit
import InspectionReports
import TextSafety

/// Standard output or standard error, and whether colour may be used on it: only when it is
/// a terminal and `NO_COLOR` is unset or empty (https://no-color.org).
struct Terminal: Sendable {
    let descriptor: Int32
    /// Decided once: reading the environment for every line written made 100,000 errors take
    /// seconds.
    let usesColor: Bool

    static let standardOutput = Terminal(descriptor: STDOUT_FILENO)
    static let standardError = Terminal(descriptor: STDERR_FILENO)

    init(descriptor: Int32) {
        self.descriptor = descriptor
        let noColor = ProcessInfo.processInfo.environment["NO_COLOR"] ?? ""
        usesColor = noColor.isEmpty && isatty(descriptor) == 1
    }

    var style: TextStyle { TextStyle(enabled: usesColor) }

    /// The styling sequences the inspector itself writes (`TextStyle`, and the YAML and CSV
    /// layers' diagnostics): the only escape sequences that reach a terminal raw.
    static let ownStyling: Set<String> = Set(["0", "1", "2", "1;31", "32", "33", "1;32", "1;36"].map { "\u{1B}[\($0)m" })

    /// Writes all of `text`, with every control or invisible character that is not the
    /// inspector's own styling escaped (`\u{1B}`): a file name, an argument or a value cannot
    /// drive the terminal. False when the stream refused it (a full disk, a closed pipe).
    @discardableResult
    func write(_ text: String) -> Bool {
        let data = Data(TerminalText.escaped(text, allowing: usesColor ? Self.ownStyling : []).utf8)
        return data.withUnsafeBytes { buffer in
            var offset = 0
            while offset < buffer.count {
                let written = Foundation.write(descriptor, buffer.baseAddress! + offset, buffer.count - offset)
                if written < 0 && errno == EINTR { continue }
                if written <= 0 { return false }
                offset += written
            }
            return true
        }
    }

    /// Writes a command's result, failing the command when it cannot be written in full.
    func writeResult(_ text: String) throws {
        guard write(text) else {
            throw CommandFailure.output("cannot write to standard output: \(String(cString: strerror(errno)))")
        }
    }
}
