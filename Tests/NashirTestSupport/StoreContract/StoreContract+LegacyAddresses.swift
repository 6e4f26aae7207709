import Foundation
import NashirDomain
import Testing

extension StoreContract {
    static let legacyAddresses: [Check<any NashirStore>] = [
        Check(name: "an imported story is found by any spelling of its old address, and keeps it when the address changes") { (store: any NashirStore) async throws in
            var first = draft("1")
            first.content.sourceURL = "https://old.example.com/2024/05/%d9%84%d9%8a%d8%a8%d9%8a%d8%a7/"
            let article = try await store.save([first])[0].article
            let asSent = LegacyAddress.key(host: "www.old.example.com", path: "/2024/05/%D9%84%D9%8A%D8%A8%D9%8A%D8%A7", query: nil)
            #expect(try await store.article(legacyKey: asSent) == article.id)
            #expect(try await store.article(legacyKey: "old.example.com/2024/05/other") == nil)
            // Old links must outlive an editor's change of the source address.
            first.content.sourceURL = "https://elsewhere.example/new"
            _ = try await store.save([first])
            #expect(try await store.article(legacyKey: asSent) == article.id)
            #expect(try await store.article(legacyKey: "elsewhere.example/new") == article.id)
        },
        Check(name: "two stories from the same old address resolve to the first imported") { (store: any NashirStore) async throws in
            var one = draft("1")
            var two = draft("2")
            (one.content.sourceURL, two.content.sourceURL) = ("https://old.example.com/a/", "http://old.example.com/a")
            let saved = try await store.save([one, two])
            #expect(try await store.article(legacyKey: "old.example.com/a") == saved[0].article.id)
        },
    ]
}
