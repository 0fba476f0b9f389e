import Foundation
import InspectionKit
import InspectionReports

/// `--report FORMAT:PATH` requests, and writing them so that a report file is either complete
/// or absent: each is written to a temporary file beside it and renamed into place.
struct ReportRequest<Format: RawRepresentable & CaseIterable> where Format.RawValue == String {
    var format: Format
    var path: String

    /// Reads every request first, so that a mistake in the last one writes nothing at all.
    static func parse(_ arguments: [String]) throws -> [ReportRequest] {
        try arguments.map { argument in
            let valid = Format.allCases.map(\.rawValue).joined(separator: ", ")
            guard let colon = argument.firstIndex(of: ":"), colon != argument.startIndex, argument.index(after: colon) != argument.endIndex else {
                throw CommandFailure.usage("--report takes FORMAT:PATH, e.g. markdown:out/report.md (formats: \(valid)); got '\(argument)'")
            }
            let name = String(argument[..<colon])
            guard let format = Format(rawValue: name) else {
                let suggestion = Suggestions.closest(name, Format.allCases.map(\.rawValue))
                throw CommandFailure.usage("unknown report format '\(name)' in '\(argument)'"
                    + (suggestion.map { " (did you mean '\($0)'?)" } ?? "") + "; valid formats: \(valid)")
            }
            return ReportRequest(format: format, path: String(argument[argument.index(after: colon)...]))
        }
    }
}

enum ReportFiles {
    /// Writes `text` to `path` atomically, creating the directory; a failure leaves no file.
    static func write(_ text: String, to path: String) throws {
        let url = URL(fileURLWithPath: path)
        let directory = url.deletingLastPathComponent()
        // Renaming over a symbolic link, a pipe or a device would replace it with a file:
        // a report goes only where no file is yet, or over a regular file.
        var status = stat()
        if lstat(path, &status) == 0, (status.st_mode & S_IFMT) != S_IFREG {
            throw CommandFailure.usage("cannot write report '\(path)': it exists and is not a regular file")
        }
        do {
            try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
            let temporary = directory.appendingPathComponent(".\(url.lastPathComponent).\(ProcessInfo.processInfo.processIdentifier).partial")
            try Data(text.utf8).write(to: temporary)
            if rename(temporary.path, url.path) != 0 {
                let reason = String(cString: strerror(errno))
                try? FileManager.default.removeItem(at: temporary)
                throw CommandFailure.usage("cannot write report '\(path)': \(reason)")
            }
        } catch let failure as CommandFailure {
            throw failure
        } catch {
            throw CommandFailure.usage("cannot write report '\(path)': \(error.localizedDescription)")
        }
    }

    /// Writes every report, then says where each went (on standard error, so that standard
    /// output stays the report itself).
    static func write(_ reports: [(path: String, text: String)]) throws {
        for report in reports { try write(report.text, to: report.path) }
        for report in reports { Terminal.standardError.write("wrote \(report.path)\n") }
    }
}
