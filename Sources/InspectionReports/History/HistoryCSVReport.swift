import InspectionHistory
import InspectionKit

/// A force's saved runs as CSV, one line per run and area or run and check, oldest first:
/// `run,saved_at,force,inspection,framework,scoring_model,what_if,kind,area,check,grade,percent,outcome,figure,value,unit`.
public enum HistoryCSVReport {
    public static func render(_ trend: RunTrend) -> String {
        var lines = [
            CSVText.line([
                "run", "saved_at", "force", "inspection", "framework", "scoring_model", "what_if", "kind", "area", "check",
                "grade", "percent", "outcome", "figure", "value", "unit",
            ])
        ]
        for run in trend.runs {
            let common = [
                run.id.map(String.init) ?? "", DateText.timestamp(run.savedAt), run.forceID, run.inspectionID,
                "\(run.frameworkID)@\(run.frameworkVersion)", run.scoringModel, HistoryText.whatIf(run) ?? "",
            ]
            for area in run.areas {
                lines.append(
                    CSVText.line(
                        common + [
                            "area", area.id, "", area.grade ?? "", area.percent.map { NumberText.plain(($0 * 10).rounded() / 10) } ?? "",
                            "", "", "", "",
                        ]))
            }
            for area in run.areas {
                for check in area.checks {
                    let figure = check.mainFigure
                    lines.append(
                        CSVText.line(
                            common + [
                                "check", area.id, check.id, "", "", check.outcome.rawValue, figure?.id ?? "",
                                figure.map { NumberText.plain($0.value) } ?? "", figure?.unit.rawValue ?? "",
                            ]))
                }
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
