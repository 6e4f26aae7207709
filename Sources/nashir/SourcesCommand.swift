import ArgumentParser
import Foundation
import NashirDomain
import NashirSQLite

/// `nashir sources`: the feeds the incoming desk polls.
struct SourcesCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sources",
        abstract: "Add, list and remove the feeds the incoming desk polls.",
        subcommands: [Add.self, List.self, Remove.self])

    struct Add: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Add a feed (RSS, Atom, JSON Feed, ninjs or NewsML-G2) to poll.",
            discussion: "Items go to the incoming list unless --publish is given. `nashir serve` polls in the background; `nashir ingest` polls once.")

        @OptionGroup var database: DatabaseOptions
        @Argument(help: "The name items are credited to, e.g. رويترز.") var name: String
        @Argument(help: "The feed's http(s) address.") var url: String
        @Option(help: "How often to poll: seconds, or with a unit: 90s, 5m, 1h.") var every: PollInterval = PollInterval(seconds: 300)
        @Option(help: "File items in this section (slug; its name with --section-name).") var section: String?
        @Option(help: "The section's name when the section is new.") var sectionName: String?
        @Flag(help: "Publish items at once instead of putting them on the incoming list.") var publish = false

        func run() async throws {
            let store = try await openStore(database.db)
            let section = section.map { Section(slug: $0, name: sectionName ?? $0) }
            do {
                let added = try await store.addSource(FeedSourceSettings(name: name, url: url, interval: every.seconds, section: section, publishes: publish))
                print("added source \(added.settings.name) (\(added.settings.url)), every \(PollInterval(seconds: added.settings.interval))")
            } catch let error as StoreError {
                Terminal.error(error.description)
                throw ExitCode.dataError
            }
        }
    }

    struct List: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List the sources with their last poll.")
        @OptionGroup var database: DatabaseOptions

        func run() async throws {
            let store = try await openStore(database.db)
            let sources = try await store.sources()
            if sources.isEmpty { Terminal.note("no sources; add one with: nashir sources add NAME URL") }
            for source in sources {
                let settings = source.settings
                var parts = [settings.name, settings.url, "every \(PollInterval(seconds: settings.interval))"]
                if let section = settings.section { parts.append("section \(section.slug)") }
                if settings.publishes { parts.append("publishes") }
                parts.append("\(source.poll.itemsReceived) items")
                if let last = source.poll.lastSuccessAt { parts.append("last success \(Timestamp.format(last))") }
                if let problem = source.poll.lastProblem { parts.append("failing ×\(source.poll.failures): \(problem)") }
                if let next = source.poll.nextPollAt { parts.append("next \(Timestamp.format(next))") }
                print(parts.joined(separator: "\t"))
            }
        }
    }

    struct Remove: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Stop polling a source; the items it brought stay.")
        @OptionGroup var database: DatabaseOptions
        @Argument(help: "The source's name.") var name: String

        func run() async throws {
            let store = try await openStore(database.db)
            guard try await store.removeSource(named: name) else {
                Terminal.error("no source named \(name)")
                throw ExitCode.dataError
            }
            print("removed source \(name)")
        }
    }
}

/// A poll interval as people type it: `300`, `90s`, `5m`, `1h`.
struct PollInterval: ExpressibleByArgument, CustomStringConvertible {
    var seconds: TimeInterval

    init(seconds: TimeInterval) {
        self.seconds = seconds
    }

    init?(argument: String) {
        let units: [Character: Double] = ["s": 1, "m": 60, "h": 3600]
        let trimmed = argument.trimmingCharacters(in: .whitespaces).lowercased()
        let unit = trimmed.last.flatMap { units[$0] }
        guard let number = Double(unit == nil ? trimmed : String(trimmed.dropLast())), number > 0 else { return nil }
        seconds = number * (unit ?? 1)
    }

    var description: String {
        if seconds >= 3600, seconds.truncatingRemainder(dividingBy: 3600) == 0 { return "\(Int(seconds / 3600))h" }
        if seconds >= 60, seconds.truncatingRemainder(dividingBy: 60) == 0 { return "\(Int(seconds / 60))m" }
        return "\(Int(seconds))s"
    }
}
