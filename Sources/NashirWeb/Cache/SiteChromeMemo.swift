import Foundation
import NashirDomain
import Synchronization

/// The site's settings and sections, which every page shows, and the render context made of
/// them (the theme's site parts rendered in it): read and made once until the page cache hears
/// of a change, not two reads per render (each a hop to a reader's thread and back) and the
/// header, menus and footer rendered again on every page.
final class SiteChromeMemo: Sendable {
    typealias Chrome = (settings: SiteSettings, sections: [Section])

    private struct State {
        /// Bumped by every `forget`, so a read that began before a change is not kept after it.
        var generation = 0
        var chrome: Chrome?
        var context: RenderContext?
    }

    private let state = Mutex(State())

    /// The remembered settings and sections, or `load`'s, remembered unless a change came meanwhile.
    private func chrome(_ load: () async throws -> Chrome) async throws -> Chrome {
        let (generation, known) = state.withLock { ($0.generation, $0.chrome) }
        if let known { return known }
        let loaded = try await load()
        state.withLock { if $0.generation == generation { $0.chrome = loaded } }
        return loaded
    }

    /// The remembered render context while `now` is in the year it was made in (its footer
    /// prints the year), or `make`'s from the chrome, remembered unless a change came meanwhile.
    func context(at now: Date, load: () async throws -> Chrome, make: (Chrome) async -> RenderContext) async throws -> RenderContext {
        let (generation, known) = state.withLock { ($0.generation, $0.context) }
        if let known, known.year.start <= now, now < known.year.end { return known }
        let made = await make(try await chrome(load))
        state.withLock { if $0.generation == generation { $0.context = made } }
        return made
    }

    /// Drops what is remembered: something changed, perhaps the settings or a section.
    func forget() {
        state.withLock { $0 = State(generation: $0.generation + 1) }
    }
}
