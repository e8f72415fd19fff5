"""Property-based tests of the ingester: random bytes, random HTML and random blog-shaped text never
crash the page parser, every page comes back with a report (a rejection always has a reason), and
each page finishes within a time and memory bound."""
from __future__ import annotations

import time
import tracemalloc

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from index.page import parse_page
from index.records import INDEXED, REJECTED

from .conftest import examples
from .hostile import html_trees

PAGE_SECONDS = 10.0         # generous bounds (a shared 2-core machine): real pages take ~10 ms
PAGE_PEAK_MB = 64
SETTINGS = settings(max_examples=examples(120), deadline=None, suppress_health_check=[HealthCheck.too_slow])


# trafilatura and htmldate load on the first page that is not a blog post: not part of any page
parse_page("warm-up.html", b"<html><body><main><p>" + b"A sentence of warm-up text. " * 40 + b"</p></main></body></html>")


def _parse_within_bounds(name: str, data: bytes):
    tracemalloc.start()
    started = time.perf_counter()
    try:
        page = parse_page(name, data)
    finally:
        seconds = time.perf_counter() - started
        _, peak = tracemalloc.get_traced_memory()
        tracemalloc.stop()
    assert seconds < PAGE_SECONDS, f"{seconds:.1f} s"
    assert peak < PAGE_PEAK_MB * 2**20, f"{peak / 2**20:.0f} MB"
    report = page.report
    assert report.status in (INDEXED, REJECTED)
    assert report.status != REJECTED or report.reason
    assert report.articles == len(page.articles)
    for article in page.articles:
        assert article.title.strip() and article.lang in ("ar", "en")
    return page


@SETTINGS
@given(st.binary(max_size=30_000), st.sampled_from(["page.txt", "page.html"]))
def test_random_bytes(data, name):
    _parse_within_bounds(name, data)


@SETTINGS
@given(html_trees(), st.booleans())
def test_random_html(tree, wrapped):
    html = (f'<!doctype html><html><body><article><div class="entry-content">{tree}</div>'
            f"</article></body></html>") if wrapped else tree
    _parse_within_bounds("page.html", html.encode("utf-8", "surrogatepass"))


LINES = ["Iraqi Factions Reject New Sanctions", "27 Jul 2021", "Today 10/7/2021", "الثلاثاء 13 نيسان 2021",
         "22 تشرين ثاني", "By Staff, Agencies", "Source: Press TV", "المصدر: الميادين نت",
         "Visual search query image", "Related Videos", "Related News", "مقالات متعلقة",
         "%d bloggers like this:", "Share this:", "Like this:", "MORE ON THE TOPIC:", "",
         "The convoy was hit near the border on Tuesday, officials said, and nobody was hurt.",
         "قال مسؤولون إن القافلة استهدفت قرب الحدود يوم الثلاثاء من دون إصابات.", "Continue reading",
         "\u202eevil", "x" * 400, "=1+1", "<script>alert(1)</script>",
         "\u200b", "\u200f\u200e", "\ufeff", "تصريفة!", "Shr loss 19 cts vs profit 11 cts"]   # invisible marks only


@SETTINGS
@given(st.lists(st.sampled_from(LINES), max_size=120))
def test_random_blog_shaped_text(lines):
    _parse_within_bounds("page.txt", "\n".join(lines).encode("utf-8"))


def test_a_very_long_line_and_deep_nesting_stay_within_bounds():
    _parse_within_bounds("long.txt", ("word " * 400_000).encode())
    _parse_within_bounds("deep.html", (b'<div class="entry-content">' + b"<div>" * 20_000 + b"text"
                                       + b"</div>" * 20_000 + b"</div>"))


def test_a_tree_that_breaks_the_main_content_extractor_is_rejected_with_a_reason():
    page = _parse_within_bounds("page.html", b"<svg ><p ><p ></p></p>")   # found by test_random_html
    assert page.report.status == REJECTED and "no article found" in page.report.reason


def test_a_post_whose_only_heading_is_empty_is_rejected_with_its_text_reported():
    """Found at ten times the examples: an empty <time> heading an entry made an article with an
    empty title. A block without a title is no article; its text counts as unattached lines."""
    page = _parse_within_bounds("page.html", b'<h1 ></h1><p class="entry-content">a<p class="entry-header '
                                             b'post-content"><time ></time></p>')
    assert page.report.status == REJECTED and page.report.orphan_lines == 1
