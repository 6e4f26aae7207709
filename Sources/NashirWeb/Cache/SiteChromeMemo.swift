import NashirDomain
import Synchronization

/// The site's settings and sections, which every page shows: read once until the page cache
/// hears of a change, not in two reads per render (each a hop to a reader's thread and back).
final class SiteChromeMemo: Sendable {
    typealias Chrome = (settings: SiteSettings, sections: [Section])

    /// Bumped by every `forget`, so a read that began before a change is not kept after it.
    private let state = Mutex<(generation: Int, chrome: Chrome?)>((0, nil))

    /// The remembered settings and sections, or `load`'s, remembered unless a change came meanwhile.
    func chrome(_ load: () async throws -> Chrome) async throws -> Chrome {
        let (generation, known) = state.withLock { ($0.generation, $0.chrome) }
        if let known { return known }
        let loaded = try await load()
        state.withLock { if $0.generation == generation { $0.chrome = loaded } }
        return loaded
    }

    /// Drops what is remembered: something changed, perhaps the settings or a section.
    func forget() {
        state.withLock { $0 = ($0.generation + 1, nil) }
    }
}
