import InspectionKit
import YAML

/// A sample as drawn, ready to be written as a sample file (see `AuditSampleFile` for the
/// file's shape, which reads it back). References only: never a child's details.
public struct DrawnSample: Sendable {
    public var force: String
    public var inspection: String
    public var framework: String
    public var form: String
    public var formTitle: String
    public var dataset: String
    public var recordType: String
    public var file: String
    public var sha256: String
    public var records: Int
    public var rejected: Int
    public var outsidePeriod: Int
    public var population: Int
    public var design: String
    public var seed: Int
    public var size: Int
    public var period: (from: YAML.Day, to: YAML.Day, field: String)?
    public var stratify: String?
    public var strata: [Stratum]
    public var cases: [Case]
    public var tool: ToolInfo

    public struct Stratum: Sendable {
        public var name: String
        public var population: Int
        public var drawn: Int
        public var oversample: Double
        /// Cases of the population each drawn case stands for; nil when none was drawn.
        public var weight: Double? { drawn == 0 ? nil : Double(population) / Double(drawn) }
    }

    public struct Case: Sendable, Hashable {
        public var reference: String
        public var stratum: String
    }

    /// The sample file's text: the same sample always gives the same bytes.
    public var yaml: String {
        var out = [
            "# A sample of case references for a case-file audit, drawn by \(tool.name) \(tool.version):",
            commentSafe("#   inspector sample \(force) --dataset \(dataset) --size \(size) --seed \(seed)" + options),
            "# References only: no child's details. Write the audit form with",
            commentSafe("#   inspector audit-form \(force) --sample <this file> --format csv|html|markdown"),
            "schema: 1",
            "force: \(quoted(force))",
            "inspection: \(quoted(inspection))",
            "framework: \(quoted(framework))",
            "form: \(quoted(form))",
            "dataset:",
            "  name: \(quoted(dataset))",
            "  record_type: \(quoted(recordType))",
            "  file: \(quoted(file))",
            "  sha256: \(quoted(sha256))",
            "  records: \(records)",
            "  rejected: \(rejected)",
            "  outside_period: \(outsidePeriod)",
            "  population: \(population)",
            "method:",
            "  design: \(design)",
            "  seed: \(seed)",
            "  size: \(size)",
        ]
        if let period {
            out.append("  period: {field: \(quoted(period.field)), from: \(quoted(period.from.iso8601)), to: \(quoted(period.to.iso8601))}")
        } else {
            out.append("  period: null")
        }
        out.append("  stratify: " + (stratify.map(quoted) ?? "null"))
        out.append("  strata:")
        for stratum in strata {
            out.append(
                "    - {stratum: \(quoted(stratum.name)), population: \(stratum.population), drawn: \(stratum.drawn), "
                    + "oversample: \(NumberText.plain(stratum.oversample)), weight: \(stratum.weight.map { NumberText.plain($0) } ?? "null")}"
            )
        }
        out.append("tool: \(quoted("\(tool.name) \(tool.version)"))")
        out.append("cases:")
        out += cases.map { "  - {case_ref: \(quoted($0.reference)), stratum: \(quoted($0.stratum))}" }
        return out.joined(separator: "\n") + "\n"
    }

    /// The options beyond the required ones, as the command line gave them.
    private var options: String {
        var words: [String] = []
        if let stratify { words.append("--stratify \(stratify)") }
        for stratum in strata where stratum.oversample != 1 {
            words.append("--oversample \(stratum.name)=\(NumberText.plain(stratum.oversample))")
        }
        if let period { words.append("--period \(period.from.iso8601)..\(period.to.iso8601) --date-field \(period.field)") }
        return words.isEmpty ? "" : " " + words.joined(separator: " ")
    }

    /// A comment line with no control character that could end it.
    private func commentSafe(_ text: String) -> String {
        String(String.UnicodeScalarView(text.unicodeScalars.map { $0.value < 0x20 || $0.value == 0x7F ? "?" : $0 }))
    }

    /// Double-quoted, so that YAML reads it back as the same string whatever it holds.
    private func quoted(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\\": out += "\\\\"
            case "\"": out += "\\\""
            default: out.unicodeScalars.append(scalar.value < 0x20 ? "\u{FFFD}" : scalar)
            }
        }
        return out + "\""
    }
}
