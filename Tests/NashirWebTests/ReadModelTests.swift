import Foundation
@testable import NashirWeb
import Testing

/// An article page's model read for its template before its related stories are known, then
/// given them, renders the very page a model made with them does.
@Suite struct ReadModelTests {
    @Test func relatedStoriesGivenAfterTheReadRenderTheSamePage() throws {
        let theme = try Theme(directory: ThemeContractTests.folder)
        let context = PageFixtures.context(theme)
        let whole = PageFixtures.article(context)
        var later = PageFixtures.article(context, related: [])
        let read = ReadModel(later)
        later.relate([PageFixtures.summary], context: context)
        let rendered = theme.render(read.replacing(later.relatedFields))
        #expect(rendered == theme.render(whole))
        #expect(rendered.contains("class=\"related\""))
        // Read again, not left as they were: without the stories the section is not there.
        #expect(!theme.render(read).contains("class=\"related\""))
    }
}
