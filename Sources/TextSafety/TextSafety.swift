// TextSafety: what text may reach a terminal or pass as configuration. Control and invisible
// formatting characters are shown as escapes, never raw. It depends on nothing but the
// standard library, so that YAML, CSV and the CLI can all use it.
