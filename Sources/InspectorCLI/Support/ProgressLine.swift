import Foundation
import InspectionKit
import InspectionRunner

/// "12 of 43 forces, 1,234,567 rows, 310,000 rows/s" on standard error, rewritten in place,
/// for runs that last more than a second and only when standard error is a terminal: a log
/// file or a pipe gets nothing. The line is cleared before anything else is written.
final class ProgressLine: @unchecked Sendable {
    private let start = Date()
    private let lock = NSLock()
    private var forces = 0
    private var rows = 0
    private var shown = false
    private let enabled: Bool

    /// A progress line for standard error; it shows nothing unless that is a terminal.
    init(descriptor: Int32 = STDERR_FILENO) {
        enabled = isatty(descriptor) == 1
    }

    /// Counts one force done and, after the first second, redraws the line.
    func forceDone(_ done: ComparisonEngine.ForceDone) {
        guard enabled else { return }
        lock.lock()
        defer { lock.unlock() }
        forces += 1
        rows += done.rows
        let elapsed = Date().timeIntervalSince(start)
        guard elapsed > 1 else { return }
        let rate = Int(Double(rows) / elapsed)
        draw("\(forces) of \(done.of) forces, \(Self.grouped(rows)) rows, \(Self.grouped(rate)) rows/s")
    }

    /// Clears the line, if it was drawn.
    func finish() {
        lock.lock()
        defer { lock.unlock() }
        if shown { raw("\r\u{1B}[K") }
        shown = false
    }

    private func draw(_ text: String) {
        // Our own text only (digits and words): written raw, as the terminal escaping in
        // `Terminal.write` would show the carriage return instead of acting on it.
        raw("\r\u{1B}[K" + text)
        shown = true
    }

    private func raw(_ text: String) {
        let bytes = Array(text.utf8)
        _ = bytes.withUnsafeBytes { Foundation.write(STDERR_FILENO, $0.baseAddress, $0.count) }
    }

    static func grouped(_ value: Int) -> String {
        let digits = String(value)
        var out = ""
        for (index, character) in digits.enumerated() {
            if index > 0 && (digits.count - index) % 3 == 0 { out.append(",") }
            out.append(character)
        }
        return out
    }
}
