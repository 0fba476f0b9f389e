// InspectionKit, the core: the model (frameworks, scales, scoring models, forces, inspections,
// published findings and duties), the check API (InspectionCheck, CheckDescriptor, CheckContext,
// CheckResult, CheckRegistry, parameters), record types and their fields, the results a run
// produces, and diagnostics. It is what a check author sees. It must not run inspections, read
// or write files, or know any particular check or record type: it depends on YAML only (nodes
// with positions, for configuration and inline evidence). See docs/architecture.md.
