import Testing

/// A suite trait that starts one Nashir server and one chromedriver for the whole suite it marks,
/// hands them to the tests through a task-local, and stops both when the suite ends, pass or fail.
struct BrowserHarness: SuiteTrait, TestScoping {
    /// The running site and driver, set while a suite marked `.browserHarness` runs.
    @TaskLocal static var current: BrowserSite?

    func provideScope(
        for test: Test, testCase: Test.Case?, performing function: @Sendable () async throws -> Void
    ) async throws {
        // A skipped suite never reaches here; this guard only keeps a partial machine from hanging.
        guard BrowserPrerequisites.satisfied else { return try await function() }
        let server = try await NashirTestServer.start()
        let driver: ChromeDriverProcess
        do {
            driver = try await ChromeDriverProcess.launch()
        } catch {
            await server.stop()
            throw error
        }
        let site = BrowserSite(server: server, driver: driver)
        do {
            try await Self.$current.withValue(site) { try await function() }
        } catch {
            await site.kept.quitAll()
            await driver.stop()
            await server.stop()
            throw error
        }
        await site.kept.quitAll()
        await driver.stop()
        await server.stop()
    }
}

extension Trait where Self == BrowserHarness {
    /// One server and one chromedriver for every test of the suite.
    static var browserHarness: Self { BrowserHarness() }
}

/// The shared server and driver, and a way to get a fresh browser per test.
struct BrowserSite: Sendable {
    let server: NashirTestServer
    let driver: ChromeDriverProcess
    /// Browsers kept for the cases of one parametrised check, quit when the suite ends.
    let kept = KeptBrowsers()

    /// The harness of the running suite; fails the test (rather than crashing) if there is none.
    static func current(sourceLocation: SourceLocation = #_sourceLocation) throws -> BrowserSite {
        try #require(BrowserHarness.current, "the suite must carry the .browserHarness trait", sourceLocation: sourceLocation)
    }

    /// Runs `body` with a new browser, always quitting it afterwards, even when `body` throws.
    func withBrowser<Result: Sendable>(
        _ options: ChromeOptions = .standard, _ body: (BrowserSession) async throws -> Result
    ) async throws -> Result {
        let session = try await BrowserSession.start(on: driver.client, options: options)
        do {
            let result = try await body(session)
            await session.quit()
            return result
        } catch {
            await session.quit()
            throw error
        }
    }

    /// Runs `body` with the browser kept under `name`, started on first use. For the cases of
    /// one parametrised check that only shows pages and reads them (each sets its own viewport):
    /// a browser's start costs about a second of CPU, and those cases were a third of all starts.
    func withKeptBrowser<Result: Sendable>(
        _ name: String, _ body: (BrowserSession) async throws -> Result
    ) async throws -> Result {
        let session = try await kept.session(named: name, on: driver)
        return try await body(session)
    }

    /// Runs `body` with a new browser already showing the seed article.
    func withArticle<Result: Sendable>(
        _ options: ChromeOptions = .standard, _ body: (BrowserSession) async throws -> Result
    ) async throws -> Result {
        try await withBrowser(options) { browser in
            try await browser.navigate(to: server.articleURL)
            return try await body(browser)
        }
    }
}

/// Browsers that outlive one test, by name; the suite is serialized, so one test uses them at a time.
actor KeptBrowsers {
    private var sessions: [String: BrowserSession] = [:]

    func session(named name: String, on driver: ChromeDriverProcess) async throws -> BrowserSession {
        if let session = sessions[name] { return session }
        let session = try await BrowserSession.start(on: driver.client, options: .standard)
        sessions[name] = session
        return session
    }

    func quitAll() async {
        for session in sessions.values { await session.quit() }
        sessions = [:]
    }
}
