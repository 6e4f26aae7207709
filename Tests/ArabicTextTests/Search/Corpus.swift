import Foundation

/// Real articles from ../shared/corpus/articles, read in place; absent on machines without it.
enum Corpus {
    static let directory: URL? = {
        let root = URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let directory = root.appendingPathComponent("../shared/corpus/articles").standardized
        return FileManager.default.fileExists(atPath: directory.path) ? directory : nil
    }()

    /// Title, summary and body of every `stride`-th article of each file, so all five
    /// publications' habits are in the sample.
    static func sampleFields(every stride: Int = 16) throws -> [String] {
        guard let directory else { return [] }
        var fields: [String] = []
        let files = try FileManager.default.contentsOfDirectory(atPath: directory.path)
            .filter { $0.hasSuffix(".jsonl") }.sorted()
        for file in files {
            let data = try Data(contentsOf: directory.appendingPathComponent(file))
            for (index, line) in data.split(separator: UInt8(ascii: "\n")).enumerated() where index % stride == 0 {
                guard let article = try JSONSerialization.jsonObject(with: line) as? [String: Any] else { continue }
                for key in ["title", "summary", "body"] {
                    if let text = article[key] as? String { fields.append(text) }
                }
            }
        }
        return fields
    }
}
