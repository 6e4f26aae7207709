import Foundation
import Testing

extension BrowserTests {
    /// Every public page type, as the server sends it, through the Nu HTML Checker: no errors
    /// (warnings are printed, not failed). One checker run serves all the page types.
    @Suite("HTML validity", .enabled(if: NuChecker.missing.isEmpty, Comment(rawValue: NuChecker.skipReason)))
    struct HTMLValidityTests {
        @Test("The served page answers its status as HTML, and the Nu HTML Checker finds no error in it", arguments: PublicPage.all)
        func noCheckerErrors(page: PublicPage) async throws {
            let site = try BrowserSite.current()
            let verdict = try await NuVerdicts.shared.verdict(on: site.server)
            let reply = try #require(verdict.replies[page.name])
            #expect(reply.status == page.status, "\(page.name) answered \(reply.status)")
            #expect(reply.contentType.hasPrefix("text/html"), "\(page.name) is served as «\(reply.contentType)»")

            let messages = verdict.messages[page.name] ?? []
            for warning in messages where warning.isWarning {
                print("vnu \(verdict.version) warning on \(page.name) (\(verdict.paths[page.name] ?? "")): \(warning)")
            }
            let errors = messages.filter(\.isError)
            #expect(errors.isEmpty, "vnu \(verdict.version) on \(page.name) (\(verdict.paths[page.name] ?? "")):\n\(errors.map(\.description).joined(separator: "\n"))")
        }

        @Test("The checker sees errors: a known-invalid control page in the same run gets one, on its line")
        func checkerSeesErrors() async throws {
            let site = try BrowserSite.current()
            let verdict = try await NuVerdicts.shared.verdict(on: site.server)
            let errors = (verdict.messages[NuVerdicts.controlName] ?? []).filter(\.isError)
            #expect(errors.contains { $0.lastLine == 2 && $0.message.contains("“p”") }, "vnu missed the stray </p>: \(errors)")
        }
    }
}

/// The checker's verdict on every page type, made once per server on the first test's request.
actor NuVerdicts {
    static let shared = NuVerdicts()

    struct Verdict: Sendable {
        let version: String
        let paths: [String: String]
        let replies: [String: SiteHTTP.Reply]
        let messages: [String: [NuChecker.Message]]
    }

    /// The name of the known-invalid document checked alongside the pages.
    static let controlName = "(control: a stray </p>)"

    private var running: (baseURL: String, task: Task<Verdict, any Error>)?

    func verdict(on server: NashirTestServer) async throws -> Verdict {
        if let running, running.baseURL == server.baseURL { return try await running.task.value }
        let task = Task { try await Self.check(server) }
        running = (server.baseURL, task)
        return try await task.value
    }

    private static func check(_ server: NashirTestServer) async throws -> Verdict {
        var paths: [String: String] = [:], replies: [String: SiteHTTP.Reply] = [:]
        for page in PublicPage.all {
            let path = try await page.path(server)
            paths[page.name] = path
            replies[page.name] = try await SiteHTTP.get(server.url(path))
        }
        // Checked with the pages, so a checker that reads nothing (or reports on the wrong file) is caught.
        let control = Data("<!DOCTYPE html><html lang=\"ar\"><title>x</title>\n<p><div></div></p>".utf8)
        let (version, messages) = try await NuChecker.check(replies.mapValues(\.body).merging([controlName: control]) { page, _ in page })
        print("vnu \(version) at \(NuChecker.jar?.path ?? "?") checked \(replies.count) page types")
        return Verdict(version: version, paths: paths, replies: replies, messages: messages)
    }
}
