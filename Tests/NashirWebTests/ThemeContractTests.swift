import Foundation
import Mustache
import NashirTestSupport
@testable import NashirWeb
import Testing

/// The default theme and the page models agree: every name a template prints is a name its
/// model has, every `{{strings.key}}` is in strings.json, and every template is used.
@Suite struct ThemeContractTests {
    static let folder = ThemeTests.defaultTheme

    static func templateSources(in folder: URL = folder) throws -> [String: String] {
        let templates = folder.appendingPathComponent("templates")
        let paths = FileManager.default.enumerator(atPath: templates.path)?.compactMap { $0 as? String } ?? []
        return try Dictionary(uniqueKeysWithValues: paths.filter { $0.hasSuffix(".mustache") }.map { path in
            (String(path.dropLast(".mustache".count)), try String(contentsOf: templates.appendingPathComponent(path), encoding: .utf8))
        })
    }

    @Test func everyFixtureFillsEveryOptionalAndList() throws {
        for model in try PageFixtures.all(try Theme(directory: Self.folder)) {
            #expect(PageFixtures.gaps(in: model).isEmpty, "\(type(of: model)): \(PageFixtures.gaps(in: model))")
        }
    }

    @Test func everyPageModelHasAFixture() throws {
        let fixtures = try PageFixtures.all(try Theme(directory: Self.folder)).map { type(of: $0).template }
        #expect(fixtures.sorted() == PageModels.all.map { $0.template }.sorted())
    }

    @Test func everyNameATemplatePrintsIsANameOfItsModel() throws {
        let theme = try Theme(directory: Self.folder)
        let checker = try TemplateNameChecker(sources: try Self.templateSources())
        for model in try PageFixtures.all(theme) {
            let template = type(of: model).template
            let problems = checker.problems(rendering: template, with: model)
            #expect(problems.isEmpty, "\(template):\n\(problems.joined(separator: "\n"))")
            // And the real library renders it: the layout around the page, nothing left unprinted.
            let html = theme.render(model)
            #expect(html.hasPrefix("<!DOCTYPE html>") && html.hasSuffix("</html>\n"), "\(template)")
            #expect(!html.contains("Optional("), "\(template)")
        }
        // The site's parts are rendered with the site and the theme's text alone.
        #expect(!theme.siteParts.isEmpty)
        let parts = SitePartsModel(site: PageFixtures.context(theme).chrome, strings: theme.strings)
        for name in theme.siteParts {
            let problems = checker.problems(rendering: Theme.sitePartsFolder + name, with: parts)
            #expect(problems.isEmpty, "\(name):\n\(problems.joined(separator: "\n"))")
        }
    }

    /// The theme reads each model value once and escapes over bytes: the pages are byte for byte
    /// what Mustache's own reflection per look-up and its own escaping print.
    @Test func theThemesShortcutsRenderTheBytesPlainMustacheDoes() throws {
        let theme = try Theme(directory: Self.folder)
        let plain = MustacheLibrary(templates: try Self.templateSources().mapValues { try MustacheTemplate(string: $0) })
        for model in try PageFixtures.all(theme) {
            let template = type(of: model).template
            #expect(theme.render(model) == plain.render(model, withTemplate: template), "\(template)")
        }
    }

    @Test func everyTemplateIsReachedFromAPage() throws {
        let sources = try Self.templateSources()
        let checker = try TemplateNameChecker(sources: sources)
        var reached = PageModels.all.reduce(into: Set<String>()) { $0.formUnion(checker.reached(from: $1.template)) }
        // A site part is reached when a page prints it (`{{{site.parts.header}}}`).
        let printed = checker.allNames.map(\.name).filter { $0.hasPrefix("site.parts.") }
        for name in printed { reached.formUnion(checker.reached(from: Theme.sitePartsFolder + name.dropFirst("site.parts.".count))) }
        #expect(Set(sources.keys).subtracting(reached).isEmpty, "unused: \(Set(sources.keys).subtracting(reached).sorted())")
    }

    @Test func everyStringKeyATemplateUsesIsInStringsJSON() throws {
        let table = try JSONDecoder().decode([String: String].self, from: Data(contentsOf: Self.folder.appendingPathComponent("strings.json")))
        let checker = try TemplateNameChecker(sources: try Self.templateSources())
        let used = checker.allNames.filter { $0.name.hasPrefix("strings.") }
        #expect(!used.isEmpty)
        for (name, at) in used {
            #expect(table[String(name.dropFirst("strings.".count))] != nil, "\(at): \(name) is not in strings.json")
        }
        // And nothing in the file is dead: each key is printed by a template or read by Swift.
        let keys = Set(used.map { String($0.name.dropFirst("strings.".count)) }).union(ThemeStrings.Key.allCases.map(\.rawValue))
        #expect(Set(table.keys).subtracting(keys).isEmpty, "unused keys: \(Set(table.keys).subtracting(keys).sorted())")
    }
}

/// The checker itself: a renamed field on either side is reported, and what Mustache would find
/// (a name further down the stack, a filled block) is not.
@Suite struct TemplateNameCheckerTests {
    struct Tag { let name: String; let path: String }
    struct Card {
        let headline: String
        let byline: String?
        let words: [String]
        let tags: [Tag]
        let hasTags: Bool
        let site: Site
    }
    struct Site { let name: String }

    static let card = Card(
        headline: "عنوان", byline: "كاتب", words: ["كلمة"], tags: [Tag(name: "ليبيا", path: "/tag/libya")], hasTags: true, site: Site(name: "ناشر"))

    static func problems(_ templates: [String: String], model: Any = card) throws -> [String] {
        try TemplateNameChecker(sources: templates).problems(rendering: "page", with: model)
    }

    @Test(arguments: [
        "<h1>{{headline}}</h1>{{#byline}}<p>{{byline}}</p>{{/byline}}",
        "{{#tags}}<a href=\"{{path}}\">{{name}}</a> {{site.name}} {{headline}}{{/tags}}",
        "{{#hasTags}}{{#words}}{{.}}{{/words}}{{/hasTags}}{{^tags}}{{headline}}{{/tags}}",
        "{{#site}}{{name}}{{/site}}{{! a comment }}{{{headline}}}{{& headline}}{{#byline}}{{.}}{{/byline}}",
    ])
    func namesTheModelHasPass(_ template: String) throws {
        #expect(try Self.problems(["page": template]) == [])
    }

    @Test(arguments: [
        ("<h1>{{headlin}}</h1>", "no `headlin` in Card"),
        ("{{#tags}}{{nme}}{{/tags}}", "no `nme` in Tag < Card"),
        ("{{site.nam}}", "no `nam` in Site"),
        ("{{#tag}}{{name}}{{/tag}}", "no `tag` in Card"),
        ("{{^hasTag}}…{{/hasTag}}", "no `hasTag` in Card"),
        ("{{> missing}}", "names no template"),
        ("{{site}}", "prints a Site, not text"),
    ])
    func aRenamedFieldIsReported(_ template: String, _ message: String) throws {
        let problems = try Self.problems(["page": template])
        #expect(problems.count == 1 && problems[0].contains(message), "\(problems)")
        #expect(problems.first?.hasPrefix("page.mustache:1:") == true)
    }

    @Test func aRenamedModelFieldIsReportedForTheTemplateThatPrintsIt() throws {
        struct RenamedCard { let title: String; let tags: [Tag] }
        let problems = try Self.problems(["page": "{{headline}}\n{{#tags}}{{name}}{{/tags}}"], model: RenamedCard(title: "عنوان", tags: Self.card.tags))
        #expect(problems == ["page.mustache:1: {{headline}}: no `headline` in RenamedCard"])
    }

    @Test func inheritanceIsFollowedAndAMisspeltBlockIsReported() throws {
        let layout = "<title>{{site.name}}</title>\n{{$main}}default {{headline}}{{/main}}\n{{> partials/foot}}"
        let partials = ["layout": layout, "partials/foot": "<footer>{{site.nme}}</footer>"]
        let good = try Self.problems(partials.merging(["page": "{{<layout}}{{$main}}{{#tags}}{{name}}{{/tags}}{{/main}}{{/layout}}"]) { a, _ in a })
        #expect(good == ["partials/foot.mustache:1: {{site.nme}}: no `nme` in Site"])
        let misspelt = try Self.problems(partials.merging(["page": "{{<layout}}\n{{$mian}}{{headline}}{{/mian}}\n{{/layout}}"]) { a, _ in a })
        #expect(misspelt.contains("page.mustache:1: {{$mian}} fills no block of layout"), "\(misspelt)")
        // The block's own names are checked where the layout expands it.
        let inBlock = try Self.problems(partials.merging(["page": "{{<layout}}{{$main}}{{headlne}}{{/main}}{{/layout}}"]) { a, _ in a })
        #expect(inBlock.contains { $0.hasPrefix("page.mustache:1: {{headlne}}") }, "\(inBlock)")
    }

    @Test func aFixtureWithANilOptionalOrAnEmptyListIsReported() throws {
        let sparse = Card(headline: "عنوان", byline: nil, words: [], tags: [], hasTags: false, site: Site(name: "ناشر"))
        let problems = try Self.problems(["page": "{{#byline}}{{byline}}{{/byline}}{{#tags}}{{name}}{{/tags}}"], model: sparse)
        #expect(problems.count == 2)
        #expect(problems[0].contains("nil in the fixture") && problems[1].contains("empty in the fixture"), "\(problems)")
    }

    @Test func aMissingStringsKeyIsReported() throws {
        let theme = try Theme(directory: ThemeContractTests.folder)
        let model = NotFoundPage(context: PageFixtures.context(theme))
        let problems = try TemplateNameChecker(sources: ["page": "{{strings.notFound}} {{strings.notFund}}"]).problems(rendering: "page", with: model)
        #expect(problems == ["page.mustache:1: {{strings.notFund}}: no `notFund` in ThemeStrings"])
    }
}
