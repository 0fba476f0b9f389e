// Reproducible: what makes the same inputs give the same bytes on every machine, and a changed
// input noticed: a seeded random generator whose draws are written out (never the system's or
// the standard library's, whose algorithms may change), and SHA-256 digests of files. It
// depends on nothing in the package, so that any layer may use it.
