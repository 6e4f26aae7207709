/// Waits for something the browser does asynchronously (smooth scrolling, navigation after a click).
/// Returns whether `condition` became true before `timeout`; the caller `#expect`s the result.
func eventually(
    timeout: Duration = .seconds(5), every interval: Duration = .milliseconds(50),
    _ condition: () async throws -> Bool
) async throws -> Bool {
    let deadline = ContinuousClock.now + timeout
    while true {
        if try await condition() { return true }
        if ContinuousClock.now >= deadline { return false }
        try await Task.sleep(for: interval)
    }
}
