"""Hostile article text and hostile queries are shown as text in every output: the HTML pages,
the JSON API, CSV (no formula runs), Atom and the terminal; direction overrides (U+202E) are made
visible. The real-browser check is in test_browser.py. The hostile page is invented here."""
from __future__ import annotations

import csv
import io
import json
from xml.etree import ElementTree as ET

import pytest
from click.testing import CliRunner

from index.rebuild import rebuild
from cli.main import main
from web import create_app

from .hostile import HOSTILE_QUERIES, RLO, hostile_archive

RAW_MARKUP = ("<script>alert", "<img src=x", "<a href=\"javascript", "onerror=alert(3)>")


@pytest.fixture(scope="module")
def hostile(tmp_path_factory):
    root = tmp_path_factory.mktemp("hostile-index")
    rebuild(hostile_archive(tmp_path_factory.mktemp("hostile-archive")), root)
    return root


@pytest.fixture(scope="module")
def client(hostile):
    return create_app({"INDEX": str(hostile), "TESTING": True}).test_client()


def _no_live_markup(html: str) -> None:
    for raw in RAW_MARKUP:
        assert raw not in html, raw
    assert RLO not in html


def test_the_hostile_articles_are_indexed(client):
    titles = {h["title"] for h in client.get("/api/search?q=").get_json()["hits"]}
    assert any("<img src=x onerror=alert(3)>" in t for t in titles)
    assert "=1+1 Convoy Stopped at Checkpoint South of Baghdad" in titles


def test_html_pages_show_article_markup_as_text(client):
    for url in ("/search?q=rockets", "/search?q=", "/search?q=base&sort=newest"):
        html = client.get(url).get_data(as_text=True)
        _no_live_markup(html)
        assert "&lt;img src=x onerror=alert(3)&gt;" in html
        assert "[U+202E]esab" in html
    hit = client.get("/api/search?q=rockets").get_json()["hits"][0]
    html = client.get(f"/article/{hit['id']}").get_data(as_text=True)
    _no_live_markup(html)
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert "&lt;a href=&#34;javascript:alert(5)&#34;&gt;" in html or \
        "&lt;a href=&quot;javascript:alert(5)&quot;&gt;" in html
    assert "[U+202E]gnp.exe" in html
    assert 'href="javascript' not in html


@pytest.mark.parametrize("q", HOSTILE_QUERIES)
def test_html_pages_show_hostile_queries_as_text(client, q):
    response = client.get("/search", query_string={"q": q})
    assert response.status_code in (200, 400)
    html = response.get_data(as_text=True)
    _no_live_markup(html)
    assert "<script>alert(" not in html and "<img src=x onerror" not in html


@pytest.mark.parametrize("q", HOSTILE_QUERIES)
def test_the_json_api_carries_hostile_text_as_json_strings(client, q):
    response = client.get("/api/search", query_string={"q": q})
    assert response.status_code in (200, 400)
    assert response.mimetype == "application/json"
    assert response.headers["X-Content-Type-Options"] == "nosniff"
    data = json.loads(response.get_data(as_text=True))
    assert data.get("query", {}).get("q", q) == q.strip()


def test_json_keeps_the_stored_text_and_escapes_nothing_into_markup(client):
    hits = client.get("/api/search?q=rockets").get_json()["hits"]
    assert any("<img src=x onerror=alert(3)>" in h["title"] and RLO in h["title"] for h in hits)
    assert all("<mark>" not in h["title"] for h in hits)
    for h in hits:                                  # snippets are escaped HTML with only <mark>
        stripped = h["snippet"].replace("<mark>", "").replace("</mark>", "")
        assert "<" not in stripped and ">" not in stripped


def test_csv_neutralizes_formulas_and_shows_direction_controls(client):
    rows = list(csv.DictReader(io.StringIO(client.get("/search.csv?q=").get_data(as_text=True))))
    titles = [r["title"] for r in rows]
    assert "'=1+1 Convoy Stopped at Checkpoint South of Baghdad" in titles
    assert all(not t.lstrip(" \u202a\u202b\u202c\u202d\u202e").startswith(("=", "+", "-", "@")) for t in titles)
    assert any("[U+202E]esab" in t for t in titles) and not any(RLO in t for t in titles)
    from search.export import _cell
    for value in (f"{RLO}=cmd|' /C calc'!A0", " =1+1", "@SUM(A1)", "-2+3", "+1"):
        assert not _cell(value).lstrip().startswith(("=", "+", "-", "@")), value


def test_atom_carries_markup_as_text(client):
    response = client.get("/search.atom?q=rockets")
    feed = ET.fromstring(response.data)                 # well-formed XML
    title = feed.find("{http://www.w3.org/2005/Atom}entry/{http://www.w3.org/2005/Atom}title").text
    assert "<img src=x onerror=alert(3)>" in title and "[U+202E]" in title
    assert b"<img src=x" not in response.data and b"<script>" not in response.data


def test_the_terminal_listing_strips_escape_sequences(hostile):
    out = CliRunner().invoke(main, ["query", "pwned OR gnp", "--index", str(hostile), "--no-bidi"])
    assert out.exit_code == 0
    assert "\x1b" not in out.output and "\x07" not in out.output and RLO not in out.output
    assert "[U+202E]" in out.output


@pytest.mark.parametrize("article_id", ["../../etc/passwd", "..%2F..%2Fetc%2Fpasswd", "%00", "a" * 300,
                                        "....//....//manifest.json", "CURRENT"])
def test_article_ids_cannot_reach_files(client, article_id):
    for prefix in ("/article/", "/api/articles/"):
        response = client.get(prefix + article_id)
        assert response.status_code == 404
        assert b"root:" not in response.data and b"built_at" not in response.data
