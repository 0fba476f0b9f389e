#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// Named temporary files that must not outlive the process: removed by the SIGINT, SIGTERM
/// and SIGHUP handler that `removeOnSignals()` installs, which then lets the signal end the
/// process as it would have.
///
/// The handler may only call what is safe in a signal handler (`unlink`, `signal`, `raise`), so
/// the names are kept as C strings in fixed slots it can read without a lock.
public enum TemporaryFiles {
    static let capacity = 1024
    nonisolated(unsafe) private static let slots: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?> = {
        let slots = UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>.allocate(capacity: capacity)
        slots.initialize(repeating: nil, count: capacity)
        return slots
    }()
    nonisolated(unsafe) private static var lock = pthread_mutex_t()
    private static let signals = [SIGINT, SIGTERM, SIGHUP]

    /// Installs the handler; call once, early.
    public static func removeOnSignals() {
        _ = slots
        pthread_mutex_init(&lock, nil)
        for number in signals {
            signal(number) { received in
                for index in 0..<TemporaryFiles.capacity {
                    if let path = TemporaryFiles.slots[index] { unlink(path) }
                }
                signal(received, SIG_DFL)
                raise(received)
            }
        }
    }

    /// Remembers `path` for removal on a signal; the slot to `unregister` it with (-1 when all
    /// slots are taken, and then the file is only removed by its writer).
    static func register(_ path: String) -> Int {
        pthread_mutex_lock(&lock)
        defer { pthread_mutex_unlock(&lock) }
        guard let index = (0..<capacity).first(where: { slots[$0] == nil }) else { return -1 }
        slots[index] = strdup(path)
        return index
    }

    static func unregister(_ index: Int) {
        guard index >= 0 else { return }
        pthread_mutex_lock(&lock)
        defer { pthread_mutex_unlock(&lock) }
        let path = slots[index]
        slots[index] = nil
        free(path)
    }

    /// Runs `body` with SIGINT, SIGTERM and SIGHUP held until it returns, so that moving a set
    /// of files into place is not cut off half-way.
    static func holdingSignals<Value, Failure: Error>(_ body: () throws(Failure) -> Value) throws(Failure) -> Value {
        var held = sigset_t()
        var previous = sigset_t()
        sigemptyset(&held)
        for number in signals { sigaddset(&held, number) }
        pthread_sigmask(SIG_BLOCK, &held, &previous)
        defer { pthread_sigmask(SIG_SETMASK, &previous, nil) }
        return try body()
    }
}
