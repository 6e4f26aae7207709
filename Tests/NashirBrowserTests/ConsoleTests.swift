import Testing

extension BrowserTests {
    /// The browser console stays clean: no script errors, no Content-Security-Policy violations.
    @Suite("Console and CSP")
    struct ConsoleTests {
        @Test("The article page logs no errors and no CSP violations")
        func articleLogsNoErrors() async throws {
            let site = try BrowserSite.current()
            try await site.withArticle { browser in
                // Exercise the scripted controls too, so their handlers run before the log is read.
                try await PopoverChecks.menuOpensAndCloses(in: browser)
                try await PopoverChecks.searchOpensAndCloses(in: browser)
                let problems = try await browser.consoleProblems()
                #expect(problems.isEmpty, "console: \(problems)")
            }
        }

        @Test("The console check sees CSP violations (an injected inline script is refused and logged)")
        func consoleCatchesCSPViolation() async throws {
            let site = try BrowserSite.current()
            try await site.withArticle { browser in
                _ = try await browser.consoleLog()
                let ran = try await browser.execute("""
                    const script = document.createElement('script');
                    script.textContent = 'window.inlineScriptRan = true';
                    document.head.append(script);
                    return window.inlineScriptRan === true;
                    """)
                #expect(ran == .bool(false), "the CSP let an inline script run")
                let logged = try await eventually {
                    try await browser.consoleLog().contains { $0.message.contains("Content Security Policy") }
                }
                #expect(logged, "a CSP violation did not reach the console log, so the check above proves nothing")
            }
        }

        @Test("The site icon the browser asks for exists")
        func faviconResolves() async throws {
            let site = try BrowserSite.current()
            try await site.withArticle { browser in
                // The icon a browser fetches: the page's <link rel=icon>, or /favicon.ico when there is none.
                // A synchronous request keeps the answer deterministic (the browser's own fetch is not).
                let reply = try await browser.execute("""
                    const link = document.querySelector('link[rel~="icon"]');
                    const href = link ? link.href : new URL('/favicon.ico', location.href).href;
                    const request = new XMLHttpRequest();
                    request.open('GET', href, false);
                    request.send();
                    return [href, String(request.status)];
                    """).strings
                #expect(reply.last == "200", "icon \(reply.first ?? "?") answered \(reply.last ?? "?")")
            }
        }
    }
}

extension BrowserSession {
    /// Errors and Content-Security-Policy violations logged since the last read of the console.
    func consoleProblems() async throws -> [ConsoleEntry] {
        try await consoleLog().filter { entry in
            // The missing favicon has its own test in ConsoleTests, so it is reported once, not twice.
            (entry.level == "SEVERE" || entry.message.contains("Content Security Policy"))
                && !entry.message.contains("/favicon.ico")
        }
    }
}
