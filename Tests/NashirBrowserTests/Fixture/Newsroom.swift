import Foundation
import NashirAuth
import NashirDomain
import NashirRoutes
import NashirTestSupport

/// A newsroom of its own for one test: a fresh site whose clock moves only when the test moves
/// it, and accounts made straight in its store. Its own, so stories and sign-ins of one test
/// never show on another's dashboard, and moving its clock leaves the suite's server alone.
struct Newsroom: Sendable {
    let server: NashirTestServer
    let clock: ManualClock

    /// The site's database, through the store protocols the server uses: accounts are made and
    /// saved stories checked here.
    var store: any NashirStore { server.store }

    /// 2026-03-15 09:00 in Riyadh (06:00 UTC): a fixed "now", so the times typed into the editor
    /// and the pages the site shows are the same in every run.
    static let start = Date(timeIntervalSince1970: 1_773_554_400)

    /// Someone who works here, and the password they sign in with.
    struct Account: Sendable {
        let user: User
        let password: String
        var name: String { user.name }
    }

    /// Adds an account as `nashir user add` would, without a browser.
    func addAccount(_ name: String, displayName: String, role: Role) async throws -> Account {
        let password = "\(name)-correct-horse"
        // bcrypt's lowest cost: the server checks a hash at whatever cost the hash names.
        let hash = PasswordHasher(cost: 4).hashBlocking(password)
        let user = try await store.createUser(NewUser(name: name, displayName: displayName, role: role, passwordHash: hash))
        return Account(user: user, password: password)
    }

    func url(_ route: NewsroomRoute) -> String { server.url(route.path) }

    func url(_ route: SiteRoute) -> String { server.url(route.path) }

    /// The site's time zone, in which the editor reads and writes times.
    func siteTimeZone() async throws -> TimeZone {
        let identifier = try await store.siteSettings().timeZone
        guard let zone = TimeZone(identifier: identifier) else {
            throw ServerFailure(reason: "the site's time zone \(identifier) is unknown")
        }
        return zone
    }

    /// `date` as a `datetime-local` field holds it, in the site's time zone.
    func localTime(_ date: Date) async throws -> String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = try await siteTimeZone()
        formatter.dateFormat = "yyyy-MM-dd'T'HH:mm"
        return formatter.string(from: date)
    }
}

extension BrowserSite {
    /// Runs `body` with a newsroom of its own, stopped afterwards even when `body` throws; its
    /// browsers come from the suite's chromedriver (`withBrowser`).
    func withNewsroom<Result: Sendable>(_ body: (Newsroom) async throws -> Result) async throws -> Result {
        let clock = ManualClock(Newsroom.start)
        let server = try await NashirTestServer.start(clock: clock.source)
        do {
            let result = try await body(Newsroom(server: server, clock: clock))
            await server.stop()
            return result
        } catch {
            await server.stop()
            throw error
        }
    }
}
