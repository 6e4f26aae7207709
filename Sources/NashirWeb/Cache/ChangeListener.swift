import NashirDomain
import ServiceLifecycle

/// Expires the page cache's last look at the change feed whenever the store announces a change,
/// so a page another instance changed is rendered anew at its next request, not up to half a
/// second later.
struct ChangeListener: Service {
    let store: any ChangeAnnouncing
    let cache: PageCache

    func run() async throws {
        // The stream ends when this task is cancelled, which a graceful shutdown does.
        await cancelWhenGracefulShutdown {
            for await _ in store.changeSignals() { cache.expire() }
        }
    }
}
