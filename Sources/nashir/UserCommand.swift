import ArgumentParser
import Foundation
import NashirAuth
import NashirDomain
import NashirSQLite

/// `nashir user …`: the newsroom's accounts, managed from the server's shell.
struct UserCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "user",
        abstract: "Add, list and change newsroom accounts.",
        subcommands: [Add.self, List.self, SetRole.self, ResetPassword.self, Disable.self])

    struct Add: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Add an account; the password is read from stdin.")
        @OptionGroup var database: DatabaseOptions
        @Option(help: "The sign-in name (ASCII letters, digits, '.', '-', '_').") var name: String
        @Option(help: "administrator, editor, copy-editor or writer.") var role: Role
        @Option(help: "The name colleagues and readers see (defaults to --name).") var displayName: String?
        @Flag(help: "Read the password from the first line of stdin.") var passwordStdin = false

        func validate() throws {
            guard passwordStdin else { throw ValidationError("pass --password-stdin and the password on stdin; passwords never go on the command line") }
            guard User.isValidName(name) else { throw ValidationError(AccountError.invalidName(name).description) }
        }

        func run() async throws {
            let password = try readPassword()
            let store = try await openNewsroomStore(database.db)
            let user = try await accountCall {
                try await store.createUser(NewUser(
                    name: name, displayName: displayName ?? name, role: role, passwordHash: await Password.hasher.hash(password)))
            }
            try await store.record(AuditEvent(at: Date(), kind: "user-added", actor: "cli", subject: user.name, detail: user.role.rawValue))
            print("added \(user.name) (\(user.role.rawValue))")
        }
    }

    struct List: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List the accounts.")
        @OptionGroup var database: DatabaseOptions
        @Flag(help: "Print JSON, one array of accounts.") var json = false

        func run() async throws {
            let users = try await openNewsroomStore(database.db).users()
            if json {
                let rows = users.map { UserJSON(id: $0.id.rawValue, name: $0.name, displayName: $0.displayName, role: $0.role.rawValue, disabled: $0.isDisabled, created: Timestamp.format($0.createdAt)) }
                let encoder = JSONEncoder()
                encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
                print(String(decoding: try encoder.encode(rows), as: UTF8.self))
                return
            }
            for user in users {
                print("\(user.name)\t\(user.role.rawValue)\t\(user.isDisabled ? "disabled" : "active")\t\(user.displayName)")
            }
        }
    }

    struct SetRole: AsyncParsableCommand {
        static let configuration = CommandConfiguration(commandName: "set-role", abstract: "Change an account's role.")
        @OptionGroup var database: DatabaseOptions
        @Option var name: String
        @Option(help: "administrator, editor, copy-editor or writer.") var role: Role

        func run() async throws {
            let store = try await openNewsroomStore(database.db)
            let user = try await existing(name, in: store)
            _ = try await accountCall { try await store.updateUser(id: user.id, UserChange(role: role)) }
            try await store.record(AuditEvent(at: Date(), kind: "role-changed", actor: "cli", subject: user.name, detail: "\(user.role.rawValue) → \(role.rawValue)"))
            print("\(user.name) is now \(role.rawValue)")
        }
    }

    struct ResetPassword: AsyncParsableCommand {
        static let configuration = CommandConfiguration(commandName: "reset-password", abstract: "Set a new password (read from stdin); signs the account out everywhere.")
        @OptionGroup var database: DatabaseOptions
        @Option var name: String
        @Flag(help: "Read the password from the first line of stdin.") var passwordStdin = false

        func validate() throws {
            guard passwordStdin else { throw ValidationError("pass --password-stdin and the password on stdin") }
        }

        func run() async throws {
            let password = try readPassword()
            let store = try await openNewsroomStore(database.db)
            let user = try await existing(name, in: store)
            _ = try await accountCall { try await store.updateUser(id: user.id, UserChange(passwordHash: await Password.hasher.hash(password))) }
            try await store.record(AuditEvent(at: Date(), kind: "password-reset", actor: "cli", subject: user.name))
            print("new password set for \(user.name)")
        }
    }

    struct Disable: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Disable an account: it cannot sign in, and its sessions and tokens stop working.")
        @OptionGroup var database: DatabaseOptions
        @Option var name: String

        func run() async throws {
            let store = try await openNewsroomStore(database.db)
            let user = try await existing(name, in: store)
            _ = try await accountCall { try await store.updateUser(id: user.id, UserChange(isDisabled: true)) }
            try await store.record(AuditEvent(at: Date(), kind: "user-disabled", actor: "cli", subject: user.name))
            print("disabled \(user.name)")
        }
    }
}

/// An account as `nashir user list --json` prints it.
private struct UserJSON: Encodable {
    var id: Int64
    var name: String
    var displayName: String
    var role: String
    var disabled: Bool
    var created: String

    enum CodingKeys: String, CodingKey {
        case id, name, displayName = "display_name", role, disabled, created
    }
}

extension Role: ExpressibleByArgument {}

/// The bcrypt settings of this process: cost 12 unless NASHIR_BCRYPT_COST lowers it (for tests).
enum Password {
    static var hasher: PasswordHasher {
        PasswordHasher(cost: ProcessInfo.processInfo.environment["NASHIR_BCRYPT_COST"].flatMap(UInt8.init) ?? 12)
    }
}

/// The first line of stdin, checked against the password rules.
func readPassword() throws -> String {
    guard let line = readLine(strippingNewline: true), !line.isEmpty else {
        Terminal.error("no password on stdin")
        throw ExitCode.dataError
    }
    if let problem = PasswordHasher.problem(with: line) {
        Terminal.error(problem.description)
        throw ExitCode.dataError
    }
    return line
}

/// The account named `name`, or exit with a message saying there is none.
func existing(_ name: String, in store: any AccountStore) async throws -> User {
    guard let user = try await store.user(named: name) else {
        Terminal.error(AccountError.noSuchUser(name).description)
        throw ExitCode.dataError
    }
    return user
}

/// Runs an account change, turning the store's refusals into a message and exit code 65.
func accountCall<T>(_ body: () async throws -> T) async throws -> T {
    do {
        return try await body()
    } catch let error as AccountError {
        Terminal.error(error.description)
        throw ExitCode.dataError
    }
}
