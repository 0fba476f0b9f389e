// InspectorCLI: the command line (swift-argument-parser), one file per subcommand. It composes
// the layers below (loading, running, history, reports, the store, generation, scaffolding),
// writes files and prints, and decides exit codes in one place (Support/ExitStatus.swift). It
// knows no particular check: the registry is handed to `Inspector.main(modules:)` by the binary.
