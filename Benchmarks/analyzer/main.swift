// Times the index analysis on the corpus, single-threaded: the baseline commit's
// `terms(in:).joined` against this tree's `indexText(of:)`, after checking that both give the
// same bytes for every field. Built and run by run.sh.
import ArabicText
import ArabicTextBaseline
import Foundation

/// Title, summary and body of every article: what the full-text index analyses.
func loadFields(from directory: String) throws -> (articles: Int, fields: [String]) {
    var articles = 0
    var fields: [String] = []
    let files = try FileManager.default.contentsOfDirectory(atPath: directory).filter { $0.hasSuffix(".jsonl") }.sorted()
    for file in files {
        let data = try Data(contentsOf: URL(fileURLWithPath: directory + "/" + file))
        for line in data.split(separator: UInt8(ascii: "\n")) where !line.isEmpty {
            guard let object = try JSONSerialization.jsonObject(with: line) as? [String: Any] else { continue }
            articles += 1
            for key in ["title", "summary", "body"] {
                if let text = object[key] as? String { fields.append(text) }
            }
        }
    }
    return (articles, fields)
}

/// CPU time of this thread, so other work on the machine slows the figures less than wall time.
func threadSeconds() -> Double {
    var now = timespec()
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now)
    return Double(now.tv_sec) + Double(now.tv_nsec) / 1e9
}

/// Best of `rounds` timings of `body`, in CPU seconds; the checksum keeps the work alive.
func best(of rounds: Int, _ body: () -> Int) -> (seconds: Double, checksum: Int) {
    var fastest = Double.infinity
    var checksum = 0
    for _ in 0..<rounds {
        let start = threadSeconds()
        checksum = body()
        fastest = min(fastest, threadSeconds() - start)
    }
    return (fastest, checksum)
}

let arguments = CommandLine.arguments
let directory = arguments.count > 1 ? arguments[1] : "../shared/corpus/articles"
let rounds = arguments.count > 2 ? Int(arguments[2]) ?? 3 : 3
let (articles, fields) = try loadFields(from: directory)
let bytes = fields.reduce(0) { $0 + $1.utf8.count }
let megabytes = Double(bytes) / 1_000_000
print("corpus: \(articles) articles, \(fields.count) fields, \(String(format: "%.1f", megabytes)) MB of text")

// Identity first: byte comparison, since String == would accept canonically equivalent text.
var mismatches = 0
var terms = 0
for field in fields {
    let reference = ArabicTextBaseline.ArabicAnalyzer.terms(in: field)
    terms += reference.count
    let joined = reference.joined(separator: " ")
    let fast = ArabicText.ArabicAnalyzer.indexText(of: field)
    let fastTerms = ArabicText.ArabicAnalyzer.terms(in: field)
    if !fast.utf8.elementsEqual(joined.utf8) || fastTerms.count != reference.count
        || !zip(fastTerms, reference).allSatisfy({ $0.utf8.elementsEqual($1.utf8) }) {
        mismatches += 1
        if mismatches <= 5 { print("MISMATCH in field starting: \(field.prefix(80))") }
    }
}
print("identity: \(fields.count - mismatches)/\(fields.count) fields identical, \(terms) terms compared")

/// A deterministic generator, so a reported mismatch reproduces.
struct SplitMix64: RandomNumberGenerator {
    var state: UInt64
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

// Words the corpus may not hold: random runs of normalised letters, affix letters weighted up,
// through both stemmers; then random strings of scalars each handled differently, through both
// analysers.
var generator = SplitMix64(state: 2018)
let letters = Array("والبكفلمنهتيهمنايوننتاءرسعدحجقصطشخ".unicodeScalars)
var stemMismatches = 0
let randomWords = 2_000_000
for _ in 0..<randomWords {
    var word = String.UnicodeScalarView()
    for _ in 0..<Int.random(in: 1...12, using: &generator) { word.append(letters.randomElement(using: &generator)!) }
    let text = String(word)
    if !ArabicText.ArabicStemmer.stem(text).utf8.elementsEqual(ArabicTextBaseline.ArabicStemmer.stem(text).utf8) {
        stemMismatches += 1
        if stemMismatches <= 5 { print("STEM MISMATCH: \(text)") }
    }
}
let scalars = [
    "ابتثجحخدذرزسشصضطظعغفقكلمنهوية ءآأؤإئىـًٌٍَُِّْٰٓ\u{0654}\u{0655}ٱپچژکگیۀۃھہےۓ٠١٩۰۹ۿ\u{0620}ٮ\u{06E5}\u{06D6}\u{061C}\u{0600}",
    "aZé\u{0301}İ0 9 ,.«»،؛؟٫\u{200C}\u{200D}\u{200F}\u{202B}\u{FEFF}\u{00A0}\n",
    "ﻻﷲﷺﺍﻟﹰ\u{FE76}ﻭﺑ\u{FFFD}Ａ１ẞ𝟙🇱中ߒ߁ݐ\u{10E60}",
].flatMap(\.unicodeScalars)
let randomTexts = 1_000_000
var textMismatches = 0
for _ in 0..<randomTexts {
    var view = String.UnicodeScalarView()
    for _ in 0..<Int.random(in: 1...16, using: &generator) { view.append(scalars.randomElement(using: &generator)!) }
    let text = String(view)
    if !ArabicText.ArabicAnalyzer.indexText(of: text).utf8.elementsEqual(
        ArabicTextBaseline.ArabicAnalyzer.terms(in: text).joined(separator: " ").utf8) {
        textMismatches += 1
        if textMismatches <= 5 { print("MISMATCH: \(text.unicodeScalars.map { String($0.value, radix: 16) })") }
    }
}
print("random: \(randomWords - stemMismatches)/\(randomWords) words stemmed alike, \(randomTexts - textMismatches)/\(randomTexts) strings analysed alike")
mismatches += stemMismatches + textMismatches

func report(_ name: String, _ result: (seconds: Double, checksum: Int)) {
    print(String(format: "%@: %.3f s, %.1f MB/s, %.0f articles/s (checksum %d)",
                 name, result.seconds, megabytes / result.seconds, Double(articles) / result.seconds, result.checksum))
}
let old = best(of: rounds) { fields.reduce(0) { $0 &+ ArabicTextBaseline.ArabicAnalyzer.terms(in: $1).joined(separator: " ").utf8.count } }
report("baseline terms(in:).joined", old)
let newTerms = best(of: rounds) { fields.reduce(0) { $0 &+ ArabicText.ArabicAnalyzer.terms(in: $1).joined(separator: " ").utf8.count } }
report("terms(in:).joined         ", newTerms)
let new = best(of: rounds) { fields.reduce(0) { $0 &+ ArabicText.ArabicAnalyzer.indexText(of: $1).utf8.count } }
report("indexText(of:)            ", new)
print("(CPU seconds of one thread, best of \(rounds))")
print(String(format: "speed-up of indexText(of:): %.2fx", old.seconds / new.seconds))
exit(mismatches == 0 ? 0 : 1)
