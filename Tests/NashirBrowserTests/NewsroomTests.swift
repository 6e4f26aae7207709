import Foundation
import NashirDomain
import NashirRoutes
import NashirTestSupport
import Testing

extension BrowserTests {
    /// The newsroom as its people use it: a writer's draft sent for review, an editor scheduling
    /// it, two editors colliding, the editor by keyboard alone, and a draft saved in the
    /// background, a lead image uploaded from the editor. Each test has a newsroom of its own whose
    /// clock moves only when the test moves it.
    @Suite("Newsroom")
    struct NewsroomTests {
        static let saffron = StoryText(
            section: "اقتصاد", headline: "مزارعو الزعفران في قاين يتوقعون موسمًا وفيرًا",
            paragraphs: [
                "قال مزارعون في قاين إن الأمطار المبكرة ستضاعف محصول الزعفران هذا العام.",
                "ويتوقع التجار أن تنخفض الأسعار في الأسواق المحلية مع بداية الحصاد.",
            ],
            tags: ["زراعة", "أسواق"])
        /// A word of the headline, for the reader's search.
        static let searchWord = "الزعفران"

        @Test("A writer writes a draft, saves it and sends it for review, and has no way to publish it, not even a forged request")
        func writerSubmitsForReviewButCannotPublish() async throws {
            let site = try BrowserSite.current()
            try await site.withNewsroom { newsroom in
                let writer = try await newsroom.addAccount("huda", displayName: "هدى سالم", role: .writer)
                let story = Self.saffron
                try await site.withBrowser { browser in
                    try await DeskScreen.signIn(writer, at: newsroom, in: browser)
                    let newStory = try await browser.element("header nav a[href='\(NewsroomRoute.newArticle.path)']")
                    #expect(try await newStory.text() == "خبر جديد")
                    try await DeskScreen.awaitNewPage(in: browser) { try await newStory.click() }
                    #expect(try await DeskScreen.actions(in: browser) == ["save: حفظ مسودة", "submit: إرسال للمراجعة"])

                    try await DeskScreen.fill(story, in: browser)
                    #expect(try await DeskScreen.press("save", labelled: "حفظ مسودة", in: browser) == 200)
                    let address = try await browser.currentURL()
                    let id = try #require(DeskScreen.articleID(in: address), "saving did not open the story's editor; the browser is at \(address)")
                    let draft = try #require(try await newsroom.store.article(id: id))
                    #expect(draft.author == writer.user.id)
                    #expect(draft.content.status == .draft)
                    #expect(draft.content.headline == story.headline)
                    #expect(draft.content.section.name == story.section)
                    #expect(draft.content.body.map(\.text) == story.paragraphs)
                    #expect(draft.content.tags.map(\.name) == story.tags)
                    #expect(try await browser.elements("button[value=publish], button[value=schedule]").isEmpty)

                    #expect(try await DeskScreen.press("submit", labelled: "إرسال للمراجعة", in: browser) == 200)
                    #expect(try await DeskScreen.statusLine(in: browser).contains("قيد المراجعة"))
                    let submitted = try #require(try await newsroom.store.article(id: id))
                    #expect(submitted.content.status == .inReview)
                    let buttons = try await DeskScreen.actions(in: browser)
                    #expect(!buttons.contains { $0.hasPrefix("publish:") || $0.hasPrefix("schedule:") }, "the writer is offered \(buttons)")

                    // The request a publish button would send, made by the writer's own page with
                    // its session and CSRF token: only the server's policy stands in the way. (The
                    // attribute, since `form.action` is the form's buttons named "action".)
                    let forged = try await browser.execute("""
                        const form = document.querySelector('form.editor');
                        const data = new URLSearchParams(new FormData(form));
                        data.set('action', 'publish');
                        return fetch(form.getAttribute('action'), { method: 'POST', body: data, redirect: 'manual' }).then((response) => response.status);
                        """)
                    #expect(forged.double == 403, "the forged publish was answered \(forged)")
                    let after = try #require(try await newsroom.store.article(id: id))
                    #expect(after == submitted, "the refused request changed the story")
                }
            }
        }

        /// What the writer types into the upload form, all of it Arabic.
        static let picture = (alt: "حقل زعفران بنفسجي في قاين وقت الحصاد", caption: "مزارعون يقطفون الزعفران فجرًا", credit: "هدى سالم")

        @Test("A writer gives her Arabic draft a lead image through «رفع صورة رئيسية»; once an editor publishes it, its page shows the picture, loaded from /media/, and names it in og:image")
        func writerUploadsLeadImageAndItShowsOncePublished() async throws {
            let site = try BrowserSite.current()
            try await site.withNewsroom { newsroom in
                let writer = try await newsroom.addAccount("huda", displayName: "هدى سالم", role: .writer)
                let editor = try await newsroom.addAccount("karim", displayName: "كريم منصور", role: .editor)
                let story = Self.saffron, picture = Self.picture
                let file = try TestPNG.gradientFile(width: 820, height: 520)
                defer { try? FileManager.default.removeItem(at: file) }
                let id = try await site.withBrowser { browser in
                    try await DeskScreen.signIn(writer, at: newsroom, in: browser)
                    try await browser.navigate(to: newsroom.url(.newArticle))
                    #expect(try await browser.elements("section.upload").isEmpty, "a story not saved yet is offered an upload")
                    try await DeskScreen.fill(story, in: browser)
                    #expect(try await DeskScreen.press("save", labelled: "حفظ مسودة", in: browser) == 200)
                    let address = try await browser.currentURL()
                    let id = try #require(DeskScreen.articleID(in: address), "saving did not open the story's editor; the browser is at \(address)")

                    let status = try await DeskScreen.uploadLeadImage(file, alt: picture.alt, caption: picture.caption, credit: picture.credit, in: browser)
                    #expect(status == 200)
                    try await DeskScreen.requirePath(NewsroomRoute.article(id).path, in: browser, "the upload did not lead back to the editor")
                    #expect(try await DeskScreen.notice(in: browser) == "رُفعت الصورة وصارت الصورة الرئيسية للخبر.")
                    let uploaded = try #require(try await newsroom.store.article(id: id))
                    let lead = try #require(uploaded.content.leadImage, "the upload set no lead image")
                    let item = try #require(try await newsroom.store.media(id: lead))
                    #expect(item.alt == picture.alt)
                    #expect(item.caption == picture.caption)
                    #expect(item.credit == picture.credit)
                    #expect(item.width == 820 && item.height == 520)
                    #expect(uploaded.content.status == .draft, "the upload moved the story out of the drafts")
                    #expect(uploaded.content.body.map(\.text) == story.paragraphs, "the upload changed the text")
                    // The editor now holds the image, so the writer's next save keeps it.
                    #expect(try await browser.element("#leadImage").property("value").string == String(lead.rawValue))
                    #expect(try await DeskScreen.press("save", labelled: "حفظ", in: browser) == 200)
                    #expect(try await newsroom.store.article(id: id)?.content.leadImage == lead, "saving the editor again dropped the image")
                    return id
                }

                let published = try await site.withBrowser { browser in
                    try await DeskScreen.signIn(editor, at: newsroom, in: browser)
                    try await browser.navigate(to: newsroom.url(.article(id)))
                    #expect(try await DeskScreen.press("publish", labelled: "نشر الآن", in: browser) == 200)
                    return try #require(try await newsroom.store.article(id: id))
                }
                #expect(published.content.status == .published)
                let lead = try #require(published.content.leadImage, "publishing dropped the lead image")

                try await site.withBrowser { reader in
                    try await reader.navigate(to: newsroom.url(SiteRoute.of(published)))
                    #expect(try await DeskScreen.responseStatus(in: reader) == 200)
                    let image = try await reader.element("article figure.lead-image img")
                    #expect(try await image.attribute("alt") == picture.alt)
                    let loaded = try await eventually {
                        try await reader.execute("const image = arguments[0]; return image.complete && image.naturalWidth > 0", image.asScriptArgument).bool == true
                    }
                    #expect(loaded, "the lead image did not load")
                    let source = try await image.property("currentSrc").string ?? ""
                    #expect(SearchScreen.path(of: source).hasPrefix("/media/"), "the lead image came from \(source)")
                    let srcset = try await image.attribute("srcset") ?? ""
                    #expect(srcset.contains("480w") && srcset.contains("800w"), "the lead image offers \(srcset)")
                    let caption = try await reader.element("figure.lead-image figcaption").text()
                    #expect(caption.contains(picture.caption) && caption.contains(picture.credit), "the caption reads «\(caption)»")

                    let card = try await reader.execute("""
                        const meta = (property) => document.querySelector(`meta[property="${property}"]`)?.content ?? '';
                        return [meta('og:image'), meta('og:image:alt')];
                        """).strings
                    try #require(card.count == 2)
                    let shared = SearchScreen.path(of: card[0])
                    #expect(shared.hasPrefix("/media/") && shared.hasSuffix("-social.jpg"), "og:image is «\(card[0])»")
                    #expect(card[1] == picture.alt)
                    // The share card's picture is there to fetch, as a JPEG.
                    let fetched = try await reader.execute("""
                        return fetch(arguments[0]).then((response) => [String(response.status), response.headers.get('content-type')]);
                        """, .string(shared)).strings
                    #expect(fetched == ["200", "image/jpeg"], "og:image answered \(fetched)")
                }
                let item = try #require(try await newsroom.store.media(id: lead))
                #expect(item.alt == picture.alt)
            }
        }

        @Test("An editor finds a submitted story under «بانتظار المراجعة» and schedules it a minute ahead; it reaches its page, the home page and search only when the clock passes that minute")
        func editorSchedulesSubmittedStory() async throws {
            let site = try BrowserSite.current()
            try await site.withNewsroom { newsroom in
                let writer = try await newsroom.addAccount("huda", displayName: "هدى سالم", role: .writer)
                let editor = try await newsroom.addAccount("karim", displayName: "كريم منصور", role: .editor)
                let story = Self.saffron
                let submitted = try await Self.submit(story, by: writer, at: newsroom)
                let editorPath = NewsroomRoute.article(submitted.id).path
                try await site.withBrowser { browser in
                    try await DeskScreen.signIn(editor, at: newsroom, in: browser)
                    let lists = try await DeskScreen.dashboard(in: browser)
                    #expect(lists["بانتظار المراجعة"] == [story.headline], "the dashboard lists \(lists)")
                    let link = try await browser.element("main a[href='\(editorPath)']")
                    try await DeskScreen.awaitNewPage(in: browser) { try await link.click() }
                    try await DeskScreen.requirePath(editorPath, in: browser, "the dashboard's link did not open the editor")

                    let publishAt = newsroom.clock.now.addingTimeInterval(60)
                    let typed = try await newsroom.localTime(publishAt)
                    #expect(typed == "2026-03-15T09:01", "one minute after 09:00 in Riyadh")
                    try await FormInput.setDate(typed, in: try await browser.element("#publishAt"), browser: browser)
                    #expect(try await DeskScreen.press("schedule", labelled: "جدولة النشر", in: browser) == 200)
                    #expect(try await DeskScreen.statusLine(in: browser).contains("مجدول"))
                    // While it waits, the editor may still move the time.
                    #expect(try await DeskScreen.actions(in: browser).contains("schedule: جدولة النشر"))
                    let scheduled = try #require(try await newsroom.store.article(id: submitted.id))
                    #expect(scheduled.content.status == .published)
                    #expect(scheduled.content.publishedAt == publishAt)

                    // The site's pages may be kept 30 s by a browser; that is real time, which
                    // this test does not wait for: it moves the server's clock instead.
                    try await browser.disableCache()
                    let page = newsroom.url(SiteRoute.of(scheduled))
                    let search = newsroom.server.url("/search?q=" + SearchScreen.encoded(Self.searchWord))
                    try await browser.navigate(to: page)
                    #expect(try await DeskScreen.responseStatus(in: browser) == 404, "the story's page is out before its time")
                    try await browser.navigate(to: newsroom.url(SiteRoute.home()))
                    #expect(!(try await DeskScreen.listedHeadlines(in: browser)).contains(story.headline), "the home page lists it before its time")
                    try await browser.navigate(to: search)
                    #expect(try await SearchScreen.results(in: browser).headlines.isEmpty, "search finds it before its time")

                    newsroom.clock.advance(by: 120)
                    try await browser.navigate(to: page)
                    #expect(try await DeskScreen.responseStatus(in: browser) == 200)
                    #expect(try await browser.element("h1.headline").text() == story.headline)
                    try await browser.navigate(to: newsroom.url(SiteRoute.home()))
                    let home = try await DeskScreen.listedHeadlines(in: browser)
                    #expect(home.first == story.headline, "the home page lists \(home)")
                    try await browser.navigate(to: search)
                    #expect(try await SearchScreen.results(in: browser).headlines == [story.headline])

                    // Live now by the server's clock: nothing left to schedule.
                    try await browser.navigate(to: newsroom.url(.article(submitted.id)))
                    #expect(try await DeskScreen.statusLine(in: browser).contains("منشور"))
                    let buttons = try await DeskScreen.actions(in: browser)
                    #expect(!buttons.contains("schedule: جدولة النشر"), "a live story is offered \(buttons)")
                }
            }
        }

        @Test("Two editors open one story; the second to save, from the stale page, gets «حفظ زميل هذا الخبر بعد أن فتحته» (409) and the first one's text stays")
        func staleSaveShowsConflictAndKeepsFirstSave() async throws {
            let site = try BrowserSite.current()
            try await site.withNewsroom { newsroom in
                let writer = try await newsroom.addAccount("huda", displayName: "هدى سالم", role: .writer)
                let karim = try await newsroom.addAccount("karim", displayName: "كريم منصور", role: .editor)
                let layla = try await newsroom.addAccount("layla", displayName: "ليلى حداد", role: .editor)
                // In review, so the editor's background autosave (drafts only) cannot save in between.
                let story = try await Self.submit(Self.saffron, by: writer, at: newsroom)
                let firstHeadline = "مزارعو الزعفران في قاين يتوقعون أكبر محصول منذ عقد"
                let secondParagraph = "وقال التجار إن الأسعار ستبقى مستقرة حتى نهاية الحصاد."
                try await site.withBrowser { first in
                    try await site.withBrowser { second in
                        try await DeskScreen.signIn(karim, at: newsroom, in: first)
                        try await DeskScreen.signIn(layla, at: newsroom, in: second)
                        try await first.navigate(to: newsroom.url(.article(story.id)))
                        try await second.navigate(to: newsroom.url(.article(story.id)))
                        #expect(try await second.element(".presence").text().contains("كريم منصور"), "the second editor is not told the first has the story open")

                        let headline = try await first.element("#headline")
                        try await headline.clear()
                        try await headline.sendKeys(firstHeadline)
                        #expect(try await DeskScreen.press("save", labelled: "حفظ", in: first) == 200)

                        let body = try await second.element("#body")
                        try await body.clear()
                        try await body.sendKeys(secondParagraph)
                        #expect(try await DeskScreen.press("save", labelled: "حفظ", in: second) == 409)
                        #expect(try await second.element(".conflict h2").text() == "حفظ زميل هذا الخبر بعد أن فتحته")
                        #expect(try await second.element(".conflict .theirs h3").text() == firstHeadline)
                        #expect(try await second.element("#body").property("value").string == secondParagraph, "the second editor's text was lost")

                        let stored = try #require(try await newsroom.store.article(id: story.id))
                        #expect(stored.revision == story.revision + 1)
                        #expect(stored.content.headline == firstHeadline)
                        #expect(stored.content.body.map(\.text) == Self.saffron.paragraphs)
                    }
                }
            }
        }

        @Test("With the keyboard alone, a writer signs in, opens «خبر جديد», writes a story and saves it")
        func keyboardOnlySignInAndSave() async throws {
            let site = try BrowserSite.current()
            try await site.withNewsroom { newsroom in
                let writer = try await newsroom.addAccount("huda", displayName: "هدى سالم", role: .writer)
                let story = Self.saffron
                try await site.withBrowser { browser in
                    try await browser.navigate(to: newsroom.url(.signIn))
                    #expect(try await Keyboard.focusIsOn("#username", in: browser), "the sign-in page does not start at the user name")
                    try await browser.pressKeys(writer.name + Key.tab)
                    #expect(try await Keyboard.focusIsOn("#password", in: browser))
                    try await DeskScreen.awaitNewPage(in: browser) { try await browser.pressKeys(writer.password + Key.enter) }
                    try await DeskScreen.requirePath(NewsroomRoute.dashboard.path, in: browser, "Enter in the password field did not sign in")

                    try await Keyboard.tab(to: "header nav a[href='\(NewsroomRoute.newArticle.path)']", in: browser)
                    try await DeskScreen.awaitNewPage(in: browser) { try await browser.pressKeys(Key.enter) }
                    try await DeskScreen.requirePath(NewsroomRoute.newArticle.path, in: browser, "Enter on «خبر جديد» did not open the editor")
                    try await Keyboard.tab(to: "#section", in: browser)
                    try await browser.pressKeys(story.section)
                    try await Keyboard.tab(to: "#headline", in: browser)
                    try await browser.pressKeys(story.headline)
                    try await Keyboard.tab(to: "#body", in: browser)
                    try await browser.pressKeys(story.paragraphs.joined(separator: Key.enter + Key.enter))
                    try await Keyboard.tab(to: "#tags", in: browser)
                    try await browser.pressKeys(story.tagList)
                    try await Keyboard.tab(to: "button[value=save]", in: browser)
                    let status = try await DeskScreen.awaitNewPage(in: browser) { try await browser.pressKeys(Key.enter) }
                    #expect(status == 200)

                    let address = try await browser.currentURL()
                    let id = try #require(DeskScreen.articleID(in: address), "Enter on «حفظ مسودة» did not save; the browser is at \(address)")
                    let saved = try #require(try await newsroom.store.article(id: id))
                    #expect(saved.author == writer.user.id)
                    #expect(saved.content.status == .draft)
                    #expect(saved.content.headline == story.headline)
                    #expect(saved.content.section.name == story.section)
                    #expect(saved.content.body.map(\.text) == story.paragraphs)
                    #expect(saved.content.tags.map(\.name) == story.tags)
                }
            }
        }

        @Test("A writer's draft is saved in the background as «حفظ تلقائي», and saving it by hand afterwards meets no conflict")
        func draftIsSavedInTheBackground() async throws {
            let site = try BrowserSite.current()
            try await site.withNewsroom { newsroom in
                let writer = try await newsroom.addAccount("huda", displayName: "هدى سالم", role: .writer)
                let draft = try await Self.make(Self.saffron, by: writer, status: .draft, at: newsroom)
                let typed = "ويأمل المزارعون أن تفتح الأسواق الخارجية أبوابها لمحصولهم."
                try await site.withBrowser { browser in
                    try await DeskScreen.signIn(writer, at: newsroom, in: browser)
                    try await browser.addScriptBeforePageScripts(DeskScreen.intervalRecorder)
                    try await browser.navigate(to: newsroom.url(.article(draft.id)))
                    #expect(try await browser.element("form.editor").attribute("data-autosave") == "true")
                    let body = try await browser.element("#body")
                    try await body.clear()
                    try await body.sendKeys(typed)
                    try await DeskScreen.runIntervals(in: browser)

                    let saved = try await eventually { try await newsroom.store.article(id: draft.id)?.revision == draft.revision + 1 }
                    try #require(saved, "the draft was not saved in the background")
                    #expect(try await newsroom.store.article(id: draft.id)?.content.body.map(\.text) == [typed])
                    #expect(try await newsroom.store.revisions(of: draft.id).last?.note == "حفظ تلقائي")
                    // The page takes the new revision, so the writer's own save is not refused as a colleague's.
                    let revision = try await browser.element("input[name=revision]")
                    #expect(try await eventually { try await revision.property("value").string == String(draft.revision + 1) })
                    #expect(try await DeskScreen.press("save", labelled: "حفظ", in: browser) == 200)
                }
            }
        }

        /// `story` as its writer sent it for review, made in the store: the tests that start
        /// from there need not repeat the writer's part.
        static func submit(_ story: StoryText, by writer: Newsroom.Account, at newsroom: Newsroom) async throws -> Article {
            try await make(story, by: writer, status: .inReview, at: newsroom)
        }

        static func make(_ story: StoryText, by writer: Newsroom.Account, status: ArticleStatus, at newsroom: Newsroom) async throws -> Article {
            let draft = TestDraft.make(
                key: "saffron", headline: story.headline, section: SearchArticles.economy, body: story.paragraphs, status: status, publishedAt: nil)
            return try await newsroom.store.create(draft, by: writer.user.id)
        }
    }
}
