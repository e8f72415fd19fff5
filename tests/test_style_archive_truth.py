"""tests/style_archive.py writes truth that its files bear out, and keeps its held-out and blind
styles apart.

Small archives (30 pages per styles group: each key of style_catalogue.GROUPS) from ../shared/corpus go into tmp_path; each page is
decoded and split on its own here (BOM, UTF-8, else cp1256; CRLF as one line end) and every
truth record is checked against the lines: titles at line_start, spans inside the file and
apart, datelines, authors and credits inside the span with real weekdays, boilerplate outside
every span, the body paragraphs in order, duplicate flags in page order. The blind group is
checked only through its archive and the catalogue (tests/style_blind.py is never read). Needs ../shared: skipped
when it is missing, a failure in CI (conftest.shared_path).
"""
from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from .conftest import shared_path
from .style_catalogue import AR_WEEKDAYS, CATALOGUE, GROUP_NAMES, GROUPS, SHARED, WEEKDAYS, outlets, variants

PAGES = 30
SEED = 3
TRUTH_DIMS = {"date_format": "dateline", "credit": "credit", "author_form": "byline", "deck": "deck",
              "header_order": "order", "title_repeat": "title_repeat", "meta_gap": "meta_gap",
              "para_gap": "para_gap"}


@pytest.fixture(scope="module")
def corpus() -> Path:
    shared_path("tools", "make_archive.py")
    return shared_path("corpus", "articles.jsonl.gz")


@pytest.fixture(scope="module")
def archives(corpus, tmp_path_factory) -> dict[str, Path]:
    from .style_archive import generate
    out = {}
    for styles in GROUPS:
        out[styles] = tmp_path_factory.mktemp(f"styles-{styles}")
        generate(out[styles], PAGES, styles, seed=SEED, corpus=corpus)
    return out


def _truth(archive: Path) -> list[dict]:
    return [json.loads(line) for line in (archive / "truth.jsonl").read_text("utf-8").splitlines()]


def _decode(data: bytes) -> tuple[str, str]:
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8"), "utf-8-sig"
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        return data.decode("cp1256"), "cp1256"


def _lines(archive: Path, page: dict) -> list[str]:
    text, encoding = _decode((archive / page["path"]).read_bytes())
    assert encoding == page["encoding"], page["path"]
    assert ("\r\n" in text) == (page["newline"] == "crlf"), page["path"]
    text = text.replace("\r\n", "\n")
    assert "\r" not in text and not text.endswith("\n"), page["path"]
    return text.split("\n")


def _names(outlet: str) -> list[str]:
    aliases, domains = outlets()[outlet]
    return list(aliases) + list(domains)


def _check_article(a: dict, lines: list[str], where: str) -> None:
    assert 1 <= a["line_start"] <= a["line_end"] <= len(lines), where
    span = lines[a["line_start"] - 1:a["line_end"]]
    assert span[0] == a["title"], where
    assert span[-1].strip(), where
    if a["date_printed"] is not None:
        assert a["date_printed"] in span, where
        day = date.fromisoformat(a["date"])
        for names, real in ((WEEKDAYS, WEEKDAYS[day.weekday()]), (AR_WEEKDAYS, AR_WEEKDAYS[day.weekday()])):
            printed = [n for n in names if n in a["date_printed"]]
            assert printed in ([], [real]), (where, a["date_printed"], a["date"])
    else:
        assert a["date"] is None and a["date_format"] is None, where
    if a["author"] is not None:
        for name in a["author"].split("; "):
            assert any(name in line for line in span[1:]), (where, name)
    if a["outlet_printed"]:
        assert any(n in line for line in span[1:] for n in _names(a["outlet"])), where


def _check_page(archive: Path, page: dict, seen: set) -> None:
    lines = _lines(archive, page)
    assert page["teasers"] == [] and page["format"] == "txt"
    spans = [(a["line_start"], a["line_end"]) for a in page["articles"]]
    assert all(e < s for (_, e), (s, _) in zip(spans, spans[1:])), page["path"]
    for k, a in enumerate(page["articles"]):
        _check_article(a, lines, f"{page['path']}:{a['line_start']}")
        assert a["duplicate"] == (a["id"] in seen) and a["depth"] == min(k, 1)
        assert a["variant"] is None and isinstance(a["title_twice"], bool)
        seen.add(a["id"])
    inside = {n for s, e in spans for n in range(s, e + 1)}
    for n in page["boilerplate_lines"]:
        assert n not in inside and lines[n - 1].strip(), (page["path"], n)


@pytest.mark.parametrize("styles", list(GROUPS))
def test_truth_matches_the_files(archives, styles):
    archive, seen = archives[styles], set()
    pages = _truth(archive)
    assert [p["path"] for p in pages] == [f"pages/000/{k:06d}.txt" for k in range(PAGES)]
    for page in pages:
        _check_page(archive, page, seen)
    manifest = json.loads((archive / "manifest.json").read_text("utf-8"))
    assert manifest["counts"]["pages"] == PAGES
    assert manifest["counts"]["occurrences"] == sum(len(p["articles"]) for p in pages)


@pytest.mark.parametrize("styles", ["all", "held2", "held3", "held4", "held5", "held6", "held7", "held8", "blind"])
def test_bodies_are_the_corpus_paragraphs_in_order(archives, corpus, styles):
    from .style_archive import corpus_sample
    paras = {a.id: a.paras for arts in corpus_sample(str(corpus), 1500).values() for a in arts}
    for page in _truth(archives[styles]):
        lines = _lines(archives[styles], page)
        for a in page["articles"]:
            printed = iter(lines[a["line_start"]:a["line_end"]])
            body = paras[a["id"]]
            assert all(p in printed for p in body[:a["paragraphs"]]), (page["path"], a["title"])
            span = lines[a["line_start"] - 1:a["line_end"]]
            twice = 1 + a["title_twice"] + body[:a["paragraphs"]].count(a["title"])
            assert span.count(a["title"]) == twice, (page["path"], a["title"])
            assert a["truncated"] == (a["paragraphs"] < len(body))


def test_no_variant_is_in_two_groups():
    assert {v.group for v in CATALOGUE} == set(GROUP_NAMES)
    assert len({(v.dim, v.name) for v in CATALOGUE}) == len(CATALOGUE)
    names = {g: {(v.dim, v.name) for v in CATALOGUE if v.group == g} for g in GROUP_NAMES}
    texts = {g: {(v.dim, str(v.spec)) for v in CATALOGUE if v.group == g} for g in GROUP_NAMES}
    for k, one in enumerate(GROUP_NAMES):
        for other in GROUP_NAMES[k + 1:]:
            assert not names[one] & names[other], (one, other)
            assert not texts[one] & texts[other], (one, other)
    for styles, shared in SHARED.items():       # drawn by a group besides its own: never its own
        assert shared <= set().union(*names.values()) and not shared & names[styles], styles
    for dim in {v.dim for v in CATALOGUE}:
        for lang in ("en", "ar"):
            for styles in GROUP_NAMES:
                assert variants(dim, styles, lang) or dim == "encoding" and lang == "en", (dim, lang)


@pytest.mark.parametrize("styles", GROUP_NAMES)
def test_an_archive_prints_only_its_groups_variants(archives, styles):
    allowed = {(v.dim, v.name) for v in CATALOGUE if v.group == styles} | SHARED.get(styles, set())
    for page in _truth(archives[styles]):
        assert ("encoding", page["file_format"]) in allowed, page["path"]
        assert ("block_gap", page["block_gap"]) in allowed, page["path"]
        for a in page["articles"]:
            for field, dim in TRUTH_DIMS.items():
                if a[field] not in (None, "none"):
                    assert (dim, a[field]) in allowed, (page["path"], field, a[field])


def test_same_seed_same_bytes(archives, corpus, tmp_path):
    from .style_archive import generate
    generate(tmp_path / "again", PAGES, "held", seed=SEED, corpus=corpus)
    first, again = archives["held"], tmp_path / "again"
    files = sorted(p.relative_to(first) for p in first.rglob("*") if p.is_file())
    assert files == sorted(p.relative_to(again) for p in again.rglob("*") if p.is_file())
    assert all((first / f).read_bytes() == (again / f).read_bytes() for f in files)
    generate(tmp_path / "other", PAGES, "held", seed=SEED + 1, corpus=corpus)
    assert (tmp_path / "other" / "truth.jsonl").read_bytes() != (first / "truth.jsonl").read_bytes()


@pytest.mark.parametrize("styles", ["all", "held2", "held3", "held4", "held5", "held6", "held7", "held8", "blind"])
def test_the_scorer_reads_it_unchanged(archives, styles):
    from bench.ingest_accuracy import score_archive
    score = score_archive(str(archives[styles]), limit=10, show=0)
    assert score.counts["pages"] == 10
    assert score.counts["truth"] == sum(len(p["articles"]) for p in _truth(archives[styles])[:10])
    assert set(score.metrics()) >= {"title_recall", "spans_exact", "dates", "authors"}
