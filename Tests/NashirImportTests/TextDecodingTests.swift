import Foundation
import Testing
@testable import NashirImport

/// Legacy Arabic encodings become UTF-8; the wrong bytes for a declared encoding are located.
@Suite struct TextDecodingTests {
    static let arabic = "أعلن المجلس الرئاسي، اليوم، موعد الانتخابات"

    private func encoded(_ text: String, _ encoding: String) throws -> [UInt8] {
        try Iconv.convertFromUTF8(text, to: encoding)
    }

    @Test(arguments: ["windows-1256", "cp1256", "ISO-8859-6", "iso_8859-6", "arabic"])
    func anXMLDeclarationChoosesTheEncoding(_ label: String) throws {
        let bytes = try encoded("<?xml version=\"1.0\" encoding=\"\(label)\"?>\n<t>\(Self.arabic)</t>", label.hasPrefix("arabic") ? "ISO-8859-6" : label)
        let text = try TextDecoding.decode(bytes, file: "f.xml")
        #expect(text.contains("<t>\(Self.arabic)</t>"))
    }

    @Test(arguments: [
        "<meta charset=\"windows-1256\">",
        "<META HTTP-EQUIV=\"Content-Type\" CONTENT=\"text/html; charset=windows-1256\">",
        "<meta content='text/html; charset=windows-1256' http-equiv='content-type' />",
    ])
    func anHTMLMetaChoosesTheEncoding(_ meta: String) throws {
        let bytes = try encoded("<html><head>\(meta)<title>\(Self.arabic)</title></head></html>", "WINDOWS-1256")
        #expect(try TextDecoding.decode(bytes, file: "page.html").contains("<title>\(Self.arabic)</title>"))
    }

    @Test func theTransportCharsetWinsOverTheDeclaration() throws {
        let bytes = try encoded("<?xml version=\"1.0\" encoding=\"ISO-8859-6\"?><t>\(Self.arabic)</t>", "WINDOWS-1256")
        // 1256 bytes under an ISO-8859-6 label fail; the server's header says what they are.
        #expect(throws: ImportError.self) { try TextDecoding.decode(bytes, file: "f.xml") }
        #expect(try TextDecoding.decode(bytes, file: "f.xml", charset: "windows-1256").contains(Self.arabic))
    }

    @Test func aServersDefaultLatin1YieldsToTheDocument() throws {
        let bytes = try encoded("<?xml version=\"1.0\" encoding=\"windows-1256\"?><t>\(Self.arabic)</t>", "WINDOWS-1256")
        #expect(try TextDecoding.decode(bytes, file: "f.xml", charset: "ISO-8859-1").contains(Self.arabic))
    }

    @Test(arguments: [("UTF-16LE", [UInt8]([0xFF, 0xFE])), ("UTF-16BE", [0xFE, 0xFF]), ("UTF-8", [0xEF, 0xBB, 0xBF])])
    func aByteOrderMarkWinsOverEverything(_ encoding: String, _ mark: [UInt8]) throws {
        let bytes = mark + (try encoded("<?xml version=\"1.0\" encoding=\"windows-1256\"?><t>\(Self.arabic)</t>", encoding))
        let text = try TextDecoding.decode(bytes, file: "f.xml", charset: "windows-1256")
        #expect(text.hasPrefix("<?xml") && text.contains(Self.arabic))
    }

    @Test func utf8WithAStaleLegacyLabelIsReadAsUTF8() throws {
        let bytes = Array("<html><head><meta charset=\"windows-1256\"></head><body>\(Self.arabic)</body></html>".utf8)
        #expect(try TextDecoding.decode(bytes, file: "saved.html").contains(Self.arabic))
    }

    @Test func bytesTheDeclaredEncodingDoesNotHoldAreLocated() throws {
        // «ك» is 0xDF in windows-1256 and undefined in ISO-8859-6.
        let bytes = try encoded("<?xml version=\"1.0\" encoding=\"ISO-8859-6\"?>\n<t>\nمكتب</t>", "WINDOWS-1256")
        let error = try #require(throws: ImportError.self) { try TextDecoding.decode(bytes, file: "f.xml") }
        #expect(error.line == 3)
        let offset = try #require(bytes.firstIndex(of: 0xDF))
        #expect(error.problem == "declares ISO-8859-6, but byte 0xDF at offset \(offset) is not ISO-8859-6")
    }

    @Test func legacyBytesDeclaredAsUTF8AreLocated() throws {
        let bytes = try encoded("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n\n<t>\(Self.arabic)</t>", "WINDOWS-1256")
        let error = try #require(throws: ImportError.self) { try TextDecoding.decode(bytes, file: "f.xml") }
        #expect(error.line == 3)
        #expect(error.problem.hasPrefix("is not valid UTF-8 (bad byte at offset 43); declares UTF-8 but is not"))
    }

    @Test func anUnknownEncodingIsNamed() throws {
        let error = try #require(throws: ImportError.self) {
            try TextDecoding.decode(Array("<?xml version=\"1.0\" encoding=\"klingon-8\"?><t/>".utf8), file: "f.xml")
        }
        #expect(error.problem == "declares the encoding \"klingon-8\", which Nashir cannot read")
    }

    @Test func undeclaredTextMustBeUTF8() throws {
        #expect(try TextDecoding.decode(Array("سطر\n".utf8), file: "a.txt") == "سطر\n")
        let error = try #require(throws: ImportError.self) { try TextDecoding.decode([0x41, 0x0A, 0xE9], file: "a.txt") }
        #expect(error.line == 2)
        #expect(error.problem == "is not valid UTF-8 (bad byte at offset 2); save it as UTF-8 or declare its encoding")
    }
}

extension Iconv {
    /// Test input in a legacy encoding, made by the same iconv the reader uses.
    static func convertFromUTF8(_ text: String, to encoding: String) throws -> [UInt8] {
        try recode(Array(text.utf8)[...], from: "UTF-8", to: encoding)
    }
}
