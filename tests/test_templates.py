"""The archive's learnt templates (index/templates.py) against an oracle that knows what each
generated line is, and an update that changes them against a full rebuild.

Generated archives: pages of articles (a title, a dateline, long paragraphs, sometimes a short
line of their own; or a wire table of short lines only) drawn with reuse, and "extra" short lines printed between articles on some
pages: a fixed line (an appeal, a section header) or a line with its own figures. The oracle
counts, per extra line, the pages it is on, the different articles before and after it, and its
different texts: it is a template exactly when those pass the thresholds. No line of an article is
ever one, however often the article is reprinted.
"""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from index import template_lines
from index import templates as tpl
from index.rebuild import rebuild
from index.lines import classify
from index.templates import Learner, shape, sightings
from index.update import update
from .test_rebuild import documents

WORDS = "talks ministry border forces council harbour fuel convoy region report said week".split()


def _article(k: int) -> list[str]:
    title = f"Article {k} {WORDS[k % len(WORDS)]} {WORDS[(k * 7) % len(WORDS)]} news"
    paragraph = (f"Paragraph of article {k}: the {WORDS[k % 12]} and the {WORDS[(k + 3) % 12]} met again "
                 f"on the {k}th day, officials of the region said in a statement to the press.")
    month = "January February March April May June July August September October November December".split()[k % 12]
    lines = [title, f"{1 + k} {month} {2000 + k}", paragraph, paragraph.replace("Paragraph", "Second paragraph")]
    if k % 4 == 1:                                   # a wire table: short lines only, no paragraph
        return [title, lines[1], f"Shr {k} cts vs {k + 1} cts", f"Net {k}.{k} mln vs {k} mln", f"Revs {k * 9} mln"]
    if k % 6 == 5:                                   # one paragraph only (a sentence of its own)
        return lines[:3]
    if k % 3 == 0:
        lines.insert(3, f"Figures {k}: {k * 3} up")      # a short line of the article's own
    return lines


def _has_paragraphs(k: int) -> bool:
    return k % 4 != 1


@st.composite
def archives(draw):
    """Pages as text, and each page as its items in order: ("article", k) or ("extra", text)."""
    articles = draw(st.integers(4, 12))           # each with lines of its own shape (12 months)
    pages, items = [], []
    for _ in range(draw(st.integers(1, 10))):
        chosen = draw(st.lists(st.integers(0, articles - 1), min_size=2, max_size=5))
        page: list[tuple] = []
        for position, k in enumerate(chosen):
            page.append(("article", k))
            if position + 1 < len(chosen):
                page += [("extra", _extra(draw)) for _ in range(draw(st.integers(0, 2)))]
        items.append(page)
        pages.append("\n\n".join(line for kind, x in page for line in (_article(x) if kind == "article" else [x])))
    return pages, items


SENTENCE = "Thank you for reading this page, and please share it with your friends."


def _extra(draw) -> str:
    """A line between articles: a fixed one (an appeal, a section header, a sentence the blog
    prints under articles) or one with figures."""
    if draw(st.booleans()):
        return draw(st.sampled_from(["Join our channel for more", "You may also like", SENTENCE]))
    return f"Index {draw(st.integers(0, 999))} pts"


def _sighted(page: list[tuple], j: int) -> bool:
    """Whether an extra line is a sighting: a line of more than ``MAX_WORDS`` words only under an
    article's text (a paragraph: the last line of an article with paragraphs, or that sentence)."""
    if len(page[j][1].split()) <= template_lines.MAX_WORDS:
        return True
    kind, x = page[j - 1]
    return (kind == "article" and _has_paragraphs(x)) or x == SENTENCE


def _oracle(items) -> dict[str, bool]:
    """Each extra line's shape: a template? One of its texts is on enough pages, with enough
    different paragraphs (the nearest article with paragraphs, else the page's edge) and lines
    (an article's, or another extra line) on each side, neither paragraph beside it most of the
    time, and the shape has few texts."""
    by_shape: dict[str, dict[str, list]] = {}
    for number, page in enumerate(items):
        for j, (kind, text) in enumerate(page):
            if kind == "extra" and _sighted(page, j):
                before = next((x for x in reversed(page[:j]) if x[0] == "article" and _has_paragraphs(x[1])),
                              ("start", number))
                after = next((x for x in page[j + 1:] if x[0] == "article" and _has_paragraphs(x[1])),
                             ("end", number))
                by_shape.setdefault(shape(text), {}).setdefault(text, []).append(
                    (before, after, number, page[j - 1], page[j + 1]))

    def distinct(side: list) -> bool:
        return len(set(side)) >= tpl.MIN_ANCHORS

    def varied(side: list) -> bool:
        return distinct(side) and 2 * max(map(side.count, side)) < len(side)

    return {key: len(texts) <= tpl.MAX_TEXTS and any(
                len({s[2] for s in seen}) >= tpl.MIN_PAGES and varied([s[0] for s in seen])
                and varied([s[1] for s in seen]) and distinct([s[3] for s in seen])
                and distinct([s[4] for s in seen]) for seen in texts.values())
            for key, texts in by_shape.items()}


@settings(max_examples=150, deadline=None)
@given(archives())
def test_templates_are_the_lines_between_different_articles_never_an_articles_own(archive):
    pages, items = archive
    learnt = Learner.of_pages(sightings(text, f"p{n}") for n, text in enumerate(pages)).templates()
    verdict = _oracle(items)
    for text in {line for page in pages for line in page.split("\n\n")}:
        digest = tpl.digest(shape(text))
        assert (digest in learnt.shapes) == verdict.get(shape(text), False), text


def _page(*parts: str) -> str:
    return "\n\n".join(parts)


def _wire(k: int) -> str:
    return _page(*_article(k))


def test_an_update_that_makes_a_line_a_template_equals_a_full_rebuild(tmp_path):
    """A line on two pages is article text; a third page makes it a template, so the update reads
    the first two pages again, as a rebuild would; removing that page undoes it."""
    archive, root = tmp_path / "archive", tmp_path / "ix"
    archive.mkdir()
    line = "Join our channel for more"
    for n, (a, b) in enumerate([(1, 2), (4, 5)]):
        (archive / f"p{n}.txt").write_text(_page(_wire(a), line, _wire(b)), "utf-8")
    rebuild(archive, root)
    assert any(line in doc["body"] for doc in documents(root).values())
    (archive / "p2.txt").write_text(_page(_wire(7), line, _wire(8)), "utf-8")
    update(archive, root)
    _same_as_a_rebuild(archive, root, tmp_path / "fresh")
    assert not any(line in doc["body"] for doc in documents(root).values())
    (archive / "p2.txt").unlink()
    update(archive, root)
    _same_as_a_rebuild(archive, root, tmp_path / "fresh-again")
    assert any(line in doc["body"] for doc in documents(root).values())


def _same_as_a_rebuild(archive: Path, root: Path, fresh: Path) -> None:
    shutil.rmtree(fresh, ignore_errors=True)
    rebuild(archive, fresh)
    assert documents(root) == documents(fresh)


# ------------------------------------------------------------------ credit and dateline frames

OUTLETS = {"Al Mayadeen": "Al Mayadeen", "Press TV": "Press TV", "Reuters": "Reuters",   # printed: outlet
           "الميادين": "Al Mayadeen", "Al-Akhbar": "Al-Akhbar"}
NONSENSE = st.text(alphabet="bcdfgklmnprstvz", min_size=4, max_size=7)     # words no table lists


@st.composite
def framed_archives(draw):
    """Pages of one article each whose header prints a byline, a dateline and a credit in
    phrasings of made-up words around a person's name, a date and an outlet's name: (pages,
    [(credit phrasing, outlet, dateline phrasing, date, byline phrasing, name, article)] a page)."""
    credit_phrasings = draw(st.lists(st.tuples(NONSENSE, NONSENSE), min_size=1, max_size=3, unique=True))
    # a date phrasing: its word, a correspondent's city before it (any), a count after it ("3 min
    # read", "العدد 16543"): the city and the count vary from page to page, the phrasing does not
    date_phrasings = draw(st.lists(st.tuples(NONSENSE, st.booleans(), st.booleans()), min_size=1, max_size=3,
                                   unique_by=lambda p: p[0]))
    # a byline phrasing: made-up words, or one function word before the name ("From A")
    byline_phrasings = draw(st.lists(NONSENSE | st.sampled_from(["from", "From"]), min_size=1, max_size=3,
                                     unique_by=str.lower))
    pages, drawn = [], []
    for n in range(draw(st.integers(1, 14))):
        (a, b), outlet = draw(st.sampled_from(credit_phrasings)), draw(st.sampled_from(sorted(OUTLETS)))
        phrasing, day = draw(st.sampled_from(date_phrasings)), draw(st.integers(1, 5))
        city, count = draw(st.sampled_from(CITIES)), draw(st.integers(1, 99999))
        signed, author = draw(st.sampled_from(byline_phrasings)), draw(st.sampled_from(AUTHORS))
        if draw(st.integers(0, 3)) == 0:
            signed = "By"                                          # a byline the reader knows
        k = draw(st.integers(0, 40))
        title, _, *paragraphs = _article(k * 4)                    # an article with paragraphs
        pages.append(_page(title, f"{signed} {author}", _dateline(phrasing, f"{day} March 2019", city, count),
                           f"{a} {b} {outlet}", *paragraphs))
        drawn.append(((a, b), outlet, phrasing, day, signed, author, k))
    return pages, drawn


AUTHORS = ["Sarah Khalil", "Omar Haddad", "Elena Stevens", "John Smith"]
CITIES = ["Beirut", "Damascus", "غزة", "عمان"]


def _dateline(phrasing: tuple[str, bool, bool], date: str, city: str, count: int) -> str:
    word, placed, counted = phrasing
    return f"{city + ', ' if placed else ''}{word} {date}{f' {word} {count}' if counted else ''}"


@settings(max_examples=100, deadline=None)
@given(framed_archives())
def test_a_phrasing_seen_with_enough_outlets_or_dates_on_enough_pages_is_the_archives_own(archive):
    pages, drawn = archive
    learnt = Learner.of_pages(sightings(text, f"p{n}") for n, text in enumerate(pages)).templates()
    for kind, key, anchor in (("credit", 0, 1), ("date", 2, 3), ("byline", 4, 5)):
        seen: dict = {}
        for n, d in enumerate(drawn):
            seen.setdefault(d[key], []).append((n, OUTLETS.get(d[anchor], d[anchor])))
        for phrasing, where in seen.items():
            anchors, articles = len({a for _, a in where}), len({drawn[n][6] for n, _ in where})
            expect = len({n for n, _ in where}) >= tpl.MIN_PAGES and (
                anchors >= tpl.MIN_ANCHORS or anchors == 2 and articles >= tpl.FEW_ANCHORS_AROUND)
            if kind == "byline":            # one name signs two articles, one signs a known byline
                if phrasing == "By":
                    continue
                signs = [(d[5], d[6]) for d in drawn if d[4] == phrasing]
                known = {d[5] for d in drawn if d[4] == "By"}
                expect &= len(set(signs)) > len({name for name, _ in signs}) and bool(known & {n for n, _ in signs})
            sample = {"credit": f"{phrasing[0]} {phrasing[1]} Reuters",
                      "date": _dateline(phrasing, "9 March 2019", "Amman", 7) if kind == "date" else "",
                      "byline": f"{phrasing} Hala Omran"}[kind]
            framed = tpl.frame(sample)
            assert (tpl.digest(framed[0]) in learnt.frames) == expect, (kind, phrasing, where)
    for text in pages:                      # a page read with them: its lines in learnt phrasings
        lines = [classify(None, t) for t in text.split("\n\n")]
        learnt.apply(lines)
        for line in lines[1:4]:
            framed = tpl.frame(line.text)
            if framed and tpl.digest(framed[0]) in learnt.frames:
                assert line.kind in ("credit", "date", "byline") and (line.outlet or line.date or line.author)


def test_a_name_in_a_recurring_phrasing_far_from_any_dateline_is_no_byline():
    """Captions and cut sentences end in a name-like pair of words on many pages too: a byline
    phrasing is learnt only where bylines stand, near a dateline or a credit."""
    pages = []
    for n, author in enumerate(AUTHORS * 2):              # each name signs two articles
        title, dateline, *paragraphs = _article(n * 4)
        near = _page(title, f"zorvik {author}", dateline, *paragraphs)
        far = _page(title, dateline, *paragraphs, "Figures", "Index", "Totals", f"zorvik {author}")
        pages += [near, far]
    pages += [_page(*_article(99 * 4)[:1], f"By {AUTHORS[0]}", *_article(99 * 4)[1:])] * 2   # a known byline
    frame = tpl.digest(tpl.frame("zorvik Hala Omran")[0])
    near_only = Learner.of_pages(sightings(t, f"p{n}") for n, t in enumerate(pages[0::2])).templates()
    far_only = Learner.of_pages(sightings(t, f"p{n}") for n, t in enumerate(pages[1::2])).templates()
    assert frame in near_only.frames and frame not in far_only.frames


def test_one_function_word_before_names_that_sign_elsewhere_is_a_byline_phrasing():
    """"من A" ("from A") over the dateline of many articles, with names that sign bylines read
    without it, is this archive's byline; the same word before a place or a common phrase is
    no phrasing, nor one after a name ("A في": a sentence cut short)."""
    names = ["فراس القاسم", "رنا البدري", "يوسف الشامي", "هبة جابر"]
    pages = []
    for n, author in enumerate(names * 2):              # each name signs two articles
        title, dateline, *paragraphs = _article(n * 4)
        pages.append(_page(title, f"من {author}", dateline, *paragraphs))
    for n, author in enumerate(names):                  # ... and a byline the reader knows
        title, dateline, *paragraphs = _article(n * 4 + 40)
        pages.append(_page(title, f"بقلم {author}", dateline, *paragraphs))
    learnt = Learner.of_pages(sightings(t, f"p{n}") for n, t in enumerate(pages)).templates()
    assert tpl.digest(tpl.frame("من سعاد الزين")[0]) in learnt.frames
    lines = [classify(None, t) for t in pages[0].split("\n\n")]
    learnt.apply(lines)
    assert [(l.kind, l.author) for l in lines if l.text.startswith("من ")] == [("byline", names[0])]
    for text in ["من جهة أخرى", "في سوريا والعراق", "رفع نتائج التحقيق في", "من هو بريت كافانو"]:
        assert tpl.frame(text) is None or tpl.frame(text)[1] != "byline", text


def test_an_update_that_makes_a_phrasing_the_archives_own_equals_a_full_rebuild(tmp_path):
    """A credit phrasing seen with two outlets is text; a page with a third makes it the archive's
    credit form, so the update reads the first pages again, as a rebuild would."""
    archive, root = tmp_path / "archive", tmp_path / "ix"
    archive.mkdir()

    def page(k: int, outlet: str) -> str:
        title, dateline, *paragraphs = _article(k * 4)
        return _page(title, dateline, f"Brought to you by friends at {outlet}", *paragraphs)

    for n, outlet in enumerate(["Al Mayadeen", "Press TV"]):
        (archive / f"p{n}.txt").write_text(page(n + 1, outlet), "utf-8")
    rebuild(archive, root)
    assert {doc.get("outlet") for doc in documents(root).values()} == {None}
    (archive / "p2.txt").write_text(page(5, "Reuters"), "utf-8")
    update(archive, root)
    _same_as_a_rebuild(archive, root, tmp_path / "fresh")
    assert {doc.get("outlet") for doc in documents(root).values()} == {"Al Mayadeen", "Press TV", "Reuters"}


def test_a_recurring_line_naming_one_outlet_under_a_body_is_that_articles_credit(tmp_path):
    """A credit in a phrasing printed with one outlet only ("h/t Reuters" under each Reuters
    article) recurs between different articles like a template: it is read as the credit of the
    article above it, not dropped; the same line between a title and nothing else is dropped."""
    pages = []
    for n in range(6):
        pages.append(_page(*_article(n * 4), "h/t Reuters", *_article(n * 4 + 8), "h/t Reuters"))
    learner = Learner.of_pages(sightings(text, f"p{n}") for n, text in enumerate(pages))
    learnt = learner.templates()
    assert tpl.digest(shape("h/t Reuters")) in learnt.shapes       # a template by its recurrence
    lines = [classify(None, t) for t in pages[0].split("\n\n")]
    learnt.apply(lines)
    credits = [l for l in lines if l.text == "h/t Reuters"]
    assert credits and all(l.kind == "credit" and l.outlet == "Reuters" for l in credits)
    short = [classify(None, t) for t in ["Net profit rose 5 pct in the year.", "h/t Reuters"]]
    learnt.apply(short)                     # under a short last sentence too
    assert short[1].kind == "credit"
    lone = [classify(None, t) for t in ["Article 1 talks news", "h/t Reuters"]]
    learnt.apply(lone)
    assert lone[1].kind == "drop"
    signed = [classify(None, t) for t in ["Net profit rose 5 pct in the year.", "REUTER", "h/t Reuters"]]
    learnt.apply(signed)                    # under the outlet's signature under the body
    assert signed[2].kind == "credit"


def test_a_recurring_line_naming_one_outlet_by_its_proper_name_inside_is_its_credit():
    """An outlet's proper name inside what a recurring line under its articles says ("Follow
    Reuters on Telegram for more news.") credits that outlet, in a phrasing printed with it only
    (no frame is learnt from one outlet)."""
    line = "Follow Reuters on Telegram for more news."
    pages = [_page(*_article(n * 4), line, *_article(n * 4 + 8), line) for n in range(6)]
    learnt = Learner.of_pages(sightings(text, f"p{n}") for n, text in enumerate(pages)).templates()
    lines = [classify(None, t) for t in pages[0].split("\n\n")]
    learnt.apply(lines)
    assert [(l.kind, l.outlet) for l in lines if l.text == line] == [("credit", "Reuters")] * 2


@pytest.mark.parametrize("appeal", ["اشترك لتصلك آخر الأخبار يوميا", "حمّل تطبيق نبض لمتابعة آخر الأخبار"])
def test_a_recurring_line_naming_an_outlet_inside_what_it_says_is_dropped(appeal):
    """An appeal under every article that names an outlet by a common word inside what it says
    ("اشترك لتصلك آخر الأخبار يوميا": "the latest news", also Al-Akhbar's name), or at its end
    after a word of its own, credits no one: dropped like any template line, where "h/t X"
    would be the article's credit."""
    assert tpl.frame(appeal)[1] == "credit"
    pages = [_page(*_article(n * 4), appeal, *_article(n * 4 + 8), appeal) for n in range(6)]
    learnt = Learner.of_pages(sightings(text, f"p{n}") for n, text in enumerate(pages)).templates()
    lines = [classify(None, t) for t in pages[0].split("\n\n")]
    learnt.apply(lines)
    assert [l.kind for l in lines if l.text == appeal] == ["drop", "drop"]


def test_a_marked_note_printed_with_many_outlets_is_the_archives_credit():
    """A line opened by a star is an author's note by the static table ("* writer and
    researcher"); printed under articles with different outlets in one phrasing, it is this
    archive's credit form: read as the credit, its outlet the article's."""
    outlets = ["الميادين", "Al Mayadeen", "Press TV", "Reuters"]
    pages = [_page(*_article(n * 4), f"* khidma «{outlets[n % 4]}»") for n in range(8)]
    learnt = Learner.of_pages(sightings(text, f"p{n}") for n, text in enumerate(pages)).templates()
    assert tpl.digest(tpl.frame("* khidma «Reuters»")[0]) in learnt.frames
    lines = [classify(None, t) for t in pages[3].split("\n\n")]
    assert lines[-1].kind == "marker"
    learnt.apply(lines)
    assert (lines[-1].kind, lines[-1].outlet, lines[-1].rule) == ("credit", "Reuters", None)


def test_a_sentence_naming_an_outlet_under_its_articles_is_theirs():
    """A sentence of many words that recurs under different articles is the blog's (dropped,
    SENTENCE above); one that names an outlet is how that outlet ends its own articles ("get our
    news on the BBC app"): part of each article, never a template."""
    own = "Get notifications of our news on the Al Mayadeen app, on your phone, every day."
    common = "حمّل تطبيق الموقع على هاتفك المحمول لمتابعة آخر الأخبار لحظة بلحظة"   # الأخبار: "the news"
    pages = [_page(*_article(n * 4), line, *_article(n * 4 + 8))
             for n in range(8) for line in (own, SENTENCE, common)]
    learnt = Learner.of_pages(sightings(text, f"p{n}") for n, text in enumerate(pages)).templates()
    assert tpl.digest(shape(SENTENCE)) in learnt.shapes and tpl.digest(shape(common)) in learnt.shapes
    assert tpl.digest(shape(own)) not in learnt.shapes
    lines = [classify(None, t) for t in _page(*_article(4), common).split("\n\n")]
    learnt.apply(lines)
    assert lines[-1].kind == "drop"                 # not read as a credit of Al-Akhbar


def test_a_headline_with_a_date_over_its_own_dateline_is_no_dateline_phrasing():
    """Wire headlines print a date in many articles' titles ("TREASURY BALANCES AT FED ROSE ON
    FEB 25", "... ON MARCH 5"), each over its own dateline: no dateline phrasing is learnt."""
    days = ["FEB 25", "FEB 27", "MARCH 5", "MARCH 6", "MARCH 10", "MARCH 12"]
    pages = []
    for n, day in enumerate(days):
        _, dateline, *paragraphs = _article(n * 4)
        pages.append(_page(f"TREASURY BALANCES AT FED ROSE ON {day}", dateline, *paragraphs))
    learnt = Learner.of_pages(sightings(text, f"p{n}") for n, text in enumerate(pages)).templates()
    headline = tpl.frame("TREASURY BALANCES AT FED ROSE ON FEB 25")
    assert headline[1] == "date" and tpl.digest(headline[0]) not in learnt.frames
    lines = [classify(None, t) for t in pages[0].split("\n\n")]
    learnt.apply(lines)
    assert lines[0].kind == "text" and lines[1].kind == "date"


AR_AUTHORS = ["سعاد الزين", "كريم درويش", "هالة عمران", "وليد الحسيني"]


def _ar_pages(phrasing: str, known: list[str]) -> list[str]:
    """Each name signs two articles in ``phrasing`` (an Arabic word, no punctuation) near their
    dateline; the names in ``known`` also sign an article in a byline the reader reads."""
    pages = []
    for n, author in enumerate(AR_AUTHORS * 2):
        title, dateline, *paragraphs = _article(n * 4)
        pages.append(_page(title, f"{phrasing} {author}", dateline, *paragraphs))
    for n, author in enumerate(known):
        title, dateline, *paragraphs = _article(40 + n * 4)
        pages.append(_page(title, f"بقلم: {author}", dateline, *paragraphs))
    return pages


@pytest.mark.parametrize("phrasing", ["تحرير", "بعدسة"])    # a crediting word; a word no table has
def test_an_arabic_byline_phrasing_with_no_mark_is_learnt_when_half_its_names_sign_elsewhere(phrasing):
    """Arabic has no capitals: "تحرير <a>" is learnt only when half its names at least also sign
    bylines read without it; headlines' words around two others sign nothing. A word no table
    knows over a name ("بعدسة <a>": "through the lens of") is such a phrasing too, or the name's
    first word."""
    frame = tpl.digest(tpl.frame(f"{phrasing} {AR_AUTHORS[0]}")[0])
    assert tpl.frame(f"{phrasing} {AR_AUTHORS[0]}")[0].startswith("byline, name unmarked")
    for known, learnt in ((AR_AUTHORS[:2], True), (AR_AUTHORS[:1], False)):
        pages = _ar_pages(phrasing, known)
        templates = Learner.of_pages(sightings(t, f"p{n}") for n, t in enumerate(pages)).templates()
        assert (frame in templates.frames) == learnt, known
    pages = _ar_pages(phrasing, AR_AUTHORS[:2])
    templates = Learner.of_pages(sightings(t, f"p{n}") for n, t in enumerate(pages)).templates()
    lines = [classify(None, t) for t in pages[0].split("\n\n")]
    templates.apply(lines)
    assert (lines[1].kind, lines[1].author) == ("byline", AR_AUTHORS[0])


def test_a_line_with_a_crediting_word_is_no_lone_author_name():
    """A recurring line shaped like a name over a title ("مقالات أخرى للكاتب": "more by the
    writer") says "writer": it is no author's byline, and may be dropped as a template."""
    texts = ["Paragraph of an article: the talks resumed and the forces withdrew, officials said.",
             "المصدر: رويترز", "مقالات أخرى للكاتب", "ماذا بعد الضربة الأميركية؟", "15/04/2018"]
    lines = [classify(None, t) for t in texts]
    assert not template_lines.a_byline(lines, 2)
    lines[2] = classify(None, "سعاد الزين")
    assert template_lines.a_byline(lines, 2)
