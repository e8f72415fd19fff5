"""Every route through Flask's test client: status codes, JSON shapes, facet links, CSV and Atom
(parsed), error pages, escaping and security headers."""
from __future__ import annotations

import re

import csv
import gc
import io
import json
from urllib.parse import parse_qs, urlparse
from xml.etree import ElementTree as ET

from index.rebuild import rebuild
from cli.main import main
from web import create_app

from .conftest import EXAMPLES

ATOM = "{http://www.w3.org/2005/Atom}"


def test_home_has_the_search_box_stats_and_entry_points(client):
    page = client.get("/")
    html = page.get_data(as_text=True)
    assert page.status_code == 200
    assert 'name="q"' in html and "autofocus" in html
    assert "28 articles · 6 pages" in html
    assert re.search(r'<a href="/quotes">\d+ quotations</a>', html)         # who said what
    assert "/search?outlet=Al+Mayadeen" in html and "/search?person=" in html


def test_search_page_keeps_the_query_and_shows_hits_facets_histogram(client):
    html = client.get("/search?q=Erbil").get_data(as_text=True)
    assert 'value="Erbil"' in html
    assert "<mark>Erbil</mark>" in html and 'class="hit"' in html
    assert 'data-facet="outlet"' in html and "<svg" in html and "<rect" in html
    assert "search.csv?q=Erbil" in html and "search.atom?q=Erbil" in html


def _links(html: str, marker: str) -> list[str]:
    import re
    return re.findall(rf'<a href="([^"]*{marker}[^"]*)"', html)


def test_facet_links_toggle_filters_and_chips_remove_them(client):
    html = client.get("/search?q=Iraq").get_data(as_text=True)
    outlet_link = next(link for link in _links(html, "outlet=") if "Al+Mayadeen" in link)
    assert parse_qs(urlparse(outlet_link.replace("&amp;", "&")).query) == {"q": ["Iraq"], "outlet": ["Al Mayadeen"]}
    filtered = client.get(outlet_link.replace("&amp;", "&")).get_data(as_text=True)
    assert 'class="chip"' in filtered
    chip = next(link for link in _links(filtered, "") if "outlet" not in link and "q=Iraq" in link
                and "search?" in link)
    assert parse_qs(urlparse(chip.replace("&amp;", "&")).query) == {"q": ["Iraq"]}


def test_histogram_bars_filter_to_their_period(client):
    html = client.get("/search?q=Iraq").get_data(as_text=True)
    bar = next(link for link in _links(html, "from="))
    query = parse_qs(urlparse(bar.replace("&amp;", "&")).query)
    assert query["from"] == query["to"] and len(query["from"][0]) in (4, 7)
    assert client.get(bar.replace("&amp;", "&")).status_code == 200


def test_zero_results_suggest_removing_a_filter(client):
    html = client.get("/search?q=Erbil&lang=ar").get_data(as_text=True)
    assert "No articles found" in html and "Try removing a filter" in html
    assert "/search?q=Erbil" in html


def test_paging_links(client):
    html = client.get("/search?q=&per_page=5&page=2").get_data(as_text=True)
    assert 'rel="prev"' in html and 'rel="next"' in html and "page=3" in html


def test_api_search_is_the_cli_json_shape(client, index_root):
    from click.testing import CliRunner
    api = client.get("/api/search?q=Erbil&lang=en").get_json()
    cli = json.loads(CliRunner().invoke(main, ["query", "Erbil", "--lang", "en", "--json",
                                               "--index", str(index_root)]).output)
    for data in (api, cli):
        data.pop("took_ms")
    assert set(api.pop("links")) == {"first", "prev", "next", "last"}     # URLs: the API's own
    assert api == cli


def test_article_page_and_api(client):
    hit = client.get("/api/search?q=Erbil").get_json()["hits"][0]
    page = client.get(f"/article/{hit['id']}")
    html = page.get_data(as_text=True)
    assert page.status_code == 200 and hit["title"].replace("'", "&#39;") in html
    assert "Appeared on" in html and "/search?" in html
    data = client.get(f"/api/articles/{hit['id']}").get_json()
    assert data["id"] == hit["id"] and data["paragraphs"] and data["pages"]
    assert set(data["more_like_this"]) == {"same_language", "other_language"}
    assert data["more_like_this"]["same_language"] or data["more_like_this"]["other_language"]


def test_api_analyze_and_entities(client):
    assert client.get("/api/analyze?text=والحسن convoys").get_json()["terms"] == ["حسن", "convoy"]
    entities = client.get("/api/entities?type=person&top=3").get_json()
    assert len(entities) == 3 and all(e["type"] == "person" for e in entities)


def test_csv_export_parses_and_neutralizes_formulas(client):
    response = client.get("/search.csv?q=")
    assert response.status_code == 200 and response.mimetype == "text/csv"
    rows = list(csv.DictReader(io.StringIO(response.data.decode("utf-8-sig"))))
    assert len(rows) == int(response.headers["X-Rows"]) == 28
    assert set(rows[0]) >= {"id", "title", "date", "outlet", "snippet", "url"}
    assert all(not r["title"].startswith(("=", "+", "-", "@")) for r in rows)
    from search.export import _cell
    assert _cell("=HYPERLINK(\"x\")") == "'=HYPERLINK(\"x\")" and _cell("-1") == "'-1"


def test_atom_feed_parses_newest_first(client):
    response = client.get("/search.atom?q=Iraq")
    assert response.mimetype == "application/atom+xml"
    feed = ET.fromstring(response.data)
    entries = feed.findall(f"{ATOM}entry")
    assert feed.find(f"{ATOM}title").text == "Fahras: Iraq" and entries
    newest = feed.find(f"{ATOM}updated").text                 # the newest entry
    updated = [e.find(f"{ATOM}updated").text for e in entries]
    assert updated[0] == newest and updated == sorted(updated, reverse=True)
    assert updated == [e.find(f"{ATOM}published").text for e in entries]   # dated entries only
    assert all(e.find(f"{ATOM}link").get("href").startswith("http://localhost/article/") for e in entries)


def test_errors_are_data_in_the_api_and_friendly_on_pages(client, tmp_path):
    bad = client.get("/api/search?q=*a*")
    assert bad.status_code == 400 and bad.get_json()["error"]["code"] == "invalid_query"
    page = client.get("/search?q=*a*")
    assert page.status_code == 400 and 'value="*a*"' in page.get_data(as_text=True)
    assert "cannot be run" in page.get_data(as_text=True)
    assert client.get("/article/nope").status_code == 404
    assert client.get("/api/articles/nope").get_json()["error"]["code"] == "not_found"
    assert client.get("/api/nothing-here").status_code == 404
    bad_date = client.get("/api/search?from=yesterday")
    assert bad_date.status_code == 400 and "YYYY" in bad_date.get_json()["error"]["message"]
    empty = create_app({"INDEX": str(tmp_path / "none")}).test_client()
    for url in ("/", "/search?q=x", "/api/search?q=x"):
        response = empty.get(url)
        assert response.status_code == 503
        assert "fahras rebuild" in response.get_data(as_text=True)


def test_markup_in_queries_and_articles_is_text(client):
    html = client.get("/search?q=%3Cscript%3Ealert(1)%3C/script%3E").get_data(as_text=True)
    assert "<script>alert(1)</script>" not in html and "&lt;script&gt;" in html
    hit = client.get("/api/search?q=script alert").get_json()["hits"][0]
    article = client.get(f"/article/{hit['id']}").get_data(as_text=True)
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in article and "<script>" not in article


def test_security_headers(client):
    response = client.get("/search?q=Erbil")
    csp = response.headers["Content-Security-Policy"]
    assert "script-src 'self'" in csp and "unsafe-inline" not in csp
    assert response.headers["X-Content-Type-Options"] == "nosniff"
    assert response.headers["Referrer-Policy"] == "same-origin"


def test_the_index_is_reopened_after_a_rebuild_switches_versions(tmp_path):
    import shutil
    archive = tmp_path / "archive"
    shutil.copytree(EXAMPLES, archive)
    rebuild(archive, tmp_path / "ix")
    client = create_app({"INDEX": str(tmp_path / "ix")}).test_client()
    before = client.get("/api/search?q=").get_json()["total"]
    (archive / "en" / "2021-08-convoys.txt").unlink()
    rebuild(archive, tmp_path / "ix")
    assert client.get("/api/search?q=").get_json()["total"] < before


def test_overlong_requests_and_too_many_filter_values_answer_400(client):
    for url in ("/api/search?q=" + "a" * 20_000, "/search?q=" + "b " * 5_000,
                "/api/search?" + "&".join(f"outlet=o{i}" for i in range(21)),
                "/search?" + "&".join(f"person=p{i}" for i in range(40)),
                "/api/search?q=" + "x" * 1_001):
        response = client.get(url)
        assert response.status_code == 400, url[:60]
    api = client.get("/api/search?" + "&".join(f"outlet=o{i}" for i in range(21))).get_json()
    assert "At most 20 values" in api["error"]["message"]
    assert client.get("/api/search?q=" + "a" * 20_000).get_json()["error"]["code"] == "request_too_long"
    assert client.get("/api/search?" + "&".join(f"outlet=o{i}" for i in range(20))).status_code == 200


def test_the_old_version_and_what_was_derived_from_it_go_after_a_switch(tmp_path):
    """After a rebuild switches versions, the process holds nothing of the old one: its
    searchers, columns and exact checks are released with it (no module cache keeps them)."""
    import gc
    import weakref

    from search.engine import run
    from search.reader import LiveIndex
    from search.request import SearchRequest
    root = tmp_path / "ix"
    rebuild(EXAMPLES, root)
    live = LiveIndex(root)
    old = live.open()
    run(old, SearchRequest(q='"Erbil"'))
    gone = [weakref.ref(old), weakref.ref(old.searcher()), weakref.ref(old.columns(old.searcher()))]
    del old
    rebuild(EXAMPLES, root)
    new = live.open()
    run(new, SearchRequest(q='"Erbil"'))
    gc.collect()
    assert [ref() for ref in gone] == [None, None, None]
    assert not new.searcher().is_closed


def test_a_live_app_through_five_rebuilds_keeps_at_most_two_versions(tmp_path):
    """The facet columns, searchers, parser and exact checks of a version live on its
    OpenVersion; after each switch the app holds at most the new version and the one a request
    may still be finishing on (here none), never one per rebuild."""
    from search.columns import Columns
    from search.version import OpenVersion
    root = tmp_path / "ix"
    rebuild(EXAMPLES, root)
    app = create_app({"INDEX": str(root), "TESTING": True})
    client = app.test_client()
    served = set()
    for _ in range(5):
        for url in ("/api/search?q=Erbil", '/api/search?q="Erbil"', "/search?q=Iraq", "/search.csv?q=Iraq"):
            response = client.get(url)
            assert response.status_code == 200
            served.add(response.headers["X-Fahras-Version"])
        rebuild(EXAMPLES, root)
        gc.collect()
        versions, columns = _alive(root, OpenVersion, Columns)
        assert versions <= 2 and columns <= 2
    assert len(served) == 5


def _alive(root, version_kind: type, columns_kind: type) -> tuple[int, int]:
    """The open versions of this index alive in the process, and the facet columns alive that
    no other index's version holds (the session's shared indexes stay open beside it)."""
    objects = gc.get_objects()
    versions = [o for o in objects if isinstance(o, version_kind)]
    ours = [v for v in versions if v.path is not None and root in v.path.parents]
    others = {id(v._columns[1]) for v in versions if v not in ours and v._columns is not None}
    return len(ours), sum(isinstance(o, columns_kind) and id(o) not in others for o in objects)


def test_a_live_process_sees_an_update_as_a_new_one_does(tmp_path):
    """A worker that had the version open before `fahras update` answers as a process that
    opens it afresh: deleted articles are gone, rewritten ones rewritten (Whoosh's own refresh
    kept each reused segment's old deletions)."""
    import shutil

    from index.update import update
    from search.engine import run
    from search.reader import LiveIndex
    from search.request import SearchRequest
    archive, root = tmp_path / "archive", tmp_path / "ix"
    shutil.copytree(EXAMPLES, archive)
    rebuild(archive, root)
    live = LiveIndex(root)
    requests = [SearchRequest(q=q, per_page=50) for q in ("Iraq", "sanctions", "الأردن", "")]
    before = [run(live.open(), r) for r in requests]
    removed = sorted(archive.rglob("*.txt"))[0]
    removed.unlink()
    update(archive, root)
    for request, old in zip(requests, before):
        kept = run(live.open(), request)
        fresh = run(LiveIndex(root).open(), request)
        assert [h.id for h in kept.hits] == [h.id for h in fresh.hits]
        assert kept.total == fresh.total and kept.facets == fresh.facets
    assert any(run(live.open(), r).total < old.total for r, old in zip(requests, before))


def test_articles_in_the_other_language_share_two_names_with_it(client, index_root):
    """"In the other language" suggests articles that share at least two of the article's
    people, organizations and places (one shared place alone matched unrelated stories)."""
    from search.reader import LiveIndex
    version = LiveIndex(index_root).open()
    checked = 0
    for stored in version.searcher().all_stored_fields():
        names = {(k, n) for k in ("person", "org", "place") for n in (stored.get(k) or "").split("|") if n}
        if len(names) < 2:
            continue
        data = client.get(f"/api/articles/{stored['id']}").get_json()
        for other in data["more_like_this"]["other_language"]:
            theirs = client.get(f"/api/articles/{other['id']}").get_json()["entities"]
            shared = {(k, n) for k, ns in theirs.items() for n in ns} & names
            assert len(shared) >= 2, (stored["title"], other["title"], shared)
            checked += 1
    assert checked


def test_a_speaker_as_printed_is_set_in_the_pages_language_and_direction(client):
    """An Arabic quotation in an English page: "(printed as …)" reads left to right, its Arabic
    name isolated (a line of mixed directions otherwise runs its words out of order)."""
    html = client.get("/quotes?lang=ar&per_page=100").get_data(as_text=True)
    printed = re.findall(r'<bdi class="printed" lang="(\w+)" dir="(\w+)">\(printed as <bdi>[^<]+</bdi>\)</bdi>', html)
    assert printed and set(printed) == {("en", "ltr")}
    html = client.get("/quotes?lang=ar&per_page=100&hl=ar").get_data(as_text=True)
    assert '<bdi class="printed" lang="ar" dir="rtl">(كما ورد <bdi>' in html
