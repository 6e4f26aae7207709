import ArabicText
import ArgumentParser
import Foundation
import NashirDomain
import NashirSQLite

/// `nashir settings`: shows or changes the site's name, digits, month names and time zone.
struct SettingsCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "settings",
        abstract: "Show or change site settings (name, digits, month names, time zone).")

    @OptionGroup var database: DatabaseOptions

    @Option(help: "The site's name, shown in the masthead.")
    var name: String?

    @Option(help: "Digits for dates and counts: western (0-9) or arabic-indic (٠-٩).")
    var digits: DigitStyle?

    @Option(help: "Gregorian month names: egyptian (يناير), levantine (كانون الثاني) or maghrebi (جانفي).")
    var months: GregorianMonthNames?

    @Option(help: "The newsroom's time zone, e.g. Asia/Riyadh or Africa/Tripoli.")
    var timeZone: String?

    /// The rules the admin's settings page applies too (`SiteSettings.problem`).
    func validate() throws {
        var probe = SiteSettings.defaults
        if let name { probe.name = name }
        if let timeZone { probe.timeZone = timeZone }
        if let (setting, problem) = probe.problem {
            throw ValidationError("--\(setting == "timeZone" ? "time-zone" : setting) \(problem)")
        }
    }

    func run() async throws {
        let store = try openStore(database.db)
        var settings = try await store.siteSettings()
        if name != nil || digits != nil || months != nil || timeZone != nil {
            if let name { settings.name = name }
            if let digits { settings.digits = digits.rawValue }
            if let months { settings.months = months.rawValue }
            if let timeZone { settings.timeZone = timeZone }
            try await store.updateSiteSettings(settings)
        }
        print("name: \(settings.name)\ndigits: \(settings.digits)\nmonths: \(settings.months)\ntime-zone: \(settings.timeZone)")
    }
}

extension DigitStyle: ExpressibleByArgument {}
extension GregorianMonthNames: ExpressibleByArgument {}
