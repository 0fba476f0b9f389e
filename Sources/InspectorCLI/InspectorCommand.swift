import ArgumentParser

/// `inspector`: inspects police forces against frameworks defined in YAML.
struct InspectorCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "inspector",
        abstract: "Inspect police forces against inspection frameworks defined in YAML.",
        discussion: """
            Frameworks live in Frameworks/, forces in Forces/<id>/ (run from the project root or \
            pass --root). Start with `inspector inspect northamptonshire`.

            \(ExitStatus.helpText)
            """,
        version: "0.1.0",
        subcommands: [
            InspectCommand.self,
            CompareCommand.self,
            HistoryCommand.self,
            DiffCommand.self,
            FollowUpCommand.self,
            SiteCommand.self,
            ValidateCommand.self,
            ListCommand.self,
            ExplainCommand.self,
            SampleCommand.self,
            AuditFormCommand.self,
            AgreementCommand.self,
            NewCommand.self,
            GenerateCommand.self,
        ])
}

/// Options every command that reads the project shares.
struct ProjectOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("The project root holding Frameworks/ and Forces/.", valueName: "directory"))
    var root: String = "."
}
