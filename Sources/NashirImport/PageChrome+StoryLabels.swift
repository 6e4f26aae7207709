import Foundation

/// Labels printed right over a story's headline that name no section: a flag the home page sets
/// on it, the kind of text it is, a link back to the list it was opened from.
extension PageChrome {
    /// A link back to the list the story was opened from, under the trail («عودة»).
    static let backLinks: Set<String> = ["عودة", "رجوع", "العودة للخلف", "الرجوع للخلف", "عودة للخلف", "رجوع للخلف", "العودة إلى القائمة", "العودة للقائمة"]

    /// What kind of text a story is, printed over its headline like a kicker: a press office's release, no section.
    static let textKinds: Set<String> = ["بيان صحفي", "خبر صحفي", "بيان إعلامي", "تصريح صحفي", "بيان مشترك", "بلاغ صحفي", "Press Release", "Press release"]

    /// A home page's flags on a story («أهم الأخبار», «مميز»): printed by its categories over the
    /// headline, they name no section.
    static let storyFlags: Set<String> = ["أهم الأخبار", "الأخبار الرئيسية", "أبرز الأخبار", "مميز", "مميزة", "أخبار مميزة", "حصري", "حصريا",
                                          "مختارات", "مختارات المحرر", "اختيارات المحرر", "Featured", "Trending", "Top Stories", "Editor's Pick",
                                          // A breaking story's flag under its category («عالمي», «أخبار عاجلة», headline).
                                          "أخبار عاجلة", "خبر عاجل", "عاجل",
                                          "موضوعات رئيسية", "مواضيع رئيسية", "أخبار رئيسية", "الموضوعات الرئيسية"]
}
