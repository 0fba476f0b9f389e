import BuiltInChecks
import InspectorCLI
import ReturnInterviewChecks

// The agency's inspector: every built-in check, and its own.
Inspector.main(modules: BuiltInChecks.modules + [ReturnInterviewChecks.module])
