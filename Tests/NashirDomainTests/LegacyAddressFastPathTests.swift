import Foundation
@testable import NashirDomain
import PropertyBased
import Testing

/// The plain-address split and the Swift unescaping give the keys URLComponents and Foundation's
/// unescaping and NFC give, over addresses assembled from spellings real exports and browsers use
/// and from pieces that must send an address down Foundation's path.
@Suite struct LegacyAddressFastPathTests {
    static let schemes = ["https://", "http://", "HTTPS://", "Http://", "ftp://", "https:/", ""]
    static let hosts = ["old.example.com", "www.old.example.com", "OLD.Example.com", "a-b.example.org", "xn--mgbh0fb.example", "127.0.0.1", "[::1]", "", "user@host.com", ".bad.com", "host_x.com"]
    static let ports = ["", ":80", ":443", ":8080", ":0443", ":", ":99999", ":x"]
    static let segments = [
        "2024", "05", "%d9%84%d9%8a%d8%a8%d9%8a%d8%a7", "%D9%84%D9%8A%D8%A8%D9%8A%D8%A7", "ليبيا", "News", "a+b", "a%20b", "a b",
        "%zz", "%d9", "%C3%A9", "é", "e\u{301}", "ا\u{654}", "%D8%A7%D9%94", "سَّ", "%D9%8E%D9%91", "~user", "x;y=z", "(1)", "@", ":",
        "%2F", "[x]", "a|b", "\"q\"", "<", "%00", "ı", "İ", "ẞ",
    ]
    static let queries = ["", "?p=12", "?P=12&utm_source=x", "?", "?a=%D9%84", "?a=b?c", "?a=b#frag", "#frag", "?x=<"]
    static let edges = ["", "/", "//", " ", "\t", "\u{00A0}", "؟", "\u{3000}x"]

    @Test func everyAddressGetsTheKeyURLComponentsGives() async {
        await propertyCheck(
            count: 4000,
            input: Gen.int(in: 0...(Self.schemes.count - 1)), Gen.int(in: 0...(Self.hosts.count - 1)), Gen.int(in: 0...(Self.ports.count - 1)),
            Gen.int(in: 0...(Self.segments.count - 1)).array(of: 0...4), Gen.int(in: 0...(Self.queries.count - 1)), Gen.int(in: 0...(Self.edges.count - 1))
        ) { scheme, host, port, segments, query, edge in
            let path = segments.map { "/" + Self.segments[$0] }.joined()
            let url = Self.schemes[scheme] + Self.hosts[host] + Self.ports[port] + path + Self.edges[edge] + Self.queries[query]
            #expect(LegacyAddress.key(forURL: url) == LegacyAddress.keyThroughURLComponents(forURL: url), "«\(url)»")
        }
    }

    /// The spellings exports and agencies write take the plain path; the others go to URLComponents.
    @Test func plainSpellingsAreSplitWithoutURLComponents() throws {
        let plain = try #require(PlainURL("https://www.old.example.com:8080/2024/05/%d9%84%d9%8a/?p=12&x=%D9%84"))
        #expect(plain.scheme == "https" && plain.host == "www.old.example.com" && plain.port == 8080)
        #expect(plain.path == "/2024/05/%d9%84%d9%8a/" && plain.query == "p=12&x=%D9%84")
        #expect(PlainURL("http://old.example.com")?.path == "")
        #expect(PlainURL("http://www.alarabiya.net/ar/2018/04/10/ما-هي-الـ50-ولماذا؟.html").map { LegacyAddress.decodedPath($0.path) } == "/ar/2018/04/10/ما-هي-الـ50-ولماذا؟.html")
        for other in ["https://old.example.com/ليبيا\u{00A0}", "HTTPS://old.example.com/", "https://Old.example.com/", "https://old.example.com/#top", "https://u@old.example.com/", " https://old.example.com/"] {
            #expect(PlainURL(other) == nil, "«\(other)»")
        }
        #expect(PercentEncoding.decode("/%D9%84%d9%8a") == "/لي")
    }

    @Test func everyRequestPathDecodesAsFoundationDecodes() async {
        await propertyCheck(count: 4000, input: Gen.int(in: 0...(Self.segments.count - 1)).array(of: 0...5), Gen.int(in: 0...(Self.edges.count - 1))) { segments, edge in
            let path = segments.map { "/" + Self.segments[$0] }.joined() + Self.edges[edge]
            #expect(LegacyAddress.decodedPath(path) == LegacyAddress.decodedPathThroughFoundation(path), "«\(path)»")
        }
    }
}
