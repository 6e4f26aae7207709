import Foundation
import NashirDomain
import Testing

/// The behaviour every store must keep, whatever its database: one suite, run by each
/// backend's tests (SQLite's and PostgreSQL's) against a fresh store of its own, as
/// `@Test(arguments: StoreContract.checks) func keepsTheContract(_ check: StoreContract.Check<any NashirStore>)`.
public enum StoreContract {
    /// One behaviour, named for the test report, of a store keeping the contracts `Store` names.
    public struct Check<Store: Sendable>: Sendable, CustomTestStringConvertible {
        public let name: String
        public let run: @Sendable (Store) async throws -> Void

        public var testDescription: String { name }

        public init(name: String, run: @escaping @Sendable (Store) async throws -> Void) {
            self.name = name
            self.run = run
        }

        /// This check, run on a store that keeps more contracts than it needs.
        public func on<Wider: Sendable>(_ narrowed: @escaping @Sendable (Wider) -> Store) -> Check<Wider> {
            let run = run
            return Check<Wider>(name: name) { try await run(narrowed($0)) }
        }
    }

    /// Every check, for a store that keeps the whole contract.
    public static let checks: [Check<any NashirStore>] = importing + reading + articlePage + editing + changeFeed + search + revisions + legacyAddresses + sources + presence
        + newsroom.map { $0.on { (store: any NashirStore) in store } }
        + settings.map { $0.on { (store: any NashirStore) in store } }

    /// A small valid draft; `minutes` after a fixed moment, so order never depends on the clock.
    static func draft(
        _ key: String, headline: String? = nil, section: Section = Section(slug: "arab", name: "أخبار عربية"),
        tags: [NashirDomain.Tag] = [], status: ArticleStatus = .published, minutes: Double = 0
    ) -> ArticleDraft {
        TestDraft.make(
            key: key, source: "contract", headline: headline ?? "وزير الدفاع التركي يزور ليبيا \(key)", section: section,
            highlights: ["المشري: سننهي مصدر الحرب"], dateline: Dateline(place: "طرابلس", source: "وكالات"),
            body: ["شدد وزير الدفاع التركي على دعم بلاده.", "وأفاد بيان بأن الطرفين بحثا المستجدات."],
            tags: tags, status: status, publishedAt: status == .published ? base.addingTimeInterval(minutes * 60) : nil)
    }

    /// The fixed moment contract articles are published around.
    static let base = TestDraft.baseDate
    static let libya = NashirDomain.Tag(slug: "libya", name: "ليبيا")
    static let sport = Section(slug: "sport", name: "رياضة")
}
