// ChildProtectionSynthesis: how each child-protection record type (and the one check that
// judges documents) makes synthetic records of itself for `inspector generate`, responding to a
// synthetic force's hidden quality the way the checks judge it. Kept apart from the record types
// so that the check modules depend on the core alone; only BuiltInChecks links it in.
