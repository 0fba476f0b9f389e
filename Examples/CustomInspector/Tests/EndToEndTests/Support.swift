import Foundation

/// The example package's directory, found from this file's path.
let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent().path

/// The example's project root: `Frameworks/` and `Forces/example-force`.
let projectRoot = "\(packageRoot)/Project"

/// The built `force-inspector`: beside the test bundle, or `FORCE_INSPECTOR_BINARY`.
let forceInspectorBinary: String = {
    if let explicit = ProcessInfo.processInfo.environment["FORCE_INSPECTOR_BINARY"] { return explicit }
    let candidates = [
        URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("force-inspector").path,
        "\(packageRoot)/.build/debug/force-inspector",
    ]
    return candidates.first { FileManager.default.isExecutableFile(atPath: $0) } ?? candidates[1]
}()

struct Run {
    var status: Int32
    var stdout: String
    var stderr: String
}

/// Runs the binary with `arguments` in the package directory, capturing both streams. Output
/// is read to its end before waiting, on two threads, so that a long report cannot fill a
/// pipe and block the child.
func forceInspector(_ arguments: [String]) throws -> Run {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: forceInspectorBinary)
    process.arguments = arguments
    process.currentDirectoryURL = URL(fileURLWithPath: packageRoot)
    var environment = ProcessInfo.processInfo.environment
    environment["NO_COLOR"] = "1"
    process.environment = environment
    let out = Pipe()
    let err = Pipe()
    process.standardOutput = out
    process.standardError = err
    try process.run()
    let errors = PipeReader(err.fileHandleForReading)
    let outData = out.fileHandleForReading.readDataToEndOfFile()
    let errData = errors.wait()
    process.waitUntilExit()
    return Run(
        status: process.terminationStatus, stdout: String(decoding: outData, as: UTF8.self),
        stderr: String(decoding: errData, as: UTF8.self))
}

/// Reads a pipe to its end on another thread.
final class PipeReader: @unchecked Sendable {
    private var data = Data()
    private let done = DispatchSemaphore(value: 0)

    init(_ handle: FileHandle) {
        Thread.detachNewThread { [self] in
            data = handle.readDataToEndOfFile()
            done.signal()
        }
    }

    func wait() -> Data {
        done.wait()
        return data
    }
}
