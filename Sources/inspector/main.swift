import BuiltInChecks
import InspectorCLI

// The inspector with the check modules it ships with. An agency that adds its own checks
// builds a binary like this one: `Inspector.main(modules: BuiltInChecks.modules + [MyChecks.module])`.
Inspector.main(modules: BuiltInChecks.modules)
