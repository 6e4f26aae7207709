import NashirAuth
import NashirCopyDesk
import NashirDomain

/// What the admin and the API controllers share: the store, sign-in, the clock and settings.
struct NewsroomServices: Sendable {
    let store: any SiteStore
    let signIn: SignInService
    let hasher: PasswordHasher
    let clock: TimeSource
    let configuration: NewsroomConfiguration
    let views = AdminViews.shared

    init(store: any SiteStore, configuration: NewsroomConfiguration, clock: TimeSource) {
        self.store = store
        self.hasher = PasswordHasher(cost: configuration.bcryptCost)
        self.signIn = SignInService(store: store, hasher: hasher, rules: configuration.signInRules)
        self.clock = clock
        self.configuration = configuration
    }
}

extension NewsroomServices {
    /// The copy desk as the site configures it: its rules, house style and words, and spelling
    /// when the server has a dictionary. Without guesses: Hunspell guesses too slowly for typing.
    func copyChecker() async throws -> CopyChecker {
        CopyChecker.standard(settings: CopyDeskSettings(site: try await store.siteSettings()), spelling: configuration.spelling)
    }
}
