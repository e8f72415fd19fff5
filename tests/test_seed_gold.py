"""The ingester against the hand annotation of seed page 002, and the two seed pages together."""
from __future__ import annotations

import pytest

from index.ingest import ingest
from index.page import parse_page

SEED_000 = "000_ec3cef7f47d5ab41.txt"
SEED_002 = "002_7672ffc435d8e842.txt"


@pytest.fixture(scope="module")
def page_002(seeds_dir):
    path = seeds_dir / SEED_002
    return parse_page(str(path), path.read_bytes())


@pytest.fixture(scope="module")
def gold(gold_002):
    return gold_002["pages"][0]


@pytest.fixture(scope="module")
def matched(page_002, gold):
    by_title = {a.title: a for a in page_002.articles}
    return [(g, by_title.get(g["title"].replace("\xa0", " "))) for g in gold["articles"]]


def test_every_annotated_article_is_found_with_its_exact_title(matched, page_002, gold):
    missing = [g["title"] for g, article in matched if article is None]
    assert missing == []
    assert len(page_002.articles) == len(gold["articles"]) == 21


def test_spans_match_the_annotation(matched):
    wrong = [(g["title"], g["start_line"], g["end_line"], a.source.line_start, a.source.line_end)
             for g, a in matched if (a.source.line_start, a.source.line_end) != (g["start_line"], g["end_line"])]
    assert wrong == []


def test_at_least_95_percent_of_dates_are_right(matched):
    # The annotation gives the printed date and, where the printed one is wrong, date_inferred.
    right = sum(a.date in (g["date"], g.get("date_inferred")) for g, a in matched)
    assert right / len(matched) >= 0.95, [(g["title"], a.date, g["date"]) for g, a in matched]


def test_at_least_95_percent_of_outlets_are_right(matched):
    right = sum(a.outlet == g["outlet"] for g, a in matched)
    assert right / len(matched) >= 0.95, [(g["title"], a.outlet, g["outlet"]) for g, a in matched
                                         if a.outlet != g["outlet"]]


def test_explicit_credits_are_not_marked_inferred(matched):
    for g, a in matched:
        if not g["outlet_inferred"] and a.outlet == g["outlet"]:
            assert a.outlet_inferred is False, g["title"]


def test_languages_and_authors(matched):
    assert all(a.lang == g["lang"] for g, a in matched)
    authors = [(a.author, g["author"], g.get("author_ar")) for g, a in matched]
    assert all(ours in (theirs, arabic) for ours, theirs, arabic in authors), authors


def test_no_annotated_boilerplate_line_is_inside_any_body(page_002, gold, seeds_dir):
    lines = (seeds_dir / SEED_002).read_text("utf-8").split("\n")
    boiler = {lines[n - 1].strip() for n in gold["boilerplate_lines"]} - {""}
    for article in page_002.articles:
        paragraphs = set(article.body.split("\n\n"))
        assert not boiler & paragraphs, (article.title, boiler & paragraphs)


def test_bodies_start_and_end_where_the_annotation_says(matched):
    for g, a in matched:
        starts = [s[:60] for s in (g.get("first_body_sentence"), g.get("first_body_sentence_alt")) if s]
        if starts:
            assert any(a.body.startswith(s) for s in starts), (g["title"], a.body[:80])
        if g.get("last_body_sentence"):
            assert g["last_body_sentence"][-60:] in a.body[-400:], g["title"]


def test_teasers_and_video_titles_are_not_articles(page_002, gold):
    assert page_002.teasers == [t["text"].replace("\xa0", " ") for t in gold["teasers"]]
    assert page_002.report.video_titles == len(gold["related_video_titles"])
    titles = {a.title for a in page_002.articles}
    assert not titles & {v["text"] for v in gold["related_video_titles"]}


def test_both_seed_pages_together_dedupe_43_occurrences_to_37(seeds_dir, gold):
    pages = list(ingest([str(seeds_dir / SEED_000), str(seeds_dir / SEED_002)]))
    occurrences = [a for p in pages for a in p.articles]
    assert len(occurrences) == 43
    assert len({a.id for a in occurrences}) == 37
    first_by_id = {}
    for a in occurrences:
        first_by_id.setdefault(a.id, a)
    expected = {g["title"].replace("\xa0", " ") for g in gold["articles"] if g["duplicate_of"]}
    flagged = {a.title for a in pages[1].articles if a.duplicate}
    assert flagged == expected and len(flagged) == 6
    for a in pages[1].articles:
        if a.duplicate:
            first = first_by_id[a.id]
            assert first.source.path.endswith(SEED_000) and first.title == a.title


def test_page_000_reads_as_well(seeds_dir):
    """Page 000's annotation is held back; check what a reader can see on it."""
    path = seeds_dir / SEED_000
    page = parse_page(str(path), path.read_bytes())
    assert len(page.articles) == 22
    assert page.teasers == []
    by_title = {a.title: a for a in page.articles}
    # A title with a sub-headline (deck) under it, then the header block: the title is the
    # article's, the deck its first line (issue 18).
    yearless = by_title["بين إرسال “قاذفة” وإعلان سحب القوات.. ما هي رسائل إدارة ترامب للمنطقة؟"]
    assert (yearless.date, yearless.date_inferred, yearless.outlet) == ("2020-11-22", True, "Al Mayadeen")
    assert yearless.body.startswith("الساعدي: واشنطن لن تستطيع التغطية على رد إيران")
    jordan = by_title["انقلاب في الأردن أم في أميركا؟"]
    assert (jordan.date, jordan.outlet, jordan.author, jordan.lang) == ("2021-04-13", "Al-Akhbar", "عمرو علان", "ar")
    saker = by_title["Biden becomes the fourth successive President to bomb Iraqis: how far could this latest round of escalation go?"]
    assert (saker.outlet, saker.author) == ("The Saker", "Aram Mirzaei")
    boilerplate = ("Visual search query image", "%d bloggers like this:", "Related Videos", "مقالات متعلقة",
                   "Subscribe to our mailing list!", "Follow us on Telegram", "To help us continue",
                   "(Important Note:", "*كاتب وباحث سياسي", "فيديوات متعلقة", "مقالات سابقة للكاتب")
    for article in page.articles:
        for text in boilerplate:
            assert text not in article.body, (article.title, text)
