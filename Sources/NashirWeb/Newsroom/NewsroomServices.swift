import NashirAuth
import NashirDomain

/// What the admin and the API controllers share: the store, sign-in, the clock and settings.
struct NewsroomServices: Sendable {
    let store: any SiteStore
    let signIn: SignInService
    let hasher: PasswordHasher
    let clock: TimeSource
    let configuration: NewsroomConfiguration
    let views = AdminViews()

    init(store: any SiteStore, configuration: NewsroomConfiguration, clock: TimeSource) {
        self.store = store
        self.hasher = PasswordHasher(cost: configuration.bcryptCost)
        self.signIn = SignInService(store: store, hasher: hasher, rules: configuration.signInRules)
        self.clock = clock
        self.configuration = configuration
    }
}
