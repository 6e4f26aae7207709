import Foundation
import NashirTestSupport
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A chromedriver child process on a free local port; `stop()` ends it (and any browsers it owns).
final class ChromeDriverProcess: Sendable {
    static let executablePath = "/usr/bin/chromedriver"

    let client: WebDriverClient
    private let process: RunningProcess

    private init(process: RunningProcess, port: Int) {
        self.process = process
        client = WebDriverClient(port: port)
    }

    /// Starts chromedriver and waits until it reports ready; retries on another port if it dies,
    /// since the port we picked may have been taken between choosing and binding it.
    static func launch() async throws -> ChromeDriverProcess {
        var lastError: any Error = WebDriverError(error: "launch", message: "not attempted", command: "chromedriver")
        for _ in 0..<3 {
            let port = try FreePort.pick()
            let process = try RunningProcess(executablePath, ["--port=\(port)", "--allowed-ips=127.0.0.1", "--log-level=SEVERE"])
            let driver = ChromeDriverProcess(process: process, port: port)
            do {
                try await driver.waitUntilReady()
                return driver
            } catch {
                lastError = error
                await driver.stop()
            }
        }
        throw lastError
    }

    private func waitUntilReady() async throws {
        let deadline = ContinuousClock.now + .seconds(15)
        while ContinuousClock.now < deadline {
            guard process.isRunning else {
                throw WebDriverError(error: "launch", message: "chromedriver exited with \(process.terminationStatus ?? 0)", command: "chromedriver")
            }
            if let status = try? await client.get("/status"), status["ready"]?.bool == true { return }
            try await Task.sleep(for: .milliseconds(50))
        }
        throw WebDriverError(error: "launch", message: "chromedriver did not become ready in 15 s", command: "chromedriver")
    }

    /// Terminates chromedriver politely, then forcibly if it lingers.
    func stop() async {
        guard process.isRunning else { return }
        process.terminate()
        let deadline = ContinuousClock.now + .seconds(5)
        while process.isRunning && ContinuousClock.now < deadline {
            try? await Task.sleep(for: .milliseconds(20))
        }
        process.forceStop()
    }
}
