import InspectionKit
import YAML

/// Works out the parameter values one use of a check runs with.
///
/// Layers, later winning: the check's own defaults, the framework's `parameters`, the check
/// reference's `parameters`, the inspection's `parameters` (local policy parameters only), and
/// what-if overrides from the command line. Only names the check declares are taken.
package struct ParameterResolver {
    let registry: CheckRegistry

    package init(registry: CheckRegistry) {
        self.registry = registry
    }

    package func resolve(
        _ reference: CheckReference, framework: Framework, inspection: Inspection?,
        overrides: [String: ParameterValue], diagnostics: inout DiagnosticCollector
    ) -> ParameterValues? {
        guard let descriptor = registry.descriptor(reference.check.value) else { return nil }
        var values = ParameterValues()
        var complete = true
        // Where each value was set, so that a problem between two values is reported once, at
        // the value that breaks the rule, however many checks read it.
        var origins: [String: (mark: YAML.Mark, line: String?)] = [:]
        for spec in descriptor.parameters {
            var value = spec.defaultValue
            var invalid = false
            // A force's inspection sets only local policy; its other values are refused by the
            // Validator and never applied.
            let forceLayer = spec.isLocalPolicy ? inspection?.parameters ?? [:] : [:]
            for layer in [framework.parameters, reference.parameters, forceLayer] {
                guard let node = layer[spec.name] else { continue }
                do {
                    value = try ParameterCoding.value(node, as: spec.type, name: spec.name, minimum: spec.minimum)
                    origins[spec.name] = (node.mark, node.sourceLine)
                } catch {
                    diagnostics.add(error)
                    invalid = true
                }
            }
            if let override = overrides[spec.name] {
                value = override
                origins[spec.name] = (YAML.Mark(file: "--set", line: 1, column: 1), nil)
            }
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
        // The bars must be in order, whichever layer set them (the framework or --set).
        if case .share(let met)? = values[ComplianceBars.metShare.name],
            case .share(let partly)? = values[ComplianceBars.partlyMetShare.name], partly > met
        {
            let origin = origins[ComplianceBars.partlyMetShare.name] ?? (reference.check.mark, reference.check.sourceLine)
            diagnostics.add(
                Diagnostic(
                    .invalidParameter(
                        name: ComplianceBars.partlyMetShare.name,
                        problem:
                            "\(NumberText.exact(partly)) is above \(ComplianceBars.metShare.name) (\(NumberText.exact(met))); the partly-met bar cannot be higher than the met bar"
                    ),
                    at: origin.mark, sourceLine: origin.line))
            complete = false
        }
        return complete ? values : nil
    }

    /// Every parameter name some check of the framework reads.
    func names(readBy framework: Framework) -> Set<String> {
        Set(framework.areas.flatMap(\.checks).compactMap { registry.descriptor($0.check.value) }.flatMap { $0.parameters.map(\.name) })
    }
}
