import Foundation
import NashirDomain
import Testing

extension StoreContract {
    /// Accounts, sessions, tokens and the audit log, and the change feed they feed.
    public static let newsroom: [Check<any NewsroomStore & ChangeFeed>] = [
        Check(name: "account names are unique without regard to case, and the first administrator is created once") { (store: any NewsroomStore & ChangeFeed) async throws in
            let first = try await store.createFirstAdministrator(NewUser(name: "root", displayName: "", role: .writer, passwordHash: "h"))
            #expect(first.role == .administrator && first.displayName == "root")
            await #expect(throws: AccountError.alreadySetUp) {
                try await store.createFirstAdministrator(NewUser(name: "other", displayName: "x", role: .administrator, passwordHash: "h"))
            }
            await #expect(throws: AccountError.nameTaken("ROOT")) {
                try await store.createUser(NewUser(name: "ROOT", displayName: "x", role: .writer, passwordHash: "h"))
            }
            await #expect(throws: AccountError.invalidName("عمر")) {
                try await store.createUser(NewUser(name: "عمر", displayName: "x", role: .writer, passwordHash: "h"))
            }
            #expect(try await store.user(named: "Root")?.id == first.id)
            #expect(try await store.countUsers() == 1)
        },
        Check(name: "the last administrator cannot be demoted or disabled") { (store: any NewsroomStore & ChangeFeed) async throws in
            let admin = try await store.createUser(NewUser(name: "root", displayName: "r", role: .administrator, passwordHash: "h"))
            await #expect(throws: AccountError.lastAdministrator) { try await store.updateUser(id: admin.id, UserChange(role: .editor)) }
            await #expect(throws: AccountError.lastAdministrator) { try await store.updateUser(id: admin.id, UserChange(isDisabled: true)) }
            _ = try await store.createUser(NewUser(name: "second", displayName: "s", role: .administrator, passwordHash: "h"))
            #expect(try await store.updateUser(id: admin.id, UserChange(role: .editor)).role == .editor)
        },
        Check(name: "sessions expire, end with sign-out everywhere, and die with a disabled account") { (store: any NewsroomStore & ChangeFeed) async throws in
            let user = try await store.createUser(NewUser(name: "amal", displayName: "أمل", role: .writer, passwordHash: "h"))
            try await store.createSession(idHash: "a", user: user.id, csrfToken: "c", createdAt: base, expiresAt: base + 3600)
            try await store.createSession(idHash: "b", user: user.id, csrfToken: "c", createdAt: base, expiresAt: base + 3600)
            #expect(try await store.session(idHash: "a", now: base + 60)?.user.id == user.id)
            #expect(try await store.session(idHash: "a", now: base + 3600) == nil)
            try await store.deleteSessions(of: user.id)
            #expect(try await store.session(idHash: "b", now: base) == nil)
            try await store.createSession(idHash: "c", user: user.id, csrfToken: "c", createdAt: base, expiresAt: base + 3600)
            _ = try await store.updateUser(id: user.id, UserChange(isDisabled: true))
            #expect(try await store.session(idHash: "c", now: base) == nil)
        },
        Check(name: "tokens are found by hash until revoked or their owner is disabled") { (store: any NewsroomStore & ChangeFeed) async throws in
            let user = try await store.createUser(NewUser(name: "amal", displayName: "أمل", role: .editor, passwordHash: "h"))
            let token = try await store.createToken(user: user.id, label: "script", hash: "hash1", at: base)
            #expect(try await store.token(hash: "hash1", now: base)?.user.role == .editor)
            #expect(try await store.token(hash: "other", now: base) == nil)
            #expect(try await store.revokeToken(id: token.id, at: base))
            #expect(try await store.token(hash: "hash1", now: base) == nil)
            #expect(try await store.revokeToken(id: 999, at: base) == false)
            _ = try await store.createToken(user: user.id, label: "second", hash: "hash2", at: base)
            _ = try await store.updateUser(id: user.id, UserChange(isDisabled: true))
            #expect(try await store.token(hash: "hash2", now: base) == nil)
        },
        Check(name: "failed sign-ins lock an account once they reach the limit, and a success clears them") { (store: any NewsroomStore & ChangeFeed) async throws in
            let user = try await store.createUser(NewUser(name: "amal", displayName: "أمل", role: .writer, passwordHash: "h"))
            for _ in 0..<2 { try await store.recordFailedSignIn(id: user.id, lockAfter: 3, lockUntil: base + 900) }
            #expect(try await store.signInRecord(named: "amal")?.lockedUntil == nil)
            try await store.recordFailedSignIn(id: user.id, lockAfter: 3, lockUntil: base + 900)
            #expect(try await store.signInRecord(named: "amal")?.lockedUntil == base + 900)
            try await store.recordSuccessfulSignIn(id: user.id)
            let record = try await store.signInRecord(named: "amal")
            #expect(record?.failedAttempts == 0 && record?.lockedUntil == nil)
            try await store.record(AuditEvent(at: base, kind: "sign-in", actor: "amal"))
            #expect(try await store.auditEvents(limit: 5).map(\.kind) == ["sign-in"])
        },
        Check(name: "a public author's new name touches every page; a writer's password change touches none") { (store: any NewsroomStore & ChangeFeed) async throws in
            let writer = try await store.createUser(NewUser(name: "amal", displayName: "أمل", role: .writer, passwordHash: "h"))
            let start = try await store.changes(after: nil).cursor
            _ = try await store.updateUser(id: writer.id, UserChange(passwordHash: "h2"))
            #expect(try await store.changes(after: start) == ContentChanges(cursor: start))
            _ = try await store.updateUser(id: writer.id, UserChange(hasPublicProfile: true))
            let published = try await store.changes(after: start)
            #expect(published.touched == [.site] && published.cursor > start)
            _ = try await store.updateUser(id: writer.id, UserChange(displayName: "أمل علي"))
            let renamed = try await store.changes(after: published.cursor)
            #expect(renamed.touched == [.site] && renamed.cursor > published.cursor)
            #expect(try await store.user(id: writer.id)?.displayName == "أمل علي")
            #expect(try await store.users().map(\.name) == ["amal"])
        },
        Check(name: "failed sign-ins are counted per address within the window, from the log every instance writes") { (store: any NewsroomStore & ChangeFeed) async throws in
            for (minutes, address, kind) in [(0.0, "10.0.0.1", "sign-in-failed"), (5, "10.0.0.1", "sign-in-failed"), (6, "10.0.0.1", "sign-in"),
                                             (7, "10.0.0.2", "sign-in-failed"), (9, "10.0.0.1", "sign-in-failed")] {
                try await store.record(AuditEvent(at: base + minutes * 60, kind: kind, subject: "root", address: address))
            }
            #expect(try await store.failedSignIns(from: "10.0.0.1", since: base) == 3)
            #expect(try await store.failedSignIns(from: "10.0.0.1", since: base + 5 * 60) == 2)
            #expect(try await store.failedSignIns(from: "10.0.0.2", since: base) == 1)
            #expect(try await store.failedSignIns(from: "10.0.0.3", since: base) == 0)
        },
    ]
}
