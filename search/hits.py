"""A hit made from a stored document: an article's (``article_hit``) or a quotation's
(``quote_hit``, with the line that cites it)."""
from __future__ import annotations

from index.entities import TYPES
from index.schema import split_names

from . import snippets as snippet_text
from .results import Hit, Place, QuoteHit

MARKS = {"ar": ("«", "»"), "en": ("“", "”")}
UNNAMED = {"ar": "مصدر لم يُسمَّ", "en": "an unnamed source"}


def article_hit(stored: dict, score: float | None, terms, snippets: bool) -> Hit:
    date = stored.get("date")
    body = stored.get("body") or ""
    return Hit(
        id=stored["id"], title=stored["title"], date=date.date().isoformat() if date else None,
        outlet=stored.get("outlet"), author=stored.get("author"), lang=stored["lang"],
        snippet=snippet_text.snippet(body, terms) if snippets else "",
        score=round(score, 4) if score is not None else None,
        entities={k: split_names(stored.get(k)) for k in TYPES},
        page_count=stored.get("page_count", 1),
    )


def quote_hit(stored: dict, score: float | None, terms) -> QuoteHit:
    date = stored.get("date")
    places = [Place(p["article"], p["title"], p["date"], p["outlet"], p["cue"], p["speaker_surface"],
                    p["start"], p["end"], len({page[0] for page in p["pages"]})) for p in stored["places"]]
    hit = QuoteHit(
        id=stored["id"], text=stored["text"], marked=snippet_text.marked(stored["text"], terms),
        kind=stored["kind"], speaker=stored.get("speaker"), speaker_type=stored["speaker_type"],
        speaker_surface=places[0].speaker_surface, lang=stored["lang"],
        date=date.date().isoformat() if date else None, outlets=split_names(stored.get("outlet")),
        score=round(score, 4) if score is not None else None,
        article_count=stored.get("article_count", len(places)), places=places, citation="")
    hit.citation = citation(hit)
    return hit


def citation(hit: QuoteHit) -> str:
    """“The words,” the speaker (as canonical, or "an unnamed source"), the first outlet that
    printed it, its date, and the article: one line to paste into notes."""
    first = hit.places[0]
    left, right = MARKS.get(hit.lang, MARKS["en"])
    who = hit.speaker or UNNAMED.get(hit.lang, UNNAMED["en"])
    where = ", ".join(part for part in (first.outlet, first.date) if part)
    title = f"{left}{first.title}{right}" if hit.lang == "ar" else f"“{first.title}”"
    return f"{left}{' '.join(hit.text.split())}{right} — {who}. {where}{', ' if where else ''}{title} [Fahras {first.article}]"
