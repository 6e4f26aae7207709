import Foundation
import Mustache
import NashirDomain
import NashirRoutes
import NIOCore

/// Renders the admin's pages from `AdminTemplates`, and serves its stylesheet and script.
struct AdminViews: Sendable {
    let library: MustacheLibrary
    let assets: ThemeAssets

    /// Parsed once per process: the templates are part of the binary, so every responder (one
    /// per server, hundreds in the tests) can share them.
    static let shared = AdminViews()

    private init() {
        var library = MustacheLibrary()
        for (name, source) in AdminTemplates.all {
            // The templates are part of the binary and a test renders each: a parse failure is a bug.
            library.register(try! MustacheTemplate(string: source), named: name)
        }
        self.library = library
        assets = ThemeAssets(files: ["admin.css": Data(AdminAssets.css.utf8), "admin.js": Data(AdminAssets.js.utf8)], route: { NewsroomRoute.asset($0).path })
    }

    /// The chrome for a page seen by `identity` (nil on the sign-in and first-run pages).
    func chrome(for identity: RequestIdentity?) -> AdminChrome {
        AdminChrome(
            css: assets.path("admin.css"), js: assets.path("admin.js"), user: identity?.user,
            roleName: identity.map { AdminWording.role($0.user.role) } ?? "", csrf: identity?.session?.csrfToken ?? "",
            isAdministrator: identity?.user.role == .administrator,
            mayCreate: identity.map { NewsroomPolicy.mayCreate($0.user) } ?? false, links: AdminLinks())
    }

    /// Renders `template` with `model` (which must carry `chrome`, `title`, and optionally `notice`/`problem`).
    func render(_ template: String, _ model: Any) async -> ByteBuffer {
        let library = library
        let box = UncheckedBox(model)
        return await CPUWork.run { ByteBuffer(string: library.render(box.value, withTemplate: template) ?? "") }
    }
}

/// Carries a model built on this task into the CPU pool; models are plain values, never shared.
struct UncheckedBox: @unchecked Sendable {
    let value: Any
    init(_ value: Any) { self.value = value }
}
