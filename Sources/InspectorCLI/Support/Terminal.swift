import Foundation
import InspectionKit

/// Standard output or standard error, and whether colour may be used on it: only when it is
/// a terminal and `NO_COLOR` is unset or empty (https://no-color.org).
struct Terminal: Sendable {
    let descriptor: Int32

    static let standardOutput = Terminal(descriptor: STDOUT_FILENO)
    static let standardError = Terminal(descriptor: STDERR_FILENO)

    var usesColor: Bool {
        let noColor = ProcessInfo.processInfo.environment["NO_COLOR"] ?? ""
        return noColor.isEmpty && isatty(descriptor) == 1
    }

    var style: TextStyle { TextStyle(enabled: usesColor) }

    func write(_ text: String) {
        let data = Data(text.utf8)
        data.withUnsafeBytes { buffer in
            var offset = 0
            while offset < buffer.count {
                let written = Foundation.write(descriptor, buffer.baseAddress! + offset, buffer.count - offset)
                if written <= 0 { return }
                offset += written
            }
        }
    }
}
