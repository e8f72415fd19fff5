"""One article for display, and articles like it in both languages. No Flask here."""
from __future__ import annotations

from whoosh import query as wq

from index.entities import TYPES
from index.schema import split_names

MORE_LIKE_THIS = 5
CANDIDATES_PER_SUGGESTION = 10     # ranked articles read to find each suggestion in the other language


class ArticleNotFound(LookupError):
    pass


def get_article(version, article_id: str, quote: tuple[int, int] | None = None) -> dict:
    """Everything the article page shows: metadata, paragraphs, entities, quotations by speaker,
    every page it was on; with ``quote`` (offsets in the body), ``marked``: the paragraphs with
    that quotation set apart (``marked_paragraphs``)."""
    searcher = version.searcher()
    docnum = searcher.document_number(id=article_id)
    if docnum is None:
        raise ArticleNotFound(article_id)
    stored = searcher.stored_fields(docnum)
    article = _article(stored)
    if quote:
        article["marked"] = marked_paragraphs(stored.get("body", ""), quote)
    return article


def more_like_this(version, article_id: str, limit: int = MORE_LIKE_THIS) -> dict[str, list[dict]]:
    """Similar articles: by key terms (Whoosh's more_like_this, same language), and in the other
    language by the people, organizations and places they share."""
    searcher = version.searcher()
    docnum = searcher.document_number(id=article_id)
    if docnum is None:
        raise ArticleNotFound(article_id)
    stored = searcher.stored_fields(docnum)
    lang = stored["lang"]
    by_terms = searcher.more_like(docnum, "body", text=stored.get("body"), top=limit)
    similar = [_summary(hit.fields()) for hit in by_terms]
    names = {(kind, name) for kind in TYPES for name in split_names(stored.get(kind))}
    other = []
    if names:
        other_lang = "en" if lang == "ar" else "ar"
        q = wq.And([wq.Or([wq.Term(k, n) for k, n in sorted(names)]), wq.Term("lang", other_lang)])
        # two shared names at least, when it has two: one shared place alone (Kuwait) matched a
        # 1987 OPEC article with a Kuwaiti basketball story
        enough = min(2, len(names))
        for hit in searcher.search(q, limit=limit * CANDIDATES_PER_SUGGESTION):
            fields = hit.fields()
            theirs = {(k, n) for k in TYPES for n in split_names(fields.get(k))}
            if len(theirs & names) >= enough:
                other.append(_summary(fields))
            if len(other) == limit:
                break
    return {"same_language": similar, "other_language": other}


def _article(stored: dict) -> dict:
    date = stored.get("date")
    return {
        "id": stored["id"], "title": stored["title"], "lang": stored["lang"],
        "date": date.date().isoformat() if date else None,
        "date_inferred": stored.get("date_inferred", False),
        "outlet": stored.get("outlet"), "outlet_inferred": stored.get("outlet_inferred", False),
        "author": stored.get("author"),
        "paragraphs": [p for p in stored.get("body", "").split("\n\n") if p.strip()],
        "entities": {kind: split_names(stored.get(kind)) for kind in TYPES},
        "pages": [{"path": p[0], "line_start": p[1], "line_end": p[2]} for p in stored.get("pages", [])],
        "page_count": stored.get("page_count", 1),
        "quotes": quotes_by_speaker(stored.get("quotes") or []),
    }


def quotes_by_speaker(quotes: list[dict]) -> list[dict]:
    """An article's quotations by speaker: the most quoted first (then the first quoted), the
    unnamed sources last; each speaker's in the order the article gives them."""
    groups: dict[tuple, list[dict]] = {}
    for quote in quotes:
        groups.setdefault((quote["speaker"], quote["speaker_type"]), []).append(
            {k: quote[k] for k in ("text", "kind", "cue", "speaker_surface", "start", "end")})
    order = sorted(groups, key=lambda who: (who[0] is None, -len(groups[who]), groups[who][0]["start"]))
    return [{"speaker": name, "speaker_type": kind, "quotes": groups[(name, kind)]} for name, kind in order]


def marked_paragraphs(body: str, span: tuple[int, int] | None) -> list[list[str]]:
    """The body's paragraphs; each one a quotation at ``span`` (offsets in the body) runs through
    split in three: before, the quoted part, after."""
    out, pos = [], 0
    for part in body.split("\n\n"):
        start, end = pos, pos + len(part)
        pos = end + 2
        if not part.strip():
            continue
        if span and span[0] < end and start < span[1]:
            a, b = max(span[0], start) - start, min(span[1], end) - start
            out.append([part[:a], part[a:b], part[b:]])
        else:
            out.append([part])
    return out

def _summary(stored: dict) -> dict:
    date = stored.get("date")
    return {"id": stored["id"], "title": stored["title"], "lang": stored["lang"],
            "date": date.date().isoformat() if date else None, "outlet": stored.get("outlet")}
