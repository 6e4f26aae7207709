import Foundation
import NashirAuth
import NashirDomain
import NashirSQLite
import NashirTestSupport
import Testing

/// Writers brought over from WordPress (`import --create-users`) have no password yet.
@Suite struct PasswordlessAccountTests {
    @Test(arguments: ["", "!", "كلمة-مرور-طويلة", "password123"])
    func anAccountWithoutAPasswordCannotSignIn(password: String) async throws {
        let folder = try TemporaryDirectory()
        let store = try folder.store()
        _ = try await store.createUser(NewUser(name: "ahmed", displayName: "أحمد السالم", role: .writer, passwordHash: PasswordHasher.noPassword))
        let service = SignInService(store: store, hasher: PasswordHasher(cost: 4))
        #expect(try await service.signIn(name: "ahmed", password: password, address: "127.0.0.1", now: Date()) == .refused)
    }
}
