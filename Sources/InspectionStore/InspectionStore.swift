// InspectionStore: the run history in SQLite (through GRDB): saving runs, reading them back,
// migrations from every earlier schema, refusals of stores it must not touch. It stores only
// what a report would show. It depends on the core, InspectionHistory and GRDB; nothing in the
// framework depends on it but the CLI.
