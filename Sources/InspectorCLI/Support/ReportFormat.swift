import ArgumentParser
import InspectionReports

// The report formats are InspectionReports' own; the command line only names them.
extension ReportFormat: ExpressibleByArgument {}
extension ComparisonFormat: ExpressibleByArgument {}

/// The formats `list` prints.
enum ListFormat: String, CaseIterable, ExpressibleByArgument {
    case text, json
}
