"""Search results as an Atom 1.0 feed (RFC 4287), in the reader's language. No Flask here.

The feed lists the newest matches that have a date. An Atom entry must carry the time it was last
updated, and a feed reader orders and notices entries by it; the index knows no time at all for an
undated article (not even when it was first indexed), and any time made up for one misleads a
reader: the build time makes it new again after every rebuild, a fixed old time shows a false
date. So undated matches are left out, and the feed's subtitle says how many (they are on the
search page and in the CSV).

The feed's own words (title, subtitle, category labels) are in the language asked for; the entries
keep their articles' languages (``xml:lang``), and category terms stay the canonical names, so a
reader filtering by them gets the same entries in either language.
"""
from __future__ import annotations

import calendar
import datetime as dt
import hashlib
import re
import tomllib
from importlib import resources
from xml.etree import ElementTree as ET

from index.entities import TYPES

from .display import visible_controls
from .export import FeedHits, plain_snippet
from .names import display_name
from .request import SearchRequest
from .results import Hit

ATOM = "http://www.w3.org/2005/Atom"
XML = "http://www.w3.org/XML/1998/namespace"
CATEGORY_SCHEME = "urn:fahras:"           # + outlet, lang, person, org, place
LANGUAGES = ("en", "ar")

def _load_words() -> dict[str, tuple[str, str]]:
    """search/data/feed.toml: the feed's own words, key -> (English, Arabic), as web/messages.toml
    keeps the interface's."""
    with resources.files("search").joinpath("data", "feed.toml").open("rb") as handle:
        return {k: tuple(v) for k, v in tomllib.load(handle)["words"].items()}


WORDS = _load_words()


def words_in(lang: str) -> dict[str, str]:
    """The feed's words in one language."""
    column = LANGUAGES.index(lang)
    return {key: forms[column] for key, forms in WORDS.items()}


def feed_title(request: SearchRequest, lang: str = "en") -> str:
    """What the feed follows: the query and every filter, e.g.
    "Fahras: Iraq · outlet Press TV · 2021-07"."""
    words = words_in(lang)
    parts = [request.q or words["newest"]]
    for name, values in request.filters().items():
        shown = [words.get(v, v) if name == "lang" else display_name(name, v, lang) for v in values]
        parts.append(f"{words[name]} {words['or'].join(shown)}")
    period = describe_period(request.date_from, request.date_to, lang)
    if period:
        parts.append(period)
    return f"{words['site']}: " + words["sep"].join(parts)


def describe_period(start: dt.date | None, end: dt.date | None, lang: str = "en") -> str:
    """A date range as it was most likely typed: "2021", "2021-07", "2021-03 to 2021-07",
    "from 2021-07-05", "until 2021"; both ends at the coarsest precision they both have."""
    if start is None and end is None:
        return ""
    words = words_in(lang)
    starts = [] if start is None else _precisions(start, first=True)
    ends = [] if end is None else _precisions(end, first=False)
    if start is None:
        return words["until"].format(a=_shown(end, ends[0]))
    if end is None:
        return words["from"].format(a=_shown(start, starts[0]))
    precision = next(p for p in ("year", "month", "day") if p in starts and p in ends)
    a, b = _shown(start, precision), _shown(end, precision)
    return a if a == b else words["range"].format(a=a, b=b)


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
            built: str, lang: str = "en") -> bytes:
    """The feed of the newest dated matches: each entry's ``published`` and ``updated`` are its
    date; categories name its outlet, language and entities."""
    ET.register_namespace("", ATOM)
    hits = found.hits
    feed = ET.Element(f"{{{ATOM}}}feed")
    feed.set(f"{{{XML}}}lang", lang)
    _sub(feed, "title", title)
    _sub(feed, "subtitle", _subtitle(found, lang))
    _sub(feed, "id", self_url)
    updated = max((h.date for h in hits if h.date), default=None)
    _sub(feed, "updated", _timestamp(updated) if updated else built)
    ET.SubElement(feed, f"{{{ATOM}}}link", rel="self", href=self_url, type="application/atom+xml")
    ET.SubElement(feed, f"{{{ATOM}}}link", rel="alternate", href=site_url, type="text/html")
    author = ET.SubElement(feed, f"{{{ATOM}}}author")
    _sub(author, "name", words_in(lang)["site"])
    for h in hits:
        if h.date:                         # always: newest_hits lists dated matches only
            _entry(feed, h, article_url, lang)
    return ET.tostring(feed, encoding="utf-8", xml_declaration=True)


def _entry(feed, h: Hit, article_url, lang: str) -> None:
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
    for scheme, term, label in _categories(h, lang):
        ET.SubElement(entry, f"{{{ATOM}}}category", term=_xml_safe(term),
                      scheme=CATEGORY_SCHEME + scheme, label=_xml_safe(label))
    summary = _sub(entry, "summary", plain_snippet(h.snippet))
    summary.set("type", "text")


def error_feed(self_url: str, page_url: str, status: int, code: str, message: str, title: str,
               lang: str = "en") -> bytes:
    """A valid feed whose one entry says what went wrong (feed readers show it, where an HTML
    error page is a parse error), linking to the search page where it can be corrected. Its id is
    the feed's own URL, as when it works."""
    now = dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds")
    ET.register_namespace("", ATOM)
    feed = ET.Element(f"{{{ATOM}}}feed")
    feed.set(f"{{{XML}}}lang", lang)
    _sub(feed, "title", f"{words_in(lang)['site']}: {title}")
    _sub(feed, "id", self_url)
    _sub(feed, "updated", now)
    ET.SubElement(feed, f"{{{ATOM}}}link", rel="self", href=self_url)
    _sub(ET.SubElement(feed, f"{{{ATOM}}}author"), "name", words_in(lang)["site"])
    entry = ET.SubElement(feed, f"{{{ATOM}}}entry")
    _sub(entry, "title", title)
    digest = hashlib.blake2b(f"{code}\0{message}".encode("utf-8", "replace"), digest_size=8).hexdigest()
    _sub(entry, "id", f"urn:fahras:error:{code}:{digest}")
    _sub(entry, "updated", now)
    ET.SubElement(entry, f"{{{ATOM}}}link", rel="alternate", type="text/html", href=page_url)
    _sub(entry, "summary", f"{message} (HTTP {status}, {code})")
    return ET.tostring(feed, encoding="utf-8", xml_declaration=True)


def _subtitle(found: FeedHits, lang: str) -> str:
    words = words_in(lang)
    text = (words["listed"].format(shown=f"{len(found.hits):,}", total=f"{found.total:,}")
            if found.total else words["none"])
    if found.undated:
        text += words["undated_1" if found.undated == 1 else "undated_n"].format(n=f"{found.undated:,}")
    return text + words["end"]


def _categories(h: Hit, lang: str) -> list[tuple[str, str, str]]:
    """(scheme, term, label): the outlet, the language and each entity; the label says which."""
    words = words_in(lang)
    rows = [("outlet", h.outlet, f"{words['outlet']}: {h.outlet}")] if h.outlet else []
    rows.append(("lang", h.lang, f"{words['lang']}: {words.get(h.lang, h.lang)}"))
    for kind in TYPES:
        rows += [(kind, name, f"{words[kind]}: {display_name(kind, name, lang)}")
                 for name in h.entities.get(kind, [])]
    return rows


def _sub(parent, name: str, text: str):
    element = ET.SubElement(parent, f"{{{ATOM}}}{name}")
    element.text = _xml_safe(text)
    return element


def _xml_safe(text: str) -> str:
    """XML 1.0 cannot carry control characters: drop them; show direction controls."""
    return visible_controls(re.sub(r"[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]", "", text or ""))


def _timestamp(day: str) -> str:
    return dt.datetime.fromisoformat(day).replace(tzinfo=dt.timezone.utc).isoformat()
