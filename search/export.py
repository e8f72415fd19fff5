"""Search results as CSV (spreadsheet-safe) and as an Atom feed. No Flask here.

The CSV starts with a UTF-8 byte order mark, which is how Excel knows the file is UTF-8 (without
it, Arabic opens as mojibake); csv readers take it off with the encoding ``utf-8-sig``.

The feed lists the newest matches that have a date. An Atom entry must carry the time it was last
updated (RFC 4287), and a feed reader orders and notices entries by it; the index knows no time at
all for an undated article (not even when it was first indexed), and any time made up for one
misleads a reader: the build time makes it new again after every rebuild, a fixed old time shows
a false date. So undated matches are left out, and the feed's subtitle says how many (they are on
the search page and in the CSV).
"""
from __future__ import annotations

import calendar
import csv
import datetime as dt
import html
import io
import re
from dataclasses import dataclass, replace
from xml.etree import ElementTree as ET

import numpy as np

from .display import visible_controls
from .engine import evaluate
from .request import SearchRequest
from .results import Hit

CSV_MAX_ROWS = 5000
ATOM_ENTRIES = 50
CSV_COLUMNS = ("id", "title", "date", "outlet", "author", "lang", "page_count", "person", "org",
               "place", "snippet", "url")
BOM = "\ufeff"
LANGUAGE_NAMES = {"ar": "Arabic", "en": "English"}
FILTER_LABELS = {"outlet": "outlet", "lang": "language", "person": "person", "org": "organization",
                 "place": "place"}
CATEGORY_SCHEME = "urn:fahras:"           # + outlet, lang, person, org, place
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
_MARK = re.compile(r"</?mark>")
ATOM = "http://www.w3.org/2005/Atom"
XML = "http://www.w3.org/XML/1998/namespace"


def all_hits(version, request: SearchRequest, limit: int) -> tuple[int, list[Hit]]:
    """Up to ``limit`` hits of a search, in its sort order (the order of its pages), and the
    total: one evaluation, no facets; snippets (the CSV's plain-text column)."""
    found = evaluate(version, request, facets=False)
    return found.total, found.hits(0, limit)


@dataclass(slots=True)
class FeedHits:
    hits: list[Hit]          # the newest dated matches, newest first
    total: int               # every match
    undated: int             # matches with no date: not in the feed


def newest_hits(version, request: SearchRequest, count: int = ATOM_ENTRIES) -> FeedHits:
    """The ``count`` newest matches of a search that have a date, with snippets: a feed's
    entries (undated ones sort last in the newest-first order, and are counted, not listed)."""
    found = evaluate(version, replace(request, sort="newest", page=1), facets=False)
    days = version.columns(found.searcher).day[found.order]
    dated = int(np.count_nonzero(days))
    return FeedHits(found.hits(0, min(count, dated)), found.total, found.total - dated)


def to_csv(hits: list[Hit], article_url) -> str:
    """One row per hit, after a byte order mark; cells that a spreadsheet would run as a formula
    are neutralized. ``snippet`` is plain text (the highlighting taken off, entities unescaped);
    ``url`` is the article's page here (the index keeps no URL of the original source)."""
    out = io.StringIO()
    out.write(BOM)
    writer = csv.writer(out)
    writer.writerow(CSV_COLUMNS)
    for h in hits:
        row = (h.id, h.title, h.date or "", h.outlet or "", h.author or "", h.lang, h.page_count,
               "; ".join(h.entities["person"]), "; ".join(h.entities["org"]),
               "; ".join(h.entities["place"]), " ".join(_plain(h.snippet).split()), article_url(h.id))
        writer.writerow([_cell(value) for value in row])
    return out.getvalue()


def _cell(value) -> str:
    """A cell a spreadsheet shows as text: never a formula, direction controls visible."""
    text = visible_controls(str(value))
    return "'" + text if text.lstrip(" ").startswith(_FORMULA_START) else text


def feed_title(request: SearchRequest) -> str:
    """What the feed follows: the query and every filter, e.g.
    "Fahras: Iraq · outlet Press TV · 2021-07"."""
    parts = [request.q or "newest articles"]
    for name, values in request.filters().items():
        shown = [LANGUAGE_NAMES.get(v, v) for v in values] if name == "lang" else values
        parts.append(f"{FILTER_LABELS[name]} {' or '.join(shown)}")
    period = describe_period(request.date_from, request.date_to)
    if period:
        parts.append(period)
    return "Fahras: " + " · ".join(parts)


def describe_period(start: dt.date | None, end: dt.date | None) -> str:
    """A date range as it was most likely typed: "2021", "2021-07", "2021-03 to 2021-07",
    "from 2021-07-05", "until 2021"; both ends at the coarsest precision they both have."""
    if start is None and end is None:
        return ""
    starts = [] if start is None else _precisions(start, first=True)
    ends = [] if end is None else _precisions(end, first=False)
    if start is None:
        return f"until {_shown(end, ends[0])}"
    if end is None:
        return f"from {_shown(start, starts[0])}"
    precision = next(p for p in ("year", "month", "day") if p in starts and p in ends)
    a, b = _shown(start, precision), _shown(end, precision)
    return a if a == b else f"{a} to {b}"


def _precisions(day: dt.date, first: bool) -> list[str]:
    """The precisions a range's end can be written at, coarsest first."""
    last = calendar.monthrange(day.year, day.month)[1]
    month_edge = day.day == (1 if first else last)
    year_edge = month_edge and day.month == (1 if first else 12)
    return (["year"] if year_edge else []) + (["month"] if month_edge else []) + ["day"]


def _shown(day: dt.date, precision: str) -> str:
    return {"year": f"{day.year:04d}", "month": f"{day.year:04d}-{day.month:02d}"}.get(
        precision, day.isoformat())


def to_atom(found: FeedHits, title: str, self_url: str, site_url: str, article_url,
            built: str) -> bytes:
    """An Atom 1.0 feed of the newest dated matches (RFC 4287): each entry's ``published`` and
    ``updated`` are its date; categories name its outlet, language and entities."""
    ET.register_namespace("", ATOM)
    hits = found.hits
    feed = ET.Element(f"{{{ATOM}}}feed")
    _sub(feed, "title", title)
    _sub(feed, "subtitle", _subtitle(found))
    _sub(feed, "id", self_url)
    updated = max((h.date for h in hits if h.date), default=None)
    _sub(feed, "updated", _timestamp(updated) if updated else built)
    ET.SubElement(feed, f"{{{ATOM}}}link", rel="self", href=self_url, type="application/atom+xml")
    ET.SubElement(feed, f"{{{ATOM}}}link", rel="alternate", href=site_url, type="text/html")
    author = ET.SubElement(feed, f"{{{ATOM}}}author")
    _sub(author, "name", "Fahras")
    for h in hits:
        if not h.date:                     # never: newest_hits lists dated matches only
            continue
        entry = ET.SubElement(feed, f"{{{ATOM}}}entry")
        entry.set(f"{{{XML}}}lang", h.lang)
        _sub(entry, "title", h.title)
        _sub(entry, "id", f"urn:fahras:article:{h.id}")
        _sub(entry, "published", _timestamp(h.date))
        _sub(entry, "updated", _timestamp(h.date))
        ET.SubElement(entry, f"{{{ATOM}}}link", rel="alternate", href=article_url(h.id), type="text/html")
        if h.outlet or h.author:
            who = ET.SubElement(entry, f"{{{ATOM}}}author")
            _sub(who, "name", h.author or h.outlet)
        for scheme, term, label in _categories(h):
            ET.SubElement(entry, f"{{{ATOM}}}category", term=_xml_safe(term),
                          scheme=CATEGORY_SCHEME + scheme, label=_xml_safe(label))
        summary = _sub(entry, "summary", _plain(h.snippet))
        summary.set("type", "text")
    return ET.tostring(feed, encoding="utf-8", xml_declaration=True)


def _subtitle(found: FeedHits) -> str:
    text = (f"The {len(found.hits)} newest of {found.total} matching articles"
            if found.total else "No matching articles yet")
    if found.undated:
        text += (f"; {found.undated} undated {'match is' if found.undated == 1 else 'matches are'} "
                 "not in the feed (no date to order or time them by): see the search page")
    return text + "."


def _categories(h: Hit) -> list[tuple[str, str, str]]:
    """(scheme, term, label): the outlet, the language and each entity; the label says which."""
    rows = [("outlet", h.outlet, f"outlet: {h.outlet}")] if h.outlet else []
    rows.append(("lang", h.lang, f"language: {LANGUAGE_NAMES.get(h.lang, h.lang)}"))
    for kind in ("person", "org", "place"):
        rows += [(kind, name, f"{FILTER_LABELS[kind]}: {name}") for name in h.entities.get(kind, [])]
    return rows


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


