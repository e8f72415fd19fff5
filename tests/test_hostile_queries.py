"""Property: whatever a reader types, the search core answers or refuses in words, never crashes."""
from __future__ import annotations

import time

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from search.engine import run
from search.errors import InvalidQuery
from search.request import SearchRequest

from web import create_app

from .conftest import examples

QUERY_SECONDS = 10.0        # the engine stops collecting at 3 s (search/budget.py); generous here
PIECES = st.sampled_from([
    "AND", "OR", "NOT", "(", ")", '"', "*", "?", "~", "~2", ":", "^", "[", "]", "{", "}", "TO",
    "title:", "outlet:", "exact:", "date:", "lang:", "\u064b", "\u0670", "ـ", "لبنان", "الحسن",
    "Asa'ib", "convoy", "<script>", "&amp;", "\u202e", "\x00", "\n", "\\", "/", "-", "+", "'",
])
QUERIES = st.one_of(
    st.text(max_size=200),
    st.lists(st.one_of(PIECES, st.text(max_size=8)), max_size=40).map(" ".join),
    st.lists(PIECES, max_size=60).map("".join),
)


@pytest.fixture(scope="module")
def ix(examples_version):
    return examples_version


@settings(max_examples=examples(300), deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(q=QUERIES, page=st.integers(-5, 50), per_page=st.integers(-5, 500))
def test_any_query_answers_or_is_refused_in_words(ix, q, page, per_page):
    started = time.perf_counter()
    try:
        result = run(ix, SearchRequest(q=q, page=page, per_page=per_page))
    except InvalidQuery as err:
        assert str(err) and "Traceback" not in str(err)
        return
    finally:
        assert time.perf_counter() - started < QUERY_SECONDS
    assert 0 <= len(result.hits) <= result.per_page <= 100
    for hit in result.hits:
        plain = hit.snippet.replace("<mark>", "").replace("</mark>", "")
        assert "<" not in plain and ">" not in plain


def test_ten_kilobytes_of_text_is_refused(ix):
    with pytest.raises(InvalidQuery, match="limit is 1,000"):
        run(ix, SearchRequest(q="word " * 2048))


@pytest.fixture(scope="module")
def client(index_root):
    return create_app({"INDEX": str(index_root)}).test_client()      # not TESTING: errors as served


@settings(max_examples=examples(150), deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(q=st.one_of(QUERIES, st.text(min_size=900, max_size=3000)),
       outlet=st.lists(st.text(max_size=30), max_size=25), sort=st.text(max_size=10),
       page=st.text(max_size=6), date=st.text(max_size=12))
@example(q="", outlet=["¨"], sort="", page="", date="")     # folds to another spelling: redirected once
def test_the_web_never_answers_500(client, q, outlet, sort, page, date):
    params = {"q": q, "outlet": outlet, "sort": sort, "page": page, "from": date}
    for path in ("/api/search", "/search", "/search.csv", "/search.atom"):
        response = client.get(path, query_string=params)
        if response.status_code == 302 and path == "/search":      # a filter value in another spelling:
            response = client.get(response.location)                 # the search under the index's names,
            assert response.status_code != 302, "a redirect loop"    # once
        assert response.status_code in (200, 400), (path, response.status_code)
        if path == "/api/search":
            assert response.is_json
