import ArgumentParser
import Foundation
import NashirAuth
import NashirDomain
import NashirSQLite

/// `nashir token …`: personal API tokens, which act with their owner's role.
struct TokenCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "token",
        abstract: "Create, list and revoke API tokens.",
        subcommands: [Create.self, List.self, Revoke.self])

    struct Create: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Create a token for a user and print it once; only its hash is kept.")
        @OptionGroup var database: DatabaseOptions
        @Option(help: "The account the token acts as.") var user: String
        @Option(help: "What the token is for, e.g. \"agency feed script\".") var label: String = ""

        func run() async throws {
            let store = try await openNewsroomStore(database.db)
            let owner = try await existing(user, in: store)
            let secret = SecretToken.generate(prefix: "nsr_")
            let token = try await store.createToken(user: owner.id, label: label, hash: SecretToken.hash(secret), at: Date())
            try await store.record(AuditEvent(at: Date(), kind: "token-created", actor: "cli", subject: owner.name, detail: "token \(token.id)"))
            Terminal.note("token \(token.id) for \(owner.name) (\(owner.role.rawValue)); it is shown only now:")
            print(secret)
        }
    }

    struct List: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List tokens (never their secrets).")
        @OptionGroup var database: DatabaseOptions

        func run() async throws {
            for token in try await openNewsroomStore(database.db).tokens() {
                let state = token.revokedAt.map { "revoked \(Timestamp.format($0))" } ?? "active"
                let used = token.lastUsedAt.map { "last used \(Timestamp.format($0))" } ?? "never used"
                print("\(token.id)\t\(token.user.name)\t\(state)\t\(used)\t\(token.label)")
            }
        }
    }

    struct Revoke: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Revoke a token at once.")
        @OptionGroup var database: DatabaseOptions
        @Argument(help: "The token's id, as `nashir token list` shows it.") var id: Int64

        func run() async throws {
            let store = try await openNewsroomStore(database.db)
            guard try await store.revokeToken(id: id, at: Date()) else {
                Terminal.error("no token with id \(id)")
                throw ExitCode.dataError
            }
            try await store.record(AuditEvent(at: Date(), kind: "token-revoked", actor: "cli", detail: "token \(id)"))
            print("revoked token \(id)")
        }
    }
}
