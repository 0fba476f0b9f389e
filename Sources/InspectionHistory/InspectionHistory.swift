// InspectionHistory: what a saved run holds (RunRecord, captured from a result), how two runs
// differ (RunDiff), how figures trend (RunTrend), and the follow-up of published findings to
// their due dates. Pure values and rules: the SQLite store that keeps runs is InspectionStore,
// and this module must not depend on it, on GRDB, or on reports.
