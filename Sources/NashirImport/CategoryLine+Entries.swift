import Foundation

/// A classic theme's sentence about the post itself, under the copy or the headline: «تم نشر هذه
/// المقالة في رياضة …», «كُتبت هذه التدوينة بواسطة admin، ونُشرت في …، تحت تصنيف رياضة»,
/// «نشرها فريق التحرير في 28 مايو 2018 ضمن العالم.».
extension CategoryLine {
    /// A classic theme's sentence under the copy, naming the category, then the tags, the date and
    /// the writer: «تم نشر هذه المقالة في رياضة ووسمها فرنسا بتاريخ 15 أبريل، 2018 بواسطة ريم».
    static let entryStatements = ["تم نشر هذه المقالة في", "نشرت هذه المقالة في", "نُشرت هذه المقالة في", "نشرت هذه التدوينة في", "نُشرت هذه التدوينة في",
                                  "تم نشر هذه التدوينة في", "هذه التدوينة نُشرت في", "هذه التدوينة نشرت في", "هذه المقالة نُشرت في", "هذه المقالة نشرت في", "هذا المنشور تم نشره في", "هذا المنشور نُشر في", "هذا المنشور نشر في", "تم نشر هذا المنشور في",
                                  "This entry was posted in"]

    /// Whether `line` opens as a classic theme's sentence under the copy about the entry itself, in
    /// any of the ways translations word it: «هذه التدوينة كُتبت في رياضة.», «هذه المقالة منشورة في
    /// الرأي العام وقد قام فريق التحرير …», «نُشر هذا الموضوع في …»; or is its call to bookmark the
    /// permalink («أضف الرابط الثابت إلى المفضلة.»).
    static func opensEntryStatement(_ line: String) -> Bool {
        let line = BylineLine.unvowelled(line)
        if entryStatements.contains(where: line.hasPrefix) { return true }
        // (The regular expressions run only on lines their words could open: this is asked of every long line.)
        if (line.contains("الرابط الثابت") || line.contains("الرابط الدائم")) && line.contains(#/(الرابط الثابت|الرابط الدائم).{0,12}(المفضلة|المفضلات)/#)
            || line.hasPrefix("Bookmark the permalink") { return true }
        guard let first = line.split(separator: " ", maxSplits: 1).first, Self.entryOpeningWords.contains(String(first)) else { return false }
        // (Thematic's «كُتبت هذه التدوينة بواسطة admin، ونُشرت في 29 أبريل، 2018 …» signs it first.)
        return line.prefixMatch(of: #/(تم نشر |نشرت |نشر |كتبت |كتب )?(هذه|هذا) (التدوينة|المقالة|المقال|المنشور|الموضوع|المشاركة|الخبر|المادة)( تم نشره| تم نشرها| نشرت| نشر| كتبت| كتب| منشورة| منشور| مكتوبة| مكتوب)? (في|بواسطة|يوم) /#) != nil
            // K2's «نشرها فريق التحرير في 28 مايو 2018 ضمن العالم.»: the writer, the date, the category.
            || filedByWriter(line) != nil
    }

    /// The first words an entry's sentence opens with.
    private static let entryOpeningWords: Set<String> = ["تم", "نشرت", "نشر", "كتبت", "كتب", "هذه", "هذا", "نشرها", "نشره", "كتبها", "كتبه", "أضافها", "أضافه"]

    /// The category a post's short sentence under the copy files it under after its writer and
    /// date: K2's «نشرها فريق التحرير في 28 مايو 2018 ضمن العالم.».
    static func filedByWriter(_ line: String) -> String? {
        let bare = BylineLine.unvowelled(line)
        guard PageTextChrome.words(line, in: 4...16), ["نشرها ", "نشره ", "كتبها ", "كتبه ", "أضافها ", "أضافه "].contains(where: bare.hasPrefix),
              let range = bare.range(of: " ضمن ", options: .backwards), bare[..<range.lowerBound].contains(where: \.isNumber) else { return nil }
        let name = bare[range.upperBound...].trimmingCharacters(in: .init(charactersIn: ". "))
        return isName(name) ? name : nil
    }

    /// The category an entry's sentence files it under midway, after its writer and date: «…، ونُشرت
    /// في 13 مايو، 2018 عند 8:52 م، تحت تصنيف رياضة، ووُسمت بـ …».
    static func filedInEntry(_ line: String) -> String? {
        guard opensEntryStatement(line) else { return nil }
        let bare = BylineLine.unvowelled(line)
        if let name = filedByWriter(line) { return name }
        // (Kubrick's «… وهي مصنفة تحت تقنية. يمكنك متابعة …».)
        for opening in ["تحت تصنيف", "ضمن تصنيف", "في تصنيف", "تحت قسم", "ضمن قسم", "مصنفة تحت", "مصنفة في"] {
            guard let range = bare.range(of: " " + opening + " ") else { continue }
            if let name = named(opening + " " + bare[range.upperBound...], after: [opening]) { return name }
        }
        return nil
    }
}
