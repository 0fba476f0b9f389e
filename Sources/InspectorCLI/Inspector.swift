import ArgumentParser
import FileSafety
import InspectionKit

/// The `inspector` program, parameterised by its check modules so that a force or an agency
/// can ship its own binary: `Inspector.main(modules: BuiltInChecks.modules + [MyChecks.module])`.
public enum Inspector {
    /// The registry the commands run with; set once by `main` before parsing.
    @TaskLocal static var registry: CheckRegistry?

    public static func main(modules: [CheckModule]) -> Never {
        // A report being written when the run is interrupted leaves no temporary file behind.
        TemporaryFiles.removeOnSignals()
        let registry: CheckRegistry
        do {
            registry = try CheckRegistry(modules)
        } catch {
            Terminal.standardError.write(Self.refusal(program: Self.programName, error))
            ExitStatus.internalError.exit()
        }
        let status = Inspector.$registry.withValue(registry) { run(Array(CommandLine.arguments.dropFirst())) }
        status.exit()
    }

    /// Parses and runs one command line, deciding the exit status in one place: help and
    /// version are 0; a command's own status as it reports it; a command line that does not
    /// parse is invalid input (3), with the usage message on standard error.
    static func run(_ arguments: [String]) -> ExitStatus {
        do {
            var command = try InspectorCommand.parseAsRoot(arguments)
            try command.run()
            return .ran
        } catch let code as ExitCode {
            return ExitStatus(rawValue: code.rawValue) ?? .internalError
        } catch {
            if InspectorCommand.exitCode(for: error) == .success {
                Terminal.standardOutput.write(InspectorCommand.fullMessage(for: error) + "\n")
                return .ran
            }
            Terminal.standardError.write(Self.lowercasePrefix(InspectorCommand.fullMessage(for: error)) + "\n")
            return .invalidInput
        }
    }

    /// ArgumentParser begins its messages "Error:"; every other error here begins "error:", as
    /// compilers write it, so one prefix is used throughout.
    static func lowercasePrefix(_ message: String) -> String {
        message.hasPrefix("Error: ") ? "error: " + message.dropFirst("Error: ".count) : message
    }

    /// Why a binary will not start when its check modules are inconsistent: said by the
    /// binary's own name (an agency's `force-inspector`, not `inspector`), with the way out.
    package static func refusal(program: String, _ error: RegistryError) -> String {
        "\(program): cannot start: its check modules do not hold together\n\(error)\n"
            + "Fix each type named above in its file, then rebuild \(program).\n"
    }

    /// The name the program was started by (`inspector`, `force-inspector`), for messages.
    static var programName: String {
        let name = CommandLine.arguments.first.flatMap { $0.split(separator: "/").last.map(String.init) } ?? ""
        return name.isEmpty ? "inspector" : name
    }

    /// The registry, for commands; a command run outside `main` is a programming error.
    static func currentRegistry() throws -> CheckRegistry {
        guard let registry else { throw CommandFailure.internalFault("no check registry: run through Inspector.main") }
        return registry
    }
}
