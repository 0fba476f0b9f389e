// InspectionRunner: running inspections and comparisons. Workspace opens a project root,
// InspectionEngine evaluates every check of every area on a force's evidence, AreaGrader scores
// and grades, ComparisonEngine sets forces side by side. It depends on the core and on
// InspectionLoading; it must not write files, print, or know reports or the run history.
