import FileSafety
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
            guard let colon = argument.firstIndex(of: ":"), colon != argument.startIndex, argument.index(after: colon) != argument.endIndex
            else {
                throw CommandFailure.usage("--report takes FORMAT:PATH, e.g. markdown:out/report.md (formats: \(valid)); got '\(argument)'")
            }
            let name = String(argument[..<colon])
            guard let format = Format(rawValue: name) else {
                let suggestion = Suggestions.closest(name, Format.allCases.map(\.rawValue))
                throw CommandFailure.usage(
                    "unknown report format '\(name)' in '\(argument)'"
                        + (suggestion.map { " (did you mean '\($0)'?)" } ?? "") + "; valid formats: \(valid)")
            }
            return ReportRequest(format: format, path: String(argument[argument.index(after: colon)...]))
        }
    }
}

/// Writing the files a command produces all or nothing (see `FileSafety.OutputFiles`): a
/// mistake in a target is an error before anything is written (exit 3), a failed write leaves
/// every target as it was (exit 4).
enum ReportFiles {
    static func write(_ text: String, to path: String) throws {
        try write([(path, text)], announce: false)
    }

    /// Writes every file, then says where each went (on standard error, so that standard
    /// output stays the report itself).
    static func write(_ files: [(path: String, text: String)], announce: Bool = true) throws {
        do {
            try OutputFiles.write(files.map { ($0.path, Array($0.text.utf8)) })
        } catch {
            switch error.kind {
            case .invalidTarget: throw CommandFailure.usage(error.message)
            case .writeFailed: throw CommandFailure.output(error.message + "; no file was changed")
            }
        }
        if announce {
            for file in files { Terminal.standardError.write("wrote \(file.path)\n") }
        }
    }
}
