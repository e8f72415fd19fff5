"""Scores of a recognizer against annotated text.

- span level (conlleval): an entity is right when its start, end and label are;
- document level (the product's view: a page's set of names per type): in each document, the
  mentions of a type that share a link (their gazetteer entity, else their transliteration key)
  are one name; a predicted name is right if one of its spellings, folded, is a gold mention of
  its type in that document, and a gold name is found if one of its spellings is predicted so.
"""
from __future__ import annotations

from collections import defaultdict

from ..gazetteer import gazetteer, translit_key
from ..normalize import fold
from .corpus import spans

TYPES = {"PER": "person", "ORG": "org", "LOC": "place"}


def prf(right: int, predicted: int, gold: int) -> dict[str, float]:
    p = right / predicted if predicted else 0.0
    r = right / gold if gold else 0.0
    return {"precision": round(p, 4), "recall": round(r, 4), "f": round(2 * p * r / (p + r), 4) if p + r else 0.0}


def span_scores(gold_tags: list[list[str]], predicted_tags: list[list[str]]) -> dict[str, float]:
    gold = {(k, *s) for k, tags in enumerate(gold_tags) for s in spans(tags)}
    predicted = {(k, *s) for k, tags in enumerate(predicted_tags) for s in spans(tags)}
    return prf(len(gold & predicted), len(predicted), len(gold))


def mentions(words: list[str], tags: list[str]) -> list[tuple[str, str]]:
    """(type, text) of each entity of a tagged sentence."""
    return [(TYPES[label], " ".join(words[a:b])) for a, b, label in spans(tags) if label in TYPES]


def link(kind: str, text: str) -> str:
    """What makes two mentions one name: the gazetteer entity they name, else their key."""
    key = translit_key(text)
    return f"{kind}:{gazetteer().entity_for_key(key) or key or fold(text)}"


def document_scores(documents: list[tuple[list, list]]) -> dict[str, float]:
    """``documents``: (gold mentions, predicted mentions) of each document, each a list of
    (type, text)."""
    right = predicted = found = gold = 0
    for gold_mentions, predicted_mentions in documents:
        gold_spellings = {(kind, fold(text)) for kind, text in gold_mentions}
        names = _names(predicted_mentions)
        predicted += len(names)
        right += sum(any((kind, s) in gold_spellings for s in spellings) for (kind, _), spellings in names.items())
        spelled = {(kind, s) for (kind, _), spellings in names.items() for s in spellings}
        gold_names = _names(gold_mentions)
        gold += len(gold_names)
        found += sum(any((kind, s) in spelled for s in spellings) for (kind, _), spellings in gold_names.items())
    p = right / predicted if predicted else 0.0
    r = found / gold if gold else 0.0
    return {"precision": round(p, 4), "recall": round(r, 4), "f": round(2 * p * r / (p + r), 4) if p + r else 0.0,
            "names_predicted": predicted, "names_gold": gold}


def _names(mentions_: list[tuple[str, str]]) -> dict[tuple[str, str], set[str]]:
    names: dict[tuple[str, str], set[str]] = defaultdict(set)
    for kind, text in mentions_:
        names[(kind, link(kind, text))].add(fold(text))
    return names
