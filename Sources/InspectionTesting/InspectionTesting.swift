// InspectionTesting: helpers for check authors' tests, in this package and out of tree: run a
// check on inline evidence, expect its outcome, count and statement, run every example of a
// module. It depends on the core, the runner and reports; product code must never depend on it.
