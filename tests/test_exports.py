"""Feeds and exports (issue 15): the Atom feed as a feed reader reads it (feedparser), the CSV as
a spreadsheet and pandas read it, the API's paging links and Link headers, /api/entities refusing
what it cannot answer, and the entity table kept per index version (and dropped by an update or
a rebuild).

The archive is the example archive plus an undated Arabic article, so the feed and the CSV meet
both scripts and both dated and undated matches."""
from __future__ import annotations

import csv
import io
import re
import shutil
from urllib.parse import parse_qs, urlparse

import feedparser
import pandas
import pytest
from markupsafe import escape

from index.rebuild import rebuild

from index.update import update
from index.stats import entity_table
from search import export
from search.export import BOM, CSV_COLUMNS, to_csv
from search.feed import describe_period, feed_title
from search.reader import LiveIndex
from search.request import SearchRequest
from search.results import Hit
from web import create_app

from .conftest import EXAMPLES

UNDATED_AR_TITLE = "قافلة مساعدات تصل إلى الأنبار بعد انتظار طويل"
UNDATED_AR = f"""{UNDATED_AR_TITLE}

الميادين

وصلت قافلة مساعدات إنسانية إلى محافظة الأنبار غربي العراق بعد انتظار دام أسابيع على الطريق الدولي، وقال مسؤولون محليون إن الشاحنات حملت مواد غذائية وأدوية للعائلات النازحة في المخيمات القريبة من الحدود السورية.

وأضاف المسؤولون أن توزيع المساعدات سيبدأ خلال الأيام المقبلة بالتنسيق مع المنظمات الدولية، وأن قوافل أخرى ستتبعها إذا سمحت الظروف الأمنية بذلك على الطريق.
"""


def _archive(folder):
    shutil.copytree(EXAMPLES, folder)
    (folder / "ar" / "undated-anbar.txt").write_text(UNDATED_AR, "utf-8")
    return folder


@pytest.fixture(scope="module")
def index_root(tmp_path_factory):
    root = tmp_path_factory.mktemp("exports-index")
    rebuild(_archive(tmp_path_factory.mktemp("exports-archive") / "archive"), root)
    return root


@pytest.fixture(scope="module")
def client(index_root):
    return create_app({"INDEX": str(index_root), "TESTING": True}).test_client()


def _api(client, **args) -> dict:
    response = client.get("/api/search", query_string={"per_page": 100, **args})
    assert response.status_code == 200
    return response.get_json()


def _feed(client, **args):
    response = client.get("/search.atom", query_string=args)
    assert response.status_code == 200 and response.mimetype == "application/atom+xml"
    feed = feedparser.parse(response.data)
    assert not feed.bozo, feed.get("bozo_exception")
    return feed


# ------------------------------------------------------------------ Atom


def test_the_archive_has_undated_articles_in_both_scripts(client):
    hits = _api(client, q="")["hits"]
    undated = [h for h in hits if h["date"] is None]
    assert {h["lang"] for h in undated} == {"ar", "en"}
    assert any(h["title"] == UNDATED_AR_TITLE for h in undated)


@pytest.mark.parametrize("args", [{"q": "Erbil"}, {"q": "العراق"}, {"q": ""}, {"q": "قافلة"},
                                  {"q": "Iraq", "lang": "ar", "from": "2021"},
                                  {"q": "nothingmatchesthis"}, {"outlet": "Al Mayadeen"}])
def test_every_feed_parses_without_bozo(client, args):
    feed = _feed(client, **args)
    assert feed.version == "atom10" and feed.feed.title.startswith("Fahras: ")
    for entry in feed.entries:
        assert entry.id.startswith("urn:fahras:article:") and entry.link.startswith("http://localhost/article/")
        assert entry.published_parsed and entry.updated_parsed


def test_the_feed_lists_the_newest_dated_matches_and_counts_the_undated(client):
    everything = _api(client, q="", sort="newest")
    dated = [h for h in everything["hits"] if h["date"]]
    undated = [h for h in everything["hits"] if not h["date"]]
    assert undated and len(dated) < export.ATOM_ENTRIES
    feed = _feed(client, q="")
    assert [e.id.rsplit(":", 1)[1] for e in feed.entries] == [h["id"] for h in dated]
    assert f"{len(undated)} undated matches are not in the feed" in feed.feed.subtitle
    assert f"of {everything['total']} matching articles" in feed.feed.subtitle
    only_undated = _feed(client, q=f'"{UNDATED_AR_TITLE}"')
    assert only_undated.entries == [] and "1 undated match is not in the feed" in only_undated.feed.subtitle


def test_no_entry_carries_the_build_time_and_entries_do_not_change_with_a_rebuild(tmp_path):
    """A feed reader treats an entry whose time changed as new: every entry's time is its
    article's date, the same after the index is rebuilt."""
    root = tmp_path / "ix"
    archive = _archive(tmp_path / "archive")
    rebuild(archive, root)
    client = create_app({"INDEX": str(root), "TESTING": True}).test_client()
    built = LiveIndex(root).built_at()
    dates = {h["id"]: h["date"] for h in _api(client, q="")["hits"]}

    def entries():
        feed = _feed(client, q="")
        return [(e.id, e.updated, e.published) for e in feed.entries]

    before = entries()
    for entry_id, updated, published in before:
        assert updated == published != built
        assert updated.startswith(dates[entry_id.rsplit(":", 1)[1]] + "T00:00:00")
    version = LiveIndex(root).version()
    import time
    time.sleep(1.1)                            # built_at is to the second
    rebuild(archive, root)
    assert LiveIndex(root).version() != version and LiveIndex(root).built_at() != built
    assert entries() == before


def test_the_feed_title_says_the_query_and_every_filter(client):
    feed = _feed(client, q="Iraq", outlet="Al Mayadeen", **{"from": "2021-07", "to": "2021-07"})
    assert feed.feed.title == "Fahras: Iraq · outlet Al Mayadeen · 2021-07"
    feed = _feed(client, lang="ar", person="Joe Biden", org="ISIS", place="Iraq")
    assert feed.feed.title == ("Fahras: newest articles · language Arabic · person Joe Biden · "
                               "organization ISIS · place Iraq")
    assert _feed(client, q="العراق", outlet=["Al Mayadeen", "Al-Akhbar"]).feed.title == \
        "Fahras: العراق · outlet Al Mayadeen or Al-Akhbar"
    assert _feed(client, q="x", **{"from": "2021-03-02"}).feed.title == "Fahras: x · from 2021-03-02"


@pytest.mark.parametrize("start, end, shown", [
    ("2021", "2021", "2021"), ("2021-07", "2021-07", "2021-07"), ("2021-07-05", "2021-07-05", "2021-07-05"),
    ("2021-03", "2021-07", "2021-03 to 2021-07"), ("2020", "2021", "2020 to 2021"),
    ("2021", "2021-01", "2021-01"),                    # Jan 1 to Jan 31: a month, not "2021 to 2021-01"
    ("2021-01-01", "2021-02-14", "2021-01-01 to 2021-02-14"),
    ("2021-07", None, "from 2021-07"), (None, "2021", "until 2021"), (None, None, ""),
])
def test_a_date_range_is_shown_as_it_was_typed(start, end, shown):
    from search.request import parse_day
    assert describe_period(parse_day(start, end=False), parse_day(end, end=True)) == shown
    request = SearchRequest(q="x", date_from=parse_day(start, end=False), date_to=parse_day(end, end=True))
    assert feed_title(request) == "Fahras: x" + (f" · {shown}" if shown else "")


def test_entries_have_published_dates_languages_and_categories(client):
    feed = _feed(client, q="")
    hits = {h["id"]: h for h in _api(client, q="")["hits"]}
    arabic = 0
    for entry in feed.entries:
        hit = hits[entry.id.rsplit(":", 1)[1]]
        assert entry.title == hit["title"] and entry.published.startswith(hit["date"])
        tags = {(t.scheme, t.term, t.label) for t in entry.tags}
        expected = {("urn:fahras:lang", hit["lang"],
                     "language: " + {"ar": "Arabic", "en": "English"}[hit["lang"]])}
        if hit["outlet"]:
            expected.add(("urn:fahras:outlet", hit["outlet"], f"outlet: {hit['outlet']}"))
        labels = {"person": "person", "org": "organization", "place": "place"}
        for kind, names in hit["entities"].items():
            expected |= {(f"urn:fahras:{kind}", n, f"{labels[kind]}: {n}") for n in names}
        assert tags == expected
        assert entry.summary and "<mark>" not in entry.summary
        if hit["lang"] == "ar":
            arabic += 1
            assert entry.title_detail.language == "ar"
            assert re.search("[\u0600-\u06ff]", entry.title + entry.summary)
    assert arabic >= 3


@pytest.mark.parametrize("args", [{"q": ""}, {"q": "Iraq", "lang": "ar", "from": "2021"},
                                  {"q": "العراق", "place": "Iraq"}, {"q": "nothingmatchesthis"}])
def test_the_feed_speaks_the_readers_language_and_lists_the_same_entries(client, args):
    """hl=ar: the feed's own words in Arabic (xml:lang, title, subtitle, category labels, entity
    names where the gazetteer has them); the entries, their order and category terms unchanged."""
    english, arabic = _feed(client, **args, hl="en"), _feed(client, **args, hl="ar")
    assert arabic.feed.title.startswith("فهرس: ") and arabic.feed.title_detail.language == "ar"
    assert re.search("[\u0600-\u06ff]", arabic.feed.subtitle)
    assert [e.id for e in arabic.entries] == [e.id for e in english.entries]
    for en, ar in zip(english.entries, arabic.entries):
        assert sorted((t.scheme, t.term) for t in en.tags) == sorted((t.scheme, t.term) for t in ar.tags)
        assert all(re.match("[\u0600-\u06ff]", t.label) for t in ar.tags)
    if args.get("place"):
        assert "العراق" in arabic.feed.title.split("·")[-1]          # the filter's Arabic name


@pytest.mark.parametrize("hl, title", [("en", "Fahras: That query cannot be run"),
                                       ("ar", "فهرس: لا يمكن تنفيذ هذا الاستعلام")])
def test_an_error_feed_parses_and_speaks_the_readers_language(client, hl, title):
    response = client.get("/search.atom", query_string={"q": "*a*", "hl": hl})
    assert response.status_code == 400 and response.mimetype == "application/atom+xml"
    feed = feedparser.parse(response.data)
    assert not feed.bozo and feed.feed.title == title and len(feed.entries) == 1


# ------------------------------------------------------------------ CSV


def _csv_rows(response) -> list[dict]:
    return list(csv.DictReader(io.StringIO(response.data.decode("utf-8-sig"), newline="")))


def test_the_csv_starts_with_a_byte_order_mark_and_has_the_documented_columns(client):
    response = client.get("/search.csv", query_string={"q": "العراق OR Iraq"})
    assert response.status_code == 200 and response.content_type == "text/csv; charset=utf-8"
    assert response.data.startswith(b"\xef\xbb\xbf") and not response.data.startswith(b"\xef\xbb\xbf" * 2)
    reader = csv.reader(io.StringIO(response.data.decode("utf-8-sig"), newline=""))
    assert tuple(next(reader)) == CSV_COLUMNS == (
        "id", "title", "date", "outlet", "author", "lang", "page_count", "person", "org", "place",
        "snippet", "url")


def test_the_csv_keeps_arabic_and_its_snippets_are_plain_text(client):
    args = {"q": "العراق OR Iraq OR قافلة"}
    api = _api(client, **args)
    rows = _csv_rows(client.get("/search.csv", query_string=args))
    assert [r["id"] for r in rows] == [h["id"] for h in api["hits"]]
    assert any(r["lang"] == "ar" for r in rows) and any(r["title"] == UNDATED_AR_TITLE for r in rows)
    for row, hit in zip(rows, api["hits"]):
        assert row["title"] == hit["title"] and row["outlet"] == (hit["outlet"] or "")
        assert row["place"] == "; ".join(hit["entities"]["place"])
        assert row["url"] == f"http://localhost/article/{hit['id']}"
        plain = hit["snippet"].replace("<mark>", "").replace("</mark>", "")
        plain = " ".join(plain.replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&").split())
        assert row["snippet"] == plain and row["snippet"]
        assert "<mark>" not in row["snippet"] and "\n" not in row["snippet"]


def test_pandas_reads_the_csv_with_arabic_intact(client):
    response = client.get("/search.csv", query_string={"q": ""})
    frame = pandas.read_csv(io.BytesIO(response.data), dtype=str, keep_default_na=False)
    assert tuple(frame.columns) == CSV_COLUMNS                 # the BOM is not in the first name
    assert len(frame) == int(response.headers["X-Rows"]) == int(response.headers["X-Total-Count"]) == 29
    assert UNDATED_AR_TITLE in set(frame["title"])
    arabic = frame[frame["lang"] == "ar"]
    assert len(arabic) >= 6 and all(re.search("[\u0600-\u06ff]", t) for t in arabic["title"])
    assert all(re.search("[\u0600-\u06ff]", s) for s in arabic["snippet"])
    same = pandas.read_csv(io.BytesIO(response.data), encoding="utf-8-sig", dtype=str, keep_default_na=False)
    assert same.equals(frame)


def test_the_csv_neutralizes_formulas_in_every_column_including_the_snippet():
    hit = Hit(id="=a", title="+b", date=None, outlet="@c", author="-d", lang="en",
              snippet="=HYPERLINK(&quot;http://x&quot;) <mark>e</mark>", score=None,
              entities={"person": ["=p"], "org": [], "place": []}, page_count=1)
    text = to_csv([hit], lambda i: f"http://localhost/article/{i}")
    assert text.startswith(BOM)
    row = next(csv.DictReader(io.StringIO(text.lstrip(BOM))))
    assert row["snippet"] == "'=HYPERLINK(\"http://x\") e"
    assert all(not v.startswith(("=", "+", "-", "@")) for v in row.values()), row


def test_the_csv_is_one_evaluation(client, monkeypatch):
    calls = []
    real = export.evaluate

    def counting(*args, **kwargs):
        calls.append(kwargs)
        return real(*args, **kwargs)

    monkeypatch.setattr(export, "evaluate", counting)
    assert client.get("/search.csv?q=Iraq").status_code == 200
    assert len(calls) == 1 and calls[0].get("facets") is False


# ------------------------------------------------------------------ paging links


def _link_header(value: str) -> dict[str, str]:
    """RFC 8288: comma-separated ``<URI>; rel="..."`` values."""
    links = {}
    for part in re.findall(r'<([^>]*)>\s*;\s*rel="([^"]+)"', value):
        links[part[1]] = part[0]
    assert len(links) == value.count("rel=")
    return links


def test_api_paging_links_walk_every_page_once(client):
    total = _api(client, q="")["total"]
    url, seen, pages = "/api/search?q=&per_page=4", [], 0
    while url:
        response = client.get(url)
        data = response.get_json()
        header = _link_header(response.headers["Link"])
        assert {k: v for k, v in data["links"].items() if v} == header
        assert data["links"]["first"].endswith("page=1")
        assert parse_qs(urlparse(data["links"]["last"]).query)["page"] == [str(-(-total // 4))]
        if data["page"] == 1:
            assert data["links"]["prev"] is None and "prev" not in header
        seen += [h["id"] for h in data["hits"]]
        pages += 1
        url = data["links"]["next"]
    assert data["links"]["next"] is None and "next" not in header
    assert pages == -(-total // 4) and len(seen) == len(set(seen)) == total


def test_paging_links_keep_every_parameter_and_change_only_the_page(client):
    args = {"q": "العراق", "outlet": ["Al Mayadeen", "Al-Akhbar"], "lang": "ar", "from": "2020",
            "sort": "newest", "per_page": "1", "page": "2"}
    data = client.get("/api/search", query_string=args).get_json()
    assert data["total"] >= 3
    for rel, page in (("first", 1), ("prev", 1), ("next", 3), ("last", data["total"])):
        link = urlparse(data["links"][rel])
        assert link.scheme == "http" and link.netloc == "localhost" and link.path == "/api/search"
        query = parse_qs(link.query)
        assert query.pop("page") == [str(page)]
        assert query == {k: (v if isinstance(v, list) else [v]) for k, v in args.items() if k != "page"}


def test_paging_links_at_the_ends_and_past_them(client):
    one = client.get("/api/search?q=nothingmatchesthis").get_json()["links"]
    assert one["prev"] is None and one["next"] is None and one["first"] == one["last"]
    past = client.get("/api/search?q=&per_page=10&page=9")
    links = past.get_json()["links"]
    assert links["next"] is None and links["prev"].endswith("page=3") and links["last"].endswith("page=3")
    assert _link_header(past.headers["Link"])["prev"] == links["prev"]


def test_the_link_header_helper_for_the_results_page(index_root):
    from web.links import with_link_header
    app = create_app({"INDEX": str(index_root), "TESTING": True})
    from search.results import SearchResult
    result = SearchResult(query={}, total=25, page=2, per_page=10, took_ms=0.0)
    with app.test_request_context("/search?q=%D8%B9%D8%B1%D8%A7%D9%82&page=2&lang=ar"):
        response = with_link_header("<html></html>", result)
    links = _link_header(response.headers["Link"])
    assert set(links) == {"first", "prev", "next", "last"}
    assert links["next"].startswith("http://localhost/search?") and "page=3" in links["next"]
    assert parse_qs(urlparse(links["next"]).query)["q"] == ["عراق"]
    assert response.get_data(as_text=True) == "<html></html>"


# ------------------------------------------------------------------ /api/entities


@pytest.mark.parametrize("query", ["type=bogus", "type=people", "type=PERSON", "type=person&top=abc",
                                   "top=0", "top=-3", "top=1001", "top=2.5", "top=1e3"])
def test_entities_refuse_what_they_cannot_answer(client, query):
    response = client.get(f"/api/entities?{query}")
    assert response.status_code == 400
    error = response.get_json()["error"]
    assert error["code"] == "invalid_request"
    if "top=" not in query:
        assert all(kind in error["message"] for kind in ("person", "org", "place"))
    else:
        assert "1 to 1,000" in error["message"]


def test_entities_answer_every_valid_request(client, index_root):
    table = entity_table(index_root)
    assert client.get("/api/entities").get_json() == table[:100]
    assert client.get("/api/entities?type=&top=").get_json() == table[:100]
    for kind in ("person", "org", "place"):
        for top in (1, 7, 1000):
            assert client.get(f"/api/entities?type={kind}&top={top}").get_json() == \
                entity_table(index_root, kind, top)


# ------------------------------------------------------------------ the entity table, per version


def test_the_entity_table_is_computed_once_per_version_and_again_after_an_update_or_rebuild(
        tmp_path, monkeypatch):
    import search.reader as reader
    computed = []
    real = reader.entity_table

    def counting(*args, **kwargs):
        computed.append(kwargs.get("version"))
        return real(*args, **kwargs)

    monkeypatch.setattr(reader, "entity_table", counting)
    archive = _archive(tmp_path / "archive")
    root = tmp_path / "ix"
    rebuild(archive, root)
    app = create_app({"INDEX": str(root), "TESTING": True})
    client = app.test_client()
    live = app.extensions["fahras_index"]
    for _ in range(3):
        assert client.get("/").status_code == 200
        client.get("/api/entities?type=place&top=5")
    assert len(computed) == 1
    for kind in (None, "person", "org", "place"):
        for top in (None, 1, 8, 1000):
            assert live.entities(kind, top) == real(root, kind, top)
    before = live.entities("place")
    live.entities("place")[0]["name"] = "changed by a caller"          # callers get copies
    assert live.entities("place") == before

    (archive / "en" / "2021-08-convoys.txt").unlink()                  # an update, in place
    update(archive, root)
    assert live.entities("place") == real(root, "place") != before
    assert len(computed) == 2 and client.get("/").status_code == 200 and len(computed) == 2
    home = client.get("/").get_data(as_text=True)
    assert all(str(escape(row["name"])) in home for row in real(root, "place", 8))

    rebuild(archive, root)                                             # a new version
    assert live.entities() == real(root)
    assert len(computed) == 3 and computed[-1] == live.version()
