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
            Terminal.standardError.write("inspector: internal error: the check registry is invalid\n\(error)\n")
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

    /// The registry, for commands; a command run outside `main` is a programming error.
    static func currentRegistry() throws -> CheckRegistry {
        guard let registry else { throw CommandFailure.internalFault("no check registry: run through Inspector.main") }
        return registry
    }
}
