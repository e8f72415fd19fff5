"""Credits and bylines in phrasings no table lists (index/credits.py): any known outlet, printed
by any of its aliases, with crediting words and punctuation around it in any order, is a credit;
a line with words of its own (a headline naming an outlet) is not; a person's name beside an
author cue or an outlet is a byline, the name as printed."""
from __future__ import annotations

import tomllib
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from index.outlets import outlets
from index.credits import Credit, credit_reader

DATA = Path(__file__).resolve().parent.parent / "index" / "data"
OUTLETS = tomllib.loads((DATA / "outlets.toml").read_text("utf-8"))["outlet"]
ALIASES = [(alias, o["name"]) for o in OUTLETS for alias in [o["name"], *o.get("aliases", ())]]
CREDITING = ["via", "source", "courtesy of", "originally published by", "first appeared on", "credit",
             "copyright", "reported by", "نقلا عن", "المصدر", "منقول عن", "بحسب", "وفق", "خاص"]
PUNCTUATION = ["", ":", " |", " -", " —", ",", " /"]
CONTENT = ["killed", "bombing", "election", "ceasefire", "اغتيال", "انتخابات", "قصف", "talks collapse"]
NAMES = ["Sarah Khalil", "Omar Haddad", "Elena Stevens", "John Smith", "كريم درويش", "سعاد الزين", "هالة عمران"]
CUES = ["By", "Written by", "Author:", "Reporting by", "بقلم:", "كتب:", "إعداد:"]


@settings(max_examples=300, deadline=None)
@given(st.sampled_from(ALIASES), st.sampled_from(CREDITING), st.sampled_from(PUNCTUATION),
       st.booleans(), st.booleans())
def test_any_alias_with_crediting_words_around_it_is_a_credit(alias, words, mark, after, parens):
    printed, name = alias
    named = f"({printed})" if parens else printed
    line = f"{named}{mark} {words}" if after else f"{words}{mark} {named}"
    credit = credit_reader().read(line)
    assert credit is not None and credit.outlet == name, line


@settings(max_examples=200, deadline=None)
@given(st.sampled_from(ALIASES), st.sampled_from(CONTENT), st.booleans())
def test_a_line_with_words_of_its_own_is_no_credit(alias, content, after):
    printed, _ = alias
    line = f"{printed} {content} in the capital" if after else f"{content} after {printed} report on Gaza"
    assert credit_reader().read(line) is None, line


@settings(max_examples=200, deadline=None)
@given(st.sampled_from(NAMES), st.sampled_from(CUES), st.one_of(st.none(), st.sampled_from(ALIASES)),
       st.sampled_from([" |", " /", " -", ","]))
def test_a_name_beside_a_cue_or_an_outlet_is_a_byline(name, cue, alias, mark):
    line = f"{cue} {name}" + (f"{mark} {alias[0]}" if alias else "")
    credit = credit_reader().read(line)
    assert credit is not None and credit.author == name, line
    assert credit.outlet == (alias[1] if alias else None), line


def test_a_headline_in_capitals_with_by_in_it_is_no_byline():
    assert credit_reader().read("LYNG DISAPPOINTED BY CANADA CORN INJURY DECISION") is None
    assert credit_reader().read("Parent Headline From Al Mayadeen") is None
    assert credit_reader().read("في المدينة") is None             # "in the city": no crediting word


@pytest.mark.parametrize("line, authors", [
    ("بقلم: كريم درويش وسعاد الزين", "كريم درويش; سعاد الزين"),      # two names joined by و
    ("بقلم: وليد الحسيني", "وليد الحسيني"),                          # a name that starts with و
    ("BY OMAR FLEMING", "OMAR FLEMING"),                              # capitals after a leading cue
    ("Additional reporting by James Doyle and Omar Doyle", "James Doyle; Omar Doyle"),
    ("Reporting by Sarah Khalil in Beirut; Writing by Omar Haddad; Editing by John Smith",   # a wire's three
     "Sarah Khalil; Omar Haddad; John Smith"),
    ("By Dr. Sarah Khalil", "Sarah Khalil"),                           # a title is not the name
    ("بقلم د. سعاد الزين", "سعاد الزين"),
    ("بقلم الدكتور كريم درويش", "كريم درويش"),
    ("كتب ـ سعاد الزين", "سعاد الزين"),                                # a lone tatweel is a dash
    ("إعداد وتقديم: هالة عمران", "هالة عمران"),                        # a label of two words
])
def test_bylines_with_two_names_or_in_capitals(line, authors):
    credit = credit_reader().read(line)
    assert credit is not None and credit.author == authors


def test_function_words_around_an_outlet_credit_it_only_where_credits_stand():
    assert credit_reader().read("عن الميادين") is None
    assert credit_reader().placed_outlet("عن الميادين") == "Al Mayadeen"


PLACES_AR = ["دمشق", "بيروت", "القاهرة", "بغداد", "عمان"]
LABELS = ["Report:", "Story:", "Reporter:", "تقرير:", "متابعة:", "إعداد:", "تحرير:"]


@settings(max_examples=150, deadline=None)
@given(st.sampled_from(LABELS), st.sampled_from(NAMES))
def test_a_crediting_word_and_a_colon_before_a_name_is_a_byline(label, name):
    credit = credit_reader().read(f"{label} {name}")
    assert credit is not None and credit.author == name and credit.outlet is None


def test_an_outlets_common_name_right_after_a_role_is_the_outlet():
    """"مراسل العربية - A": Al Arabiya's correspondent (the name right after the role, no
    "to" between), not "into Arabic"."""
    assert credit_reader().read("مراسل العربية - كريم درويش") == Credit("Al Arabiya", "كريم درويش")


@settings(max_examples=100, deadline=None)
@given(st.sampled_from(["نقلها إلى العربية:", "نقله إلى العربية:", "نشرها:", "نقلتها عن العربية:"]),
       st.sampled_from(NAMES))
def test_a_label_of_a_crediting_word_with_its_pronoun_and_a_language_is_a_byline(label, name):
    """"نقلها" is "نقل" ("conveyed") with "it"; "العربية" after it is the language (an outlet's name
    that is a common word credits no one in a label)."""
    credit = credit_reader().read(f"{label} {name}")
    assert credit == Credit(None, name)


@settings(max_examples=100, deadline=None)
@given(st.sampled_from(["الكاتب", "بقلم", "بقلم الكاتب"]),
       st.lists(st.sampled_from(["والمحلل", "السياسي", "الصحفي", "اللبناني", "والباحث", "الاستراتيجي"]),
                min_size=1, max_size=3),
       st.sampled_from([n for n in NAMES if not n.isascii()] + ["عبد الله درويش", "يوسف الحسيني"]))
def test_an_arabic_cue_and_the_writers_roles_before_the_name(cue, roles, name):
    """"الكاتب والمحلل السياسي A": roles are nouns and adjectives with the article; the name's
    first word has none."""
    assert credit_reader().read(" ".join([cue, *roles, name])) == Credit(None, name)


@settings(max_examples=100, deadline=None)
@given(st.sampled_from([n for n in NAMES if n.isascii()]),
       st.sampled_from(["a political analyst and journalist", "an independent researcher", "the editor of this blog",
                        "political commentator"]))
def test_a_description_after_the_name_in_lower_case_is_not_a_name(name, description):
    assert credit_reader().read(f"By {name}, {description}") == Credit(None, name)
    assert credit_reader().read(f"By {name}, Special to Al Mayadeen") == Credit("Al Mayadeen", name)


@pytest.mark.parametrize("line, authors", [
    ("Story by Sarah Khalil; Photos by Omar Haddad", "Sarah Khalil; Omar Haddad"),
    ("Op-ed by Sarah Khalil", "Sarah Khalil"),                     # a genre, not a participle
    ("Special correspondent Sarah Khalil", "Sarah Khalil"),        # a word before the cue
    ("Sarah Khalil reports from Beirut", "Sarah Khalil"),          # the role, then where from
    ("الباحث كريم درويش", "كريم درويش"), ("الإعلامي كريم درويش", "كريم درويش"),   # what the writer is
    ("المحلل السياسي كريم درويش", "كريم درويش"), ("الصحفي كريم درويش", "كريم درويش"),
    ("بواسطة كريم درويش", "كريم درويش"), ("حاوره: كريم درويش", "كريم درويش"), ("رأي: كريم درويش", "كريم درويش"),
    ("دمشق ـ كريم درويش", "كريم درويش"),                          # a lone tatweel for a dash
    ("Opinion | Sarah Khalil", "Sarah Khalil"), ("تحرير - كريم درويش", "كريم درويش"),   # a bar or a dash after a label
    ("تغطية: كريم درويش", "كريم درويش"), ("تحقيق: كريم درويش", "كريم درويش"), ("رصد: كريم درويش", "كريم درويش"),
    ("بقلم رئيس التحرير: كريم درويش", "كريم درويش"),     # one word of the label's own before a crediting word
    ("Text by Sarah Khalil, photos by Omar Haddad", "Sarah Khalil; Omar Haddad"),   # what each did, before "by"
    ("تقرير كريم درويش من بيروت", "كريم درويش"),              # a genre, who, where from
    ("Report Sarah Khalil from Beirut", "Sarah Khalil"),
])
def test_what_the_writer_did_and_where_from_are_no_names(line, authors):
    assert credit_reader().read(line) == Credit(None, authors)


@pytest.mark.parametrize("line", [
    "تقرير أوروبي جديد من بروكسل", "تقرير دونالد ترامب من بيروت",   # no name; a public figure: headlines
    "Israeli reporter killed in Gaza", "Former correspondent says no",   # a word before a cue: headlines
    "الباحث عن الحقيقة", "الخبير الاقتصادي العالمي",                   # a role and no name
    "تقرير - إيران تحذر", "News | Iran Talks",                          # a label over a headline
    "متابعة: أكد مهاجم فريق تشلسي الإنجليزي",          # a label over a deck: more than a name
    "مصدر مطلع: «تم اختيار النقيب د»",                   # a label over a quote
    "تقرير أوروبي: الانتعاش الاقتصادي التدريجي",          # a label of its own words over a headline
    "صورة ولي العهد السعودي وبوتين تستأثر باهتمام المغردين",   # an outlet's name (العهد) inside a headline
    "Reporting by Sarah Khalil; Writing by Omar Haddad; Editing by John Smith; Photos by Anna Doyle",
    "Report: Iran Talks",                                # a place is nobody's name
    "Gaza - Live Updates",                               # a Latin place before a dash: a headline
    "Parent Headline From Al Mayadeen",
    "Pennzoil Co, frustrated by Texaco Inc's",           # a word after a name beside "by": a sentence's
    "Killed By Israeli Forces In Gaza",                  # a word before it: a headline's
    "Shelled by Saudi Jets",                             # ... a participle, before a lower-case "by"
    "Donald Trump reports",                              # a public figure and a role: a headline
    "Computer Terminal Systems Inc (Exclusive)",         # a company's name and a label: a deck
    "مراسلون بلا حدود",                                  # a plural role opening the line: no cue
    "From Gaza and Beirut", "From Donald Trump and Joe Biden",
    "التواجد التركي في الصومال.. بوابة لنفوذ أكبر في إفريقيا",      # Arabic words in their places
    "قضاة وموظفون يهربون من تركيا ويطلبون اللجوء في اليونان",
    "لقاء إعلامي سعودي وجزائري بحضور رؤساء التحرير",      # a role of one after two: a headline
    "Donald Trump and Vladimir Putin in Helsinki",       # two names and a place: a headline
    "تابعوا آخر المستجدات: الميادين",                      # words, a colon, the outlet: a label's
    "مقالات أخرى للكاتب",                                  # "of the writer": a section header
    "Sarah Khalil: We Will Not Leave",                     # a speaker and what they said
    "Iran: Trump Lies | Syria: Assad Wins",                # places labelling headlines
    "كلاسيكو الروح الرياضية",                              # an outlet's name glued to words: a headline's
    "الوفد الإعلامي يزور “الميادين”",                      # ... or in quotes
    "متابعة: أدانت رابطة الكتاب العربية إقدام الحكومة على نقل مقرها",   # a deck: longer than a byline
])
def test_labels_places_and_outlets_beside_other_words_make_no_byline(line):
    assert credit_reader().read(line) is None


@pytest.mark.parametrize("line", ["الميادين - وحدة الرصد", "وحدة الرصد | الميادين", "فريق التحرير - الميادين"])
def test_a_desk_beside_its_outlet_names_no_author(line):
    """Arabic words printed often and never in a person's name (the annotated corpora's) open no
    author's name: "وحدة الرصد" is the monitoring unit, "فريق التحرير" the editorial team."""
    credit = credit_reader().read(line, placed=True)
    assert credit is None or credit.author is None


@settings(max_examples=100, deadline=None)
@given(st.sampled_from(PLACES_AR), st.sampled_from([n for n in NAMES if not n.isascii()]),
       st.sampled_from([" - ", " – ", "- "]))
def test_a_city_and_a_dash_before_a_name_is_a_byline(place, name, dash):
    credit = credit_reader().read(f"{place}{dash}{name}")
    assert credit is not None and credit.author == name


@settings(max_examples=150, deadline=None)
@given(st.lists(st.sampled_from(NAMES), min_size=2, max_size=2, unique=True),
       st.lists(st.sampled_from(["Beirut", "Gaza", "Jerusalem", "Damascus", "Tehran", "Baghdad"]), min_size=2,
                max_size=2), st.sampled_from(["in", "from"]))
def test_two_names_each_in_its_place_are_a_byline(names, places, link):
    """"A in Beirut and B in Jerusalem"; not one name with a place, nor two public figures
    (headlines'), nor in Arabic, which has no capitals to tell names from a headline's words
    ("A من غزة وB من بيروت" reads like "قضاة وموظفون يهربون من تركيا ويطلبون اللجوء في اليونان")."""
    if all(not n.isascii() for n in names):
        link, places = {"in": "في", "from": "من"}[link], [{"Beirut": "بيروت", "Gaza": "غزة", "Jerusalem": "القدس",
                                                           "Damascus": "دمشق", "Tehran": "طهران",
                                                           "Baghdad": "بغداد"}[p] for p in places]
        line = f"{names[0]} {link} {places[0]} و{names[1]} {link} {places[1]}"
    else:
        line = f"{names[0]} {link} {places[0]} and {names[1]} {link} {places[1]}"
    credit = credit_reader().read(line)
    if not all(n.isascii() for n in names):
        assert credit is None, line
    else:
        assert credit is not None and credit.author == "; ".join(names), line
    assert credit_reader().read(f"{names[0]} {link} {places[0]}") is None
    assert credit_reader().read(f"Vladimir Putin {link} {places[0]} and Xi Jinping {link} {places[1]}") is None


@pytest.mark.parametrize("line, author, outlet", [
    ("AMMAN - Omar Haddad", "Omar Haddad", None),        # a place in capitals, as wires print it
    ("Sarah Khalil for Al Mayadeen", "Sarah Khalil", "Al Mayadeen"),
    ("By Elena Stevens in Beirut", "Elena Stevens", None),
    ("Written by John Smith from Damascus", "John Smith", None),
    ("Sarah Khalil and Omar Haddad, Reuters", "Sarah Khalil; Omar Haddad", "Reuters"),   # two names joined
    ("Elena Stevens & John Smith | presstv.ir", "Elena Stevens; John Smith", "Press TV"),
    ("By Peter Mansour, Special to Reuters", "Peter Mansour", "Reuters"),   # a role at the outlet
    ("Nadia Fleming, Stringer for Al Mayadeen", "Nadia Fleming", "Al Mayadeen"),
    ("By John Smith, Beirut Bureau Chief", "John Smith", None),            # a role of its own words
    ("سعاد الزين (كاتبة سورية)", "سعاد الزين", None),
    ("John Smith, Middle East Correspondent", "John Smith", None),          # a role of two words
    ("سعاد الزين - مراسلة الشؤون الدولية", "سعاد الزين", None),
    ("By Sarah Khalil and Omar Haddad, Staff Writers", "Sarah Khalil; Omar Haddad", None),  # a name set off
    ("Sarah Khalil and Omar Haddad report", "Sarah Khalil; Omar Haddad", None),   # two names, roles only
    ("Sarah Khalil & Omar Haddad | Staff", "Sarah Khalil; Omar Haddad", None),
    ("Press TV's Sarah Khalil and Omar Haddad report for the channel.", "Sarah Khalil; Omar Haddad", "Press TV"),
    ("الميادين | سعاد الزين وكريم درويش - خاص", "سعاد الزين; كريم درويش", "Al Mayadeen"),   # the outlet first
    ("By Sarah Khalil | Edited by Omar Haddad", "Sarah Khalil; Omar Haddad", None),   # a name after "by"
    ("سعاد الزين وكريم درويش الميادين", "سعاد الزين; كريم درويش", "Al Mayadeen"),   # no mark beside two names
    ("Story: Sarah Khalil / Photos: Omar Haddad", "Sarah Khalil; Omar Haddad", None),  # a label of its own
    ("Text: Sarah Khalil | Photography: Omar Haddad", "Sarah Khalil; Omar Haddad", None),   # two labelled clauses
    ("Words — Sarah Khalil; Pictures — Omar Haddad", "Sarah Khalil; Omar Haddad", None),
    ("نص: سعاد الزين، صور: كريم درويش", "سعاد الزين; كريم درويش", None),
    ("Sarah Khalil reports", "Sarah Khalil", None),                  # one name, then roles only
    ("سعاد الزين وكريم درويش مراسلان", "سعاد الزين; كريم درويش", None),    # a role of two (dual)
    ("سعاد الزين و كريم درويش مراسلون", "سعاد الزين; كريم درويش", None),   # ... or more (plural)
    ("From Sarah Khalil and Omar Haddad", "Sarah Khalil; Omar Haddad", None),
    ("Column by Sarah Khalil for Al Mayadeen", "Sarah Khalil", "Al Mayadeen"),   # a genre before "by"
    ("Analysis by Omar Haddad", "Omar Haddad", None),
    ("الميادين - سعاد الزين - بيروت", "سعاد الزين", "Al Mayadeen"),   # a place closing it after a dash
])
def test_bylines_with_a_place_or_an_outlet_they_write_for(line, author, outlet):
    credit = credit_reader().read(line)
    assert credit is not None and (credit.author, credit.outlet) == (author, outlet)


def test_compounds_tatweel_and_one_word_of_its_own_where_credits_stand():
    assert credit_reader().read("Re-posted from Al Mayadeen").outlet == "Al Mayadeen"   # as "posted"
    assert credit_reader().read("Co-published with Al Mayadeen").outlet == "Al Mayadeen"
    assert credit_reader().read("خاص لـبي بي سي عربي").outlet == "BBC Arabic"   # لـ marks the proclitic
    line = "Syndicated from Al Mayadeen"
    assert credit_reader().read(line) is None                        # "syndicated" is no credit word
    assert credit_reader().placed_outlet(line) == "Al Mayadeen"      # where credits stand, one will do


@pytest.mark.parametrize("line, outlet", [
    ("This story first appeared on Al Mayadeen's website", "Al Mayadeen"),   # the outlet's, as printed
    ("Courtesy of Reuters’", "Reuters"),
])
def test_an_outlets_name_with_a_possessive_is_its_name(line, outlet):
    assert credit_reader().read(line).outlet == outlet


@pytest.mark.parametrize("line", ["REUTERS Newsroom", "Al Mayadeen Newsroom", "Press TV Studio"])
def test_an_outlets_desk_after_its_name_is_a_credit_where_credits_stand(line):
    assert credit_reader().read(line) is None                         # a capitalized word of its own
    assert credit_reader().placed_outlet(line) == outlets().lookup(line.rsplit(" ", 1)[0])


@pytest.mark.parametrize("line, outlet", [("دمشق-سانا", "SANA"), ("بيروت-الميادين", "Al Mayadeen")])
def test_a_hyphen_glued_between_arabic_words_parts_them(line, outlet):
    assert credit_reader().read(line) == Credit(outlet, None)
    assert credit_reader().read("Al-Akhbar") == Credit("Al-Akhbar", None)    # a Latin name keeps its hyphen


@pytest.mark.parametrize("line", ["Source: Al Mayadeen and agencies", "المصدر: الميادين + وكالات",
                                  "المصدر: الميادين / ترجمة: فريق التحرير"])
def test_a_source_line_names_its_outlet_without_the_agencies(line):
    from index.lines import CREDIT, classify
    got = classify(1, line)
    assert (got.kind, got.outlet) == (CREDIT, "Al Mayadeen")


@pytest.mark.parametrize("line", ["© Al Mayadeen 2021", "Copyright © 2021 Al Mayadeen. All Rights Reserved.",
                                  "جميع الحقوق محفوظة © 2021 الميادين"])
def test_a_year_beside_the_outlet_is_no_word_of_a_sentence(line):
    assert credit_reader().read(line) == Credit("Al Mayadeen", None)


def test_of_two_outlet_names_the_longest_printed_is_the_credit():
    line = "المصدر: الأخبار - سكاي نيوز عربية"          # "الأخبار" is Al-Akhbar, and "the news"
    assert credit_reader().read(line).outlet == "Sky News Arabia"
    phrasing, outlet, _ = credit_reader().frame(line)
    assert outlet == "Sky News Arabia" and phrasing.count("<o>") == 1 and "الاخبار" in phrasing


@pytest.mark.parametrize("line, frame, names", [
    ("Omar Fleming and Elena Kassem report", "<a> report", "Omar Fleming; Elena Kassem"),
    ("كريم درويش وسعاد الزين - خاص", "<a> خاص", "كريم درويش; سعاد الزين"),
    ("كريم درويش و سعاد الزين - خاص", "<a> خاص", "كريم درويش; سعاد الزين"),
    ("Graphics by Omar Fleming and Elena Kassem", "graphics by <a>", "Omar Fleming; Elena Kassem"),  # closing it
    ("Pictures: كريم درويش وسعاد الزين", "pictures <a>", "كريم درويش; سعاد الزين"),
])
def test_two_names_joined_by_and_fill_one_byline_slot(line, frame, names):
    assert credit_reader().byline_frame(line) == (frame, names, True)
    assert credit_reader().byline_frame("Omar Fleming and Elena Kassem") is None    # no phrasing


@pytest.mark.parametrize("line, author", [
    ("مراسلنا كريم درويش", "كريم درويش"), ("كتبه سعاد الزين", "سعاد الزين"), ("كتبها: هالة عمران", "هالة عمران"),
    ("كتبها المجد لنا الماضي وكل الحاضر ولنا التأثير.", None),   # a sentence opening with the verb
])
def test_a_cue_with_a_pronoun_suffix_signs_a_name_alone(line, author):
    credit = credit_reader().read(line)
    assert (credit.author if credit else None) == author


@pytest.mark.parametrize("line, outlet", [("اقرأ المزيد على موقع عكاظ", "Okaz"),
                                          ("Continue reading on Al Jazeera", "Al Jazeera English")])
def test_a_link_on_to_the_rest_names_where_the_article_came_from(line, outlet):
    from index.lines import CREDIT, classify
    got = classify(1, line)
    assert (got.kind, got.outlet) == (CREDIT, outlet)


@pytest.mark.parametrize("line", ["اقرأ المزيد", "Continue reading", "اقرأ المزيد عن الأخبار"])
def test_a_link_on_that_names_no_outlet_stays_boilerplate(line):
    from index.lines import DROP, classify
    assert classify(1, line).kind == DROP          # "الأخبار": also "the news", so no outlet here


@pytest.mark.parametrize("line", ["اقرأ المزيد على موقع سكاي نيوز عربية", "اقرأ المزيد على قناة الجزيرة"])
def test_no_word_of_a_name_is_one_the_corpora_print_often_and_never_in_names(line):
    read = credit_reader().read(line)      # "المزيد" ("more") stands after the first word
    assert read is None or read.author is None
    assert credit_reader().frame(line)[2] is None     # a credit's phrasing is learnt with no name in it


@pytest.mark.parametrize("line, credit", [
    ("مقابلة أجراها كريم درويش لـالميادين", Credit("Al Mayadeen", "كريم درويش")),   # who did it, for whom
    ("أجراها سعاد الزين", Credit(None, "سعاد الزين")),
    ("أجرى الرئيس اتصالا هاتفيا مع نظيره", None),        # the verb in a sentence
])
def test_an_interview_conducted_by_a_name_for_an_outlet(line, credit):
    assert credit_reader().read(line) == credit
