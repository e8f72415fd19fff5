"""Who said what (index/quotes.py): quotations with their kind, cue and speaker, in English and
Arabic, on sentences written for these tests. Precision first: a cue with no speaker the text
makes clear gives no quotation."""
from __future__ import annotations

import pytest

from index.quotes import quotations


def said(body: str, lang: str = "en") -> list[tuple]:
    return [(q.kind, q.speaker, q.speaker_type, q.text) for q in quotations(body, lang)]


@pytest.mark.parametrize("body, lang, expected", [
    ("“We have no confidence whatsoever in Americans,” Nasr al-Shammari, Nujaba's spokesman, told the "
     "Lebanese al-Mayadeen.", "en",
     [("direct", "Nasr al-Shammari", "person", "We have no confidence whatsoever in Americans")]),
    ("President Joe Biden said, \"We will not allow Iran to obtain a nuclear weapon,\" and left.", "en",
     [("direct", "Joe Biden", "person", "We will not allow Iran to obtain a nuclear weapon")]),
    ("التقى محمد جواد ظريف نظيره الفرنسي.\nوأضاف ظريف: «لا نثق بالأمريكيين على الإطلاق في أي اتفاق».", "ar",
     [("direct", "Javad Zarif", "person", "لا نثق بالأمريكيين على الإطلاق في أي اتفاق")]),   # his surname
    ("Hassan Nasrallah said on Tuesday: “The ships will keep sailing whatever they threaten.”", "en",
     [("direct", "Hassan Nasrallah", "person", "The ships will keep sailing whatever they threaten.")]),  # a colon
])
def test_a_quote_in_marks_is_said_by_the_name_beside_its_cue(body, lang, expected):
    assert said(body, lang) == expected


@pytest.mark.parametrize("body, lang, expected", [
    ("Iran's Foreign Minister Mohammad Javad Zarif said on Monday that the talks with the Europeans "
     "would resume next week.", "en",
     [("indirect", "Javad Zarif", "person", "the talks with the Europeans would resume next week")]),
    ("According to Hezbollah, the drone was shot down over the southern town of Bint Jbeil.", "en",
     [("indirect", "Hezbollah", "org", "the drone was shot down over the southern town of Bint Jbeil")]),
    ("وقال وزير الخارجية الإيراني محمد جواد ظريف إن المحادثات مع الأوروبيين ستستأنف الأسبوع المقبل.", "ar",
     [("indirect", "Javad Zarif", "person", "المحادثات مع الأوروبيين ستستأنف الأسبوع المقبل")]),
])
def test_a_clause_a_cue_introduces_is_reported_speech(body, lang, expected):
    assert said(body, lang) == expected


@pytest.mark.parametrize("body, lang, surface", [
    ("The talks will resume next week in Vienna, a diplomatic source said.", "en", "a diplomatic source"),
    ("وأكد مصدر أمني أن الطائرة المسيرة أسقطت فوق بلدة بنت جبيل الجنوبية.", "ar", "مصدر أمني"),
])
def test_an_unnamed_source_is_anonymous_not_invented(body, lang, surface):
    [quote] = quotations(body, lang)
    assert (quote.speaker, quote.speaker_type, quote.speaker_surface) == (None, "anonymous", surface)


def test_a_pronoun_or_a_verb_with_no_subject_is_the_last_speaker():
    body = ("وقال وزير الخارجية الإيراني محمد جواد ظريف إن المحادثات ستستأنف الأسبوع المقبل في فيينا.\n"
            "وأضاف: «لا نثق بالأمريكيين على الإطلاق في أي اتفاق».")
    assert [q.speaker for q in quotations(body, "ar")] == ["Javad Zarif", "Javad Zarif"]
    english = ("Mohammad Javad Zarif met reporters in Tehran on Sunday.\n"
               "He said the sanctions were a crime against the Iranian people.")
    [quote] = quotations(english, "en")
    assert (quote.speaker, quote.speaker_surface) == ("Javad Zarif", "He")


@pytest.mark.parametrize("body", [
    "Joe Biden met Vladimir Putin in Geneva. He said the meeting had been very good for both sides.",  # which?
    "The minister spoke of “a new chapter” in the relations between the two countries.",   # a term, no cue
    "He said the sanctions were a crime against the Iranian people.",                       # nobody named
    "Sales will rise sharply this year, it said.",
])
def test_no_quotation_without_a_speaker_the_text_makes_clear(body):
    assert quotations(body, "en") == []


def test_offsets_give_the_quote_back():
    body = "Intro line.\n“We will not allow Iran to obtain a nuclear weapon,” Joe Biden said in a speech."
    [quote] = quotations(body, "en")
    assert body[quote.start:quote.end] == quote.text


def test_a_wires_wrapped_lines_are_one_sentence():
    """Wire bodies break lines every 70 characters: a break after no sentence's end is a space."""
    body = ("Kenneth Douglas, chairman of Dean Foods, said the year's\nsales should exceed 1.4 billion "
            "dlrs, up from\n1.27 billion dlrs the prior year.\nThe company also raised its dividend.")
    [quote] = quotations(body, "en")
    assert quote.speaker == "Kenneth Douglas" and quote.text.endswith("the prior year")
    assert body[quote.start:quote.end].replace("\n", " ") == quote.text     # its wraps as spaces


def test_the_listener_a_cue_names_is_not_the_speaker():
    body = "“We will not allow Iran to obtain a nuclear weapon,” the spokesman told Joe Biden."
    [quote] = quotations(body, "en")
    assert (quote.speaker, quote.speaker_type, quote.speaker_surface) == (None, "anonymous", "the spokesman")
    assert quotations("“We will not give up the fight for our land,” the group told Reuters.", "en") == []
    [quote] = quotations("“We will not give up the fight for our land,” said Hassan Nasrallah.", "en")
    assert quote.speaker == "Hassan Nasrallah"                   # "said X": after the cue


def test_an_abbreviation_ends_no_sentence():
    body = "A new GATT round is needed to curb trade disputes, U.S. Trade Representative Clayton Yeutter said."
    [quote] = quotations(body, "en")
    assert quote.speaker == "Clayton Yeutter" and quote.text.startswith("A new GATT round")


def test_it_or_the_company_is_the_organization_named_before():
    body = ("Cullinet Software Inc reported a loss for the quarter.\n"
            "It said the new product line would ship in the spring of next year.\n"
            "The company said its costs had fallen by a third over the year.")
    assert [(q.speaker, q.speaker_type) for q in quotations(body, "en")] == [("Cullinet Software Inc", "org")] * 2
    two = "Hamas and Hezbollah signed a joint statement.\nIt said the talks would resume in Cairo next week."
    assert quotations(two, "en") == []                  # which of the two?


def test_an_arabic_verbs_subject_no_name_was_found_in_is_the_speaker():
    body = "أكدت شركة موانئ دبي العالمية، الثلاثاء، أنها ستواصل اللجوء إلى كافة الإجراءات القانونية."
    [quote] = quotations(body, "ar")
    assert (quote.speaker, quote.text) == ("شركة موانئ دبي العالمية", "ستواصل اللجوء إلى كافة الإجراءات القانونية")
    described = "وقال الوزير الإماراتي إن المنطقة عانت طويلا من الخطاب الإيراني."   # "the minister": who?
    assert quotations(described, "ar") == []
    same = "وأضاف المصدر نفسه أن الطفل أصيب ببعض الرضوض وأن حالته مستقرة."
    assert [(q.speaker, q.speaker_type) for q in quotations(same, "ar")] == [(None, "anonymous")]


def test_a_name_closing_the_sentence_after_said_is_the_speaker_not_the_unnamed_role():
    [quote] = quotations("“Our mission will not change in the coming months,” said spokesman John Kirby.", "en")
    assert (quote.speaker, quote.speaker_type) == ("John Kirby", "person")
    assert quotations("Officials said John Kirby would resign next month over the affair.", "en")[0].speaker is None


def test_an_arabic_clause_starts_after_that_with_its_marks():
    [quote] = quotations("وأكد محمد جواد ظريف أنّ الإدارة الأميركية لا تستطيع الذهاب إلى الحرب.", "ar")
    assert quote.text.startswith("الإدارة")


def test_every_name_is_found_where_it_stands_whatever_order_the_recognizer_gives():
    body = ("The US military has kept 2,500 troops in Iraq since last year.\n“We have no confidence whatsoever in "
            "Americans,” Nasr al-Shammari, Nujaba’s spokesman, told the Lebanese al-Mayadeen.\n"
            "The US military said it had no comment on the statement.")
    assert [q.speaker for q in quotations(body, "en")][0] == "Nasr al-Shammari"


def test_a_quote_going_on_after_its_attribution_is_the_same_speakers():
    body = ("“That is really a strong rationale for a new round,” Clayton Yeutter said. “The very existence "
            "of all these disputes tells us so.”")
    assert [q.speaker for q in quotations(body, "en")] == ["Clayton Yeutter"] * 2


def test_an_adverb_between_the_speaker_and_the_verb_and_they_after_unnamed_sources():
    [quote] = quotations("Cullinet Software Inc reported a loss for the quarter. The company also said "
                         "its costs had fallen by a third over the year.", "en")
    assert quote.speaker == "Cullinet Software Inc"
    body = ("The talks will resume next week in Vienna, diplomatic sources said. They said the agreement "
            "followed months of quiet contacts.")
    assert [(q.speaker, q.speaker_surface) for q in quotations(body, "en")] == [(None, "diplomatic sources"),
                                                                               (None, "They")]


def test_a_role_after_an_arabic_verb_is_the_person_named_before():
    body = ("وقال وزير الدولة الإماراتي للشؤون الخارجية أنور قرقاش إن المنطقة عانت طويلا من الخطاب الإيراني.\n"
            "وأضاف الوزير الإماراتي: «لطالما عانت المنطقة من الخطاب والفعل الإيراني».")
    speakers = [q.speaker for q in quotations(body, "ar")]
    assert len(speakers) == 2 and speakers[0] == speakers[1] is not None


def test_each_cue_of_a_sentence_gives_its_quotation_up_to_the_next():
    """A clause ends where a second cue is joined to it ("، وأضاف:", "، مشيرا إلى أن", "but said"),
    and the verb with no subject after it is the speaker just read."""
    body = ("وقال محمد جواد ظريف إن المحادثات مع الأوروبيين ستستأنف قريبا، وأضاف: «لا نثق بالأمريكيين على "
            "الإطلاق في أي اتفاق»، مشيرا إلى أن العقوبات جريمة بحق الشعب الإيراني.")
    found = [(q.kind, q.cue, q.speaker, q.text) for q in quotations(body, "ar")]
    assert found == [("indirect", "وقال", "Javad Zarif", "المحادثات مع الأوروبيين ستستأنف قريبا"),
                     ("direct", "وأضاف", "Javad Zarif", "لا نثق بالأمريكيين على الإطلاق في أي اتفاق"),
                     ("indirect", "مشيرا", "Javad Zarif", "العقوبات جريمة بحق الشعب الإيراني")]
    english = "Joe Biden said the talks had stalled but added that he expected a deal by the end of the year."
    assert [q.text for q in quotations(english, "en")] == ["the talks had stalled",
                                                          "he expected a deal by the end of the year"]


def test_a_quote_inside_a_clause_after_its_own_words_is_mixed():
    body = "وقال محمد جواد ظريف إن بلاده ستبقى في الاتفاق «ما دامت أوروبا تفي بالتزاماتها كاملة»."
    [quote] = quotations(body, "ar")
    assert (quote.kind, quote.text) == ("mixed", "بلاده ستبقى في الاتفاق «ما دامت أوروبا تفي بالتزاماتها كاملة»")


def test_a_verb_glued_to_a_dateline_is_a_cue():
    body = "طهران (وكالات)-أعلن محمد جواد ظريف أن المحادثات مع الأوروبيين ستستأنف الأسبوع المقبل."
    assert [q.speaker for q in quotations(body, "ar")] == ["Javad Zarif"]


def test_a_name_read_once_is_the_same_name_wherever_it_stands():
    """The recognizer may find a surname once: every other place it stands is the same person's,
    and two people's names side by side are one person's."""
    body = ("زار المهندس كريستوف فالنتان غرونبيرغ المدينة أمس.\nوأضاف غرونبيرغ: «سنعود قريبا لإكمال "
            "المشروع في المدينة القديمة».\nوقال غرونبيرغ إن الأعمال ستبدأ في الربيع المقبل بإذن الله.")
    speakers = {q.speaker for q in quotations(body, "ar")}
    assert len(speakers) == 1 and None not in speakers


def test_a_present_tense_verb_with_no_subject_says_nothing():
    body = ("وقال محمد جواد ظريف إن المحادثات ستستأنف الأسبوع المقبل.\n"
            "يذكر أن الجولة السابقة عقدت في فيينا قبل شهرين.")
    assert [q.cue for q in quotations(body, "ar")] == ["وقال"]


def test_an_arabic_clause_after_a_long_role():
    body = ("وأكد مساعد وزير الخارجية للشؤون القانونية والدولية في الجمهورية الإسلامية الإيرانية محمد جواد "
            "ظريف، أن المحادثات ستستأنف الأسبوع المقبل.")
    [quote] = quotations(body, "ar")
    assert (quote.speaker, quote.text) == ("Javad Zarif", "المحادثات ستستأنف الأسبوع المقبل")


def test_his_saying_after_an_and_from_names_its_speaker():
    body = "ونقلت وكالة الأنباء عن محمد جواد ظريف قوله إن المحادثات ستستأنف الأسبوع المقبل."
    [quote] = quotations(body, "ar")
    assert (quote.cue, quote.speaker, quote.text) == ("قوله", "Javad Zarif", "المحادثات ستستأنف الأسبوع المقبل")
    relayed = "ونقلت الصحيفة عن مصادر دبلوماسية أن المحادثات ستستأنف الأسبوع المقبل."
    [quote] = quotations(relayed, "ar")
    assert (quote.speaker, quote.speaker_surface) == (None, "مصادر دبلوماسية")


def test_a_definite_noun_is_the_organization_named_before_with_it():
    body = ("وقالت شرطة مدينة الرمال إن الحادث وقع في ساعة متأخرة من الليل.\n"
            "وقالت الشرطة إن ثلاثة أشخاص نقلوا إلى المستشفى للعلاج.")
    assert [q.speaker for q in quotations(body, "ar")] == ["شرطة مدينة الرمال"] * 2
    assert quotations("وقالت الشرطة إن ثلاثة أشخاص نقلوا إلى المستشفى للعلاج.", "ar") == []


def test_an_unmarked_quote_after_a_colon_runs_to_the_paragraphs_end():
    body = "وقال محمد جواد ظريف: نحن مستعدون للحوار. لكننا لن نقبل بأي شروط مسبقة من أي طرف."
    [quote] = quotations(body, "ar")
    assert (quote.kind, quote.text) == ("direct", "نحن مستعدون للحوار. لكننا لن نقبل بأي شروط مسبقة من أي طرف.")


def test_a_short_quoted_description_is_said_by_the_verbs_subject():
    body = "ووصف محمد جواد ظريف العقوبات بأنها «جريمة»."
    [quote] = quotations(body, "ar")
    assert (quote.kind, quote.speaker, quote.text) == ("direct", "Javad Zarif", "جريمة")
    assert quotations("ووصف محمد جواد ظريف العقوبات بأنها جريمة بحق الشعب الإيراني كله.", "ar") == []


def test_a_participle_follows_its_sentences_subject():
    body = ("التقى جو بايدن وزير الخارجية الفرنسي.\nواختتم محمد جواد ظريف جولته في باريس، مؤكدا أن "
            "المحادثات ستستأنف الأسبوع المقبل.")
    [quote] = quotations(body, "ar")
    assert (quote.cue, quote.speaker) == ("مؤكدا", "Javad Zarif")


def test_that_after_after_and_between_without_its_shadda_open_no_clause():
    body = "وقال محمد جواد ظريف بعد أن التقى نظيره الفرنسي إن المحادثات ستستأنف الأسبوع المقبل."
    assert [q.text for q in quotations(body, "ar")] == ["المحادثات ستستأنف الأسبوع المقبل"]
    between = "وعقد لقاء بين محمد جواد ظريف ونظيره الفرنسي \"لبحث العلاقات الثنائية بين البلدين\"."
    assert quotations(between, "ar") == []


def test_an_unnamed_subject_is_an_organization_only_by_its_first_noun():
    assert [q.speaker for q in quotations("وقالت وزارة الزراعة والري إن المحصول سيرتفع هذا العام.", "ar")] == [
        "وزارة الزراعة والري"]
    assert quotations("وأوضح رئيسها الولايات المتحدة من أن الخطة ستفشل هذا العام.", "ar") == []


def test_a_short_name_is_its_fuller_ones_without_the_possessive():
    body = ("Moody's Investors Service cut the rating of Acme Corp bonds on Monday.\n"
            "Moody's said Acme Corp's debt had been under review since May.")
    [quote] = quotations(body, "en")
    assert quote.speaker == "Moody's Investors Service"


def test_the_outlet_told_is_not_the_speaker():
    """"قال للميادين": the outlet is who was told (its "to" printed on it); the one speaking is
    before the verb here, where an Arabic verb's subject is not looked for: no quotation."""
    body = "المحلل السياسي أمير الساعدي يقول للميادين: «ترامب لا يمكن أن يتجاوز الكونغرس في قرار الحرب»."
    assert [q.speaker for q in quotations(body, "ar")] in ([], ["Amir al-Saadi"])


def test_quoted_capitalized_words_are_a_name_not_a_statement():
    body = ("“Our fighters will stay until the last soldier has left,” Qais al-Khazali said of the "
            "“Islamic Resistance Movement of Iraq”.")
    assert [(q.kind, q.text) for q in quotations(body, "en")] == [
        ("direct", "Our fighters will stay until the last soldier has left")]
