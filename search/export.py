"""Search results as CSV (spreadsheet-safe) and as an Atom feed. No Flask here."""
from __future__ import annotations

import csv
import datetime as dt
import html
import io
import re
from dataclasses import replace
from xml.etree import ElementTree as ET

from .display import visible_controls
from .engine import evaluate
from .request import SearchRequest
from .results import Hit

CSV_MAX_ROWS = 5000
ATOM_ENTRIES = 50
CSV_COLUMNS = ("id", "title", "date", "outlet", "author", "lang", "page_count", "person", "org",
               "place", "url")
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
_MARK = re.compile(r"</?mark>")
ATOM = "http://www.w3.org/2005/Atom"


def all_hits(version, request: SearchRequest, limit: int) -> tuple[int, list[Hit]]:
    """Up to ``limit`` hits of a search, in its sort order (the order of its pages), and the
    total: one evaluation, no facets, no snippets."""
    found = evaluate(version, request, facets=False)
    return found.total, found.hits(0, limit, snippets=False)


def newest_hits(version, request: SearchRequest, count: int = ATOM_ENTRIES) -> list[Hit]:
    """The ``count`` newest matches of a search (undated last), with snippets: a feed's entries."""
    found = evaluate(version, replace(request, sort="newest", page=1), facets=False)
    return found.hits(0, count)


def to_csv(hits: list[Hit], article_url) -> str:
    """One row per hit; cells that a spreadsheet would run as a formula are neutralized."""
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(CSV_COLUMNS)
    for h in hits:
        row = (h.id, h.title, h.date or "", h.outlet or "", h.author or "", h.lang, h.page_count,
               "; ".join(h.entities["person"]), "; ".join(h.entities["org"]),
               "; ".join(h.entities["place"]), article_url(h.id))
        writer.writerow([_cell(value) for value in row])
    return out.getvalue()


def _cell(value) -> str:
    """A cell a spreadsheet shows as text: never a formula, direction controls visible."""
    text = visible_controls(str(value))
    return "'" + text if text.lstrip(" ").startswith(_FORMULA_START) else text


def to_atom(hits: list[Hit], title: str, self_url: str, site_url: str, article_url,
            built: str) -> bytes:
    """An Atom 1.0 feed of the newest matches (RFC 4287)."""
    ET.register_namespace("", ATOM)
    feed = ET.Element(f"{{{ATOM}}}feed")
    _sub(feed, "title", title)
    _sub(feed, "id", self_url)
    updated = max((h.date for h in hits if h.date), default=None)
    _sub(feed, "updated", _timestamp(updated) if updated else built)
    ET.SubElement(feed, f"{{{ATOM}}}link", rel="self", href=self_url)
    ET.SubElement(feed, f"{{{ATOM}}}link", rel="alternate", href=site_url)
    author = ET.SubElement(feed, f"{{{ATOM}}}author")
    _sub(author, "name", "Fahras")
    for h in hits:
        entry = ET.SubElement(feed, f"{{{ATOM}}}entry")
        _sub(entry, "title", h.title)
        _sub(entry, "id", f"urn:fahras:article:{h.id}")
        _sub(entry, "updated", _timestamp(h.date) if h.date else built)
        ET.SubElement(entry, f"{{{ATOM}}}link", rel="alternate", href=article_url(h.id))
        if h.outlet or h.author:
            who = ET.SubElement(entry, f"{{{ATOM}}}author")
            _sub(who, "name", h.author or h.outlet)
        summary = _sub(entry, "summary", _plain(h.snippet))
        summary.set("type", "text")
        if h.lang == "ar":
            entry.set("{http://www.w3.org/XML/1998/namespace}lang", "ar")
    return ET.tostring(feed, encoding="utf-8", xml_declaration=True)


def _sub(parent, name: str, text: str):
    element = ET.SubElement(parent, f"{{{ATOM}}}{name}")
    element.text = _xml_safe(text)
    return element


def _plain(snippet: str) -> str:
    return html.unescape(_MARK.sub("", snippet))


def _xml_safe(text: str) -> str:
    """XML 1.0 cannot carry control characters: drop them; show direction controls."""
    return visible_controls(re.sub(r"[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]", "", text or ""))


def _timestamp(day: str) -> str:
    return dt.datetime.fromisoformat(day).replace(tzinfo=dt.timezone.utc).isoformat()


