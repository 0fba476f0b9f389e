// InspectionLoading: a project root's configuration (Catalog, the Validator's cross-file
// rules, responses to findings) and a force's evidence (YAML records, CSV exports read through a
// mapping, rejected rows accounted for). It depends on the core, YAML, CSV and FileSafety; it
// must not run checks or grade (that is InspectionRunner) or write anything.
