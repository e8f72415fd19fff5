"""The search core over a real tiny index built from both seed pages."""
from __future__ import annotations

import datetime as dt
import json
from collections import Counter

import pytest
from click.testing import CliRunner

from index.analysis import exact_tokens
from index.ingest import ingest
from index.normalize import alnum_key
from cli.main import main
from search.engine import run
from search.errors import InvalidQuery
from search.reader import LiveIndex
from search.request import SearchRequest, parse_day


@pytest.fixture(scope="module")
def seeds_index(seeds_root):
    return LiveIndex(seeds_root).open(), seeds_root


@pytest.fixture(scope="module")
def ix(seeds_index):
    return seeds_index[0]


@pytest.fixture(scope="module")
def articles(seeds_dir):
    """The unique articles as ingested (longest copy), the ground truth for brute-force counts."""
    best = {}
    for page in ingest([str(seeds_dir)]):
        for a in page.articles:
            if a.id not in best or len(a.body) > len(best[a.id].body):
                best[a.id] = a
    return best


def titles(ix, q, **kw):
    return [h.title for h in run(ix, SearchRequest(q=q, per_page=100, **kw)).hits]


def test_words_are_anded_and_stemmed(ix):
    both = titles(ix, "Erbil drones")
    assert "Iraq: Explosive-Laden Drones Hit Erbil Airport" in both
    assert set(both) <= set(titles(ix, "Erbil")) & set(titles(ix, "drone"))


def test_boolean_operators(ix):
    erbil, nasrallah = set(titles(ix, "Erbil")), set(titles(ix, "Nasrallah"))
    assert set(titles(ix, "Erbil OR Nasrallah")) == erbil | nasrallah
    assert set(titles(ix, "Erbil NOT Nasrallah")) == erbil - nasrallah
    assert set(titles(ix, "(Erbil OR Nasrallah) AND Hezbollah")) <= erbil | nasrallah


def test_quoted_words_match_as_written(ix, articles):
    phrase = set(titles(ix, '"Asaib Ahl al-Haq"'))
    assert phrase and all("asaibahlalhaq" in alnum_key(a.title + " " + a.body)
                          for a in articles.values() if a.title in phrase)
    # a quoted word is not stemmed: "convoy" does not find an article that only says convoys
    only_plural = {a.title for a in articles.values()
                   if "convoys" in a.body.lower() and " convoy " not in f" {a.body.lower()} "}
    assert only_plural and not only_plural & set(titles(ix, '"convoy"'))
    assert only_plural <= set(titles(ix, "convoy"))


def _written(articles, words: str) -> set[str]:
    """Brute force: titles of the articles whose title or body holds the words in sequence."""
    needle = f" {' '.join(exact_tokens(words))} "
    return {a.title for a in articles.values()
            if any(needle in f" {' '.join(exact_tokens(text))} " for text in (a.title, a.body))}


@pytest.mark.parametrize("words", ["convoy", "convoys", "US convoys", "Asaib Ahl al-Haq",
                                   "the Resistance", "لبنان", "الاتفاق النووي", "القوات الأميركية",
                                   "of the", "Lebanese"])
def test_exact_matches_equal_a_brute_force_scan(ix, articles, words):
    expected = _written(articles, words)
    assert expected, words
    assert set(titles(ix, f'"{words}"')) == expected
    assert set(titles(ix, f'exact:"{words}"')) == expected
    assert run(ix, SearchRequest(q=f'"{words}"')).total == len(expected)


def test_an_exact_phrase_is_not_its_stemmed_phrase(ix, articles):
    stemmed = set(titles(ix, "US convoy")) | set(titles(ix, "US convoys"))
    assert set(titles(ix, '"US convoy"')) < stemmed or not _written(articles, "US convoy")
    assert set(titles(ix, '"US convoys"')) == _written(articles, "US convoys")


def test_exact_field_keeps_names_whole(ix, articles):
    """exact:لبنان finds the word as written (folded, not stemmed), as the quoted word does, and
    nothing the stemmed search adds (لبنانية, بلبنان…)."""
    assert titles(ix, "exact:لبنان") == titles(ix, '"لبنان"')
    assert set(titles(ix, "exact:لبنان")) == _written(articles, "لبنان") != set()
    assert set(titles(ix, "exact:لبنان")) <= set(titles(ix, "لبنان"))


def test_a_phrase_of_stop_words_only_is_checked_in_every_article(ix, articles):
    assert set(titles(ix, '"to the"')) == _written(articles, "to the") != set()


def test_exact_snippets_mark_the_words_as_written(ix):
    hits = run(ix, SearchRequest(q='"convoys"')).hits
    assert hits and all("<mark>convoys</mark>" in h.snippet.lower() for h in hits if "<mark>" in h.snippet)
    assert all("<mark>convoy</mark>" not in h.snippet.lower() for h in hits)


def test_too_many_exact_candidates_is_refused(ix, monkeypatch):
    from search import exact
    monkeypatch.setattr(exact, "MAX_CANDIDATES", 1)
    ix.exact.clear()
    with pytest.raises(InvalidQuery, match="too common"):
        run(ix, SearchRequest(q='"Iraq"'))
    ix.exact.clear()


def test_fields(ix):
    assert set(titles(ix, 'outlet:"Press TV"')) == set(titles(ix, "", outlet=["Press TV"]))
    assert all("Erbil" in t for t in titles(ix, "title:Erbil"))
    assert titles(ix, "lang:ar") and all(h.lang == "ar" for h in run(ix, SearchRequest(q="lang:ar")).hits)


def test_wildcard_and_fuzzy(ix):
    assert set(titles(ix, "convoy")) <= set(titles(ix, "convo*"))
    assert set(titles(ix, "Kadhimi")) <= set(titles(ix, "Kadhimy~"))


def test_arabic_queries(ix):
    assert "“الإنذار الأحمر” وفشل الرهان الأميركي" in titles(ix, "انذار احمر")
    assert "انقلاب في الأردن أم في أميركا؟" in titles(ix, "الاردنيه")


def _brute(articles, request: SearchRequest, ids=None) -> list:
    chosen = []
    for a in articles.values():
        if ids is not None and a.id not in ids:
            continue
        if request.outlet and a.outlet not in request.outlet:
            continue
        if request.lang and a.lang not in request.lang:
            continue
        day = dt.date.fromisoformat(a.date) if a.date else None
        if (request.date_from or request.date_to) and (day is None or
                                                      not (request.date_from or dt.date.min) <= day <= (request.date_to or dt.date.max)):
            continue
        chosen.append(a)
    return chosen


@pytest.mark.parametrize("q, filters", [
    ("", {}),
    ("", {"outlet": ["Al Mayadeen"]}),
    ("", {"outlet": ["Al Mayadeen", "Press TV"], "lang": ["en"]}),
    ("", {"date_from": dt.date(2021, 7, 1), "date_to": dt.date(2021, 7, 31)}),
    ("Iraq", {"lang": ["en"], "date_from": dt.date(2021, 7, 10)}),
    ("resistance OR المقاومة", {"outlet": ["Al-Ahed News"]}),
])
def test_every_facet_counts_like_brute_force_under_the_other_filters(ix, articles, q, filters):
    request = SearchRequest(q=q, per_page=100, **filters)
    result = run(ix, request)
    matched = {h.id for h in run(ix, SearchRequest(q=q, per_page=100)).hits} if q else None
    assert result.total == len(_brute(articles, request, matched))
    for facet, field in (("outlet", "outlet"), ("lang", "lang")):
        without_own = SearchRequest(q=q, per_page=100, **{k: v for k, v in filters.items() if k != field})
        expected = Counter(getattr(a, field) for a in _brute(articles, without_own, matched))
        expected.pop(None, None)
        got = {e["value"]: e["count"] for e in result.facets[facet]}
        assert got == {k: expected.get(k, 0) for k in got} and set(expected) <= set(got)
        assert {e["value"] for e in result.facets[facet] if e["selected"]} == set(filters.get(field, []))
    no_dates = SearchRequest(q=q, per_page=100, **{k: v for k, v in filters.items() if k not in ("date_from", "date_to")})
    months = Counter(a.date[:7] for a in _brute(articles, no_dates, matched) if a.date)
    histogram = {e["value"]: e["count"] for e in result.facets["date"]}
    assert sum(histogram.values()) == sum(months.values())
    if len(next(iter(histogram), "")) == 7:
        assert {k: v for k, v in histogram.items() if v} == dict(months)


def test_date_range_edges_are_inclusive(ix, articles):
    day = dt.date(2021, 7, 27)
    on_the_day = {a.title for a in articles.values() if a.date == "2021-07-27"}
    assert len(on_the_day) == 2
    assert set(titles(ix, "", date_from=day, date_to=day)) == on_the_day
    month = set(titles(ix, "", date_from=parse_day("2021-07", end=False), date_to=parse_day("2021-07", end=True)))
    assert month == {a.title for a in articles.values() if a.date and a.date.startswith("2021-07")}
    assert parse_day("2021", end=True) == dt.date(2021, 12, 31)
    assert parse_day("2020-02", end=True) == dt.date(2020, 2, 29)


def test_paging_is_stable_and_does_not_overlap(ix):
    total = run(ix, SearchRequest(q="Iraq", per_page=5)).total
    pages = [[h.id for h in run(ix, SearchRequest(q="Iraq", page=p, per_page=5)).hits]
             for p in range(1, total // 5 + 3)]
    flat = [i for page in pages for i in page]
    assert len(flat) == len(set(flat)) == total
    assert pages == [[h.id for h in run(ix, SearchRequest(q="Iraq", page=p, per_page=5)).hits]
                     for p in range(1, total // 5 + 3)]


def test_sort_orders_and_browse_mode(ix):
    newest = run(ix, SearchRequest(q="Iraq", sort="newest", per_page=100)).hits
    dated = [h.date for h in newest if h.date]
    assert dated == sorted(dated, reverse=True) and all(h.score is None for h in newest)
    oldest = run(ix, SearchRequest(q="Iraq", sort="oldest", per_page=100)).hits
    dates = [h.date for h in oldest]
    first_undated = dates.index(None) if None in dates else len(dates)
    assert dates[:first_undated] == sorted(dates[:first_undated]) and set(dates[first_undated:]) <= {None}
    browse = run(ix, SearchRequest(outlet=["Al Mayadeen"], per_page=100)).hits
    browse_dates = [h.date for h in browse if h.date]
    assert browse and browse_dates == sorted(browse_dates, reverse=True)
    relevance = run(ix, SearchRequest(q="Iraq", per_page=100)).hits
    scores = [h.score for h in relevance]
    assert scores == sorted(scores, reverse=True)


def test_request_is_forgiving_and_clamped():
    r = SearchRequest.from_mapping({"q": "  x ", "page": "-3", "per_page": "5000", "sort": "weird",
                                    "outlet": ["A", "A", " "], "from": "2021-08", "to": "2021-07"})
    assert (r.q, r.page, r.per_page, r.sort, r.outlet) == ("x", 1, 100, "relevance", ["A"])
    assert (r.date_from, r.date_to) == (dt.date(2021, 7, 31), dt.date(2021, 8, 1))
    with pytest.raises(InvalidQuery, match="YYYY"):
        SearchRequest.from_mapping({"from": "last week"})


def test_a_lone_star_means_every_article(ix, articles):
    assert run(ix, SearchRequest(q="*")).total == len(articles)


@pytest.mark.parametrize("q", ["*a*", "a*", "?x", "x" * 1001, " OR ".join(f"w{i}" for i in range(200))])
def test_expensive_queries_are_refused_in_words(ix, q):
    with pytest.raises(InvalidQuery) as err:
        run(ix, SearchRequest(q=q))
    assert "\n" not in str(err.value) and len(str(err.value)) < 200


@pytest.mark.parametrize("q", ['"unbalanced', "(((", ")", "AND", "NOT", "\u064b\u064c", "\x00\x07",
                               "<script>alert(1)</script>", "title:", ":::", "~~", "لبنان~9"])
def test_odd_queries_answer_or_refuse_never_crash(ix, q):
    try:
        result = run(ix, SearchRequest(q=q, per_page=100))
    except InvalidQuery as err:
        assert str(err) and "\n" not in str(err)           # a sentence, not a trace
        return
    assert len(result.hits) == min(result.total, 100) and not result.partial
    assert all(hit.id and hit.title for hit in result.hits)


def test_snippets_escape_markup_from_article_text(examples_version):
    hits = run(examples_version, SearchRequest(q="script alert")).hits
    assert hits
    snippet = hits[0].snippet
    assert "&lt;script&gt;" in snippet.replace("<mark>", "").replace("</mark>", "")
    assert "<script>" not in snippet
    assert snippet.replace("<mark>", "").replace("</mark>", "").count("<") == 0


def test_cli_json_is_the_result_object(seeds_index):
    _, root = seeds_index
    out = CliRunner().invoke(main, ["query", "Erbil", "--json", "--index", str(root), "--lang", "en"])
    assert out.exit_code == 0, out.output
    data = json.loads(out.output)
    assert set(data) == {"query", "total", "page", "per_page", "took_ms", "hits", "facets", "partial",
                         "translation"}
    assert data["partial"] is False
    assert set(data["facets"]) == {"outlet", "lang", "date", "person", "org", "place"}
    assert set(data["hits"][0]) == {"id", "title", "date", "outlet", "author", "lang", "snippet",
                                    "score", "entities", "page_count"}
    assert data["query"]["lang"] == ["en"] and data["query"]["q"] == "Erbil"


def test_cli_listing_and_exit_codes(seeds_index, tmp_path):
    _, root = seeds_index
    out = CliRunner().invoke(main, ["query", "Erbil drones", "--index", str(root)])
    assert out.exit_code == 0 and "articles, showing 1-" in out.output and "«Erbil»" in out.output
    assert "outlet: " in out.output
    none = CliRunner().invoke(main, ["query", "zzzzqqq", "--index", str(root)])
    assert none.exit_code == 0 and "no articles found" in none.output
    bad = CliRunner().invoke(main, ["query", "*a*", "--index", str(root)])
    assert bad.exit_code == 2 and "wildcard" in bad.output
    missing = CliRunner().invoke(main, ["query", "x", "--index", str(tmp_path / "nothing")])
    assert missing.exit_code == 2 and "fahras rebuild" in missing.output


def test_segment_files_are_read_in_place_not_copied():
    """whoosh_fixes: a BufferFile over a mapped segment reads the view, it does not copy it."""
    from whoosh.filedb.structfile import BufferFile
    data = bytearray(b"line one\nline two\n" * 1000)
    f = BufferFile(memoryview(data))
    assert f.file.read(4) == b"line" and f.file.tell() == 4
    f.file.seek(0)
    assert f.file.readline() == b"line one\n"
    f.file.seek(-9, 2)
    assert f.file.read() == b"line two\n"
    data[0:4] = b"LINE"                         # the file sees the buffer itself: no copy was made
    f.file.seek(0)
    assert f.file.read(4) == b"LINE"


def test_searchers_of_one_index_share_each_segment_mapping(ix):
    """whoosh_fixes: a second searcher (another web thread) maps no segment file again; a
    mapping stays readable until its last searcher closes, then it is unmapped, and so it is
    when a searcher is dropped without being closed."""
    import gc
    import threading
    import weakref

    first, second = ix.ix.searcher(), ix.ix.searcher()
    maps = [[sub.reader()._storage.a._source for sub, _ in s.leaf_searchers()] for s in (first, second)]
    assert maps[0] and all(a is b for a, b in zip(*maps))
    mapped = [weakref.ref(m) for m in maps[0]]
    del maps
    expected = [first.stored_fields(d)["title"] for d in range(first.doc_count_all())]
    first.close()
    seen: list[str] = []
    reader = threading.Thread(target=_read_titles, args=(second, seen))
    reader.start()
    reader.join()
    assert seen == expected                      # the shared mapping outlives the first searcher
    ix.close_searcher()                          # the engine's searcher of this thread
    second.close()
    del first, second, reader
    gc.collect()
    assert all(ref() is None for ref in mapped)  # unmapped with its last user
    dropped = ix.ix.searcher()
    mapped = [weakref.ref(sub.reader()._storage.a._source) for sub, _ in dropped.leaf_searchers()]
    del dropped
    gc.collect()
    assert all(ref() is None for ref in mapped)  # a searcher never closed does not pin its mapping


def _read_titles(searcher, into: list) -> None:
    into.extend(searcher.stored_fields(d)["title"] for d in range(searcher.doc_count_all()))


def test_a_spent_time_budget_gives_a_partial_result_not_a_hang(ix, monkeypatch):
    from search import collect, exact
    monkeypatch.setattr(collect, "BUDGET_EVERY", 1)          # look at the clock after every document walked
    monkeypatch.setattr(exact, "CHECK_BUDGET_EVERY", 1)
    ix.exact.clear()
    full = run(ix, SearchRequest(q="Iraq"))
    cut = run(ix, SearchRequest(q="Iraq"), time_limit=0)
    assert not full.partial and cut.partial
    assert cut.total <= full.total and len(cut.hits) <= len(full.hits)
    assert {f["value"] for f in cut.facets["outlet"]} <= {f["value"] for f in full.facets["outlet"]}
    assert run(ix, SearchRequest(q='"the Resistance"'), time_limit=0).partial
    ix.exact.clear()


def test_wildcards_and_fuzzy_terms_have_an_expansion_cap(ix, monkeypatch):
    from search import query
    assert run(ix, SearchRequest(q="convo*")).total
    monkeypatch.setattr(query, "MAX_EXPANSIONS", 1)
    for q in ("co*", "Kadhimy~2"):
        with pytest.raises(InvalidQuery, match="different words"):
            run(ix, SearchRequest(q=q))
