import ArgumentParser
import InspectionKit

/// The `inspector` program, parameterised by its check modules so that a force or an agency
/// can ship its own binary: `Inspector.main(modules: BuiltInChecks.modules + [MyChecks.module])`.
public enum Inspector {
    /// The registry the commands run with; set once by `main` before parsing.
    @TaskLocal static var registry: CheckRegistry?

    public static func main(modules: [CheckModule]) -> Never {
        let registry: CheckRegistry
        do {
            registry = try CheckRegistry(modules)
        } catch {
            Terminal.standardError.write("inspector: internal error: the check registry is invalid\n\(error)\n")
            ExitStatus.internalError.exit()
        }
        Inspector.$registry.withValue(registry) {
            InspectorCommand.main()
        }
        ExitStatus.ran.exit()
    }

    /// The registry, for commands; a command run outside `main` is a programming error.
    static func currentRegistry() throws -> CheckRegistry {
        guard let registry else { throw CommandFailure.internalFault("no check registry: run through Inspector.main") }
        return registry
    }
}
