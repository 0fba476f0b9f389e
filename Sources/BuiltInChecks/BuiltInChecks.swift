// BuiltInChecks: the check modules shipped with the inspector and the synthesizers of their
// record types, gathered for the `inspector` binary. Only binaries and tests depend on it.

import AssessingChecks
import ChildProtectionRecords
import InspectionKit
import InvestigatingChecks
import LeadershipChecks
import PartnershipChecks
import RespondingChecks

/// The check modules shipped with the inspector, one per area of the child protection
/// framework, and the record types they read. A new module is added here (and in
/// Package.swift's `checkModules`).
public enum BuiltInChecks {
    public static let modules: [CheckModule] = [
        ChildProtectionRecords.module,
        LeadershipChecks.module,
        PartnershipChecks.module,
        RespondingChecks.module,
        AssessingChecks.module,
        InvestigatingChecks.module,
    ]

    /// The registry of every built-in check.
    public static func registry() throws(RegistryError) -> CheckRegistry {
        try CheckRegistry(modules)
    }
}
