"""The terminal listing of `fahras query` (issue 15): long Arabic and mixed snippets wrapped to the
terminal's width by words first, then each line put in visual order on its own; counts and nouns."""
from __future__ import annotations

import re

import click
from bidi import get_display

from cli import terminal
from search.results import Hit, SearchResult

WIDTH = 40
ARABIC = ("قال عبد الفتاح السيسي في مؤتمر صحفي يوم الثلاثاء إن <mark>الحكومة</mark> ستواصل "
          "دعم المشاريع الصغيرة في المحافظات، وإن البرلمان سيناقش قانون الاستثمار الجديد "
          "خلال الأسبوع المقبل بحضور رئيس <mark>الحكومة</mark> والوزراء المعنيين.")
MIXED = ("… وصرّح Abdel Fattah el-Sisi لوكالة Reuters أن <mark>الحكومة</mark> المصرية "
         "(Egyptian government) ستنفق 1,250 مليون دولار على مشروع &quot;New Capital&quot; "
         "قبل نهاية عام 2021، بحسب ما نقلته AFP عن مصادر رسمية في القاهرة …")
ENGLISH_FIRST = ("The Lebanese <mark>government</mark> of Najib Mikati, in Arabic حكومة نجيب ميقاتي, "
                 "met in Beirut on Tuesday to discuss the fuel crisis and the subsidies plan.")
ANSI = re.compile(r"\x1b\[[0-9;]*m")
_ON, _OFF = click.style("|", bold=True, underline=True).split("|")
BOLD = re.compile(re.escape(_ON) + "(.*?)" + re.escape(_OFF))


def _hit(snippet: str, title: str = "عبد الفتاح السيسي يلتقي رئيس الحكومة") -> Hit:
    return Hit(id="0123456789abcdef", title=title, date="2021-07-27", outlet="Al Mayadeen",
               author=None, lang="ar", snippet=snippet, score=1.0, entities={}, page_count=1)


def _result(*hits: Hit, total: int | None = None, facets: dict | None = None) -> SearchResult:
    return SearchResult(query={}, total=len(hits) if total is None else total, page=1,
                        per_page=10, took_ms=3.0, hits=list(hits), facets=facets or {})


def _logical(snippet: str) -> str:
    """The snippet as the listing writes it before any reordering: «» around matched words."""
    text = snippet.replace("<mark>", "«").replace("</mark>", "»").replace("&quot;", '"')
    return " ".join(text.split())


def _snippet_lines(listing: str) -> list[str]:
    """The lines of the (only) hit's snippet: after the title and the metadata line."""
    lines = listing.split("\n")
    meta = next(n for n, line in enumerate(lines) if line.rstrip().endswith("[0123456789abcdef]"))
    end = lines.index("", meta)
    return lines[meta + 1:end]


def _back(lines: list[str], base: str) -> list[str]:
    """Each visual line reordered back to logical order (the algorithm undoes itself here)."""
    return [get_display(line.strip(), base_dir=base) for line in lines]


def _assert_whole_word_slices(back: list[str], logical: str) -> None:
    words = logical.split()
    at = 0
    for line in back:
        got = line.split()
        assert got == words[at:at + len(got)], (line, words[at:at + len(got)])
        at += len(got)
    assert at == len(words)


def test_an_arabic_snippet_is_wrapped_by_words_then_each_line_reordered():
    for snippet in (ARABIC, MIXED):
        listing = terminal.render(_result(_hit(snippet)), color=False, bidi=True, width=WIDTH)
        lines = _snippet_lines(listing)
        assert len(lines) > 3
        assert all(terminal.display_width(line) <= WIDTH for line in lines), lines
        # right to left: lines aligned right, read top to bottom
        assert all(terminal.display_width(line) == WIDTH for line in lines[:-1])
        back = _back(lines, "R")
        _assert_whole_word_slices(back, _logical(snippet))
        assert " ".join(back) == _logical(snippet)


def test_a_left_to_right_paragraph_with_arabic_words_keeps_its_direction():
    listing = terminal.render(_result(_hit(ENGLISH_FIRST)), color=False, bidi=True, width=WIDTH)
    lines = _snippet_lines(listing)
    assert lines[0].startswith("     The Lebanese «government»")         # aligned left
    assert all(terminal.display_width(line) <= WIDTH for line in lines)
    _assert_whole_word_slices(_back(lines, "L"), _logical(ENGLISH_FIRST))


def test_matched_words_are_bold_on_whichever_side_the_reordering_puts_their_markers():
    """python-bidi reverses an Arabic word's markers with its letters: bold must still cover the
    matched word only (it had covered the text between two matches)."""
    listing = terminal.render(_result(_hit(ARABIC)), color=True, bidi=True, width=WIDTH)
    bold = BOLD.findall(listing)
    assert bold == [get_display("الحكومة")] * 2
    plain = [ANSI.sub("", line) for line in _snippet_lines(listing)]
    back = _back(plain, "R")
    assert " ".join(back) == _logical(ARABIC).replace("«", "").replace("»", "")
    assert "\x00" not in listing and "\x01" not in listing


def test_a_marked_phrase_cut_by_the_wrap_is_marked_on_both_lines():
    lines = terminal.wrap(f"one two {terminal.OPEN}three four{terminal.CLOSE} five", 9, bidi=False)
    assert lines == ["one two", f"{terminal.OPEN}three{terminal.CLOSE}",
                     f"{terminal.OPEN}four{terminal.CLOSE} five"]


def test_a_word_longer_than_the_line_stays_whole_on_a_line_of_its_own():
    url = "https://www.almayadeen.net/news/politics/" + "x" * 40
    lines = terminal.wrap(f"المصدر {url} انتهى", 20, bidi=True)
    assert url in lines and len(lines) == 3


def test_without_a_width_a_snippet_is_one_line_and_without_bidi_logical_order():
    piped = terminal.render(_result(_hit(ARABIC)), color=False, bidi=False, width=None)
    assert _snippet_lines(piped) == ["     " + _logical(ARABIC)]
    own_bidi = _snippet_lines(terminal.render(_result(_hit(ARABIC)), color=False, bidi=False, width=WIDTH))
    assert len(own_bidi) > 3                                   # wrapped, not reordered, not aligned
    _assert_whole_word_slices([line.strip() for line in own_bidi], _logical(ARABIC))
    assert own_bidi[0].startswith("     قال")


def test_titles_wrap_under_their_number_and_facets_between_values():
    title = "Iraq: Explosive-Laden Drones Hit Erbil Airport, the Third Attack on US Forces This Month"
    facets = {"outlet": [{"value": v, "count": n, "selected": False} for v, n in
                         (("Al Mayadeen", 1200), ("Press TV", 3), ("Al-Ahed News", 2), ("الميادين نت", 1))]}
    listing = terminal.render(_result(_hit(ENGLISH_FIRST, title=title), total=1, facets=facets),
                              color=False, bidi=True, width=WIDTH)
    lines = listing.split("\n")
    assert all(terminal.display_width(line) <= WIDTH for line in lines), lines
    at = next(n for n, line in enumerate(lines) if line.startswith("  1. Iraq:"))
    meta = next(n for n in range(at, len(lines)) if lines[n].startswith("     2021-07-27 ·"))
    assert meta > at + 1 and all(line.startswith("     ") for line in lines[at + 1:meta])
    assert " ".join(line[5:] for line in lines[at:meta]) == title
    outlet = [line for line in lines if line.startswith("outlet: ") or line.startswith("        ")]
    assert outlet[0] == "outlet: Al Mayadeen 1,200, Press TV 3,"
    values = ", ".join(line[8:].rstrip(",") for line in outlet)
    assert values == f"Al Mayadeen 1,200, Press TV 3, Al-Ahed News 2, {get_display('الميادين نت')} 1"


def test_counts_have_their_noun_in_the_singular_and_thousands_separators():
    assert terminal.count(1, "article") == "1 article"
    assert terminal.count(0, "article") == "0 articles"
    assert terminal.count(12379, "article") == "12,379 articles"
    assert terminal.count(2, "boilerplate line") == "2 boilerplate lines"
    one = terminal.render(_result(_hit(ENGLISH_FIRST)), color=False, bidi=False)
    assert one.startswith("1 article, showing 1-1 (")
    many = terminal.render(_result(_hit(ENGLISH_FIRST), total=12379), color=False, bidi=False)
    assert many.startswith("12,379 articles, showing 1-10 (")


def test_entity_rows_wrap_between_spellings():
    row = {"type": "person", "name": "Qassem Soleimani", "articles": 1,
           "variants": {"Qassem Soleimani": 1200, "Soleimani": 4, "Qasem Soleimani": 1, "سليماني": 1}}
    assert terminal.entity_row(row, bidi=False, width=None) == [
        "person Qassem Soleimani (1 article): Qassem Soleimani 1,200, Soleimani 4, Qasem Soleimani 1, سليماني 1"]
    lines = terminal.entity_row(row, bidi=True, width=WIDTH)
    assert all(terminal.display_width(line) <= WIDTH for line in lines) and len(lines) > 1
    assert all(line.startswith("       ") for line in lines[1:])
    assert lines[-1].endswith(f"{get_display('سليماني')} 1")


def test_the_width_comes_from_columns_when_set(monkeypatch):
    monkeypatch.setenv("COLUMNS", "57")
    assert terminal.width() == 57
    assert click.unstyle(terminal.render(_result(_hit(ARABIC)), color=True, bidi=True, width=57)).count("\n") > 3
