// SyntheticData: `inspector generate`, synthetic forces at national scale (force files,
// mappings in many dialects, CSV exports), every file labelled synthetic, the same options giving
// the same bytes. Record types say how to synthesize themselves (SyntheticRecords, implemented in
// Plugins/ChildProtectionSynthesis). Only the CLI and tests use it; the core must never depend on it.
