import Foundation
import NashirDomain
import NashirRoutes
import NashirWeb
import Testing

extension BrowserTests {
    /// Links a reader follows from the article: section and back, short link, share, back to top.
    @Suite("Navigation")
    struct NavigationTests {
        @Test("The section label leads to the section page listing the article; its headline leads back")
        func sectionLabelAndBack() async throws {
            let site = try BrowserSite.current()
            let content = site.server.article.content
            let sectionURL = site.server.url(SiteRoute.section(slug: content.section.slug).path)
            try await site.withArticle { browser in
                try await browser.element("article .section-label").click()
                #expect(try await eventually { try await browser.currentURL() == sectionURL })
                #expect(try await browser.element("h1").text() == content.section.name)

                var target: WebElement?
                for link in try await browser.elements(".article-list .card-headline a") where target == nil {
                    if try await link.text() == content.headline { target = link }
                }
                let link = try #require(target, "the section page does not list «\(content.headline)»")
                try await link.click()
                #expect(try await eventually { try await browser.currentURL() == site.server.articleURL })
                #expect(try await browser.element("h1").text() == content.headline)
            }
        }

        @Test("The short link /news/{id} lands on the article's canonical address")
        func shortLinkRedirects() async throws {
            let site = try BrowserSite.current()
            try await site.withBrowser { browser in
                try await browser.navigate(to: site.server.url("/news/\(site.server.article.id)"))
                #expect(try await browser.currentURL() == site.server.articleURL)
                #expect(try await browser.element("h1").text() == site.server.article.content.headline)
            }
        }

        @Test("The «X» share link posts the article's own address to x.com")
        func shareOnXCarriesArticleURL() async throws {
            let site = try BrowserSite.current()
            try await site.withArticle { browser in
                let share = try await browser.element(".share-bar a.share-x")
                #expect(try await share.text() == "X")
                let href = try #require(try await share.property("href").string)
                let components = try #require(URLComponents(string: href))
                #expect(components.scheme == "https")
                #expect(components.host == "x.com")
                #expect(components.path == "/intent/post")
                let shared = components.queryItems?.first { $0.name == "url" }?.value
                #expect(shared == site.server.articleURL)
                let canonical = try await browser.element("link[rel=canonical]").attribute("href")
                #expect(canonical == site.server.articleURL)
            }
        }

        @Test("From the bottom of the page, the back-to-top link scrolls back to the top")
        func backToTop() async throws {
            let site = try BrowserSite.current()
            try await site.withArticle { browser in
                // 'instant' overrides the theme's smooth scrolling so the start position is certain.
                try await browser.execute("window.scrollTo({top: document.documentElement.scrollHeight, behavior: 'instant'})")
                let bottom = try await browser.execute("return window.scrollY").double ?? 0
                #expect(bottom > 500, "the article should be long enough to scroll")

                let link = try await browser.element("#go-to-top")
                #expect(try await link.isDisplayed())
                #expect(try await link.accessibleName() == SeedPage.lastVisibleLine)
                try await link.click()
                // The theme scrolls smoothly when motion is allowed, so give the animation time.
                let atTop = try await eventually { (try await browser.execute("return window.scrollY").double ?? .infinity) < 2 }
                #expect(atTop, "window.scrollY did not return to 0 after clicking #go-to-top")
            }
        }
    }
}
