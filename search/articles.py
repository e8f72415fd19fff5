"""One article for display, and articles like it in both languages. No Flask here."""
from __future__ import annotations

from whoosh import query as wq

from index.entities import TYPES
from index.schema import split_names

MORE_LIKE_THIS = 5
CANDIDATES_PER_SUGGESTION = 10     # ranked articles read to find each suggestion in the other language


class ArticleNotFound(LookupError):
    pass


def get_article(version, article_id: str) -> dict:
    """Everything the article page shows: metadata, paragraphs, entities, every page it was on."""
    searcher = version.searcher()
    docnum = searcher.document_number(id=article_id)
    if docnum is None:
        raise ArticleNotFound(article_id)
    return _article(searcher.stored_fields(docnum))


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
    }


def _summary(stored: dict) -> dict:
    date = stored.get("date")
    return {"id": stored["id"], "title": stored["title"], "lang": stored["lang"],
            "date": date.date().isoformat() if date else None, "outlet": stored.get("outlet")}
