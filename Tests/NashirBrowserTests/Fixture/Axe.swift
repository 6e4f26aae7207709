import Foundation
import NashirTestSupport

/// axe-core, the accessibility rules engine, run inside the page through WebDriver. Its script
/// is the axe.min.js that PyPI's axe-playwright-python ships, read in place (never committed).
enum Axe {
    static let scriptFile = PythonPackageFile.locate("axe.min.js", inPackage: "axe_playwright_python")

    static let source: String? = scriptFile.flatMap { try? String(contentsOf: $0, encoding: .utf8) }

    /// "4.12.1", from the script's licence header.
    static var version: String {
        guard let source, let range = source.range(of: #"axe v[0-9.]+"#, options: .regularExpression) else { return "?" }
        return String(source[range].dropFirst("axe v".count))
    }

    static var skipReason: String { "axe-core missing: python3 -m pip install axe-playwright-python (only its axe.min.js is used)" }

    /// One broken rule and the elements that break it.
    struct Violation: Sendable, CustomStringConvertible {
        let rule: String
        /// "critical", "serious", "moderate" or "minor".
        let impact: String
        let help: String
        let nodes: [(target: String, html: String, summary: String)]

        var isSeriousOrWorse: Bool { impact == "serious" || impact == "critical" }

        var description: String {
            let elements = nodes.map { "    \($0.target): \($0.html)\n      \($0.summary.replacingOccurrences(of: "\n", with: " "))" }
            return "[\(impact)] \(rule): \(help)\n" + elements.joined(separator: "\n")
        }
    }

    /// Puts axe into the page now showing (each navigation loses it) and returns what it finds
    /// wrong with the whole document.
    static func violations(in browser: BrowserSession) async throws -> [Violation] {
        guard let source else { throw CheckerFailure(reason: skipReason) }
        // WebDriver scripts are exempt from the page's Content-Security-Policy, so no inline-script exception is needed.
        try await browser.execute(source)
        // A long article at phone width takes axe a few seconds on a busy 2-core machine.
        try await browser.setScriptTimeout(.seconds(90))
        let reply = try await browser.executeAsync("""
            const done = arguments[arguments.length - 1];
            axe.run(document, { resultTypes: ['violations'] }).then((results) => done(results.violations.map((rule) => ({
              rule: rule.id, impact: rule.impact || '', help: rule.help,
              nodes: rule.nodes.map((node) => ({
                target: node.target.map(String).join(' '), html: node.html.slice(0, 400), summary: node.failureSummary || '',
              })),
            }))), (error) => done({ error: String(error) }));
            """)
        if let error = reply["error"]?.string { throw CheckerFailure(reason: "axe.run failed: \(error)") }
        return (reply.array ?? []).map { rule in
            Violation(
                rule: rule["rule"]?.string ?? "", impact: rule["impact"]?.string ?? "", help: rule["help"]?.string ?? "",
                nodes: (rule["nodes"]?.array ?? []).map {
                    ($0["target"]?.string ?? "", $0["html"]?.string ?? "", $0["summary"]?.string ?? "")
                })
        }
    }
}
