/// Site-wide settings an editor changes without redeploying.
public protocol SettingsStore: Sendable {
    func siteSettings() async throws -> SiteSettings
    func updateSiteSettings(_ settings: SiteSettings) async throws
}
