// Scaffolding: `inspector new force` and `inspector new check`, which write a force directory
// that validates once its placeholders are filled, and a check with its test that builds as
// written. Only the CLI uses it; it must not depend on running, reports or the store.
