import ArabicText
import ArgumentParser
import Foundation
import NashirDomain
import NashirSQLite

/// `nashir settings`: shows or changes the site's name, digits, month names and time zone.
struct SettingsCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "settings",
        abstract: "Show or change site settings (name, digits, month names, time zone, the front page's section order and lead).")

    @OptionGroup var database: DatabaseOptions

    @Option(help: "The site's name, shown in the masthead.")
    var name: String?

    @Option(help: "Digits for dates and counts: western (0-9) or arabic-indic (٠-٩).")
    var digits: DigitStyle?

    @Option(help: "Gregorian month names: egyptian (يناير), levantine (كانون الثاني) or maghrebi (جانفي).")
    var months: GregorianMonthNames?

    @Option(help: "The newsroom's time zone, e.g. Asia/Riyadh or Africa/Tripoli.")
    var timeZone: String?

    @Option(help: "Section slugs, comma-separated, in the order the front page shows their blocks (\"\" for the order of first use).")
    var sectionOrder: String?

    @Option(help: "The article id the front page leads with (0 to lead with the newest again).")
    var pinnedLead: Int64?

    @Option(help: "The site's address before Nashir, e.g. https://example.com: its imported posts' old links answer 301 (\"\" for none).")
    var legacyBaseURL: String?

    /// The rules the admin's settings page applies too (`SiteSettings.problem`).
    func validate() throws {
        var probe = SiteSettings.defaults
        if let name { probe.name = name }
        if let timeZone { probe.timeZone = timeZone }
        if let legacyBaseURL, !legacyBaseURL.isEmpty { probe.legacyBaseURL = legacyBaseURL }
        if let (setting, problem) = probe.problem {
            throw ValidationError("--\(Self.optionName(setting)) \(problem)")
        }
    }

    func run() async throws {
        let store = try await openStore(database.db)
        var settings = try await store.siteSettings()
        if name != nil || digits != nil || months != nil || timeZone != nil || sectionOrder != nil || pinnedLead != nil || legacyBaseURL != nil {
            if let sectionOrder {
                let slugs = sectionOrder.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
                let known = Set(try await store.sections().map(\.slug))
                if let unknown = slugs.first(where: { !known.contains($0) }) {
                    throw ValidationError("--section-order: no section has the slug \"\(unknown)\"")
                }
                settings.sectionOrder = slugs
            }
            if let pinnedLead {
                if pinnedLead != 0, try await store.article(id: ArticleID(pinnedLead)) == nil {
                    throw ValidationError("--pinned-lead: no article has the id \(pinnedLead)")
                }
                settings.pinnedLead = pinnedLead == 0 ? nil : ArticleID(pinnedLead)
            }
            if let name { settings.name = name }
            if let legacyBaseURL { settings.legacyBaseURL = legacyBaseURL.isEmpty ? nil : legacyBaseURL }
            if let digits { settings.digits = digits.rawValue }
            if let months { settings.months = months.rawValue }
            if let timeZone { settings.timeZone = timeZone }
            try await store.updateSiteSettings(settings)
        }
        print("name: \(settings.name)\ndigits: \(settings.digits)\nmonths: \(settings.months)\ntime-zone: \(settings.timeZone)")
        print("section-order: \(settings.sectionOrder.joined(separator: ","))\npinned-lead: \(settings.pinnedLead.map { String($0.rawValue) } ?? "")")
        print("legacy-base-url: \(settings.legacyBaseURL ?? "")")
    }

    /// The command-line spelling of a setting `SiteSettings.problem` names.
    static func optionName(_ setting: String) -> String {
        switch setting {
        case "timeZone": "time-zone"
        case "legacyBaseURL": "legacy-base-url"
        default: setting
        }
    }
}

extension DigitStyle: ExpressibleByArgument {}
extension GregorianMonthNames: ExpressibleByArgument {}
