import Foundation
import NashirDomain
import Testing

extension StoreContract {
    static let presence: [Check<any NashirStore>] = [
        Check(name: "editors with a story open see each other within the window, whichever instance they reach") { (store: any NashirStore) async throws in
            let salma = try await store.createUser(NewUser(name: "salma", displayName: "سلمى", role: .editor, passwordHash: "x"))
            let omar = try await store.createUser(NewUser(name: "omar", displayName: "عمر", role: .writer, passwordHash: "x"))
            let story = try await store.save([draft("1")])[0].article.id
            #expect(try await store.visit(story, by: salma, at: base, window: 120).isEmpty)
            #expect(try await store.visit(story, by: omar, at: base.addingTimeInterval(30), window: 120) == ["سلمى"])
            #expect(try await store.visit(story, by: salma, at: base.addingTimeInterval(60), window: 120) == ["عمر"])
            // Past the window without a sign of life, an editor counts as gone; an unknown story records nothing.
            #expect(try await store.visit(story, by: omar, at: base.addingTimeInterval(200), window: 120).isEmpty)
            #expect(try await store.visit(ArticleID(999), by: omar, at: base, window: 120).isEmpty)
        },
    ]
}
