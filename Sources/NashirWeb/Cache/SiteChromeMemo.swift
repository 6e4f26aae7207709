import Foundation
import NashirDomain
import Synchronization

/// The render context every page is made with: the site's settings and sections, read once, and
/// the theme's site parts rendered with them once, until the page cache hears of a change, not
/// two reads (each a hop to a reader's thread and back) and the header, menus and footer
/// rendered again for every page.
final class SiteChromeMemo: Sendable {
    typealias Chrome = (settings: SiteSettings, sections: [Section])

    /// The generation is bumped by every `forget`, so a context made from a read that began
    /// before a change is not kept after it.
    private let state = Mutex<(generation: Int, context: RenderContext?)>((0, nil))

    /// The remembered context while `now` is in the year it was made in (its footer prints the
    /// year), or `make`'s from `load`'s, remembered unless a change came meanwhile.
    func context(at now: Date, load: () async throws -> Chrome, make: (Chrome) async -> RenderContext) async throws -> RenderContext {
        let (generation, known) = state.withLock { ($0.generation, $0.context) }
        if let known, known.year.start <= now, now < known.year.end { return known }
        let made = await make(try await load())
        state.withLock { if $0.generation == generation { $0.context = made } }
        return made
    }

    /// Drops what is remembered: something changed, perhaps the settings or a section.
    func forget() {
        state.withLock { $0 = ($0.generation + 1, nil) }
    }
}
