import Foundation
import Testing

/// The README works as written, and the documentation shows what the code does: every README
/// command runs, the output it shows is the output, every code block of docs/extending.md that
/// names an example file is that file, and every link leads to a file.
@Suite("Documentation, as written")
struct DocumentationTests {
    static func read(_ path: String) throws -> String {
        try String(contentsOfFile: "\(repositoryRoot)/\(path)", encoding: .utf8)
    }

    /// The fenced blocks of a Markdown text, with their language and the line before the fence.
    static func blocks(_ text: String) -> [(language: String, body: String, before: String)] {
        var found: [(String, String, String)] = []
        var lines = text.components(separatedBy: "\n")[...]
        var previous = ""
        while let line = lines.popFirst() {
            guard line.hasPrefix("```") else {
                previous = line
                continue
            }
            let language = String(line.dropFirst(3))
            var body: [String] = []
            while let inner = lines.popFirst(), inner != "```" { body.append(inner) }
            found.append((language, body.joined(separator: "\n"), previous))
            previous = ""
        }
        return found
    }

    /// A copy of the project root with `./inspector` running the built binary, as after `make demo`.
    static func projectRootAfterDemo() throws -> String {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("inspector-readme-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: "\(root)/.build/debug", withIntermediateDirectories: true)
        try FileManager.default.createDirectory(atPath: "\(root)/Tests/CheckTests", withIntermediateDirectories: true)
        for directory in ["Frameworks", "Forces", "Plugins"] {
            try FileManager.default.copyItem(atPath: "\(repositoryRoot)/\(directory)", toPath: "\(root)/\(directory)")
        }
        try FileManager.default.copyItem(atPath: "\(repositoryRoot)/inspector", toPath: "\(root)/inspector")
        try FileManager.default.createSymbolicLink(atPath: "\(root)/.build/debug/inspector", withDestinationPath: inspectorBinary)
        let demo = try inspector(["inspect", "northamptonshire", "--save"], in: root)
        #expect(demo.status == 0, "\(demo.stderr)")
        return root
    }

    @Test func everyREADMECommandRunsAsWritten() throws {
        let root = try Self.projectRootAfterDemo()
        defer { try? FileManager.default.removeItem(atPath: root) }
        let scripts = Self.blocks(try Self.read("README.md")).filter { $0.language == "sh" && $0.body.contains("./inspector") }
        #expect(scripts.count >= 3)
        for script in scripts {
            for line in script.body.components(separatedBy: "\n") where line.hasPrefix("./inspector") {
                #expect(line.count < 100, "keep README commands short: \(line)")
            }
            let process = Process()
            process.executableURL = URL(fileURLWithPath: "/bin/sh")
            process.arguments = ["-e", "-c", script.body]
            process.currentDirectoryURL = URL(fileURLWithPath: root)
            var environment = ProcessInfo.processInfo.environment
            environment["TMPDIR"] = root
            process.environment = environment
            let output = Pipe()
            process.standardOutput = output
            process.standardError = output
            try process.run()
            let text = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
            process.waitUntilExit()
            #expect(process.terminationStatus == 0, "README block failed:\n\(script.body)\n\(text.suffix(2000))")
        }
    }

    @Test func theOutputTheREADMEShowsIsTheOutput() throws {
        let shown = try #require(
            Self.blocks(try Self.read("README.md")).first { $0.body.hasPrefix("$ ./inspector inspect northamptonshire\n") })
        let lines = shown.body.components(separatedBy: "\n").dropFirst()
        let run = try inspector(["inspect", "northamptonshire"])
        #expect(run.status == 0)
        #expect(Array(run.stdout.components(separatedBy: "\n").prefix(lines.count)) == Array(lines))
    }

    @Test func extendingShowsTheExampleFilesAsTheyAre() throws {
        let blocks = Self.blocks(try Self.read("docs/extending.md")).filter { $0.before.hasPrefix("<!-- file: ") }
        #expect(blocks.count >= 5)
        for block in blocks {
            let path = String(block.before.dropFirst("<!-- file: ".count).dropLast(" -->".count))
            let file = try Self.read(path).trimmingCharacters(in: .newlines)
            #expect(block.body == file, "docs/extending.md shows \(path) otherwise than it is")
        }
    }

    @Test func everyLinkLeadsToAFile() throws {
        let pages =
            ["README.md"]
            + (try FileManager.default.contentsOfDirectory(atPath: "\(repositoryRoot)/docs")).filter { $0.hasSuffix(".md") }.map {
                "docs/\($0)"
            }
        let link = try Regex(#"\]\(([^)#:]+)(#[^)]*)?\)"#)
        for page in pages.sorted() {
            let directory = (page as NSString).deletingLastPathComponent
            for match in try Self.read(page).matches(of: link) {
                let target = String(match.output[1].substring ?? "")
                let path = directory.isEmpty ? target : "\(directory)/\(target)"
                #expect(
                    FileManager.default.fileExists(atPath: "\(repositoryRoot)/\(path)"), "\(page) links to \(target), which does not exist")
            }
        }
    }
}
