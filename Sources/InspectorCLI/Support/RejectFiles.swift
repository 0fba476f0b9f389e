import Foundation
import InspectionKit
import InspectionReports

/// `--rejects DIR`: the rows of CSV datasets that were rejected, one file per dataset with any,
/// `DIR/<force>-<dataset>.csv`: row number, line, column, column name and reason (never the
/// value of a free-text or unmapped cell, which the reason does not hold).
enum RejectFiles {
    /// The files to write with the run's reports (so that all are written or none); none when
    /// no directory was asked for. When no row was rejected, says so, and writes nothing.
    static func files(for results: [InspectionResult], in directory: String?) -> [(path: String, text: String)] {
        guard let directory else { return [] }
        let files = files(for: results, in: directory)
        if files.isEmpty { Terminal.standardError.write("no row was rejected; nothing written to \(directory)\n") }
        return files
    }

    static func files(for results: [InspectionResult], in directory: String) -> [(path: String, text: String)] {
        results.flatMap { result in
            result.evidence.filter { !$0.rejections.isEmpty }.map { dataset in
                let lines =
                    ["row,line,column,column_name,reason"]
                    + dataset.rejections.map { rejection in
                        CSVText.line([
                            String(rejection.row), String(rejection.mark.line), String(rejection.mark.column), rejection.column,
                            rejection.reason,
                        ])
                    }
                return (
                    (directory as NSString).appendingPathComponent("\(result.force.id)-\(dataset.name).csv"),
                    lines.joined(separator: "\n") + "\n"
                )
            }
        }
    }
}
