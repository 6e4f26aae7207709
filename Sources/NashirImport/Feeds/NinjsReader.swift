/// IPTC ninjs news items: 1.x and 2.x (lower-case names: `versioncreated`, `body_html` or
/// `bodies[]`, `associations` as an object or an array) and 3.x (camelCase: `versionCreated`,
/// `embargoedUntil`, `copyrightHolder`). A file holds one item, or an array of them.
enum NinjsReader {
    static func isNinjs(_ root: JSONValue) -> Bool {
        let first = root.array.first ?? root
        return first.isObject && first["uri"]?.string != nil
            && (first["headlines"] != nil || first["headline"] != nil || first["bodies"] != nil || first["body_html"] != nil || first["body_text"] != nil
                || first["type"] != nil || first["versioncreated"] != nil || first["versionCreated"] != nil)
    }

    static func read(_ root: JSONValue, lines: JSONLineIndex) -> FeedDocument {
        let items = root.isObject ? [root] : root.array
        let version = items.first.map { $0["versionCreated"] != nil || $0["pubStatus"] != nil || $0["embargoedUntil"] != nil ? "ninjs 3" : "ninjs 2" } ?? "ninjs"
        return FeedDocument(format: version, title: nil, entries: items.enumerated().map { index, item in
            entry(item, line: root.isObject ? 1 : lines.line(ofItem: index, in: nil))
        })
    }

    private static func entry(_ item: JSONValue, line: Int) -> FeedEntry {
        var entry = FeedEntry(line: line)
        entry.key = item["uri"]?.string.flatMap(nonEmpty) ?? item["guid"]?.string.flatMap(nonEmpty)
        entry.title = (mainValue(item["headlines"]) ?? item["headline"]?.string ?? item["title"]?.string).flatMap(nonEmpty).map(FeedText.plain)
        entry.content = body(item)
        entry.summary = mainValue(item["descriptions"]).flatMap(nonEmpty).map(FeedText.plain)
            ?? (item["description_html"]?.string).flatMap(nonEmpty).map(FeedText.html)
            ?? (item["description_text"]?.string).flatMap(nonEmpty).map(FeedText.plain)
        entry.link = (item[first: "altIds", "altids"]?.array ?? []).first { ["url", "link", "web"].contains($0["role"]?.string ?? "") }?["value"]?.string
            ?? (item["uri"]?.string).flatMap { $0.hasPrefix("http") ? $0 : nil }
        let people = (item["people"]?.array ?? []).filter { ["author", "creator", "byline"].contains($0["rel"]?.string ?? "") }.compactMap { $0["name"]?.string }
        entry.authors = [item["by"]?.string ?? item["byline"]?.string].compactMap { $0.flatMap(nonEmpty) } + (item["by"] == nil && item["byline"] == nil ? people : [])
        entry.categories = categories(item)
        entry.published = entry.date(item[first: "firstCreated", "firstcreated", "contentCreated", "contentcreated"]?.string, field: "firstcreated")
        entry.updated = entry.date(item[first: "versionCreated", "versioncreated"]?.string, field: "versioncreated")
        if entry.published == nil { entry.published = entry.updated }
        entry.embargo = entry.date(item[first: "embargoedUntil", "embargoed"]?.string, field: "embargoed")
        if let urgency = item["urgency"]?.number { entry.urgent = urgency <= 2 }
        entry.place = item["located"]?.string.flatMap(nonEmpty)
        entry.credit = (item[first: "copyrightHolder", "copyrightholder"]?.string).flatMap(nonEmpty)
            ?? (item[first: "infoSources", "infosources"]?.array.first?["name"]?.string).flatMap(nonEmpty)
        entry.imageURL = picture(item)
        if let status = item[first: "pubStatus", "pubstatus"]?.string, status != "usable" {
            entry.problems.append("pubstatus is \"\(status)\": the agency has withheld or cancelled the item")
        }
        return entry
    }

    /// The value of the `main` entry of `headlines[]`/`descriptions[]`, else the first.
    private static func mainValue(_ list: JSONValue?) -> String? {
        let entries = list?.array ?? []
        return (entries.first { $0["role"]?.string == "main" } ?? entries.first)?["value"]?.string
    }

    /// The richest body: HTML (`bodies[]` of an HTML content type, or `body_html`), else text.
    private static func body(_ item: JSONValue) -> FeedText? {
        let bodies = item["bodies"]?.array ?? []
        func contentType(_ body: JSONValue) -> String { (body[first: "contentType", "contenttype"]?.string ?? "text/plain").lowercased() }
        if let html = bodies.first(where: { contentType($0).contains("html") }), let value = html["value"]?.string.flatMap(nonEmpty) { return .html(value) }
        if let html = item["body_html"]?.string.flatMap(nonEmpty) ?? item["body_xhtml"]?.string.flatMap(nonEmpty) { return .html(html) }
        if let text = (bodies.first { $0["role"]?.string == "main" } ?? bodies.first)?["value"]?.string.flatMap(nonEmpty) { return .plain(text) }
        return item["body_text"]?.string.flatMap(nonEmpty).map(FeedText.plain)
    }

    /// Subjects (2.x/3.x objects, 1.x `subject`), then free keywords; genres and places are not tags.
    private static func categories(_ item: JSONValue) -> [String] {
        let subjects = (item["subjects"]?.array ?? []) + (item["subject"]?.array ?? [])
        let names = subjects.compactMap { $0["name"]?.string ?? $0.string }
        let keywords = (item["keywords"]?.array ?? []).compactMap(\.string)
        return (names + keywords).compactMap(nonEmpty)
    }

    /// The first associated picture's address: its largest rendition, else its own uri.
    private static func picture(_ item: JSONValue) -> String? {
        // 1.x and 2.0 drafts keep associations in an object keyed by name; 2.x and 3.x in an array.
        let associations = item["associations"].map { $0.isObject ? $0.members.map(\.value) : $0.array } ?? []
        guard let picture = associations.first(where: { ["picture", "graphic"].contains($0["type"]?.string ?? "") }) else { return nil }
        let renditions = picture["renditions"].map { $0.isObject ? $0.members.map(\.value) : $0.array } ?? []
        let widest = renditions.filter { $0["href"]?.string != nil }.max { ($0["width"]?.number ?? 0) < ($1["width"]?.number ?? 0) }
        return widest?["href"]?.string ?? picture["uri"]?.string.flatMap { $0.hasPrefix("http") ? $0 : nil }
    }
}
