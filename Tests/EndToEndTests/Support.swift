import Foundation
@_exported import TestSupport
import Testing

/// The built `inspector`: beside the test bundle, or `INSPECTOR_BINARY`.
let inspectorBinary: String = {
    if let explicit = ProcessInfo.processInfo.environment["INSPECTOR_BINARY"] { return explicit }
    let candidates = [
        URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("inspector").path,
        "\(repositoryRoot)/.build/debug/inspector",
    ]
    return candidates.first { FileManager.default.isExecutableFile(atPath: $0) } ?? candidates[1]
}()

struct Run {
    var status: Int32
    var stdout: String
    var stderr: String
}

/// Runs the binary with `arguments` in `directory`, capturing both streams.
func inspector(
    _ arguments: [String], in directory: String = repositoryRoot, environment: [String: String] = [:],
    executable: String = inspectorBinary
) throws -> Run {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: executable)
    process.arguments = arguments
    process.currentDirectoryURL = URL(fileURLWithPath: directory)
    var env = ProcessInfo.processInfo.environment
    env.merge(environment) { $1 }
    process.environment = env
    let out = Pipe()
    let err = Pipe()
    process.standardOutput = out
    process.standardError = err
    try process.run()
    // Read both pipes before waiting so a large report cannot fill a pipe and block the child.
    let errors = ErrorReader(err.fileHandleForReading)
    let outData = out.fileHandleForReading.readDataToEndOfFile()
    let errData = errors.wait()
    process.waitUntilExit()
    return Run(
        status: process.terminationStatus, stdout: String(decoding: outData, as: UTF8.self),
        stderr: String(decoding: errData, as: UTF8.self))
}

/// Reads a pipe to its end on another thread.
final class ErrorReader: @unchecked Sendable {
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

/// The shipped framework's version as its file gives it, so that tests of the shipped forces do
/// not pin it: a framework maintainer bumps it when a check is added (`2024.2`).
let ncpiVersion = frameworkVersion("ncpi-2024")
let peelVersion = frameworkVersion("peel-2023")
let peel2025Version = frameworkVersion("peel-2025")

/// The `version:` a shipped framework's file gives.
func frameworkVersion(_ id: String) -> String {
    let text = (try? String(contentsOfFile: "\(repositoryRoot)/Frameworks/\(id).yaml", encoding: .utf8)) ?? ""
    let line = text.split(separator: "\n").first { $0.hasPrefix("version: ") } ?? "version: \"?\""
    return line.dropFirst("version: ".count).trimmingCharacters(in: CharacterSet(charactersIn: "\" "))
}

/// The version after `version`: its last number one higher (`2024.2` → `2024.3`).
func bumped(_ version: String) -> String {
    var parts = version.split(separator: ".").map(String.init)
    if let last = parts.last, let number = Int(last) { parts[parts.count - 1] = String(number + 1) }
    return parts.joined(separator: ".")
}
