/// The model of the `error` template: why a request failed, in the theme's words, with the
/// reason a 4xx gave («رقم الصفحة (page) يجب أن يكون…»).
struct ErrorPage: PageModel {
    static let template = "error"

    let site: SiteChrome
    let strings: ThemeStrings
    let title: String
    let heading: String
    let message: String

    init(status: Int, reason: String?, context: RenderContext) {
        site = context.chrome
        strings = context.strings
        (heading, message) = Self.wording(status: status, reason: reason, strings: context.strings)
        title = strings.pageTitle(heading, site: site.name)
    }

    /// The heading and the explanation for a status. A server error never shows its reason:
    /// that is for the log, not the reader.
    static func wording(status: Int, reason: String?, strings: ThemeStrings) -> (heading: String, message: String) {
        switch status {
        case 400: (strings.text(.badRequest), reason ?? strings.text(.badRequestMessage))
        case 404: (strings.text(.notFound), strings.text(.notFoundMessage))
        case 410: (strings.text(.gone), strings.text(.goneMessage))
        case 500...: (strings.text(.serverError), strings.text(.serverErrorMessage))
        default: (strings.text(.requestFailed), reason ?? strings.text(.requestFailedMessage))
        }
    }
}
