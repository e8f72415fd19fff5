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
