import Foundation
import NashirXML
import Testing

/// The safe XML reader: a faithful tree for well-formed feeds, refusals for the documents that
/// attack parsers, and errors that name the line and column.
@Suite struct XMLReaderTests {
    let reader = XMLReader()

    @Test func readsNamespacesAttributesTextCDATAAndLines() throws {
        let xml = """
            <?xml version="1.0" encoding="UTF-8"?>
            <rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
              <channel>
                <item>
                  <title>عنوان &amp; «خبر»</title>
                  <content:encoded><![CDATA[<p>نص</p>]]></content:encoded>
                </item>
              </channel>
            </rss>
            """
        let root = try reader.parse(xml)
        #expect(root.name == "rss" && root.namespace == nil && root.line == 2)
        #expect(root.attribute("version") == "2.0")
        let item = try #require(root.element("channel")?.element("item"))
        #expect(item.line == 4)
        #expect(item.text(of: "title") == "عنوان & «خبر»")
        let encoded = try #require(item.element("encoded", namespace: "http://purl.org/rss/1.0/modules/content/"))
        #expect(encoded.text == "<p>نص</p>")
        #expect(item.element("encoded", namespace: "urn:other") == nil)
    }

    @Test func anExternalEntityIsRefusedAndNothingIsRead() throws {
        let xml = """
            <?xml version="1.0"?>
            <!DOCTYPE r [
              <!ENTITY xxe SYSTEM "file:///etc/passwd">
            ]>
            <r>&xxe;</r>
            """
        let error = try #require(throws: XMLReadError.self) { try reader.parse(xml) }
        #expect(error.kind == .refused)
        #expect(error.line == 3)
        #expect(error.message.contains("declares the entity \"xxe\""))
        #expect(!error.message.contains("root:"))
    }

    @Test(arguments: [
        #"<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">"#,
        #"<!ENTITY % p "x">"#,
        #"<!ENTITY big "\#(String(repeating: "x", count: 10_000))">"#,
    ])
    func everyEntityDeclarationIsRefused(_ declarations: String) throws {
        let xml = "<?xml version=\"1.0\"?>\n<!DOCTYPE r [\(declarations)]>\n<r>&b;&big;</r>"
        let started = ContinuousClock.now
        let error = try #require(throws: XMLReadError.self) { try reader.parse(xml) }
        #expect(error.kind == .refused)
        #expect(error.line == 2)
        #expect(ContinuousClock.now - started < .seconds(1))
    }

    @Test func billionLaughsIsRefusedAtOnce() throws {
        var declarations = #"<!ENTITY lol0 "lol">"#
        for level in 1...9 {
            declarations += "<!ENTITY lol\(level) \"\(String(repeating: "&lol\(level - 1);", count: 10))\">"
        }
        let xml = "<?xml version=\"1.0\"?><!DOCTYPE lolz [\(declarations)]><lolz>&lol9;</lolz>"
        let started = ContinuousClock.now
        let error = try #require(throws: XMLReadError.self) { try reader.parse(xml) }
        #expect(error.kind == .refused)
        #expect(error.message.contains("lol0"))
        #expect(ContinuousClock.now - started < .seconds(1))
    }

    @Test func anExternalDTDIsNeverFetchedAndHTMLEntityNamesStillRead() throws {
        // RSS 0.91's DOCTYPE names Netscape's DTD, long gone; feeds under it use HTML's entities.
        let xml = """
            <?xml version="1.0"?>
            <!DOCTYPE rss PUBLIC "-//Netscape Communications//DTD RSS 0.91//EN" "http://127.0.0.1:9/rss-0.91.dtd">
            <rss version="0.91"><channel><title>caf&eacute;&nbsp;x</title></channel></rss>
            """
        let root = try reader.parse(xml)
        #expect(root.element("channel")?.text(of: "title") == "café\u{A0}x")
        let unknown = xml.replacingOccurrences(of: "&eacute;", with: "&nosuchentity;")
        let error = try #require(throws: XMLReadError.self) { try reader.parse(unknown) }
        #expect(error.message.contains("&nosuchentity;"))
        #expect(error.line == 3)
    }

    @Test(arguments: [
        ("<r>\n  <a>\n</r>", 3, 5, "Opening and ending tag mismatch"),
        ("<r>\n <a b=\"1\" b=\"2\"/>\n</r>", 2, 16, "Attribute b redefined"),
        ("<r>&undefined;</r>", 1, 15, "Entity 'undefined' not defined"),
        ("<r>\n\n  text & more</r>", 3, 9, "xmlParseEntityRef: no name"),
        ("", 1, 1, "Document is empty"),
    ])
    func malformedXMLNamesLineAndColumn(_ xml: String, _ line: Int, _ column: Int, _ message: String) throws {
        let error = try #require(throws: XMLReadError.self) { try reader.parse(xml) }
        #expect(error.kind == .malformed)
        #expect(error.line == line)
        #expect(error.column == column)
        #expect(error.message.hasPrefix(message), "\(error)")
    }

    @Test func aDocumentOverTheLimitIsRefusedUnread() throws {
        let error = try #require(throws: XMLReadError.self) { try XMLReader(maxBytes: 100).parse("<r>" + String(repeating: "x", count: 200) + "</r>") }
        #expect(error.kind == .refused)
        #expect(error.message.contains("limit is 100 bytes"))
    }

    @Test func deepNestingIsRefusedNotCrashed() throws {
        let xml = String(repeating: "<a>", count: 5000) + String(repeating: "</a>", count: 5000)
        let error = try #require(throws: XMLReadError.self) { try reader.parse(xml) }
        #expect(error.message.contains("depth"), "\(error)")
    }

    @Test func parsesOnSeveralThreadsKeepTheirOwnErrors() async throws {
        let results = await withTaskGroup(of: (Int, XMLReadError?).self) { group in
            for index in 0..<64 {
                group.addTask {
                    let xml = index % 2 == 0 ? "<r><i>\(index)</i></r>" : "<r>\n" + String(repeating: " ", count: index) + "<i></r>"
                    do { _ = try XMLReader().parse(xml); return (index, nil) } catch { return (index, error as? XMLReadError) }
                }
            }
            var collected: [(Int, XMLReadError?)] = []
            for await result in group { collected.append(result) }
            return collected
        }
        for (index, error) in results {
            if index % 2 == 0 {
                #expect(error == nil)
            } else {
                #expect(error?.line == 2, "document \(index)")
                #expect(error?.column == index + 8, "document \(index): \(String(describing: error))")
            }
        }
    }
}
