import ArgumentParser
import Foundation
import InspectionKit
import InspectionReports
import InspectionRunner

/// The exit codes, decided here and nowhere else.
enum ExitStatus: Int32, CaseIterable {
    /// The command ran.
    case ran = 0
    /// The command ran and found causes of concern (only with `--fail-on cause-of-concern`).
    case foundCausesOfConcern = 1
    /// Invalid configuration or input: the problems are printed, file:line:col first.
    case invalidInput = 3
    /// A fault in the inspector itself, or output that could not be written.
    case internalError = 4

    static let helpText = """
        Exit codes: 0 ran; 1 ran and found causes of concern (only with --fail-on \
        cause-of-concern); 3 invalid configuration or input; 4 internal error (or output that \
        could not be written). \
        Results go to standard output, errors to standard error. Colour is used only on a \
        terminal and never when NO_COLOR is set to a non-empty value.
        """

    func exit() -> Never {
        Foundation.exit(rawValue)
    }

    var code: ExitCode { ExitCode(rawValue) }
}

/// A failure a command reports and exits with.
enum CommandFailure: Error {
    /// Configuration or input problems (exit 3).
    case invalid(Diagnostics)
    /// A usage problem found after parsing, e.g. an unknown check id (exit 3).
    case usage(String)
    /// A fault in the inspector (exit 4).
    case internalFault(String)
    /// A fault in a check module's code, the module's to fix (exit 4).
    case checkFault(CheckFault)
    /// The result could not be written, e.g. to a full disk (exit 4).
    case output(String)
}

extension ParsableCommand {
    /// Runs a command body, printing any failure to standard error and turning it into the
    /// exit code for its kind. Every command's `run` goes through here.
    func reporting(_ body: () throws -> ExitStatus) throws {
        let status: ExitStatus
        do {
            status = try body()
        } catch let error as CommandFailure {
            status = Self.report(error)
        } catch let error as InspectorError {
            switch error {
            case .invalid(let diagnostics): status = Self.report(.invalid(diagnostics))
            case .internalFault(let detail): status = Self.report(.internalFault(detail))
            case .checkFault(let fault): status = Self.report(.checkFault(fault))
            }
        } catch let error as Diagnostics {
            status = Self.report(.invalid(error))
        } catch let error as ExitCode {
            throw error
        } catch {
            status = Self.report(.internalFault(String(describing: error)))
        }
        if status != .ran { throw status.code }
    }

    private static func report(_ failure: CommandFailure) -> ExitStatus {
        let terminal = Terminal.standardError
        switch failure {
        case .invalid(let diagnostics):
            // Written in blocks of about 64 KiB, not one call per diagnostic: a file can have
            // 100,000 of them.
            var block = ""
            for diagnostic in diagnostics.all {
                block += diagnostic.rendered(color: terminal.usesColor)
                block += "\n"
                if block.utf8.count >= 1 << 16 {
                    terminal.write(block)
                    block = ""
                }
            }
            terminal.write(block + "\(diagnostics.summary) found.\n")
            return .invalidInput
        case .usage(let message):
            terminal.write(terminal.style.red("error:") + " \(message)\n")
            return .invalidInput
        case .internalFault(let detail):
            terminal.write(terminal.style.red("internal error:") + " \(detail)\nThis is a fault in the inspector; please report it.\n")
            return .internalError
        case .checkFault(let fault):
            terminal.write(terminal.style.red("error:") + " \(fault.description)\n\(fault.advice)\n")
            return .internalError
        case .output(let detail):
            terminal.write(terminal.style.red("error:") + " \(detail)\n")
            return .internalError
        }
    }
}
