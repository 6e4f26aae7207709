import Foundation
import Testing

extension BrowserTests {
    /// axe-core over every public page type at desktop and phone width: nothing serious or
    /// critical; moderate and minor findings are printed for people to judge.
    @Suite("Accessibility", .enabled(if: Axe.source != nil, Comment(rawValue: Axe.skipReason)))
    struct AccessibilityTests {
        @Test("axe-core finds no serious or critical violation at desktop and phone width", arguments: PublicPage.all)
        func noSeriousViolations(page: PublicPage) async throws {
            let site = try BrowserSite.current()
            try await site.withKeptBrowser("accessibility") { browser in
                for viewport in Viewport.pageChecks {
                    let path = try await browser.show(page, from: site.server, at: viewport)
                    let violations = try await Axe.violations(in: browser)
                    for finding in violations where !finding.isSeriousOrWorse {
                        print("axe \(Axe.version) on \(page.name) \(viewport.name) (\(path)): \(finding)")
                    }
                    let serious = violations.filter(\.isSeriousOrWorse)
                    #expect(serious.isEmpty, "axe \(Axe.version) on \(page.name) at \(viewport.testDescription) (\(path)):\n\(serious.map(\.description).joined(separator: "\n"))")
                }
            }
        }

        @Test("The check sees violations: a button with no name, put into the home page, is reported as critical")
        func axeSeesViolations() async throws {
            let site = try BrowserSite.current()
            try await site.withBrowser { browser in
                try await browser.show(.home, from: site.server, at: .desktop)
                try await browser.execute("const button = document.createElement('button'); button.id = 'nameless'; document.querySelector('main').append(button)")
                let violations = try await Axe.violations(in: browser)
                let found = violations.first { $0.rule == "button-name" }
                #expect(found?.impact == "critical" && found?.nodes.first?.target == "#nameless", "axe missed the nameless button: \(violations)")
            }
        }
    }
}
