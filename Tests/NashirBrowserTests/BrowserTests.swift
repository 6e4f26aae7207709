import Testing

/// The reader site in headless Chromium, clicked through as a reader would.
/// Serialized: Chromium is heavy, and the suites share one server and one chromedriver.
/// The nested suites live in the other files of this target, as extensions of this type.
@Suite(
    "Nashir in a real browser", .serialized, .browserHarness,
    .enabled(if: BrowserPrerequisites.satisfied, Comment(rawValue: BrowserPrerequisites.skipReason)))
struct BrowserTests {}
