"""The quotation index: one Whoosh document per distinct quotation, beside the article index in
the same version folder (Whoosh index name ``quotes``).

A quotation is read from its article's best copy when the article's document is made
(``article_quotes``) and stored on that document. A quotation document gathers every article
holding the same words from the same speaker (a statement reposted in several articles is one
quotation with every article and page it appeared in), so the quotation index is a function of
the article documents alone: the rebuild groups every article's quotations (``write_quotes``), an
update groups again those of the articles it rewrote or deleted (``update_quotes``), and the two
give the same documents.
"""
from __future__ import annotations

import datetime as dt
import hashlib
from collections import defaultdict
from pathlib import Path

from whoosh import index as whoosh_index
from whoosh.columns import NumericColumn
from whoosh.fields import COLUMN, ID, STORED, Schema

from . import whoosh_fixes
from .analysis import stemmed_analyzer
from .entities import Resolver
from .normalize import alnum_key
from .parallel_write import write_shards
from .quotes import quotations
from .records import Article
from .schema import ENTITY_SEPARATOR, StemmedText, day_number, names_field

QUOTES = "quotes"                 # the Whoosh index name of the quotation documents
_UNDATED = 99_999_999


def quote_schema() -> Schema:
    return Schema(
        id=ID(unique=True, stored=True),                  # digest of the words and the speaker
        text=StemmedText(analyzer=stemmed_analyzer(), stored=True),
        speaker=names_field(), speaker_type=STORED, kind=STORED,      # no filters: no terms
        lang=ID(stored=True, sortable=True),
        # the first article's date (the earliest dated one), and every outlet that published it;
        # dates filter, sort and count through columns (search/columns.py), so they are no terms
        date=STORED, day=COLUMN(NumericColumn("I")), month=ID(stored=True, sortable=True),
        outlet=names_field(),
        article=names_field(),                             # the ids of the articles holding it
        places=STORED,                                     # one entry per article, first first
        article_count=STORED,
    )


def article_quotes(article: Article, resolver: Resolver) -> list[dict]:
    """What an article's document stores of its quotations: each one's reading and its offsets
    in the body."""
    return [{**q.as_json(), "start": q.start, "end": q.end}
            for q in quotations(article.body, article.lang, resolver, article.mentions)]


def quote_key(quote: dict) -> str:
    """The same words (folded, without punctuation) from the same speaker: one quotation."""
    who = quote.get("speaker") or quote.get("speaker_type") or ""
    return hashlib.sha1(f"{alnum_key(quote['text'])}\x1f{who}".encode()).hexdigest()[:20]


def group(documents, keys: set[str] | None = None) -> dict[str, list[tuple[dict, dict]]]:
    """(quotation, article document) pairs by quotation key, first article first; an article
    counts once in a group. ``keys``: only these groups."""
    groups: dict[str, dict[str, tuple[dict, dict]]] = defaultdict(dict)
    for doc in documents:
        for quote in doc.get("quotes") or ():
            key = quote_key(quote)
            if (keys is None or key in keys) and doc["id"] not in groups[key]:
                groups[key][doc["id"]] = (quote, doc)
    return {key: sorted(members.values(), key=lambda pair: _first(pair[1]))
            for key, members in groups.items() if members}


def _first(doc: dict) -> tuple:
    date = doc.get("date")
    return (day_number(date) if date else _UNDATED, doc["id"])


def quote_document(key: str, members: list[tuple[dict, dict]]) -> dict:
    """The document of one quotation: the words, speaker and language of its first article's
    copy, the earliest date, every outlet and every article (with its pages)."""
    quote, first = members[0]
    doc = {"id": key, "text": quote["text"], "kind": quote["kind"], "lang": first["lang"],
           "speaker_type": quote["speaker_type"], "day": 0, "article_count": len(members),
           "article": ENTITY_SEPARATOR.join(d["id"] for _, d in members),
           "places": [_place(q, d) for q, d in members]}
    if quote.get("speaker"):
        doc["speaker"] = quote["speaker"]
    outlets = sorted({d["outlet"] for _, d in members if d.get("outlet")})
    if outlets:
        doc["outlet"] = ENTITY_SEPARATOR.join(outlets)
    dated = [d["date"] for _, d in members if d.get("date")]
    if dated:
        date = min(dated)
        doc.update(date=date, day=day_number(date), month=date.strftime("%Y-%m"))
    return doc


def _place(quote: dict, doc: dict) -> dict:
    date = doc.get("date")
    return {"article": doc["id"], "title": doc.get("title") or "", "outlet": doc.get("outlet"),
            "date": date.date().isoformat() if isinstance(date, dt.datetime) else None,
            "cue": quote.get("cue"), "speaker_surface": quote.get("speaker_surface"),
            "start": quote.get("start"), "end": quote.get("end"), "pages": doc.get("pages") or []}


def write_quotes(folder: Path, ix, workers: int = 1) -> int:
    """The rebuild's quotation index in ``folder``, from every article document of ``ix``, in
    key order (with several workers, one segment each: parallel_write.py); returns the number
    of quotations."""
    quotes_ix = whoosh_index.create_in(str(folder), quote_schema(), indexname=QUOTES)
    with ix.reader() as reader:
        groups = group(reader.all_stored_fields())
    keys = sorted(groups)

    def make(key: str) -> dict:
        return quote_document(key, groups[key])

    if workers > 1 and len(keys) > 1:
        write_shards(quotes_ix, keys, make, workers)
        return len(keys)
    with whoosh_fixes.writer(quotes_ix, bulk=True) as writer:
        for key in keys:
            writer.add_document(**make(key))
    return len(keys)


def update_quotes(folder: Path, ix, changed: set[str]) -> None:
    """Group again the quotations of the articles whose documents an update rewrote or deleted
    (``changed``, after the update's commit): their old groups and their new ones."""
    quotes_ix = whoosh_index.open_dir(str(folder), indexname=QUOTES)
    with whoosh_fixes.searcher(quotes_ix) as quote_searcher, whoosh_fixes.searcher(ix) as searcher:
        rewritten = [searcher.stored_fields(n) for i in sorted(changed)
                     if (n := searcher.document_number(id=i)) is not None]
        new_keys = {quote_key(q) for d in rewritten for q in d.get("quotes") or ()}
        old = {**_groups_of(quote_searcher, changed), **_groups_named(quote_searcher, new_keys)}
        keys = set(old) | new_keys                  # the groups they left, and those they join
        others = {i for ids in old.values() for i in ids} - set(changed)
        documents = rewritten + [searcher.stored_fields(n) for i in sorted(others)
                                 if (n := searcher.document_number(id=i)) is not None]
        groups = group(documents, keys)
    with whoosh_fixes.writer(quotes_ix) as writer:
        for key in sorted(keys):
            writer.delete_by_term("id", key)
            if key in groups:
                writer.add_document(**quote_document(key, groups[key]))


def _groups_named(searcher, keys: set[str]) -> dict[str, list[str]]:
    """The quotations of these keys the index holds, each with all its articles."""
    found = {}
    for key in keys:
        docnum = searcher.document_number(id=key)
        if docnum is not None:
            found[key] = _articles(searcher.stored_fields(docnum))
    return found


def _groups_of(searcher, articles: set[str]) -> dict[str, list[str]]:
    """The quotations that name any of ``articles``, each with all its articles."""
    reader, found = searcher.reader(), {}
    for article_id in articles:
        if ("article", article_id) in reader:
            for docnum in reader.postings("article", article_id).all_ids():
                if reader.is_deleted(docnum):
                    continue
                stored = searcher.stored_fields(docnum)
                found[stored["id"]] = _articles(stored)
    return found


def _articles(stored: dict) -> list[str]:
    """The articles of a stored quotation document, first first."""
    return [p["article"] for p in stored["places"]]
