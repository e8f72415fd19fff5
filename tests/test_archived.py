"""The archived page behind each article: /page/<path> (and /api/pages/<path>) shows the file as it
lies in the archive now, with the articles the index took from it and one article's lines marked.
The oracle is the file on disk and the page records; only indexed pages inside the archive are
ever read, and a file changed or removed after indexing is said to be so (and never served as a
stale 304)."""
from __future__ import annotations

import os
import re
import shutil
from html import unescape

import pytest

from search.archived import page_address

from .conftest import ROOT


@pytest.fixture()
def site(tmp_path):
    """A copy of examples/archive, its index, and a test client: each test may change the files."""
    from index.rebuild import rebuild
    from web import create_app
    archive = tmp_path / "archive"
    shutil.copytree(ROOT / "examples" / "archive", archive)
    rebuild(archive, tmp_path / "index")
    client = create_app({"INDEX": str(tmp_path / "index"), "TESTING": True}).test_client()
    return archive, client


def _articles(client) -> list[dict]:
    hits = client.get("/api/search?q=*&per_page=100").get_json()["hits"]
    return [client.get(f"/api/articles/{hit['id']}").get_json() for hit in hits]


def _numbered_lines(html: str) -> dict[int, tuple[str, bool]]:
    """Line number -> (text, marked) as the page view shows them."""
    found = {}
    for match in re.finditer(r'<p id="L(\d+)" dir="auto"( class="marked")?><a [^>]*>\d+</a><span>(.*?)</span></p>',
                             html, re.S):
        found[int(match.group(1))] = (unescape(match.group(3)), bool(match.group(2)))
    return found


def test_every_page_of_every_article_shows_the_file_and_marks_its_lines(site):
    archive, client = site
    checked = 0
    for article in _articles(client):
        html = client.get(f"/article/{article['id']}").get_data(as_text=True)
        for page in article["pages"]:
            links = re.findall(r'href="(/page/[^"]+)"', html)
            wanted = f"lines={page['line_start']}-{page['line_end']}" if page["line_start"] else ""
            link = next(unescape(l) for l in links
                        if unescape(l).split("?")[0].endswith(page["path"]) and wanted in unescape(l))
            shown = client.get(link.split("#")[0])
            assert shown.status_code == 200
            text = shown.get_data(as_text=True)
            assert f'/article/{article["id"]}' in text            # the page lists the article
            assert "The file is the one that was indexed." in text
            if page["line_start"]:
                file_lines = (archive / page["path"]).read_text("utf-8").split("\n")
                lines = _numbered_lines(text)
                assert {no: t for no, (t, _) in lines.items()} == {
                    no: t.rstrip("\r") for no, t in enumerate(file_lines, start=1)}
                assert {no for no, (_, marked) in lines.items() if marked} == set(
                    range(page["line_start"], page["line_end"] + 1))
            checked += 1
    assert checked >= 10


def test_the_api_gives_what_the_page_view_shows(site):
    archive, client = site
    for path in ("en/2021-08-convoys.txt", "html/2021-05-gaza-ar.html"):
        data = client.get(f"/api/pages/{path}").get_json()
        html = client.get(f"/page/{path}").get_data(as_text=True)
        assert data["state"] == "same" and data["path"] == path
        for article in data["articles"]:
            assert f'/article/{article["id"]}' in html
        for line in data["lines"]:
            assert (line["text"].replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
                    .replace('"', "&#34;").replace("'", "&#39;")) in html
        if data["address"]:
            assert data["address"] in unescape(html)


def test_only_indexed_pages_inside_the_archive_are_read(site, tmp_path):
    archive, client = site
    (archive / "notes.md").write_text("private notes", "utf-8")
    secret = tmp_path / "secret.txt"
    secret.write_text("SECRET OUTSIDE THE ARCHIVE", "utf-8")
    for path in ("notes.md", "../secret.txt", "en/../../secret.txt", str(secret), "en/nothing.txt", "%2e%2e/secret.txt"):
        answer = client.get(f"/page/{path}", follow_redirects=True)
        assert answer.status_code == 404, path
        assert "SECRET" not in answer.get_data(as_text=True)
        assert client.get(f"/api/pages/{path}", follow_redirects=True).status_code == 404
    target = archive / "en" / "2021-08-convoys.txt"               # an indexed page made a link out
    target.unlink()
    os.symlink(secret, target)
    shown = client.get("/page/en/2021-08-convoys.txt").get_data(as_text=True)
    assert "SECRET" not in shown and "no longer in the archive folder" in shown


def test_a_changed_or_removed_file_is_said_to_be_and_never_served_from_cache(site):
    archive, client = site
    path = "en/2021-07-sanctions.txt"
    first = client.get(f"/page/{path}")
    etag = first.headers["ETag"]
    assert client.get(f"/page/{path}", headers={"If-None-Match": etag}).status_code == 304
    file = archive / path
    file.write_text(file.read_text("utf-8") + "\nA line added after indexing.\n", "utf-8")
    changed = client.get(f"/page/{path}", headers={"If-None-Match": etag})
    assert changed.status_code == 200
    assert "has changed since it was indexed" in changed.get_data(as_text=True)
    assert "A line added after indexing." in changed.get_data(as_text=True)
    assert client.get(f"/api/pages/{path}").get_json()["state"] == "changed"
    file.unlink()
    gone = client.get(f"/page/{path}", headers={"If-None-Match": changed.headers["ETag"]})
    assert gone.status_code == 200 and "no longer in the archive folder" in gone.get_data(as_text=True)
    data = client.get(f"/api/pages/{path}").get_json()
    assert data["state"] == "missing" and data["lines"] == [] and data["articles"]


@pytest.mark.parametrize("head, expected", [
    ('<link rel="canonical" href="https://example.org/a/">', "https://example.org/a/"),
    ("<link href='https://example.org/b' rel='canonical'>", "https://example.org/b"),
    ('<meta property="og:url" content="http://example.org/c?x=1&amp;y=2">', "http://example.org/c?x=1&y=2"),
    ('<link rel="canonical" href="javascript:alert(1)">', None),
    ('<link rel="canonical" href="/relative/only">', None),
    ('<link rel="stylesheet" href="https://example.org/s.css">', None),
    ("", None),
])
def test_a_page_names_its_address_only_as_a_web_address(head, expected):
    assert page_address(f"<html><head>{head}</head><body></body></html>") == expected
