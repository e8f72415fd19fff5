"""A title with a sub-headline (deck) under it: the title is the article's, the deck its body's
first line, wherever the header block and the page around it leave the choice open."""
import pytest

from index.extract import build_article
from index.page import text_lines
from index.segment import segment

BODY = ("The committee met on Monday to discuss the new measures and the timetable for the "
        "withdrawal, officials said, adding that talks would resume next week in the capital.")
PREVIOUS = ("An earlier report said the council would vote on the budget before the end of the month, "
            "after two weeks of debate in the chamber and in the press.")
TITLE, DECK = "Talks in Baghdad Resume After a Pause", "Spokesman: the delegations will meet again on Friday"


@pytest.mark.parametrize("page", [
    f"{TITLE}\n{DECK}\n27 Jul 2021\n\n{BODY}",                                  # the deck attached
    f"{PREVIOUS}\n\nSource: Reuters\n\n{TITLE}\n\n{DECK}\n\n27 Jul 2021\n\n{BODY}",   # after a bottom credit
    f"{PREVIOUS}\n\n{TITLE.upper()}\n\n{DECK}\n\n27 Jul 2021\n\n{BODY}",       # a wire headline in capitals
    f"{PREVIOUS}\n\n{TITLE}\n\n{TITLE}\n\n{DECK}\n\n27 Jul 2021\n\n{BODY}",    # the title printed again first
    f"{TITLE}\n{DECK}\nAli Hassan\n27 Jul 2021\n\n{BODY}",                      # a lone author name between
    f"{PREVIOUS}\n{BODY}\n\n\n\n{TITLE}\n\n{DECK}\n\n27 Jul 2021\n{BODY}",      # wider apart than paragraphs are
    f"{PREVIOUS}\n\n{TITLE}\n{DECK}\nProvided by reuters.com\n27 Jul 2021\n\n{BODY}",   # a credit read where credits stand
])
def test_the_title_over_a_deck_is_the_title(page):
    articles = [build_article(b, "p.txt") for b in segment(text_lines(page)).articles]
    mine = [a for a in articles if a.title.lower() == TITLE.lower()]
    assert len(mine) == 1 and all(a.title != DECK for a in articles)
    assert mine[0].date == "2021-07-27" and mine[0].body.startswith(DECK)


@pytest.mark.parametrize("deck", [
    "— The delegations will meet again on Friday",          # led by a dash: it cannot be a title
    "The delegations will meet again on Friday.",           # a short sentence with its full stop
    "The delegations will meet again...",                   # the lead cut short
])
def test_a_deck_that_could_not_be_a_title_leaves_the_title_above_it(deck):
    page = f"{PREVIOUS}\n\n{TITLE}\n\n{deck}\n\n27 Jul 2021\n\n{BODY}"
    articles = [build_article(b, "p.txt") for b in segment(text_lines(page)).articles]
    mine = [a for a in articles if a.title == TITLE]
    assert len(mine) == 1 and mine[0].date == "2021-07-27" and mine[0].body.startswith(deck)


LONG = BODY + " " + PREVIOUS          # a first paragraph too long to be an image's caption


@pytest.mark.parametrize("between, under", [
    ("Related articles", f"{LONG}\n\n{BODY}"),                # glued to its body after a section header
    ("Related articles", f"{DECK}\n\n{LONG}\n\n{BODY}"),      # its deck, then its body, no header block
    ("Source: Reuters", f"{LONG}\n\n{BODY}"),                 # after the article above's bottom credit
])
def test_a_title_after_a_break_needs_no_header_block(between, under):
    page = f"{PREVIOUS}\n\n{between}\n\n{TITLE}\n{under}"
    articles = [build_article(b, "p.txt") for b in segment(text_lines(page)).articles]
    assert [a.title for a in articles if a.title == TITLE] == [TITLE]


@pytest.mark.parametrize("deck", [
    "The committee met on Monday to discuss the new",                 # the lead's opening words
    "Breaking: The committee met on Monday to discuss",               # after a label
    "Spokesman: «The committee met on Monday to discuss the new»",    # a speaker quoting it
])
def test_a_deck_quoting_the_lead_leaves_the_title_above_it(deck):
    page = f"{PREVIOUS}\n\n{TITLE}\n\n{deck}\n\n27 Jul 2021\n\n{BODY}"
    articles = [build_article(b, "p.txt") for b in segment(text_lines(page)).articles]
    mine = [a for a in articles if a.title == TITLE]
    assert len(mine) == 1 and mine[0].date == "2021-07-27" and all(a.title != deck for a in articles)


def test_a_title_printed_again_over_a_line_it_cannot_read_is_a_title():
    """Title, a byline in no form the reader knows, the title again, the body: the repeat says
    "title" where nothing else does (no dateline, no credit, no break)."""
    page = f"{PREVIOUS}\n\n{TITLE}\n\nPenned for us by Omar Haddad\n\n{TITLE}\n\n{BODY}"
    articles = [build_article(b, "p.txt") for b in segment(text_lines(page)).articles]
    assert [a.title for a in articles if a.title == TITLE] == [TITLE]


@pytest.mark.parametrize("under", [
    "27 Jul 2021",                                                  # its dateline
    "The committee met on Monday to discuss the new\n27 Jul 2021",  # a deck quoting the lead, then it
])
def test_a_one_word_title_after_a_break_over_its_header_is_a_title(under):
    page = f"{PREVIOUS}\n\nSource: Reuters\n\nStalemate!\n{under}\n\n{BODY}"
    articles = [build_article(b, "p.txt") for b in segment(text_lines(page)).articles]
    mine = [a for a in articles if a.title == "Stalemate!"]
    assert len(mine) == 1 and mine[0].date == "2021-07-27"


def test_a_one_word_line_inside_an_article_starts_none():
    """With no break above it (the article above has not ended), a one-word line over a dateline
    is no title: "Opinion" between an article's title and its header."""
    page = f"{TITLE}\nOpinion\n27 Jul 2021\n\n{BODY}"
    articles = [build_article(b, "p.txt") for b in segment(text_lines(page)).articles]
    assert [a.title for a in articles] == [TITLE]


def test_a_label_and_a_name_is_no_lone_author_name():
    """A lone name under a title is the byline ("Ali Hassan"); a label and a colon before it is
    not a name ("حوار: A" read whole would make "حوار: A" the author)."""
    page = f"{TITLE}\nحوار: كريم الساعدي\n27 Jul 2021\n\n{BODY}"
    articles = [build_article(b, "p.txt") for b in segment(text_lines(page)).articles]
    assert [a.author for a in articles if a.title == TITLE] in ([None], ["كريم الساعدي"])
    page = f"{TITLE}\nكريم الساعدي\n27 Jul 2021\n\n{BODY}"
    articles = [build_article(b, "p.txt") for b in segment(text_lines(page)).articles]
    assert [a.author for a in articles if a.title == TITLE] == ["كريم الساعدي"]


@pytest.mark.parametrize("printed, name", [
    ("Ali Hassan", "Ali Hassan"),
    ("— Ali Hassan", "Ali Hassan"),                         # a dash or a pen before a lone name
    ("✍️ Ali Hassan", "Ali Hassan"),
    ("Mohammed al-Ali", "Mohammed al-Ali"),                 # a particle joined by a hyphen
    ("- سعاد الزين", "سعاد الزين"),
    ("“Petroleos de Caracas, PDC”", None),                  # in quotes: a deck quoting the lead
    ("Ali Hassan & Sara Khalil", "Ali Hassan; Sara Khalil"),   # two names joined by a mark
    ("Ali Hassan with Sara Khalil", "Ali Hassan; Sara Khalil"),
    ("سعاد الزين | كريم درويش", "سعاد الزين; كريم درويش"),
    ("Saudi Arabia | United States", None),                 # places are nobody's names
    ("Ali Hassan and Sara Khalil", "Ali Hassan; Sara Khalil"),   # two Latin names joined by "and"
    ("Donald Trump and Vladimir Putin", None),              # public figures: a headline's
    ("حجم الخط", None),                                    # common words ("font size"): index/ner/common_words.py
    ("د. سعاد الزين", "سعاد الزين"), ("Dr. Ali Hassan", "Ali Hassan"),   # a title is no part of the name
])
def test_a_lone_name_under_the_title_is_its_author(printed, name):
    page = f"{TITLE}\n\n{printed}\n\n27 Jul 2021\n\n{BODY}"
    [article] = [build_article(b, "p.txt") for b in segment(text_lines(page)).articles]
    assert (article.title, article.author) == (TITLE, name)


def test_a_deck_as_long_as_a_paragraph_over_the_header_is_read_once():
    """A deck quoting the lead cut short ("... […]"), a sentence by its length, printed over the
    header block: the header is still the article's, and the deck opens the body once."""
    deck = " ".join(BODY.split()[:14]) + " […]"
    page = f"{PREVIOUS}\n\n{TITLE}\n{deck}\nSource: Reuters\n27 Jul 2021\n\n{BODY}"
    mine = [a for a in (build_article(b, "p.txt") for b in segment(text_lines(page)).articles) if a.title == TITLE]
    assert len(mine) == 1 and mine[0].date == "2021-07-27" and mine[0].outlet == "Reuters"
    assert mine[0].body.count(deck) == 1 and mine[0].body.startswith(deck)


@pytest.mark.parametrize("header, titled", [
    ("Zorvik edition, 27 Jul 2021 11 o'clock\n\nQrx Vlm Desk", True),     # a dateline no rule reads (a year)
    ("Qrx Vlm Desk\n\nAli Hassan", True),                                 # a lone name
    ("Another Headline About the Region\n\nFourteen Killed in 14 Raids", False),   # related headlines
])
def test_after_a_closed_article_a_title_over_unread_header_lines_starts_one(header, titled):
    page = f"{PREVIOUS}\n\nSource: Reuters\n\n{TITLE}\n\n{header}\n\n{BODY}"
    titles = [build_article(b, "p.txt").title for b in segment(text_lines(page)).articles]
    assert (TITLE in titles) == titled


def test_a_dated_wire_item_of_one_short_line_over_its_credit_is_an_article():
    """A wire item whose body is one short line ("Shr loss 19 cts vs profit 11 cts ...") over its
    bottom credit: that line is its body, not a title of its own merged into the article above."""
    item = "Shr loss 19 cts vs profit 11 cts Net loss 1,140,270 vs profit 590,463"
    page = (f"{TITLE}\n\n27 Jul 2021\n\n{BODY}\n\n\n\nMAJOR REALTY CORP 4TH QTR LOSS\n27 Jul 2021\n"
            f"Source: Reuters\n\n{item}\n\nCopyright Reuters. All rights reserved.")
    articles = {a.title: a for a in (build_article(b, "p.txt") for b in segment(text_lines(page)).articles)}
    assert set(articles) == {TITLE, "MAJOR REALTY CORP 4TH QTR LOSS"}
    assert articles["MAJOR REALTY CORP 4TH QTR LOSS"].body == item and item not in articles[TITLE].body


def test_a_wire_tables_short_lines_over_its_bottom_credit_are_its_body():
    """Short lines only (a wire's figures) between the header and a bottom credit: the header
    block ends where they start; they are the body, not alt text of a long header."""
    table = ["Consolidated group net profit 1.88 billion francs vs 1.29 billion.",
             "Net financial and operating profit 1.11 billion vs 825.1 mln.",
             "Extraordinary earnings 774.7 mln vs 462.8 mln.", "Net dividend 165 francs vs 150."]
    page = "GEVAERT NV 1986 YEAR\n\n11.03.1987\n\nSource: Reuters\n\n" + "\n\n".join(table) + "\n\nRead more at Reuters"
    [article] = [build_article(b, "p.txt") for b in segment(text_lines(page)).articles]
    assert article.body.split("\n\n") == table and article.outlet == "Reuters"


def test_a_line_set_apart_by_wide_gaps_above_a_title_is_not_its_title():
    """On a page that prints no blank line between paragraphs, a note set apart from the
    article above and from the next title by wide gaps is neither's title; the next title is
    set apart from it too, so it is no deck of the note."""
    note = "The views expressed in these articles are their writers own"
    page = f"{PREVIOUS}\n{BODY}\n\n\n\n\n{note}\n\n\n\n\n{TITLE}\nBy Ali Hassan\n27 Jul 2021\n{BODY}\n{PREVIOUS}"
    titles = [b.title.text for b in segment(text_lines(page)).articles]
    assert TITLE in titles and note not in titles


def test_a_line_a_sentence_introduces_with_a_colon_opens_no_article():
    """A table's head in capitals over its rows, after the sentence that introduces it ("... as
    follows:"), is the body's, not a wire headline; after a short section header ending with a
    colon a title is still a title."""
    rows = "30-123 days 5.00 pct 5.00 pct 30-123 days 124-150 days 5.90 pct 5.93 pct " * 3
    page = ("FHLBB CHANGES SHORT-TERM DISCOUNT NOTE RATES\n\n11.03.1987\n\n"
            "The Federal Home Loan Bank Board adjusted the rates on its short-term discount notes as follows:\n\n"
            f"MATURITY NEW RATE OLD RATE MATURITY\n\n{rows}\n\nSource: Reuters")
    [article] = [build_article(b, "p.txt") for b in segment(text_lines(page)).articles]
    assert "MATURITY NEW RATE" in article.body
    page = f"{TITLE}\n\n27 Jul 2021\n\n{BODY}\n\nMore on this:\n\n{TITLE.upper()}\n\n{LONG}"
    assert len(segment(text_lines(page)).articles) == 2


def test_a_sentence_introducing_a_list_under_the_header_opens_the_body():
    """Under the dateline, a sentence ending with a colon and the short lines it introduces,
    then the credit: the body, not alt text of a long header."""
    intro = "The first matches of the relegation round were played today and the results are:"
    results = "Kairouan 1 - 1 Tataouine at the Gabes stadium"
    page = f"Draw Settles the Gabes Derby\n2 March 2017 - 16:50\n\n{intro}\n\n{results}\n\nSource: Reuters"
    [article] = [build_article(b, "p.txt") for b in segment(text_lines(page)).articles]
    assert article.body.split("\n\n") == [intro, results] and article.outlet == "Reuters"


@pytest.mark.parametrize("mark", ["// انتهى //", "-- END --"])
def test_a_wires_end_mark_ends_the_article_above(mark):
    """A wire's end mark (a word between slashes or dashes) is no text and ends the article: a
    title under it opens the next even with no header block."""
    page = f"{TITLE}\n\n27 Jul 2021\n\n{BODY}\n\n{mark}\n\nTurkey Ups Its Offer to the Bank\n\n{LONG}"
    articles = [build_article(b, "p.txt") for b in segment(text_lines(page)).articles]
    assert [a.title for a in articles] == [TITLE, "Turkey Ups Its Offer to the Bank"]
    assert mark not in articles[0].body
    page = f"{TITLE}\n\n27 Jul 2021\n\n{BODY}\n\n{mark}\n\n12:47 ت م\n\nTurkey Ups Its Offer\nBy Ali Hassan\n28 Jul 2021\n\n{LONG}"
    assert [b.title.text for b in segment(text_lines(page)).articles] == [TITLE, "Turkey Ups Its Offer"]   # a time line