"""Every answer obeys its request, checked against an independent oracle (tests/oracle.py).

A real index of a generated archive of a few hundred pages in both languages (made from the real
corpus by ../shared/tools/make_archive.py). Hypothesis draws requests: words and phrases from the
archive's own text in both scripts, OR/NOT, entity names (so the entity expansion is on), every
filter alone and combined (values that exist and one that does not), date ranges (open, closed,
one day, empty), every sort, pages and page sizes. For each, against brute force over the stored
articles:

- every hit obeys every filter; the total is |text matches ∩ filters|; hits <= total;
- the hits are the allowed articles in the oracle's order (score, then document number; or date);
  each hit's score is Whoosh's unlimited score, whatever the page size;
- the pages of size k, concatenated, are the first hits of one large page, with no repeats;
- every facet count is the brute-force count under every other filter, the values listed are
  the most frequent, and a selected value is listed;
- the CSV holds the same hits in the same order; the Atom feed holds the newest matching hits
  that have a date; ``/api/search`` equals ``fahras query --json`` (but for the API's paging links);
- with a time budget of zero the answer is partial but still obeys its filters.

`make test` runs a few hundred examples; `make reliability` thousands (FAHRAS_HYPOTHESIS_SCALE).
"""
from __future__ import annotations

import csv
import datetime as dt
import io
import json
from markupsafe import escape
from xml.etree import ElementTree as ET

import pytest
from click.testing import CliRunner
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from index.rebuild import rebuild
from cli.main import main
from search.engine import run
from search.errors import InvalidQuery
from search.reader import LiveIndex
from search.request import SORTS, QuoteRequest, SearchRequest
from web import create_app

from collections import Counter

from .conftest import examples, generate_archive, record_figures
from .oracle import Oracle

ATOM = "{http://www.w3.org/2005/Atom}"
NO_SUCH = "No Such Value"
def drawn(n: int) -> settings:
    """``n`` examples in `make test` (scaled by the reliability campaign), no deadline."""
    return settings(max_examples=examples(n), deadline=None, database=None,
                    suppress_health_check=list(HealthCheck))


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    archive = generate_archive(tmp_path_factory.mktemp("oracle-archive"), "--pages", "240", "--format",
                               "mixed", "--seed", "23", "--lang-mix", "ar:0.5,en:0.5")
    root = tmp_path_factory.mktemp("oracle-index")
    rebuild(archive / "pages", root, workers=2)
    oracle = Oracle(root)
    yield root, oracle
    oracle.close()


@pytest.fixture(scope="module")
def version(built):
    return LiveIndex(built[0]).open()


@pytest.fixture(scope="module")
def client(built):
    return create_app({"INDEX": str(built[0]), "TESTING": True}).test_client()


@pytest.fixture(scope="module")
def vocabulary(built):
    oracle = built[1]
    names = {k: oracle.values(k) for k in ("person", "org", "place")}
    return {
        "en": oracle.words("en"), "ar": oracle.words("ar"), "phrases": oracle.phrases(),
        "names": [n for k in names for n in names[k][:40]],
        "outlet": oracle.values("outlet"), "lang": ["ar", "en"], **names,
        "dates": oracle.dates(),
    }


def texts(vocab):
    word = st.sampled_from(vocab["en"]) | st.sampled_from(vocab["ar"]) | st.sampled_from(vocab["names"])
    phrase = st.sampled_from(vocab["phrases"]).map(lambda p: f'"{p}"')
    fielded = st.sampled_from([f'outlet:"{o}"' for o in vocab["outlet"]] + ["lang:ar", "lang:en"])
    term = word | phrase | fielded              # fielded terms score many articles alike: ties
    return st.one_of(
        st.just(""), st.just("*"), term,
        st.tuples(term, term).map(" ".join),
        st.tuples(term, term).map(" OR ".join),
        st.tuples(term, term).map(" NOT ".join),
        st.tuples(term, term, term).map(lambda t: f"({t[0]} OR {t[1]}) {t[2]}"),
    )


def date_ranges(vocab):
    days = st.sampled_from(vocab["dates"]) if vocab["dates"] else st.just(dt.date(2020, 1, 1))
    return st.one_of(
        st.just((None, None)),
        days.map(lambda d: (d, None)), days.map(lambda d: (None, d)),           # open
        st.tuples(days, days).map(lambda p: (min(p), max(p))),                   # closed
        days.map(lambda d: (d, d)),                                               # one day
        st.just((dt.date(1900, 1, 1), dt.date(1900, 12, 31))),                    # empty
    )


@st.composite
def requests(draw, vocab):
    filters = {}
    for name in ("outlet", "lang", "person", "org", "place"):
        if vocab[name] and draw(st.integers(0, 4)) == 0:
            pool = vocab[name] + ([NO_SUCH] if name != "lang" else [])
            filters[name] = draw(st.lists(st.sampled_from(pool), min_size=1, max_size=2, unique=True))
    date_from, date_to = draw(date_ranges(vocab))
    return SearchRequest(q=draw(texts(vocab)), date_from=date_from, date_to=date_to,
                         sort=draw(st.sampled_from(SORTS)), page=draw(st.integers(1, 4)),
                         per_page=draw(st.sampled_from([1, 3, 7, 10, 25])), **filters)


def _run(version, request, **kw):
    return run(version, request, time_limit=kw.pop("time_limit", 60.0), **kw)


def _with(request: SearchRequest, **changes) -> SearchRequest:
    return request.replace(**changes)


CHECKED: Counter = Counter()        # requests checked, by test: the reliability table's figures


@pytest.fixture(scope="module", autouse=True)
def figures():
    yield
    record_figures("oracle", dict(CHECKED))


def check_request(version, oracle: Oracle, request: SearchRequest) -> None:
    CHECKED["requests"] += 1
    try:
        result = _run(version, request)
    except InvalidQuery:
        with pytest.raises(InvalidQuery):
            oracle.order(request)
        return
    assert not result.partial
    expected = oracle.order(request)
    by_id = oracle.by_id
    # every hit obeys every filter; the total is the brute-force count
    for hit in result.hits:
        assert oracle.obeys(by_id[hit.id], request), (request, hit.id)
    assert result.total == len(expected), request
    assert len(result.hits) <= result.total
    # the page is the oracle's order sliced
    start = (request.page - 1) * request.per_page
    assert [h.id for h in result.hits] == expected[start:start + request.per_page], request
    # scores are Whoosh's unlimited scores, whatever the page size
    if result.hits and result.hits[0].score is not None:
        scores = oracle.scores(request)
        for hit in result.hits:
            assert hit.score == round(scores[by_id[hit.id].docnum], 4), (request, hit.id)
    # facets: brute-force counts under every other filter
    for name, entries in result.facets.items():
        counts = oracle.facet_counts(request, name)
        if name == "date":
            _check_histogram(entries, counts)
            continue
        listed = {e["value"]: e["count"] for e in entries}
        for value, count in listed.items():
            assert count == counts.get(value, 0), (request, name, value)
        chosen = getattr(request, name)
        assert all(v in listed for v in chosen)
        unlisted = [c for v, c in counts.items() if v not in listed]
        shown = [c for v, c in listed.items() if v not in chosen]
        if unlisted and shown:
            assert max(unlisted) <= min(shown), (request, name)


def _check_histogram(entries: list[dict], months: dict) -> None:
    buckets = {e["value"]: e["count"] for e in entries}
    if not months:
        assert entries == []
        return
    if all(len(k) == 4 for k in buckets):
        yearly: dict[str, int] = {}
        for month, n in months.items():
            yearly[month[:4]] = yearly.get(month[:4], 0) + n
        months = yearly
    assert {k: v for k, v in buckets.items() if v} == dict(months)


def test_the_oracle_sees_a_real_bilingual_archive(built, vocabulary):
    oracle = built[1]
    langs = {d.lang for d in oracle.docs.values()}
    assert len(oracle.docs) > 500 and langs == {"ar", "en"}
    assert len(vocabulary["outlet"]) > 5 and len(vocabulary["dates"]) > 50
    assert vocabulary["phrases"] and vocabulary["names"]


def test_every_answer_obeys_its_request(built, version, vocabulary):
    @drawn(300)
    @given(requests(vocabulary))
    def check(request):
        check_request(version, built[1], request)
    check()


def test_pages_concatenate_to_one_large_page_without_repeats(built, version, vocabulary):
    @drawn(60)
    @given(requests(vocabulary), st.sampled_from([1, 2, 3, 5, 7]))
    def check(request, size):
        CHECKED["paged_requests"] += 1
        try:
            whole = _run(version, _with(request, page=1, per_page=30), facets=False, snippets=False)
        except InvalidQuery:
            return
        shown = min(30, whole.total)
        paged = []
        for page in range(1, -(-shown // size) + 1):
            part = _run(version, _with(request, page=page, per_page=size), facets=False, snippets=False)
            assert part.total == whole.total
            paged += part.hits
        paged = paged[:shown]
        assert [h.id for h in paged] == [h.id for h in whole.hits[:shown]]
        assert [h.score for h in paged] == [h.score for h in whole.hits[:shown]]
        assert len({h.id for h in paged}) == len(paged)
    check()


def test_the_csv_and_the_feed_hold_the_same_hits_as_the_pages(built, client, vocabulary):
    oracle = built[1]

    @drawn(40)
    @given(requests(vocabulary))
    def check(request):
        CHECKED["csv_atom_requests"] += 1
        args = _args(request)
        try:
            expected = oracle.order(request)
        except InvalidQuery:
            assert client.get("/search.csv", query_string=args).status_code == 400
            return
        response = client.get("/search.csv", query_string=args)
        assert response.status_code == 200
        rows = list(csv.DictReader(io.StringIO(response.get_data(as_text=True).lstrip("\ufeff"))))
        assert [r["id"] for r in rows] == expected[:5000]
        assert int(response.headers["X-Total-Count"]) == len(expected)
        feed = ET.fromstring(client.get("/search.atom", query_string=args).get_data())
        ids = [e.findtext(f"{ATOM}id").rsplit(":", 1)[1] for e in feed.iter(f"{ATOM}entry")]
        newest = oracle.order(_with(request, sort="newest"))
        assert ids == [i for i in newest if oracle.by_id[i].date][:50]     # undated: not in the feed
    check()


def test_the_api_equals_the_command_line(built, client, vocabulary):
    root = built[0]

    @drawn(25)
    @given(requests(vocabulary))
    def check(request):
        CHECKED["api_cli_requests"] += 1
        api = client.get("/api/search", query_string=_args(request))
        cli = CliRunner().invoke(main, ["query", request.q, "--json", "--index", str(root), *_options(request)])
        if api.status_code == 400:
            assert cli.exit_code == 2
            return
        assert cli.exit_code == 0, cli.output
        ours, theirs = api.get_json(), json.loads(cli.output)
        ours.pop("took_ms"), theirs.pop("took_ms")
        ours.pop("links")                  # the API's paging URLs (tests/test_exports.py): no URLs in a terminal
        assert ours == theirs
    check()


def test_a_spent_budget_gives_a_partial_answer_that_still_obeys_its_filters(built, version, vocabulary,
                                                                          monkeypatch):
    from search import collect
    monkeypatch.setattr(collect, "BUDGET_EVERY", 1)
    oracle = built[1]

    @drawn(60)
    @given(requests(vocabulary))
    def check(request):
        CHECKED["zero_budget_requests"] += 1
        try:
            cut = _run(version, request, time_limit=0)
        except InvalidQuery:
            return
        allowed = {oracle.docs[d].id for d in oracle.allowed(request)}
        assert {h.id for h in cut.hits} <= allowed
        assert len(cut.hits) <= cut.total <= len(allowed)
        for name, entries in cut.facets.items():
            if name != "date":
                full = oracle.facet_counts(request, name)
                assert all(e["count"] <= full.get(e["value"], 0) for e in entries)
    check()


def test_star_is_browse_and_answers_at_once(built, version):
    oracle = built[1]
    for q in ("*", "title:*", "* OR *"):
        result = _run(version, SearchRequest(q=q, per_page=5), time_limit=3.0)
        assert not result.partial and result.total == len(oracle.docs)
        assert [h.id for h in result.hits] == oracle.order(SearchRequest(sort="newest"))[:5]


def _args(request: SearchRequest) -> dict:
    data = request.to_json()
    return {k: v for k, v in data.items() if v not in (None, [], "")}


def _options(request: SearchRequest) -> list[str]:
    out = []
    for name, values in request.filters().items():
        for value in values:
            out += [f"--{name}", value]
    if request.date_from:
        out += ["--from", request.date_from.isoformat()]
    if request.date_to:
        out += ["--to", request.date_to.isoformat()]
    return out + ["--sort", request.sort, "--page", str(request.page), "--per-page", str(request.per_page)]


# ------------------------------------------------------------------ the quotations (fahras quotes)

@pytest.fixture(scope="module")
def quote_oracle(built):
    oracle = Oracle(built[0], quotes=True)
    yield oracle
    oracle.close()


@pytest.fixture(scope="module")
def quote_vocabulary(quote_oracle):
    return {"en": quote_oracle.words("en"), "ar": quote_oracle.words("ar"), "phrases": quote_oracle.phrases(),
            "speaker": quote_oracle.values("speaker"), "outlet": quote_oracle.values("outlet"),
            "lang": ["ar", "en"], "dates": quote_oracle.dates()}


@st.composite
def quote_requests(draw, vocab):
    words = st.sampled_from(vocab["en"]) | st.sampled_from(vocab["ar"])
    term = words | st.sampled_from(vocab["phrases"]).map(lambda p: f'"{p}"')
    text = st.one_of(st.just(""), st.just("*"), term, st.tuples(term, term).map(" ".join),
                     st.tuples(term, term).map(" OR ".join), st.tuples(term, term).map(" NOT ".join))
    filters = {}
    for name in ("speaker", "outlet", "lang"):
        if draw(st.integers(0, 2)) == 0:
            pool = vocab[name] + ([NO_SUCH] if name != "lang" else [])
            filters[name] = draw(st.lists(st.sampled_from(pool), min_size=1, max_size=2, unique=True))
    date_from, date_to = draw(date_ranges(vocab))
    return QuoteRequest(q=draw(text), date_from=date_from, date_to=date_to, sort=draw(st.sampled_from(SORTS)),
                        page=draw(st.integers(1, 4)), per_page=draw(st.sampled_from([1, 3, 7, 10, 25])), **filters)


def test_the_quotation_oracle_sees_quotations_in_both_languages(quote_oracle, quote_vocabulary):
    langs = {d.lang for d in quote_oracle.docs.values()}
    assert len(quote_oracle.docs) > 200 and langs == {"ar", "en"}
    assert len(quote_vocabulary["speaker"]) > 20 and len(quote_vocabulary["outlet"]) > 3
    assert any(len(d.names["outlet"]) > 1 for d in quote_oracle.docs.values()), "no quotation in two outlets"


def test_every_quotation_answer_obeys_its_request(quote_oracle, version, quote_vocabulary):
    """Hits obey every filter, totals and facets (speaker, outlet, language, dates) equal the
    brute-force counts, the page is the oracle's order sliced, scores are Whoosh's."""
    @drawn(200)
    @given(quote_requests(quote_vocabulary))
    def check(request):
        CHECKED["quote_requests"] += 1
        check_request(version.quotes(), quote_oracle, request)
    check()


def test_quotation_pages_csv_api_and_command_line_agree(built, client, quote_oracle, quote_vocabulary):
    @drawn(25)
    @given(quote_requests(quote_vocabulary))
    def check(request):
        CHECKED["quote_api_cli_csv_requests"] += 1
        args = _args(request)
        api = client.get("/api/quotes", query_string=args)
        cli = CliRunner().invoke(main, ["quotes", request.q, "--json", "--index", str(built[0]), *_options(request)])
        page = client.get("/quotes", query_string=args)
        table = client.get("/quotes.csv", query_string=args)
        if api.status_code == 400:
            assert cli.exit_code == 2 and page.status_code == 400 and table.status_code == 400
            return
        assert cli.exit_code == 0, cli.output
        ours, theirs = api.get_json(), json.loads(cli.output)
        ours.pop("took_ms"), theirs.pop("took_ms"), ours.pop("links")
        assert ours == theirs
        expected = quote_oracle.order(request)
        rows = list(csv.DictReader(io.StringIO(table.get_data(as_text=True).lstrip("\ufeff"))))
        assert [r["id"] for r in rows] == expected[:5000]
        assert int(table.headers["X-Total-Count"]) == len(expected)
        assert page.status_code == 200
        html = page.get_data(as_text=True)
        for hit in ours["hits"]:           # each hit's citation line is on the page
            assert str(escape(hit["citation"])) in html
    check()
