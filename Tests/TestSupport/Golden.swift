import Foundation
import Testing

/// Compares `actual` with the golden file `directory/name` byte for byte, or writes the file
/// when `UPDATE_GOLDEN=1` (then review the diff). A difference is reported at its first line.
public func expectGolden(_ actual: String, in directory: String, _ name: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
    let path = "\(directory)/\(name)"
    if ProcessInfo.processInfo.environment["UPDATE_GOLDEN"] == "1" {
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        try actual.write(toFile: path, atomically: true, encoding: .utf8)
        return
    }
    guard let expected = try? String(contentsOfFile: path, encoding: .utf8) else {
        Issue.record("no golden file \(path); create it with UPDATE_GOLDEN=1", sourceLocation: sourceLocation)
        return
    }
    guard actual != expected else { return }
    let actualLines = actual.components(separatedBy: "\n")
    let expectedLines = expected.components(separatedBy: "\n")
    let line =
        zip(actualLines, expectedLines).enumerated().first { $0.element.0 != $0.element.1 }?.offset
        ?? min(actualLines.count, expectedLines.count)
    Issue.record(
        """
        \(name) differs from the golden file at line \(line + 1) (rerun with UPDATE_GOLDEN=1 if the change is intended):
          expected: \(line < expectedLines.count ? expectedLines[line] : "<end of file>")
          actual:   \(line < actualLines.count ? actualLines[line] : "<end of file>")
        """, sourceLocation: sourceLocation)
}

/// Whether Debian's chromium is on the PATH, for the browser checks.
public let chromiumInstalled = (ProcessInfo.processInfo.environment["PATH"] ?? "").split(separator: ":").contains {
    FileManager.default.isExecutableFile(atPath: "\($0)/chromium")
}

/// Renders an HTML file to PNG with headless Chromium (scripts/render-html.sh) and expects a
/// real picture: a PNG of more than 20 kB.
public func expectRendersInChromium(_ html: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
    let directory = FileManager.default.temporaryDirectory.appendingPathComponent("inspector-html-\(UUID().uuidString)").path
    try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(atPath: directory) }
    let output = "\(directory)/page.png"
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/bin/bash")
    process.arguments = ["\(repositoryRoot)/scripts/render-html.sh", html, output]
    try process.run()
    process.waitUntilExit()
    #expect(process.terminationStatus == 0, "render-html.sh failed on \(html)", sourceLocation: sourceLocation)
    let png = try Data(contentsOf: URL(fileURLWithPath: output))
    #expect(
        Array(png.prefix(8)) == [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A], "\(html) did not render to a PNG",
        sourceLocation: sourceLocation)
    #expect(png.count > 20_000, "\(html) rendered to only \(png.count) bytes", sourceLocation: sourceLocation)
}
