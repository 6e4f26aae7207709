import ArabicText
import Foundation
import Hummingbird
import NashirCopyDesk
import NashirDomain
import NashirRoutes

/// The administrator's settings page: the masthead name, digits, month names and time zone
/// that `nashir settings` also sets. A change re-renders every page (the store records it).
struct SettingsController: Sendable {
    let newsroom: NewsroomServices
    let desk: ArticleDeskController

    func register(on router: Router<AppRequestContext>) {
        router.get(RouterPath(NewsroomRoute.Pattern.settings)) { request, context in try await desk.signedIn(request, context, page) }
        router.post(RouterPath(NewsroomRoute.Pattern.settings)) { request, context in try await desk.signedIn(request, context, save) }
    }

    struct SettingsPage {
        var chrome: AdminChrome
        var title = "إعدادات الموقع"
        var action = NewsroomRoute.settings.path
        var csrf: String
        var name: String
        var timeZone: String
        var digits: [AdminOption]
        var months: [AdminOption]
        var timeZones: [String]
        /// Section names, one a line, in the front page's order.
        var sectionOrder: String
        /// Every section's name, «، »-separated.
        var sections: String
        var pinnedLead: String
        var pinnedHeadline: String?
        var legacyBaseURL: String
        /// The copy desk's rules, ticked when on.
        var copyRules: [AdminOption]
        var houseStyle: String
        var newsroomWords: String
        var notice: String?
        var problem: String?
    }

    struct SettingsForm: Decodable {
        var csrf: String?
        var name: String?
        var digits: String?
        var months: String?
        var timeZone: String?
        var sectionOrder: String?
        var pinnedLead: String?
        var legacyBaseURL: String?
        /// "1" when the form carried the copy desk's fields (a form without them keeps the stored ones).
        var copyDesk: String?
        var enabledRules: [String]?
        var houseStyle: String?
        var newsroomWords: String?
    }

    /// The zones of the Arabic-speaking world first, as a newsroom would look for them.
    static let timeZones = [
        "Africa/Tripoli", "Africa/Cairo", "Africa/Tunis", "Africa/Algiers", "Africa/Casablanca", "Africa/Khartoum",
        "Africa/Nouakchott", "Asia/Riyadh", "Asia/Dubai", "Asia/Qatar", "Asia/Kuwait", "Asia/Bahrain", "Asia/Muscat",
        "Asia/Baghdad", "Asia/Damascus", "Asia/Beirut", "Asia/Amman", "Asia/Gaza", "Asia/Aden", "Europe/London", "UTC",
    ]

    private func page(_ request: Request, _ context: AppRequestContext, _ identity: RequestIdentity) async throws -> Response {
        guard NewsroomPolicy.mayChangeSettings(identity.user) else { return await newsroom.forbidden(identity) }
        let notice = request.uri.queryParameters.get("saved").map { _ in "حُفظت الإعدادات." }
        return await render(identity, try await newsroom.store.siteSettings(), notice: notice)
    }

    private func save(_ request: Request, _ context: AppRequestContext, _ identity: RequestIdentity) async throws -> Response {
        let form = try await newsroom.form(SettingsForm.self, from: request)
        guard NewsroomServices.csrfMatches(form.csrf, identity) else { return await newsroom.csrfRefused(identity) }
        guard NewsroomPolicy.mayChangeSettings(identity.user) else { return await newsroom.forbidden(identity) }
        let clean = { (text: String?) in ArticleForm.clean(text) }
        var settings = SiteSettings(name: clean(form.name), digits: clean(form.digits), months: clean(form.months), timeZone: clean(form.timeZone))
        let sections = try await newsroom.store.sections()
        var unknown: [String] = []
        for line in (form.sectionOrder ?? "").split(whereSeparator: \.isNewline).map({ clean(String($0)) }) where !line.isEmpty {
            // Editors know sections by name; a slug works too.
            guard let section = sections.first(where: { $0.name == line || $0.slug == line }) else { unknown.append(line); continue }
            if !settings.sectionOrder.contains(section.slug) { settings.sectionOrder.append(section.slug) }
        }
        let legacy = clean(form.legacyBaseURL)
        settings.legacyBaseURL = legacy.isEmpty ? nil : legacy
        let stored = try await newsroom.store.siteSettings()
        if form.copyDesk == "1" {
            let enabled = Set(form.enabledRules ?? [])
            settings.disabledCopyRules = CopyChecker.catalogue.map(\.id).filter { !enabled.contains($0) }
            settings.houseStyle = (form.houseStyle ?? "").replacingOccurrences(of: "\r\n", with: "\n")
            settings.newsroomWords = (form.newsroomWords ?? "").split(whereSeparator: \.isNewline).map { clean(String($0)) }.filter { !$0.isEmpty }
        } else {
            (settings.disabledCopyRules, settings.houseStyle, settings.newsroomWords) = (stored.disabledCopyRules, stored.houseStyle, stored.newsroomWords)
        }
        let pinned = clean(form.pinnedLead)
        if !pinned.isEmpty {
            guard let number = Int64(pinned), number > 0, try await newsroom.store.article(id: ArticleID(number)) != nil else {
                return await render(identity, settings, problem: "لم تُحفظ الإعدادات: لا يوجد خبر بالرقم «\(pinned)» لتثبيته.", status: .unprocessableContent)
            }
            settings.pinnedLead = ArticleID(number)
        }
        if let first = unknown.first {
            return await render(identity, settings, problem: "لم تُحفظ الإعدادات: لا يوجد قسم باسم «\(first)».", status: .unprocessableContent)
        }
        if let (setting, _) = settings.problem {
            return await render(identity, settings, problem: Self.wording(setting), status: .unprocessableContent)
        }
        try await newsroom.store.updateSiteSettings(settings)
        try await newsroom.store.record(AuditEvent(
            at: newsroom.clock.now(), kind: "settings-changed", actor: identity.user.name,
            detail: "\(settings.name) · \(settings.digits) · \(settings.months) · \(settings.timeZone)"
                + " · \(settings.sectionOrder.joined(separator: "، ")) · \(settings.pinnedLead.map { "#\($0)" } ?? "-")"
                + " · \(settings.legacyBaseURL ?? "-")"))
        return NewsroomServices.redirect(NewsroomRoute.settings.path + "?saved=1")
    }

    private func render(
        _ identity: RequestIdentity, _ settings: SiteSettings, notice: String? = nil, problem: String? = nil, status: HTTPResponse.Status = .ok
    ) async -> Response {
        let sections = (try? await newsroom.store.sections()) ?? []
        let names = Dictionary(sections.map { ($0.slug, $0.name) }, uniquingKeysWith: { first, _ in first })
        let pinnedHeadline = await settings.pinnedLead.asyncFlatMap { try? await newsroom.store.article(id: $0)?.content.headline }
        let digits: [(DigitStyle, String)] = [(.western, "غربية: 0123456789"), (.arabicIndic, "مشرقية: ٠١٢٣٤٥٦٧٨٩")]
        let months: [(GregorianMonthNames, String)] = [(.egyptian, "يناير، فبراير…"), (.levantine, "كانون الثاني، شباط…"), (.maghrebi, "جانفي، فيفري…")]
        let disabled = Set(settings.disabledCopyRules)
        let houseStyle = settings.houseStyle ?? HouseStyleEntry.defaults.map { "\($0.avoid)=\($0.prefer)" }.joined(separator: "\n")
        let page = SettingsPage(
            chrome: newsroom.views.chrome(for: identity), csrf: identity.session?.csrfToken ?? "", name: settings.name, timeZone: settings.timeZone,
            digits: digits.map { AdminOption(value: $0.0.rawValue, name: $0.1, selected: $0.0.rawValue == settings.digits) },
            months: months.map { AdminOption(value: $0.0.rawValue, name: $0.1, selected: $0.0.rawValue == settings.months) },
            timeZones: Self.timeZones, sectionOrder: settings.sectionOrder.map { names[$0] ?? $0 }.joined(separator: "\n"),
            sections: sections.map(\.name).joined(separator: "، "), pinnedLead: settings.pinnedLead.map { String($0.rawValue) } ?? "",
            pinnedHeadline: pinnedHeadline, legacyBaseURL: settings.legacyBaseURL ?? "",
            copyRules: CopyChecker.catalogue.map { AdminOption(value: $0.id, name: $0.title, selected: !disabled.contains($0.id)) },
            houseStyle: houseStyle, newsroomWords: settings.newsroomWords.joined(separator: "\n"), notice: notice, problem: problem)
        return await newsroom.page("settings", page, status: status)
    }

    private static func wording(_ setting: String) -> String {
        switch setting {
        case "name": "لم تُحفظ الإعدادات: اسم الموقع فارغ أو أطول من ٨٠ حرفًا."
        case "digits": "لم تُحفظ الإعدادات: اختر الأرقام الغربية أو المشرقية."
        case "months": "لم تُحفظ الإعدادات: اختر إحدى تسميات الأشهر المعروضة."
        case "legacyBaseURL": "لم تُحفظ الإعدادات: عنوان الموقع السابق ليس عنوان ويب؛ اكتبه مثل https://example.com."
        default: "لم تُحفظ الإعدادات: المنطقة الزمنية غير معروفة؛ اكتب اسمًا مثل Africa/Tripoli."
        }
    }
}
