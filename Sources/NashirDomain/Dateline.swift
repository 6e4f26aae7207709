import Foundation

/// The opening credit of wire copy: where it was filed, by whom, and sometimes when.
public struct Dateline: Sendable, Equatable, Hashable, Codable {
    /// The place, e.g. «طرابلس» or «دبي، الإمارات العربية المتحدة»; absent in «(CNN)--».
    public var place: String?
    /// The agency or outlet, e.g. «وكالات», «رويترز», «CNN».
    public var source: String?
    /// The filing date when the dateline states one.
    public var date: Date?

    public init(place: String? = nil, source: String? = nil, date: Date? = nil) {
        self.place = place
        self.source = source
        self.date = date
    }

    /// True when it says nothing, which the domain treats as no dateline.
    public var isEmpty: Bool { place == nil && source == nil && date == nil }
}
