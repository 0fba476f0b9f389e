import Reproducible

/// The generator's source of randomness, under the name synthesizers have always used: the
/// seeded generator that also draws case-audit samples (`Reproducible.SeededRandom`).
public typealias SyntheticRandom = SeededRandom
