import YAML

/// Collects diagnostics while loading, so that one run reports every problem it can find.
package struct DiagnosticCollector {
    package private(set) var diagnostics: [Diagnostic] = []

    package init() {}

    package var isEmpty: Bool { diagnostics.isEmpty }

    package mutating func add(_ diagnostic: Diagnostic) { diagnostics.append(diagnostic) }

    package mutating func add(_ error: YAML.Error) { diagnostics.append(Diagnostic(error)) }

    package mutating func add(_ errors: YAML.Errors) { errors.errors.forEach { add($0) } }

    package mutating func add(_ other: Diagnostics) { diagnostics += other.all }

    /// Takes every diagnostic `other` collected; the list itself when this one is empty, so that
    /// a file's 100,000 errors are not copied one by one.
    package mutating func add(_ other: consuming DiagnosticCollector) {
        if diagnostics.isEmpty { diagnostics = other.diagnostics } else { diagnostics += other.diagnostics }
    }

    /// Runs `body`, keeping what it returns or the diagnostics it throws.
    package mutating func collect<T>(_ body: () throws -> T) -> T? {
        do {
            return try body()
        } catch let error as YAML.Error {
            add(error)
        } catch let error as YAML.Errors {
            add(error)
        } catch let error as Diagnostic {
            add(error)
        } catch let error as Diagnostics {
            add(error)
        } catch {
            add(Diagnostic(.internalError(String(describing: error)), at: YAML.Mark(file: "<internal>", line: 1, column: 1)))
        }
        return nil
    }

    package func throwIfAny() throws(Diagnostics) {
        if !diagnostics.isEmpty { throw Diagnostics(diagnostics) }
    }
}
