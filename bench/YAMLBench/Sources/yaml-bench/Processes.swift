import Foundation

/// Runs a program and returns what it printed, or nil when it cannot run or fails.
func output(of executable: String, _ arguments: [String]) -> String? {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: executable)
    process.arguments = arguments
    let pipe = Pipe()
    process.standardOutput = pipe
    do { try process.run() } catch { return nil }
    let text = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    process.waitUntilExit()
    return process.terminationStatus == 0 ? text : nil
}

/// A baseline run in its own process: it times `runs` loads of the file and prints each time in
/// seconds, one a line, so start-up is not counted.
func baselineTimes(_ executable: String, _ arguments: [String]) -> Samples? {
    guard let text = output(of: executable, arguments) else { return nil }
    let values = text.split(whereSeparator: \.isNewline).compactMap { Double($0) }
    return values.isEmpty ? nil : Samples(values: values)
}
