"""Every rule that names an outlet: credits, lone names, bylines, house lines, staff, signatures,
domains and photo credits, and house styles; strongest evidence first."""
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from index.lines import BYLINE, CREDIT, HOUSE, TEXT, classify
from index.outlets import outlets
from index.page import text_lines
from index.segment import segment
from index.extract import build_article


@pytest.mark.parametrize("line, outlet, author", [
    ("Source: Press TV", "Press TV", None),
    ("Source: Al Mayadeen", "Al Mayadeen", None),
    ("Source: Al Mayadeen TV (YouTube)", "Al Mayadeen", None),
    ("المصدر: الميادين نت", "Al Mayadeen", None),
    ("المصدر: سكاي نيوز عربية", "Sky News Arabia", None),
    ("الأخبار", "Al-Akhbar", None),
    ("South Front", "South Front", None),
    ("\xa0ARABI SOURI\xa0", "Arabi Souri", None),
    ("Al Mayadeen", "Al Mayadeen", None),
    ("REUTERS", "Reuters", None),
    ("عكاظ", "Okaz", None),
    ("By Ali Abadi, Al-Ahed News", "Al-Ahed News", "Ali Abadi"),
    ("By Aram Mirzaei for the Saker blog", "The Saker", "Aram Mirzaei"),
    ("By Sarah Khalil, Reuters", "Reuters", "Sarah Khalil"),
    ("Source: Some Unknown Gazette", "Some Unknown Gazette", None),   # kept as printed
    ("المصدر: موقع سكاي نيوز عربية الإلكتروني", "Sky News Arabia", None),   # "the electronic site of X"
    ("المصدر : عكاظ + مواقع", "Okaz", None),                             # "X and sites"
])
def test_credit_lines(line, outlet, author):
    parsed = classify(1, line)
    assert (parsed.kind, parsed.outlet, parsed.author) == (CREDIT, outlet, author)


@pytest.mark.parametrize("line, outlet", [
    ("By Staff, Agencies", "Al-Ahed News"),      # Al-Ahed's house byline
    ("By News Desk", None), ("Staff and agencies", None), ("وكالات", None), ("متابعات", None),
    ("فريق التحرير", None), ("القسم السياسي", None),
])
def test_house_lines_are_credits_not_authors(line, outlet):
    parsed = classify(1, line)
    assert (parsed.kind, parsed.outlet, parsed.author) == (HOUSE, outlet, None)


@pytest.mark.parametrize("line, author", [
    ("By Ali Abadi", "Ali Abadi"),
    ("By Elena Varga", "Elena Varga"),
    ("Translated by Zeinab Essa, Compiled by Fatima Haydar", "Zeinab Essa; Fatima Haydar"),
])
def test_bylines(line, author):
    parsed = classify(1, line)
    assert (parsed.kind, parsed.author) == (BYLINE, author)


def test_ordinary_sentences_are_not_credits():
    for line in ("By doing so, the Iraqi government recognized the presence of US combat troops.",
                 "Sources said the talks failed.", "Reuters reported the deal on Monday."):
        assert classify(1, line).kind == TEXT


def _article(page_text: str):
    blocks = segment(text_lines(page_text)).articles
    assert len(blocks) == 1
    return build_article(blocks[0], "t.txt")


BODY = ("The committee met on Monday to discuss the new measures and the timetable for the "
        "withdrawal of the remaining forces from the country, officials said in a statement.")


@pytest.mark.parametrize("header, footer, outlet, inferred", [
    ("Source: Press TV", "", "Press TV", False),
    ("By Staff, Agencies", "Source: Press TV", "Press TV", False),          # credit beats house line
    ("By Staff, Agencies", "", "Al-Ahed News", True),
    ("By Zeinab Essa", "", "Al-Ahed News", True),                          # staff author
    ("27 Jul 2021", "The opinions mentioned in this article do not necessarily reflect the "
                    "opinion of Al mayadeen, but rather express the opinion of its writer.",
     "Al Mayadeen", False),                                              # signature
    ("Photo credit: The Cradle", "", "The Cradle", True),                  # photo credit
    ("https://media.thecradle.co/uploads/x.jpeg", "", "The Cradle", True), # domain
    ("08.07.2021", "", "South Front", True),                              # house style
    ("July 8, 2021", "", None, False),                                    # no evidence at all
    ("By Sarah Khalil, Reuters", "Source: Press TV", "Press TV", False),   # a source line before a byline
    ("Source: Press TV\n\nBy Sarah Khalil, Reuters", "", "Press TV", False),
])
def test_outlet_evidence(header, footer, outlet, inferred):
    page = f"A Headline About the Talks in Baghdad\n\n{header}\n\n{BODY}\n\n{BODY.upper().lower()}"
    if footer:
        page += f"\n\n{footer}"
    article = _article(page)
    assert (article.outlet, article.outlet_inferred) == (outlet, inferred)


def test_all_caps_title_is_south_front_style():
    article = _article(f"BURNING CONVOYS ON THE ROAD TO BAGHDAD\n\nMARCH 30, 2021\n\n{BODY}")
    assert (article.outlet, article.outlet_inferred) == ("South Front", True)


def test_outlet_table_is_consistent():
    table = outlets()
    assert table.lookup("al-mayadeen") == table.lookup("الميادين") == "Al Mayadeen"
    assert table.lookup("the saker blog") == "The Saker"
    assert table.by_staff("Zeinab Essa; Fatima Haydar") == "Al-Ahed News"
    assert set(table.styles) == {"title_all_caps", "dateline_caps_month", "dateline_dotted"}


def test_uncredited_article_in_a_plain_related_list_takes_its_parents_outlet():
    parent = f"Parent Headline From Al Mayadeen\n\nSource: Al Mayadeen\n\n{BODY}\n\nRelated\n\n"
    first = f"First Related Headline Here\n\nJuly 25, 2021\n\n{BODY}\n\n"
    sibling = f"Second Related Headline Here\n\nJuly 24, 2021\n\n{BODY.replace('Monday', 'Friday')}\n\n"
    videos = f"Related Videos\n\nRelated News\n\nOther Section Headline Now\n\nJuly 20, 2021\n\n{BODY.upper()}"
    blocks = segment(text_lines(parent + first + sibling + videos)).articles
    articles = [build_article(b, "p.txt") for b in blocks]
    from index.extract import inherit_outlets
    inherit_outlets(articles, blocks)
    assert [(a.outlet, a.outlet_inferred) for a in articles] == [
        ("Al Mayadeen", False), ("Al Mayadeen", True), ("Al Mayadeen", True), (None, False)]


def test_a_wire_dateline_in_the_body_outweighs_house_style():
    """A capitals headline is South Front's house style, unless the text signs for another outlet."""
    article = _article(f"BURNING CONVOYS ON THE ROAD TO BAGHDAD\n\nMARCH 30, 2021\n\nBAGHDAD (Reuters) - {BODY}")
    assert (article.outlet, article.outlet_inferred) == ("Reuters", False)


@pytest.mark.parametrize("footer, outlet", [
    ("(Except for the headline, this story has not been edited by Reuters staff and is published "
     "from a syndicated feed.)", "Reuters"),
    ("This report was prepared with material from Press TV and other agencies.", "Press TV"),
    ("The talks are expected to resume next week, the minister said.", "South Front"),   # names none
    ("Protesters burned Al Mayadeen banners and Press TV flags in the square.", "South Front"),
])
def test_an_outlet_named_where_a_credit_would_be_in_the_last_line_outweighs_house_style(footer, outlet):
    """A closing note naming an outlet after a crediting or function word (no credit: a
    sentence) is weaker evidence than a credit but stronger than a capitals headline's house
    style; an outlet's name inside what a sentence says is no such note."""
    article = _article(f"BURNING CONVOYS ON THE ROAD TO BAGHDAD\n\nMARCH 30, 2021\n\n{BODY}\n\n{footer}")
    assert article.outlet == outlet


@pytest.mark.parametrize("footer", ["عن الميادين", "REUTER...", "from Al Mayadeen"])
def test_a_credit_where_credits_stand_names_the_outlet_and_starts_no_article(footer):
    """Function words alone around an outlet's name are a credit under a body (not anywhere: see
    test_credits), and such a line is no title of an article of its own."""
    page = f"A Headline About the Talks in Baghdad\n\n27 Jul 2021\n\n{BODY}\n\n{footer}"
    blocks = segment(text_lines(page)).articles
    assert len(blocks) == 1
    article = build_article(blocks[0], "p.txt")
    assert article.outlet == ("Reuters" if footer.startswith("REUTER") else "Al Mayadeen")


PHRASING = {False: (["zorvik", "qalten", "mirovat", "interview", "conducted"], ["for ", "on "], "Sarah Khalil"),
            True: (["تلاحم", "سجالات", "أنجزها", "أعدتها", "لقاء"], ["لـ", "ل", "على "], "سعاد الزين")}   # words no table has


@settings(max_examples=60, deadline=None)
@given(st.booleans(), st.data(),
       st.sampled_from([("Reuters", "رويترز"), ("Press TV", "برس تي في"), ("Sky News Arabia", "سكاي نيوز عربية")]))
def test_a_line_naming_an_outlet_between_header_lines_is_their_credit(arabic, data, outlet):
    """Between a title's credit and its dateline, a short line in a phrasing no rule reads that
    names an outlet where a credit would ("مقابلة أجراها A لـX"), by a name that is no common
    word, is a credit of that header: no title of its own; a line naming the outlet in quotes is."""
    vocabulary, links, author = PHRASING[arabic]
    words = data.draw(st.lists(st.sampled_from(vocabulary), min_size=1, max_size=3))
    link = data.draw(st.sampled_from(links))
    name, printed = outlet[0], outlet[1] if arabic else outlet[0]
    line = f"{' '.join(words).capitalize()} {author} {link}{printed}"
    credit = f"المصدر: {printed}" if arabic else f"Source: {printed}"
    page = f"{PREVIOUS_BODY}\n\nSource: Reuters\n\nA Headline About the Talks\n\n{credit}\n\n{line}\n\n27 Jul 2021\n\n{BODY}"
    articles = [build_article(b, "p.txt") for b in segment(text_lines(page)).articles]
    assert [a.title for a in articles][-1] == "A Headline About the Talks"
    assert articles[-1].outlet == name and articles[-1].date == "2021-07-27"
    quoted = page.replace(line, f"{' '.join(words).capitalize()} {author} {link}«{printed}»")
    assert [a.title for a in (build_article(b, "p.txt") for b in segment(text_lines(quoted)).articles)][-1] != \
        "A Headline About the Talks"


PREVIOUS_BODY = ("An earlier report said the council would vote on the budget before the end of the month, "
                 "after two weeks of debate in the chamber and in the press.")


def test_a_teaser_title_naming_an_outlet_by_a_common_word_stays_a_title():
    """A teaser list has datelines only between its titles: one ending in a common word that is
    also an outlet's name ("العربية": "Arab", Al Arabiya) is a title, not a credit of the one above."""
    page = (f"{PREVIOUS_BODY}\n\nSource: Reuters\n\nالقصرين : حرق سيارة أمنية\n\n09/01/2014\n\n"
            "العراق.. حلقة التفكك الأولى في المنطقة العربية\n\n05/01/2014\n\n%d bloggers like this:")
    teasers = [b.title.text for b in segment(text_lines(page)).teasers]
    assert teasers == ["القصرين : حرق سيارة أمنية", "العراق.. حلقة التفكك الأولى في المنطقة العربية"]


@pytest.mark.parametrize("line", ["REUTERS | World", "Press TV - Politics", "Al Mayadeen | Culture"])
def test_an_outlet_and_a_section_under_the_dateline_is_the_credit(line):
    """An outlet's name and one word of a section after a mark, alone between the header and the
    body: a credit no rule reads without its place, stronger than a capitals headline's house style."""
    article = _article(f"BURNING CONVOYS ON THE ROAD TO BAGHDAD\n\nMARCH 30, 2021\n{line}\n\n{BODY}\n\n{BODY.lower()}")
    from index.outlets import outlets as table
    assert article.outlet == table().lookup(line.split()[0] if line.startswith("REUTERS") else line.rsplit(" ", 2)[0])
    assert line not in article.body


@pytest.mark.parametrize("credit", ["Provided by REUTERS", "REUTERS | World"])
def test_a_credit_read_where_credits_stand_over_the_title_printed_again_keeps_one_article(credit):
    """Title, dateline, a credit no rule reads alone, the title again, the body: the credit is the
    header's (not the first article's text), so the title printed again starts no second one."""
    title = "GERBER <GRB> BUYS GERBER SYSTEMS <GSTI> SHARES"
    blocks = segment(text_lines(f"{title}\n\nPublished On 12 Mar 1987\n\n{credit}\n\n{title}\n\n{BODY}")).articles
    assert len(blocks) == 1
    article = build_article(blocks[0], "p.txt")
    assert (article.outlet, article.date, article.body) == ("Reuters", "1987-03-12", BODY)


@pytest.mark.parametrize("after", ["", "\n\nRepublish our articles for free, online or in print, under a Creative Commons license."])
def test_a_bottom_credit_before_a_closing_appeal_is_the_credit(after):
    """A credit read where credits stand as the body's last line, or the one before a closing
    line no rule knows, is the article's credit (over a capitals headline's house style), not its text."""
    article = _article(f"BURNING CONVOYS ON THE ROAD TO BAGHDAD\n\nMARCH 30, 2021\n\n{BODY}\n\n{BODY.lower()}"
                       f"\n\nWith files from رويترز{after}")
    assert article.outlet == "Reuters" and "With files" not in article.body


@pytest.mark.parametrize("title, again", [("مصرع وإصابة 8 أشخاص في حادث انقلاب بالمدينة", True),
                                          ("خيري يعود إلى الوطن", False), ("Protesters Gather Outside Press TV", True)])
def test_a_title_naming_an_outlet_by_a_common_word_or_printed_again_is_a_title(title, again):
    """Under an article closed by a credit and no paragraph, a line ending in a word that is also
    an outlet's name ("بالمدينة": "in the city", Al-Madina; "الوطن": "the homeland", Al-Watan), or
    printed again under its dateline, is the next article's title, not a credit of the block above."""
    page = (f"{PREVIOUS_BODY}\n\nرابط الخبر بصحيفة الوئام: هروب جماعي من غرب عدن\n\nالمصدر: صحيفة الوئام\n\n"
            f"{title}\n\nالثلاثاء 21 تموز 2015\n\n{title if again else 'المصدر: صحيفة المدينة'}\n\nوليد قاسم\n\n{BODY}")
    titles = [build_article(b, "p.txt").title for b in segment(text_lines(page)).articles]
    assert title in titles


_DATES = {"5 December 2019": (2019, 12, 5), "2019-12-05 10:32:11": (2019, 12, 5), "Dec 5, 2019": (2019, 12, 5),
          "٥ ديسمبر ٢٠١٩": (2019, 12, 5), "05/12/2019 - 10:32": (2019, 12, 5)}


@settings(max_examples=120, deadline=None)
@given(st.sampled_from(sorted(_DATES)), st.sampled_from([("Source: Al Mayadeen", "Al Mayadeen", None),
                                                         ("Al Mayadeen English", "Al Mayadeen", None),
                                                         ("عكاظ", "Okaz", None),
                                                         ("By Sarah Khalil", None, "Sarah Khalil")]),
       st.sampled_from(["|", "•", "·", ",", "-", "—", ""]), st.booleans())
def test_a_date_and_a_credit_on_one_line_are_both_read(date, credit, mark, date_first):
    text, outlet, author = credit
    line = classify(1, " ".join(filter(None, [date, mark, text] if date_first else [text, mark, date])))
    assert line.dateline and line.date.resolve().timetuple()[:3] == _DATES[date]
    assert (line.outlet, line.author) == (outlet, author)


@pytest.mark.parametrize("line, outlet, author", [
    ("Al Mayadeen , Saturday 5 Dec 2019", "Al Mayadeen", None),          # no mark: a comma, a weekday
    ("December 5, 2019 (Reuters)", "Reuters", None), ("(رويترز) 5 ديسمبر 2019", "Reuters", None),
    ("By Sarah Khalil December 5, 2019", None, "Sarah Khalil"),           # not "Sarah Khalil December"
    ("بيروت - الميادين - 05 ديسمبر 2019", "Al Mayadeen", None),           # the agency's place, a dash
    ("Beirut, 5 December 2019 (Reuters)", "Reuters", None),              # a place, the date, the agency
    ("Published: December 05, 2019 10:32 | Source: Press TV", "Press TV", None),
])
def test_a_date_beside_a_credit_in_any_order_gives_both(line, outlet, author):
    got = classify(1, line)
    assert got.dateline and got.date.resolve().isoformat() == "2019-12-05"
    assert (got.outlet, got.author) == (outlet, author)


@pytest.mark.parametrize("line", ["Iran warns US | 5 Dec 2019", "إيران تحذر واشنطن | 5 ديسمبر 2019",
                                  "Iran Warns Washington - December 5, 2019", "Oil Prices Rise December 5, 2019",
                                  "إيران تحذر واشنطن - 5 ديسمبر 2019", "Reuters poll: 5 December 2019 rates seen at 3%",
                                  "Oil Prices 5 December 2019 Rise Again"])     # words on both sides
def test_a_headline_beside_a_date_is_no_dateline(line):
    assert not classify(1, line).dateline          # a teaser's title with its date; a name alone is no byline
