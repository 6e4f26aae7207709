import NashirDomain
import Testing

@testable import NashirImport

/// Whole pages copied from the browser: widgets inside the copy (read-also boxes, ads, pull
/// quotes) and after it (tags, comments, signatures, footers) go; the copy stays whole.
@Suite struct PageTextCopyTests: PageLinesParsing {
    static let headline = PageTextWholePageTests.headline
    static let copy = PageTextChromeTests.copy

    /// A pull quote prints a sentence of the copy again between paragraphs; a paragraph that is
    /// a quotation of its own stays, and so does a subheading quoting the paragraph it heads.
    @Test func aPullQuoteIsNotAParagraph() throws {
        let quote = "«وقال الوزير في مؤتمر صحفي إن المستشفى سيضم أقساما للطوارئ»"
        let own = "«نحن فخورون بهذا الإنجاز الذي تحقق بفضل جهود العاملين في القطاع الصحي»"
        let content = try parse([Self.headline, Self.copy[0], Self.copy[1], quote, own, Self.copy[2]])
        #expect(content.body.map(\.text) == [Self.copy[0], Self.copy[1], own, Self.copy[2]])
        // A subheading that quotes the paragraph under it stays.
        let subheading = "\"سيضم أقساما للطوارئ والجراحة وطب الأطفال\""
        let headed = try parse([Self.headline, Self.copy[0], subheading, Self.copy[1], Self.copy[2]])
        #expect(headed.body.map(\.text) == [Self.copy[0], subheading, Self.copy[1], Self.copy[2]])
    }

    /// Copy may open with a long question, and a story may be one paragraph long; under the
    /// headline, a credit signs it («موقع الخبر - عمر السيد»).
    @Test func aQuestionOpeningTheCopyAndAStoryOfOneParagraph() throws {
        let question = "اندلعت أزمة خلال الأيام الماضية بين وزارة الصحة ونقابة الأطباء بسبب توزيع الأطباء على المستشفى الجديد في العاصمة، فكيف بدأت المشكلة وما هي تفاصيلها؟"
        let top = ["الرئيسية", "سياسة", "صحة", "رياضة", "منوعات", "عاجل", "21:45", "عاصفة ثلجية تضرب المرتفعات وإقفال طرقات جبلية",
                   "20:32", "مطار بيروت يسجل ارتفاعاً في عدد الوافدين", "صحة", Self.headline]
        let asked = try parse(top + ["موقع الخبر - عمر السيد", "الاثنين 30 أبريل 2018 - 12:32", "شارك", question] + Self.copy)
        #expect(asked.body.map(\.text) == [question] + Self.copy)
        #expect(asked.highlights.isEmpty)
        #expect(asked.section.name == "صحة")
        let single = try parse(top + ["هنا لبنان", "20 تموز 2023", "مشاركة", question, "مقالات ذات صلة", "عاصفة ثلجية تضرب المرتفعات وإقفال طرقات جبلية"])
        #expect(single.headline == Self.headline)
        #expect(single.section.name == "صحة")
        #expect(single.body.map(\.text) == [question])
    }

    /// A rule the page drew between lines of copy («-----», «* * *») stays as a divider, past a
    /// box between it and the next line; rules over the headline or under the copy draw nothing.
    @Test func aRuleInsideTheCopyIsADivider() throws {
        let note = "يمكنكم تسلم إشعارات بأهم الموضوعات بعد تحميل أحدث نسخة من تطبيق الموقع على هواتفكم."
        for rule in ["-----------------------------", "* * *", "_______", "×××"] {
            let content = try parse(["الرئيسية", "صحة", "٭٭٭٭", Self.headline] + Self.copy + [rule, "إعلان", note, rule, "الوسوم", "مستشفيات"])
            #expect(content.body == Self.copy.map(Block.plainParagraph) + [.divider, .plainParagraph(note)], "\(rule)")
        }
        let plain = try parse(["-----", Self.headline] + Self.copy + ["-----", "جميع الحقوق محفوظة © 2018"])
        #expect(!plain.body.contains(.divider))
    }

    /// A blog's entry footer: the tags on one line with no heading, or after «الوسوم:», the
    /// author's box with a sentence of bio, the previous and next posts behind arrows, the
    /// comments and a cookie notice; none of it is copy, and the bare list gives the tags.
    @Test func aBlogsEntryFooterEndsTheCopy() throws {
        let after = ["بواسطة خالد المنصوري", "صحفي ومحرر في صدى المدينة، يغطي الشؤون السياسية والاقتصادية في المنطقة.", "عرض الأرشيف ←",
                     "→ انطلاق فعاليات معرض الرياض الدولي للكتاب", "صندوق النقد يرفع توقعاته لنمو الاقتصادات الخليجية ←", "تعليقان", "أبو خالد",
                     "3 يونيو، 2018 في 4:13 م", "كالعادة الإعلام ينقل نصف الحقيقة فقط.", "رد", "اترك تعليقاً",
                     "لن يتم نشر عنوان بريدك الإلكتروني. الحقول الإلزامية مشار إليها بـ *",
                     "احفظ اسمي، بريدي الإلكتروني، والموقع الإلكتروني في هذا المتصفح لاستخدامها المرة المقبلة في تعليقي.",
                     "نستخدم ملفات تعريف الارتباط لضمان حصولك على أفضل تجربة على موقعنا الإلكتروني، وبمتابعتك التصفح توافق على ذلك."]
        let bare = try parse([Self.headline] + Self.copy + ["مستشفيات، وزارة الصحة، العاصمة"] + after)
        #expect(bare.body.map(\.text) == Self.copy)
        #expect(bare.tags.map(\.name) == ["مستشفيات", "وزارة الصحة", "العاصمة"])
        let headed = try parse([Self.headline] + Self.copy + ["الوسوم: مستشفيات وزارة الصحة"] + after)
        #expect(headed.body.map(\.text) == Self.copy)
        // A theme's stamp and category statement last on the page, with nothing under them.
        let stamped = try parse([Self.headline] + Self.copy + ["نُشرت في 19 مارس، 2018 بواسطة أحمد عبد الحميد", "مصنفة كـ صحة موسومة مستشفيات، العاصمة"])
        #expect(stamped.body.map(\.text) == Self.copy)
        #expect(stamped.section.name == "صحة")
    }

    /// A dateline on its own line opens the copy: a caption over it goes, a deck over it is a highlight.
    @Test func theCopyOpensAtItsDateline() throws {
        let caption = "أطفال يدرسون على ضوء مصباح يعمل بالبطارية في البصرة، العراق."
        let deck = "أعلنت وزارة الصحة افتتاح مستشفى جديد في العاصمة بطاقة ثلاثمئة سرير، في خطوة قالت إنها ستخفف الضغط عن المستشفيات الحكومية القائمة في المدينة وتختصر مواعيد الانتظار الطويلة للمرضى."
        for (over, dateline) in [(caption, "بغداد، 12 أيار/مايو 2018 –"), (deck, "الرياض - «الجزيرة»:")] {
            let content = try parse([Self.headline, over, dateline] + Self.copy)
            #expect(content.body.map(\.text) == Self.copy, "\(dateline)")
        }
        // Under a byline, the deck over the dateline is kept as the story's highlight.
        let signed = try parse([Self.headline, "كتب: خالد العمري", deck, "الرياض - «الجزيرة»:"] + Self.copy)
        #expect(signed.body.map(\.text) == Self.copy)
        #expect(signed.highlights.contains(deck))
    }

    /// A deck over the photo, retold by the first paragraph under the caption, is a highlight; a
    /// lead the next paragraph restates right under it, or past an ad's label, is copy.
    @Test func aDeckRetoldUnderThePhotoIsAHighlight() throws {
        let deck = "أعلنت وزارة الصحة افتتاح مستشفى جديد في العاصمة يضم ثلاثمئة سرير وأقساما للطوارئ والجراحة."
        let stamp = [Self.headline, "بواسطة حسن المرزوقي", "11 سبتمبر، 2018"]
        let retold = try parse(stamp + [deck, "(أرشيفية - أ ف ب)"] + Self.copy)
        #expect(retold.highlights == [deck])
        #expect(retold.body.map(\.text) == Self.copy)
        for between in [[], ["إعلان"]] {
            let lead = try parse(stamp + [deck] + between + Self.copy)
            #expect(lead.body.map(\.text) == [deck] + Self.copy, "\(between)")
        }
    }

    /// A photo's credit in Latin letters between two paragraphs is no paragraph; a Latin
    /// signature under the copy is still the byline.
    @Test func aLatinCreditInsideTheCopyGoes() throws {
        let content = try parse([Self.headline, Self.copy[0], "Globallookpress", Self.copy[1], "AFP", Self.copy[2], "Deutsche Welle"])
        #expect(content.body.map(\.text) == Self.copy)
        #expect(content.byline == "Deutsche Welle")
    }

    /// A read-also box whose call ends in dots or a colon («اقرأ أيضا..»), over the copy's next
    /// subheading or closing the copy, goes with its titles.
    @Test func aReadAlsoBoxInAnySpellingAndPlace() throws {
        let title = "الإسكان: طرح كراسات شروط أراضي الإسكان المتميز الأسبوع المقبل"
        let boxes = [["اقرأ أيضا..", title], ["اقرأ/ي أيضًا:", title, "ارتفاع أسعار الذهب في الأسواق المحلية اليوم"]]
        for box in boxes {
            let inside = try parse([Self.headline, Self.copy[0]] + box + [Self.copy[1], Self.copy[2]])
            #expect(inside.body.map(\.text) == Self.copy, "\(box)")
            let closing = try parse([Self.headline] + Self.copy + box + ["الكلمات المفتاحية", "صحة", "مستشفيات"])
            #expect(closing.body.map(\.text) == Self.copy, "\(box)")
        }
        let subheading = try parse([Self.headline, Self.copy[0], "اقرأ أيضا:", title, "تعثر المحادثات", Self.copy[1], Self.copy[2]])
        #expect(subheading.body.map(\.text) == [Self.copy[0], "تعثر المحادثات", Self.copy[1], Self.copy[2]])
    }

    /// The page's stamp after the copy is not a paragraph; the source's field there credits the copy.
    @Test func aDateAfterTheCopyIsChrome() throws {
        let content = try parse([Self.headline] + Self.copy + ["آخر تحديث الثلاثاء, 22 ماي, 2018 في 20:10", "شارك", "فيسبوك"])
        #expect(content.body.map(\.text) == Self.copy)
        let sourced = try parse([Self.headline] + Self.copy + ["المصدر: سي إن إن بالعربية", "آخر تعديل على الخميس، 4 تشرين الأول/أكتوبر 2018 20:21"])
        #expect(sourced.body.map(\.text) == Self.copy)
        #expect(sourced.credit == "سي إن إن بالعربية")
    }

    /// Furniture no story has: a reader view's toolbar, Joomla's dated byline, a video's length
    /// under its title, a related story's label, a printed page's other stories, a follow call
    /// after a few words, Blogger's post footer, the software's credit, agencies' initials.
    @Test func theSitesFurnitureAroundTheCopyGoes() throws {
        let title = "ارتفاع أسعار الذهب في الأسواق المحلية اليوم"
        let pages: [[String]] = [
            ["القراءة بصوت عالٍ", "تفضيلات النص", "أدوات القواعد", "تفضيلات القراءة", "arabic.cnn.com", Self.headline] + Self.copy,
            [Self.headline, "كتب بواسطة نادية الإدريسي في 9 مايو 2018."] + Self.copy,
            [Self.headline, Self.copy[0], "فيديو", title, "01:48", Self.copy[1], "ذات صلة: \(title)", Self.copy[2]],
            [Self.headline] + Self.copy + ["مقالات أخرى في هذه الصفحة", title, "الأمم المتحدة تحذر من كارثة إنسانية في اليمن"],
            [Self.headline] + Self.copy + ["لمزيد من الأخبار تابعوا صفحة بكرا على فيسبوك وقناتنا على تيليغرام"],
            [Self.headline] + Self.copy + ["مرسلة بواسطة Sami Nour في 5:44 م", "مدعوم بواسطة Hugo و Blowfish"],
            [Self.headline] + Self.copy + ["(أ ش أ، أ ف ب)"],
        ]
        for lines in pages {
            let content = try parse(lines)
            #expect(content.headline == Self.headline, "\(lines.suffix(2))")
            #expect(content.body.map(\.text) == Self.copy, "\(lines.suffix(2))")
            #expect(content.section.name == "أخبار", "\(lines.suffix(2))")
        }
    }

    /// An aggregator presents the story by its headline to its readers, over the copy and under it.
    @Test func anAggregatorsSentencesAroundTheHeadlineAreChrome() throws {
        for frame in ["نعرض لكم زوارنا أهم وأحدث الأخبار فى المقال الاتي: \(Self.headline)", "الخليج 365 - نقدم لكم \(Self.headline)، وذلك ضمن متابعتنا المستمرة لأهم الأخبار.",
                      "\(Self.headline)، تابعونا في هذا الخبر التفاصيل الكاملة."] {
            let content = try parse([Self.headline, frame] + Self.copy)
            #expect(content.body.map(\.text) == Self.copy, "\(frame)")
        }
        // A lead opening with the headline's words tells the story on.
        let lead = "\(Self.headline) في حفل حضره وزير الصحة وعدد من المسؤولين صباح اليوم."
        #expect(try parse([Self.headline, lead] + Self.copy).body.map(\.text) == [lead] + Self.copy)
    }

    /// An ad slot's label over the copy's next subheading offers no story: the subheading stays;
    /// a read-also box may be followed by a short sentence of copy.
    @Test func anAdLabelOverASubheadingAndAShortSentenceAfterABox() throws {
        let subheading = "نظام الصواريخ الجديد سيحسن من السيطرة على المجال الجوي"
        for ad in ["إعلان", "Advertisement"] {
            let content = try parse([Self.headline, Self.copy[0], ad, subheading, Self.copy[1], Self.copy[2]])
            #expect(content.body.map(\.text) == [Self.copy[0], subheading, Self.copy[1], Self.copy[2]], "\(ad)")
        }
        let short = "وأعقبت العواصف صواعق عنيفة وأمطار غزيرة."
        let content = try parse([Self.headline, Self.copy[0], "اقرأ أيضا", "انفجار سيارة مفخخة في مدينة الباب شمال سوريا", short, Self.copy[1], Self.copy[2]])
        #expect(content.body.map(\.text) == [Self.copy[0], short, Self.copy[1], Self.copy[2]])
    }

    @Test func otherStoriesAndAdsInsideTheCopyGo() throws {
        let lines = [Self.headline, Self.copy[0], "READ ALSO", "اكتشاف جبن في قبر فرعوني عمره ثلاثة آلاف سنة",
                     "معركة الحديدة تمهد لتحول كبير في حرب اليمن؟", Self.copy[1], "- إعلان -",
                     "شاهد أيضاً: وزير الخارجية يصل إلى العاصمة في زيارة رسمية", Self.copy[2], "لا توجد تعليقات على الخبر"]
        #expect(try parse(lines).body.map(\.text) == Self.copy)
    }

    /// Readers' comments are sentences, each under a name and a time, never two in a row.
    @Test func readersCommentsAfterTheCopyGo() throws {
        let comments = ["التعليقات", "زائر", "منذ 7 أيام", "هذا ما كنا نحذر منه منذ سنوات ولم يسمعنا أحد في هذه المدينة.", "3",
                        "ابن البلد", "منذ 5 ساعات", "نريد حلولاً حقيقية وليس مجرد تصريحات للاستهلاك الإعلامي في كل مرة.", "أضف تعليقك"]
        #expect(try parse([Self.headline] + Self.copy + comments).body.map(\.text) == Self.copy)
    }

    /// Agency copy signed with its editors' initials: the signature, not a paragraph.
    @Test func editorsInitialsAfterTheCopyAreTheSignature() throws {
        let content = try parse([Self.headline] + Self.copy + ["ع.ش/ م.س"])
        #expect(content.byline == "ع.ش/ م.س")
        #expect(content.body.map(\.text) == Self.copy)
        let credited = try parse([Self.headline] + Self.copy + ["ع.ش/ م.س (د ب أ)", "الكلمات المفتاحية", "ألمانيا", "الصحة"])
        #expect(credited.byline == "ع.ش/ م.س")
        #expect(credited.credit == "د ب أ")
        #expect(credited.body.map(\.text) == Self.copy)
        // Single letters spaced, one group per editor, over the page's share call.
        let spaced = try parse([Self.headline] + Self.copy + ["ه س / ع أ", "شارك الخبر", "Facebook", "Twitter"])
        #expect(spaced.byline == "ه س / ع أ")
        #expect(spaced.body.map(\.text) == Self.copy)
    }

    /// A box of other stories inside the copy may close with an ad's label.
    @Test func aReadAlsoBoxClosedByAnAdLabelGoes() throws {
        let lines = [Self.headline, Self.copy[0], "إقرأ أيضاً", "محاور مع الباحث: معوقات النهضة العلمية العربية؟", "Advertisement"]
            + Array(Self.copy.dropFirst())
        #expect(try parse(lines).body.map(\.text) == Self.copy)
    }

    /// After the copy: a newsletter's call with its one-line blurb, a comment form's notices, and
    /// a footer whose copyright notice is a sentence.
    @Test func aNewsletterBlurbAndTheFooterAfterTheCopyGo() throws {
        let newsletter = ["اشترك في مدونة المشهد", "احصل على أحدث المقالات مباشرة في بريدك الإلكتروني.", "بريدك الإلكتروني", "اشترك"]
        #expect(try parse([Self.headline] + Self.copy + newsletter).body.map(\.text) == Self.copy)
        let form = ["الوسوم", "صحة", "اترك تعليقاً", "الاسم *", "الموقع الإلكتروني",
                    "احفظ اسمي، بريدي الإلكتروني، والموقع الإلكتروني في هذا المتصفح لاستخدامها المرة المقبلة في تعليقي.",
                    "إرسال التعليق", "أحدث المقالات", "محاور مع الباحث: هل تنهض العلوم العربية من جديد في هذا القرن؟",
                    "حقوق النشر © 2018 المرصد اليومي. جميع الحقوق محفوظة."]
        #expect(try parse([Self.headline] + Self.copy + form).body.map(\.text) == Self.copy)
    }

    /// A numbered most-read list after the copy goes with its label, though its titles are long.
    @Test func aNumberedListOfOtherStoriesGoes() throws {
        let list = ["شارك", "فيسبوك", "الأكثر قراءة", "1 ولي العهد في باريس لتسويق صورة جديدة للمملكة أمام المستثمرين الأوروبيين",
                    "2 كاتبة تكتب للموقع: متى سيأتي دور أفغانستان في محادثات السلام الطويلة المتعثرة منذ سنوات؟",
                    "3 ترامب يتحدث كثيرا عن أموال السعودية.. كم تبلغ قيمة الصفقات التي وقعها البلدان فعلاً حتى اليوم؟",
                    "4 نمو الفائض التجاري الياباني 31% في أبريل"]
        #expect(try parse([Self.headline] + Self.copy + list).body.map(\.text) == Self.copy)
    }

    /// Initials may credit several agencies: «ص.ش/ ع.ش (أ ف ب، رويترز)».
    @Test func initialsCreditingSeveralAgencies() throws {
        let content = try parse([Self.headline] + Self.copy + ["ص.ش/ ع.ش (أ ف ب، رويترز)"])
        #expect(content.byline == "ص.ش/ ع.ش")
        #expect(content.credit == "أ ف ب، رويترز")
        #expect(content.body.map(\.text) == Self.copy)
    }

    /// A read-also link after a bar, and a title ending in a quotation inside a read-also box.
    @Test func readAlsoLinksInOtherSpellings() throws {
        let lines = [Self.headline, Self.copy[0], "اقرأ/ي أيضًا | الحديدة.. الميليشيات تقتحم المنازل وتصادر المساعدات", Self.copy[1],
                     "اقرأ أيضا", "خدمة البث الإخباري تعطي أولوية لوسائل الإعلام \"الجديرة بالثقة\"", Self.copy[2]]
        #expect(try parse(lines).body.map(\.text) == Self.copy)
    }

    /// The menu's search label with its colon, a link to the site's own pages closing the menu,
    /// and a share call with a full stop, are chrome.
    @Test func aSearchLabelAndAShareCallWithPunctuation() throws {
        let top = ["الرئيسية", "أخبار", "آراء", "رياضة", "اتصل بنا", "بحث عن:"]
        let content = try parse(top + [Self.headline, "أبريل 9, 2018", "0 تعليقات"] + Self.copy + ["شاركها.", "فيسبوك", "تويتر", "واتساب"])
        #expect(content.section.name == "أخبار")
        #expect(content.headline == Self.headline)
        #expect(content.body.map(\.text) == Self.copy)
    }

    /// A read-also box right under the first paragraph does not hide where the copy begins, and
    /// its titles may end in a quotation after a colon of their own («مصر: … "…"»).
    @Test func aReadAlsoBoxUnderTheFirstParagraph() throws {
        let top = ["الرئيسية", "العالم العربي", "اقتصاد", "رياضة", "صحة", Self.headline, "24.05.2018, 19:10", "تابعنا عبر"]
        let box = ["اقرأ أيضا", "مصر: حبس مدون ساخر على ذمة التحقيق في تهمة \"نشر أخبار كاذبة\"", "رونالدو يثير الجدل حول مستقبله.. وراموس: الكل سيرحل"]
        let content = try parse(top + [Self.copy[0]] + box + Array(Self.copy.dropFirst()))
        #expect(content.section.name == "صحة")
        #expect(content.headline == Self.headline)
        #expect(content.body.map(\.text) == Self.copy)
    }

    /// A tags line whose tags are parted by commas («الوسوم: اليمن، الحديدة») closes the copy too.
    @Test func aTagsLineWithCommasAfterTheCopy() throws {
        let content = try parse([Self.headline] + Self.copy + ["الوسوم: اليمن، الحديدة، مجلس الأمن"])
        #expect(content.body.map(\.text) == Self.copy)
    }

    /// A story of one paragraph under a whole page's menu, with the page's chrome after it.
    @Test func aStoryOfOneParagraph() throws {
        let top = ["الثلاثاء، 10 أبريل 2018", "فيسبوك", "تويتر", "جنوبية", "الرئيسية", "سياسة", "مجتمع", "اقتصاد", "صحة", "رياضة", "بحث عن:", "صحة"]
        let paragraph = Self.copy.joined(separator: " ")
        let after = ["الوسوم: الصحة، المستشفيات", "مقالات ذات صلة", "ارتفاع أسعار الذهب في الأسواق المحلية اليوم", "14 أغسطس 2018"]
        let content = try parse(top + [Self.headline, "وفيق الهواري", "10 أبريل 2018", paragraph] + after)
        #expect(content.section.name == "صحة")
        #expect(content.headline == Self.headline)
        #expect(content.body.map(\.text) == [paragraph])
    }

    /// A credit of three parts closing the copy signs it, with or without tags under it.
    @Test func aCreditClosingTheCopySignsIt() throws {
        for after in [[], ["الكلمات المفتاحية", "الغوطة الشرقية", "بريطانيا"]] {
            let content = try parse([Self.headline] + Self.copy + ["المسلة – متابعة – وكالات"] + after)
            #expect(content.byline == "المسلة – متابعة – وكالات", "\(after)")
            #expect(content.body.map(\.text) == Self.copy, "\(after)")
        }
    }
}
