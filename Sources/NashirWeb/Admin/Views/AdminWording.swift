import Foundation
import HTTPTypes
import NashirDomain

/// How the admin names roles, statuses and actions, in the newsroom's Arabic.
enum AdminWording {
    static func role(_ role: Role) -> String {
        switch role {
        case .administrator: "مدير الموقع"
        case .editor: "محرر"
        case .copyEditor: "مدقق"
        case .writer: "كاتب"
        }
    }

    /// A status as the desk says it; a published story with a time ahead is «مجدول».
    static func status(_ status: ArticleStatus, publishedAt: Date?, now: Date) -> String {
        switch status {
        case .incoming: "وارد"
        case .draft: "مسودة"
        case .inReview: "قيد المراجعة"
        case .published: (publishedAt.map { $0 > now } ?? false) ? "مجدول" : "منشور"
        case .unpublished: "أُوقف نشره"
        case .deleted: "محذوف"
        }
    }
}

extension AdminWording {
    /// A validation failure, naming the field as the editor labels it.
    static func validation(_ error: ArticleValidationError) -> String {
        let field = error.field.split(separator: "[").first.map(String.init) ?? error.field
        let names = ["headline": "العنوان", "slug": "الرابط المختصر", "section": "القسم", "body": "نص الخبر",
                     "highlights": "العناوين الفرعية", "tags": "العلامات", "origin": "المصدر",
                     "seo_title": "عنوان محركات البحث", "lead_image": "الصورة الرئيسية"]
        let name = names[field] ?? field
        let problem: String
        switch error.problem {
        case "is empty", "has no paragraphs", "has no name or slug": problem = "فارغ"
        case "spans several lines": problem = "يمتد على أكثر من سطر"
        case "is empty or spans several lines": problem = "فارغ أو يمتد على أكثر من سطر"
        default:
            if error.problem.contains("characters long") { problem = "أطول من المسموح" }
            else if error.problem.hasPrefix("links to") { problem = "فيه رابط لا يقود إلى عنوان ويب أو صفحة في الموقع" }
            else { problem = "غير صالح" }
        }
        return "لم يُحفظ الخبر: حقل «\(name)» \(problem)."
    }

    /// The status of a page reporting a store refusal: the server's trouble (503) when the
    /// database takes no writes, the copy's (422) otherwise.
    static func status(of error: StoreError) -> HTTPResponse.Status {
        if case .cannotWrite = error { return .serviceUnavailable }
        return .unprocessableContent
    }

    /// A store refusal, as the editor should read it.
    static func storeError(_ error: StoreError) -> String {
        switch error {
        case .invalidArticle(_, _, let problem): "لم يُحفظ الخبر: \(problem)"
        case .notFound: "الخبر غير موجود؛ ربما حُذف."
        case .conflict(_, _, let actual): "حفظ زميل هذا الخبر بعد أن فتحته (المراجعة \(actual)). لم يُحفظ شيء."
        case .duplicateOrigin: "يوجد خبر آخر من المصدر نفسه."
        case .duplicateSource: "يوجد مصدر آخر بهذا الاسم."
        case .forbiddenTransition(_, let from, let to):
            "لا يمكن نقل الخبر من «\(status(from, publishedAt: nil, now: Date()))» إلى «\(status(to, publishedAt: nil, now: Date()))»."
        case .cannotOpen: "تعذّر الوصول إلى قاعدة البيانات."
        case .cannotWrite: "تعذّر الحفظ: قاعدة البيانات لا تقبل الكتابة الآن (القرص ممتلئ أو القاعدة للقراءة فقط). لم يُحفظ شيء، والموقع يعمل للقراء كما هو."
        }
    }
}

/// One option of a select box.
struct AdminOption: Sendable {
    var value: String
    var name: String
    var selected: Bool
}

/// What every admin page shows around its content: the bar with the person and the navigation.
struct AdminChrome: Sendable {
    var css: String
    var js: String
    var user: User?
    var roleName: String
    var csrf: String
    var isAdministrator: Bool
    var mayCreate: Bool
    var links: AdminLinks
}

/// The admin's navigation addresses, printed from `NewsroomRoute`.
struct AdminLinks: Sendable {
    var dashboard = NewsroomRouteLinks.dashboard
    var articles = NewsroomRouteLinks.articles
    var incoming = NewsroomRouteLinks.incoming
    var newArticle = NewsroomRouteLinks.newArticle
    var people = NewsroomRouteLinks.people
    var settings = NewsroomRouteLinks.settings
    var signOut = NewsroomRouteLinks.signOut
    var signOutEverywhere = NewsroomRouteLinks.signOutEverywhere
}
