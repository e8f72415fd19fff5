"""Our own sample archive and edge-case pages, against hand-written expectations.

Each page in examples/archive/ and tests/fixtures/pages/ has tests/fixtures/expected/<path>.json
listing the articles a reader sees (title, date, outlet, author, language, span, first and last
paragraph, which earlier copy it repeats), the teasers, and the boilerplate that must not appear in
any body. The pages are ingested together, in path order, as the rebuild job would.
"""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from index.ingest import ingest
from index.records import REJECTED

from .conftest import EXAMPLES, FIXTURES, ROOT

EXPECTED = sorted((FIXTURES / "expected").glob("*.json"))


def _expected_path(spec: dict) -> Path:
    path = ROOT / spec["path"]
    return path if path.exists() else FIXTURES / spec["path"]


@pytest.fixture(scope="module")
def pages() -> dict:
    """Every page of both folders, ingested together, keyed by path relative to the repo."""
    found = ingest([str(EXAMPLES), str(FIXTURES / "pages")])
    return {str(Path(p.report.path).resolve().relative_to(ROOT)): p for p in found}


@pytest.fixture(scope="module")
def first_copies(pages) -> dict:
    first = {}
    for page in pages.values():
        for article in page.articles:
            first.setdefault(article.id, article)
    return first


def test_every_page_has_an_expectation(pages):
    specs = {str(_expected_path(json.loads(p.read_text("utf-8"))).resolve().relative_to(ROOT))
             for p in EXPECTED}
    assert specs == set(pages)


@pytest.mark.parametrize("spec_file", EXPECTED, ids=[p.stem for p in EXPECTED])
def test_page_reads_as_expected(spec_file, pages, first_copies):
    spec = json.loads(spec_file.read_text("utf-8"))
    page = pages[str(_expected_path(spec).resolve().relative_to(ROOT))]
    if spec.get("rejected"):
        assert page.report.status == REJECTED
        assert page.report.reason.startswith(spec["rejected"])
        return
    got = [(a.title, a.date, a.date_inferred, a.outlet, a.author, a.lang,
            a.source.line_start, a.source.line_end) for a in page.articles]
    want = [(e["title"], e["date"], e.get("date_inferred", False), e["outlet"], e["author"],
             e["lang"], e["line_start"], e["line_end"]) for e in spec["articles"]]
    assert got == want
    for article, expected in zip(page.articles, spec["articles"]):
        paragraphs = article.body.split("\n\n")
        assert paragraphs[0].startswith(expected["first_paragraph_starts"]), article.title
        assert paragraphs[-1].endswith(expected["last_paragraph_ends"]), article.title
        if expected["same_as"]:
            first = first_copies[article.id]
            assert article.duplicate and first.title.replace("'", "’") == \
                expected["same_as"]["title"].replace("'", "’"), article.title
        else:
            assert not article.duplicate, article.title
    assert page.teasers == spec.get("teasers", [])
    for article in page.articles:
        for text in spec.get("must_not_appear_in_any_body", []):
            assert text not in article.body, (article.title, text)
