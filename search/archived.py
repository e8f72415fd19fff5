"""A page as it lies in the archive: where a reader checks what an article was printed with.

Only a page the live version indexed is read (a path from a URL names no other file), and only
inside the archive folder the version was built from. The page is read as it is now; whether it
is still the file that was indexed is said (``state``), never assumed. No Flask here.
"""
from __future__ import annotations

import hashlib
import os
import re
from dataclasses import dataclass, field
from pathlib import Path

from index.decode import Undecodable, decode
from index.html_page import blog_page, looks_like_html
from index.records_store import RecordStore
from index.store import read_manifest

SAME, CHANGED, MISSING, UNREADABLE = "same", "changed", "missing", "unreadable"
_ADDRESS_HEAD = 64 * 1024        # a page's <head>, where it names its own address
_ADDRESS = re.compile(
    r"""<link\b[^>]*\brel=["']?canonical["']?[^>]*\bhref=["']([^"'\s>]+)"""
    r"""|<link\b[^>]*\bhref=["']([^"'\s>]+)["'][^>]*\brel=["']?canonical\b"""
    r"""|<meta\b[^>]*\bproperty=["']og:url["'][^>]*\bcontent=["']([^"'\s>]+)""", re.I)


class PageNotIndexed(LookupError):
    """The path is not a page of the live version."""


@dataclass(frozen=True)
class PageArticle:
    id: str
    title: str
    lang: str | None
    line_start: int | None
    line_end: int | None


@dataclass
class ArchivedPage:
    path: str
    state: str                                   # SAME, CHANGED, MISSING or UNREADABLE
    format: str | None                           # "txt", "html-blog", "html-article"
    address: str | None                          # the page's own address, when it names one
    numbered: bool                               # lines carry the file's line numbers
    lines: list[tuple[int | None, str]] = field(default_factory=list)
    articles: list[PageArticle] = field(default_factory=list)

    def to_json(self) -> dict:
        return {"path": self.path, "state": self.state, "format": self.format, "address": self.address,
                "articles": [vars(a) for a in self.articles],
                "lines": [{"line": no, "text": text} for no, text in self.lines]}


def archived_page(version, path: str) -> ArchivedPage:
    """The page ``path`` of an ``OpenVersion`` (as its records name it), read from the archive now,
    with the articles the index took from it."""
    store = RecordStore(version.path)
    try:
        record = store.page_records([path]).get(path)
    finally:
        store.close()
    if record is None:
        raise PageNotIndexed(path)
    report = record.report
    searcher = version.searcher()
    page = ArchivedPage(path, MISSING, report.format, None, report.format == "txt",
                        articles=[_article(searcher, copy) for copy in record.copies])
    data = _read(Path(read_manifest(version.path)["archive"]), path)
    if data is None:
        return page
    page.state = SAME if hashlib.sha256(data).hexdigest() == report.sha256 else CHANGED
    try:
        text = decode(data).text
    except Undecodable:
        page.state = UNREADABLE
        return page
    if looks_like_html(path, text):
        page.address = page_address(text)
        blog = blog_page(text)
        page.numbered = False
        page.lines = [(None, line.text) for line in blog.lines] if blog else []
    else:
        page.numbered = True
        page.lines = [(no, line.rstrip("\r")) for no, line in enumerate(text.split("\n"), start=1)]
    return page


def file_state(version, path: str) -> str:
    """What changes when the archived file does (size, modification time): part of the web's
    validators for the views that read it."""
    try:
        stat = os.stat(Path(read_manifest(version.path)["archive"]) / path)
    except (OSError, ValueError):
        return "missing"
    return f"{stat.st_size}:{stat.st_mtime_ns}"


def with_addresses(version, article: dict) -> dict:
    """An article (search/articles.get_article) with each of its pages' ``address``: the one an
    HTML page of the ``OpenVersion`` names for itself (canonical link or og:url), else None. Each
    page file is read once, however many copies it holds."""
    root = Path(read_manifest(version.path)["archive"])
    found: dict[str, str | None] = {}
    for page in article["pages"]:
        path = page["path"]
        if path not in found:
            data = _read(root, path, _ADDRESS_HEAD) if looks_like_html(path, "") else None
            found[path] = page_address(data.decode("utf-8", "replace")) if data else None
        page["address"] = found[path]
    return article


def page_address(text: str) -> str | None:
    """A web address the page gives for itself; only http(s), never a script or local one."""
    for match in _ADDRESS.finditer(text[:_ADDRESS_HEAD]):
        address = next(g for g in match.groups() if g).replace("&amp;", "&")
        if re.match(r"https?://[^/\s]+", address, re.I):
            return address
    return None


def _read(root: Path, path: str, limit: int = -1) -> bytes | None:
    """The file's bytes; None when it is gone or lies outside the archive (a link out of it)."""
    full = (root / path)
    try:
        real = Path(os.path.realpath(full))
        if not real.is_relative_to(Path(os.path.realpath(root))):
            return None
        with open(real, "rb") as handle:
            return handle.read(limit)
    except OSError:
        return None


def _article(searcher, copy) -> PageArticle:
    docnum = searcher.document_number(id=copy.id)
    stored = searcher.stored_fields(docnum) if docnum is not None else {}
    return PageArticle(copy.id, stored.get("title", ""), stored.get("lang"), copy.line_start, copy.line_end)
