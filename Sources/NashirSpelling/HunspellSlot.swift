import CHunspell
import Synchronization

/// Hunspell 1.7 shares a process-wide character table among its handles behind a plain reference
/// count that creating and destroying a handle changes, so handles are made and freed one at a
/// time, whichever dictionary they belong to.
private let lifecycle = Mutex(())

/// One Hunspell handle behind its own lock, since a handle is not thread-safe; made on first use,
/// so a process that never checks two words at once holds one handle, not one per core.
final class HunspellSlot: Sendable {
    private let handle = Mutex<OpaquePointer?>(nil)
    private let affixPath: String
    private let dictionaryPath: String

    init(affixPath: String, dictionaryPath: String) {
        self.affixPath = affixPath
        self.dictionaryPath = dictionaryPath
    }

    /// Runs `body` with the handle unless another thread is using it; nil when it is.
    func withHandleIfFree<Result: Sendable>(_ body: (OpaquePointer) -> Result) -> Result? {
        handle.withLockIfAvailable { pointer in body(open(&pointer)) }
    }

    /// Runs `body` with the handle, waiting for it if need be.
    func withHandle<Result: Sendable>(_ body: (OpaquePointer) -> Result) -> Result {
        handle.withLock { pointer in body(open(&pointer)) }
    }

    private func open(_ pointer: inout OpaquePointer?) -> OpaquePointer {
        if let pointer { return pointer }
        let created = lifecycle.withLock { _ in Hunspell_create(affixPath, dictionaryPath)! }
        pointer = created
        return created
    }

    deinit {
        handle.withLock { pointer in
            guard let open = pointer else { return }
            lifecycle.withLock { _ in Hunspell_destroy(open) }
            pointer = nil
        }
    }
}
