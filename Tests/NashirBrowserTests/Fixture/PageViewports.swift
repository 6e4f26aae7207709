/// The two screens every public page type is checked at, and a way to show a page on one.
extension Viewport {
    static let desktop = Viewport(name: "desktop", width: 1280, height: 900, mobile: false)
    static let phone = Viewport(name: "phone", width: 390, height: 844, mobile: true)
    static let pageChecks = [desktop, phone]
}

extension BrowserSession {
    /// Sizes the viewport, then loads `page` from `server`, returning the path it loaded.
    @discardableResult
    func show(_ page: PublicPage, from server: NashirTestServer, at viewport: Viewport) async throws -> String {
        // Sized first, so the page lays out (and its media queries match) at that width from the start.
        try await emulateViewport(width: viewport.width, height: viewport.height, mobile: viewport.mobile)
        let path = try await page.path(server)
        try await navigate(to: server.url(path))
        return path
    }
}
