import YAML

/// Works out the parameter values one use of a check runs with.
///
/// Layers, later winning: the check's own defaults, the framework's `parameters`, the check
/// reference's `parameters`, the inspection's `parameters` (local policy at the time), and
/// what-if overrides from the command line. Only names the check declares are taken.
struct ParameterResolver {
    let registry: CheckRegistry

    func resolve(
        _ reference: CheckReference, framework: Framework, inspection: Inspection?,
        overrides: [String: ParameterValue], diagnostics: inout DiagnosticCollector
    ) -> ParameterValues? {
        guard let descriptor = registry.descriptor(reference.check.value) else { return nil }
        var values = ParameterValues()
        var complete = true
        for spec in descriptor.parameters {
            var value = spec.defaultValue
            var invalid = false
            for layer in [framework.parameters, reference.parameters, inspection?.parameters ?? [:]] {
                guard let node = layer[spec.name] else { continue }
                do {
                    value = try ParameterCoding.value(node, as: spec.type, name: spec.name)
                } catch {
                    diagnostics.add(error)
                    invalid = true
                }
            }
            if let override = overrides[spec.name] { value = override }
            if invalid {
                complete = false  // reported where it is written; not again as missing
                continue
            }
            guard let value else {
                diagnostics.add(Diagnostic(.missingParameter(name: spec.name, check: descriptor.id), at: reference.check))
                complete = false
                continue
            }
            values[spec.name] = value
        }
        return complete ? values : nil
    }

    /// Every parameter name some check of the framework reads.
    func names(readBy framework: Framework) -> Set<String> {
        Set(framework.areas.flatMap(\.checks).compactMap { registry.descriptor($0.check.value) }.flatMap { $0.parameters.map(\.name) })
    }
}
