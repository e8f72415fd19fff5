"""Web conventions a search engine's users expect (web/http.py, web/meta.py, web/errors.py):
compression, validators with 304 answered before any search, Cache-Control, the OpenSearch
description, the favicon, a /healthz that names no path, error bodies in the shape of what was
asked for (an Atom error a feed reader parses, plain text for CSV), and keep-alive under the
README's production command."""
from __future__ import annotations

import csv
import gzip
import http.client
import io
import json
import os
import shutil
import socket
import struct
import subprocess
import sys
import time
import zlib
from pathlib import Path
from xml.etree import ElementTree as ET

import feedparser
import pytest
from flask import g

from index.rebuild import rebuild

from index.update import update
from search.reader import LiveIndex, NoIndex
from web import create_app

from .conftest import EXAMPLES, ROOT

ATOM = "{http://www.w3.org/2005/Atom}"
OPENSEARCH = "{http://a9.com/-/spec/opensearch/1.1/}"
GZIP = {"Accept-Encoding": "gzip"}
INDEXED = ("/", "/search?q=Iraq", "/api/search?q=Iraq", "/search.csv?q=Iraq", "/search.atom?q=Iraq",
           "/api/entities?type=person", "/api/analyze?text=convoys")


@pytest.fixture(scope="module")
def article_id(client):
    return client.get("/api/search?q=Erbil").get_json()["hits"][0]["id"]


# ------------------------------------------------------------------ compression

def _parsed(kind: str, body: bytes):
    """Each format read as its client reads it: proof that the decompressed body is whole."""
    text = body.decode("utf-8")
    if kind == "html":
        assert text.lstrip().lower().startswith("<!doctype html") and text.rstrip().endswith("</html>")
        return text
    if kind == "json":
        return json.loads(text)
    if kind == "csv":
        return list(csv.DictReader(io.StringIO(text)))
    return ET.fromstring(body)


@pytest.mark.parametrize("url, kind, mimetype", [
    ("/search?q=Iraq", "html", "text/html"),
    ("/api/search?q=Iraq", "json", "application/json"),
    ("/search.csv?q=", "csv", "text/csv"),
    ("/search.atom?q=Iraq", "xml", "application/atom+xml"),
    ("/opensearch.xml", "xml", "application/opensearchdescription+xml"),
])
def test_text_answers_are_gzipped_when_the_client_accepts_it(client, url, kind, mimetype):
    plain = client.get(url)
    zipped = client.get(url, headers=GZIP)
    assert plain.status_code == zipped.status_code == 200 and zipped.mimetype == mimetype
    assert "Content-Encoding" not in plain.headers
    assert zipped.headers["Content-Encoding"] == "gzip"
    assert int(zipped.headers["Content-Length"]) == len(zipped.data) < len(plain.data)
    for response in (plain, zipped):
        assert "accept-encoding" in response.headers["Vary"].lower()
    unzipped = gzip.decompress(zipped.data)
    _parsed(kind, unzipped)
    if kind in ("csv", "xml"):                  # the same bytes (pages and JSON say how long they took)
        assert unzipped == plain.data


def test_tiny_bodies_are_sent_as_they_are(client):
    health = client.get("/healthz", headers=GZIP)
    assert health.status_code == 200 and len(health.data) < 500
    assert "Content-Encoding" not in health.headers and health.get_json()["status"] == "ok"


def test_no_compression_without_accept_encoding_or_with_identity(client):
    for headers in ({}, {"Accept-Encoding": "identity"}, {"Accept-Encoding": "gzip;q=0"}):
        response = client.get("/search?q=Iraq", headers=headers)
        assert "Content-Encoding" not in response.headers, headers
        assert b"</html>" in response.data


# ------------------------------------------------------------------ validators and 304

def test_index_backed_answers_carry_validators_and_revalidate(client, article_id):
    for url in (*INDEXED, f"/article/{article_id}", f"/api/articles/{article_id}"):
        first = client.get(url)
        assert first.status_code == 200, url
        etag, modified = first.headers["ETag"], first.headers["Last-Modified"]
        assert etag.startswith('W/"') and first.headers["Cache-Control"] == "no-cache", url
        again = client.get(url, headers={"If-None-Match": etag})
        assert again.status_code == 304 and again.data == b"", url
        assert again.headers["ETag"] == etag           # (werkzeug leaves Last-Modified out of a 304)
        assert again.headers["Cache-Control"] == "no-cache"
        assert client.get(url, headers={"If-Modified-Since": modified}).status_code == 304, url
        assert client.get(url, headers={"If-None-Match": 'W/"other"'}).status_code == 200, url
        # If-None-Match decides when both are sent (RFC 9110 13.1.3)
        assert client.get(url, headers={"If-None-Match": 'W/"other"',
                                        "If-Modified-Since": modified}).status_code == 200, url


def test_each_url_and_language_has_its_own_validator(client):
    tags = {client.get(url).headers["ETag"] for url in INDEXED}
    assert len(tags) == len(INDEXED)
    assert client.get("/search?q=Iraq&page=2").headers["ETag"] != \
        client.get("/search?q=Iraq").headers["ETag"]
    english = client.get("/", headers={"Accept-Language": "en"}).headers["ETag"]
    arabic = client.get("/", headers={"Accept-Language": "ar"}).headers["ETag"]
    assert english != arabic
    assert client.get("/", headers={"Accept-Language": "ar",
                                    "If-None-Match": english}).status_code == 200


def test_gzip_and_plain_bodies_share_one_validator(client):
    zipped = client.get("/search?q=Iraq", headers=GZIP)
    plain = client.get("/search?q=Iraq")
    assert zipped.headers["Content-Encoding"] == "gzip"
    assert zipped.headers["ETag"] == plain.headers["ETag"]
    for headers in ({**GZIP, "If-None-Match": plain.headers["ETag"]},
                    {"If-None-Match": zipped.headers["ETag"]}):
        assert client.get("/search?q=Iraq", headers=headers).status_code == 304


def test_a_304_runs_no_search(client, article_id, monkeypatch):
    """The validator is known before the view runs: a matching revalidation never reaches the
    search (evaluate raises here), nor the article lookup."""
    tags = {url: client.get(url).headers["ETag"]
            for url in ("/search?q=Iraq", "/api/search?q=Iraq", "/search.csv?q=Iraq",
                        "/search.atom?q=Iraq", f"/article/{article_id}", f"/api/articles/{article_id}")}

    def no_search(*args, **kwargs):
        raise AssertionError("a search ran")
    import search.articles
    import search.engine
    import search.export
    monkeypatch.setattr(search.engine, "evaluate", no_search)
    monkeypatch.setattr(search.export, "evaluate", no_search)
    monkeypatch.setattr(search.articles, "get_article", no_search)
    for module in ("web.views", "web.api"):
        if hasattr(sys.modules[module], "get_article"):
            monkeypatch.setattr(sys.modules[module], "get_article", no_search)
    for url, etag in tags.items():
        assert client.get(url, headers={"If-None-Match": etag}).status_code == 304, url
        assert client.get(url).status_code == 500, url      # without the validator it does search


def test_an_update_in_place_and_a_rebuild_change_the_validator(tmp_path):
    """`fahras update` keeps the version's name and commits a new generation in it: the ETag
    changes, so a client revalidating gets the new answer (200), not a stale 304."""
    archive = tmp_path / "archive"
    shutil.copytree(EXAMPLES, archive)
    root = tmp_path / "ix"
    rebuild(archive, root)
    client = create_app({"INDEX": str(root), "TESTING": True}).test_client()
    urls = ("/search?q=", "/api/search?q=", "/search.csv?q=", "/search.atom?q=")
    before = {url: client.get(url) for url in urls}
    (archive / "en" / "2021-08-convoys.txt").unlink()
    update(archive, root)
    for url, old in before.items():
        new = client.get(url, headers={"If-None-Match": old.headers["ETag"]})
        assert new.status_code == 200 and new.headers["ETag"] != old.headers["ETag"], url
        assert new.headers["X-Fahras-Version"] == old.headers["X-Fahras-Version"]   # in place
    after_update = client.get("/search?q=").headers["ETag"]
    rebuild(archive, root)
    switched = client.get("/search?q=", headers={"If-None-Match": after_update})
    assert switched.status_code == 200 and switched.headers["ETag"] != after_update


def test_errors_and_health_are_never_stored(client):
    for url in ("/search?q=*a*", "/api/search?q=*a*", "/search.csv?q=*a*", "/search.atom?q=*a*",
                "/article/nope", "/api/articles/nope"):
        response = client.get(url)
        assert response.status_code in (400, 404), url
        assert "ETag" not in response.headers and response.headers["Cache-Control"] == "no-store", url
    assert client.get("/healthz").headers["Cache-Control"] == "no-store"


def test_an_answer_marked_uncacheable_gets_no_validator(index_root):
    """A view sets g.uncacheable for an answer that must not be revalidated as the same (a
    partial search)."""
    app = create_app({"INDEX": str(index_root), "TESTING": True})
    app.before_request(lambda: setattr(g, "uncacheable", True))
    response = app.test_client().get("/api/search?q=Iraq")
    assert response.status_code == 200 and "ETag" not in response.headers
    assert response.headers["Cache-Control"] == "no-store"


def test_security_headers_stay_on_304_and_compressed_answers(client):
    etag = client.get("/search?q=Iraq").headers["ETag"]
    for response in (client.get("/search?q=Iraq", headers={"If-None-Match": etag}),
                     client.get("/search?q=Iraq", headers=GZIP), client.get("/opensearch.xml")):
        assert "script-src 'self'" in response.headers["Content-Security-Policy"]
        assert response.headers["X-Content-Type-Options"] == "nosniff"


# ------------------------------------------------------------------ OpenSearch and favicon

def test_opensearch_description_lets_a_browser_search_fahras(client):
    response = client.get("/opensearch.xml")
    assert response.status_code == 200
    assert response.mimetype == "application/opensearchdescription+xml"
    root = ET.fromstring(response.data)
    assert root.tag == f"{OPENSEARCH}OpenSearchDescription"
    assert root.find(f"{OPENSEARCH}ShortName").text == "Fahras"
    assert root.find(f"{OPENSEARCH}InputEncoding").text == "UTF-8"
    urls = {u.get("type"): u.get("template") for u in root.findall(f"{OPENSEARCH}Url")}
    assert urls["text/html"] == "http://localhost/search?q={searchTerms}"
    assert urls["application/atom+xml"] == "http://localhost/search.atom?q={searchTerms}"
    filled = urls["text/html"].replace("{searchTerms}", "سليماني")
    search = client.get(filled.removeprefix("http://localhost"))
    assert search.status_code == 200
    image = root.find(f"{OPENSEARCH}Image")
    icon = client.get(image.text.removeprefix("http://localhost"))
    assert icon.status_code == 200 and icon.mimetype == image.get("type") == "image/x-icon"
    assert "max-age" in response.headers["Cache-Control"]


def test_pages_link_the_opensearch_description_and_the_icon(client):
    """Needs the two <link> lines in web/templates/base.html's <head>."""
    head = client.get("/").get_data(as_text=True).split("</head>")[0]
    assert ('<link rel="search" type="application/opensearchdescription+xml" title="Fahras" '
            'href="/opensearch.xml">') in head
    assert 'rel="icon"' in head and 'href="/favicon.svg"' in head


def _png_pixels(png: bytes) -> tuple[int, int, bytes]:
    assert png[:8] == b"\x89PNG\r\n\x1a\n"
    width, height, depth, colour = struct.unpack(">IIBB", png[16:26])
    assert (depth, colour) == (8, 6)                                  # 8-bit RGBA
    data, at = b"", 8
    while at < len(png):
        length, kind = struct.unpack(">I4s", png[at:at + 8])
        chunk = png[at + 8:at + 8 + length]
        assert struct.unpack(">I", png[at + 8 + length:at + 12 + length])[0] == zlib.crc32(kind + chunk)
        data += chunk if kind == b"IDAT" else b""
        at += 12 + length
    rows = zlib.decompress(data)
    stride = 1 + 4 * width
    assert len(rows) == stride * height and all(rows[y * stride] == 0 for y in range(height))
    return width, height, b"".join(rows[y * stride + 1:(y + 1) * stride] for y in range(height))


def test_favicon_is_a_real_icon_so_no_page_logs_a_404(client):
    ico = client.get("/favicon.ico")
    assert ico.status_code == 200 and ico.mimetype == "image/x-icon"
    assert "max-age" in ico.headers["Cache-Control"]
    reserved, kind, count = struct.unpack("<HHH", ico.data[:6])
    assert (reserved, kind) == (0, 1) and count >= 1
    sizes = []
    for n in range(count):
        entry = ico.data[6 + 16 * n:22 + 16 * n]
        w, h, _, _, planes, bits, size, offset = struct.unpack("<BBBBHHII", entry)
        width, height, pixels = _png_pixels(ico.data[offset:offset + size])
        assert (width, height) == (w or 256, h or 256) and bits == 32
        sizes.append(width)
        corner, middle = pixels[:4], pixels[4 * (width * height // 2 + width // 2):][:4]
        assert corner[3] == 0 and middle[3] == 255                     # transparent corner, opaque card
    assert 16 in sizes
    svg = client.get("/favicon.svg")
    assert svg.status_code == 200 and svg.mimetype == "image/svg+xml"
    assert ET.fromstring(svg.data).tag == "{http://www.w3.org/2000/svg}svg"
    assert client.get("/favicon.ico", headers={"If-None-Match": ico.headers["ETag"]}).status_code == 304


# ------------------------------------------------------------------ /healthz

def test_healthz_names_the_version_and_no_path(client, index_root):
    response = client.get("/healthz")
    assert response.status_code == 200
    assert set(response.get_json()) == {"status", "version"} and response.get_json()["status"] == "ok"
    assert str(index_root) not in response.get_data(as_text=True)


def test_healthz_without_an_index_says_why_without_the_path(tmp_path):
    missing = tmp_path / "secret-place" / "index"
    response = create_app({"INDEX": str(missing)}).test_client().get("/healthz")
    body = response.get_data(as_text=True)
    assert response.status_code == 503 and response.get_json()["status"] == "no_index"
    assert "fahras rebuild" in response.get_json()["reason"]
    assert "secret-place" not in body and str(tmp_path) not in body


def test_healthz_strips_paths_from_the_reason_of_a_broken_index(index_root, monkeypatch):
    def broken(self):
        raise NoIndex(f"index version is broken and is not served: v1: the index cannot be "
                      f"opened (FileNotFoundError: [Errno 2] No such file: "
                      f"'{self.root}/versions/v1/_MAIN_1.toc'), see /var/log/fahras/x.log. "
                      f"Run `fahras rebuild --index {self.root}` to replace it.")
    monkeypatch.setattr(LiveIndex, "version", broken)
    response = create_app({"INDEX": str(index_root)}).test_client().get("/healthz")
    reason = response.get_json()["reason"]
    assert response.status_code == 503 and response.get_json()["status"] == "no_index"
    assert str(index_root) not in reason and "/var/log" not in reason
    assert "broken" in reason and "fahras rebuild" in reason


# ------------------------------------------------------------------ error shapes

def test_an_invalid_feed_query_answers_an_atom_feed_a_reader_parses(client):
    for url in ("/search.atom?q=*a*", "/search.atom?q=%01%E2%80%AE*a*", "/search.atom?from=yesterday"):
        response = client.get(url)
        assert response.status_code == 400 and response.mimetype == "application/atom+xml", url
        feed = feedparser.parse(response.data, response_headers={"content-type": response.content_type})
        assert not feed.bozo, (url, feed.get("bozo_exception"))
        assert feed.version == "atom10" and len(feed.entries) == 1
        entry = feed.entries[0]
        assert entry.title and entry.summary and entry.id and entry.updated
        assert entry.link.startswith("http://localhost/search?")      # the same search, as a page
        ET.fromstring(response.data)                                  # well-formed for any parser
    assert "wildcard" in feedparser.parse(client.get("/search.atom?q=*a*").data).entries[0].summary


def test_feed_and_csv_errors_without_an_index(tmp_path):
    empty = create_app({"INDEX": str(tmp_path / "none")}).test_client()
    atom = empty.get("/search.atom?q=x")
    assert atom.status_code == 503 and atom.mimetype == "application/atom+xml"
    assert not feedparser.parse(atom.data).bozo
    csv_error = empty.get("/search.csv?q=x")
    assert csv_error.status_code == 503 and csv_error.mimetype == "text/plain"


def test_each_route_keeps_its_own_error_shape(client):
    page = client.get("/search?q=*a*")
    assert page.status_code == 400 and page.mimetype == "text/html" and b"<html" in page.data
    api = client.get("/api/search?q=*a*")
    assert api.status_code == 400 and api.get_json()["error"]["code"] == "invalid_query"
    table = client.get("/search.csv?q=*a*")
    assert table.status_code == 400 and table.mimetype == "text/plain"
    assert table.get_data(as_text=True).startswith("Error 400 (invalid_query): ")
    assert b"<" not in table.data
    too_long = client.get("/search.csv?q=" + "a" * 9000)
    assert too_long.status_code == 400 and too_long.mimetype == "text/plain"
    assert client.get("/api/nothing-here").mimetype == "application/json"


# ------------------------------------------------------------------ keep-alive in production

def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def test_gunicorn_as_the_readme_runs_it_keeps_connections_alive(index_root):
    """`gunicorn --workers 2 --threads 4` runs gthread workers, which keep a connection open
    between requests (the sync worker closes each one)."""
    port = _free_port()
    server = subprocess.Popen(
        [str(Path(sys.executable).parent / "gunicorn"), "--workers", "2", "--threads", "4",
         "--bind", f"127.0.0.1:{port}", "wsgi:app"],
        cwd=ROOT, env={**os.environ, "FAHRAS_INDEX": str(index_root)},
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        deadline = time.monotonic() + 30
        while True:
            try:
                socket.create_connection(("127.0.0.1", port), timeout=1).close()
                break
            except OSError:
                assert time.monotonic() < deadline and server.poll() is None, "gunicorn did not start"
                time.sleep(0.2)
        connection = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
        peers = []
        for url in ("/healthz", "/api/search?q=Iraq", "/search?q=Iraq"):
            connection.request("GET", url, headers=GZIP)
            response = connection.getresponse()
            response.read()
            assert response.status == 200
            assert response.getheader("Connection", "").lower() == "keep-alive"
            assert not response.will_close
            peers.append(connection.sock.getsockname())
        assert len(set(peers)) == 1                                  # one connection for all three
        connection.close()
    finally:
        server.terminate()
        server.wait(timeout=30)


@pytest.mark.parametrize("url", ["/search?q=Iraq&_anchor=x", "/search?q=Iraq&_external=1&hl=ar",
                                 "/search.atom?q=Iraq&_scheme=ftp", "/api/search?q=Iraq&_method=POST",
                                 "/?_anchor=top"])
def test_parameters_named_like_url_for_options_are_ignored_not_a_500(client, url):
    response = client.get(url)
    assert response.status_code == 200, response.get_data(as_text=True)[:300]
