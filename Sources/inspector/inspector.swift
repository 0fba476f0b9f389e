// inspector: the shipped binary. It runs InspectorCLI with the built-in check modules; an
// agency's own binary does the same with its modules added (see Examples/CustomInspector).
