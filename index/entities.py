"""Named entities: people, organizations, places, one canonical name whatever the spelling or script.

1. Gazetteer (``data/entities.toml``, ``index/gazetteer.py``): every alias is folded with the
   analyzers' ``fold`` and put in a token trie; text is matched longest-first. The first word of an
   Arabic match may carry proclitics (و ف ب ك ل ال: لداعش, وبداعش match داعش) but never a longer
   word (السليمانية is not سليماني). Short all-capital aliases (US, AP, PMU) match only in capitals.
2. Recognition (``index/recognizer.py``, ``index/ner/``): names the gazetteer lacks, found by a
   CRF trained on annotated English and Arabic news (CoNLL-2003, ANERcorp); the gazetteer links
   what it finds to its entities by transliteration key.
3. Variants: every name has a transliteration key (case, apostrophes, doubled letters, al-/el-,
   vowels dropped; ``translit_key`` in ``index/gazetteer.py``); a discovered name whose key is a
   gazetteer entry's is that entry, and discovered names sharing a key are one entity
   (``Resolver``, here, run in input order).

Both find names in a text's words as ``index/words.py`` splits and folds them. This module is the
front: ``find_mentions``, ``gazetteer_spans``, ``Resolver``, ``tidy_name``; the names callers
import from it (``TYPES``, ``Mention``, ``gazetteer``, ``translit_key``…) are imported here.
"""
from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass, field

from .gazetteer import TYPES, Entity, Gazetteer, Mention, _gazetteer_spans, gazetteer, translit_key
from .normalize import fold
from .recognizer import recognizer
from .words import _Words


# ------------------------------------------------------------------ finding names in text

def find_mentions(text: str, gaz: Gazetteer | None = None) -> list[Mention]:
    """The names in a text (``find_all_mentions`` of one text)."""
    return find_all_mentions([text], gaz)[0]


def find_all_mentions(texts: list[str], gaz: Gazetteer | None = None, models=None) -> list[list[Mention]]:
    """The names in each text, in text order: the gazetteer's matches (sure: longest first, known
    spellings in both scripts) and the names the trained recognizer finds (index/recognizer.py,
    all the texts at once), linked to a gazetteer entity when their transliteration key is one's.
    A recognized name that holds a gazetteer match and is longer wins over it ("Bill Jordan" is
    not Jordan, "CSKA Moscow" not Moscow); one that crosses a gazetteer match's edge gives way. A
    name never runs across a line break. ``models``: a recognizer other than the shipped models' (bench/ner_eval.py, names.GazetteerOnly)."""
    gaz = gaz or gazetteer()
    found = (models or recognizer()).entities(texts)
    return [_mentions(text, spans, gaz) for text, spans in zip(texts, found)]


def _mentions(text: str, spans: list[tuple[int, int, str]], gaz: Gazetteer) -> list[Mention]:
    words = _Words(text)
    recognized = _word_ranges(words, spans)
    mentions: list[tuple[int, Mention]] = []
    taken = [False] * len(words.raw)
    sure: list[tuple[int, int, str]] = []
    for i, end, entity_id in _gazetteer_spans(gaz, words):
        entity = gaz.entities[entity_id]
        around = [(a, b, kind) for a, b, kind in recognized if a <= i and end <= b and b - a > end - i]
        if around:
            a, b, kind = around[0]
            if not (kind == entity.type == "person" and a == i and _lineage(words, end, b)):
                continue                              # part of a longer recognized name
            end = b                                   # the person, named with their lineage
        mentions.append((i, Mention(entity.type, words.span(i, end), entity_id)))
        taken[i:end] = [True] * (end - i)
        sure.append((i, end, entity_id))
    for a, b, kind in recognized:
        if not any(taken[a:b]):
            mentions.append(_mention(kind, words, a, b, gaz))
            continue
        inside = [entity_id for i, end, entity_id in sure
                  if i <= a and b <= end and (i, end) != (a, b) and gaz.entities[entity_id].type == kind]
        if inside:                                    # "فرانس برس" in "وكالة فرانس برس": a spelling of it too
            mentions.append((a, Mention(kind, words.span(a, b), inside[0])))
    mentions.sort(key=lambda pair: pair[0])
    return [m for _, m in mentions]


def _lineage(words: _Words, start: int, end: int) -> bool:
    """Whether the words from ``start`` to ``end`` continue a person's name with their lineage
    ("محمد بن سلمان" + "بن عبدالعزيز", "Salman" + "bin Abdulaziz Al Saud"): they begin with
    son of / family of."""
    return start < end and words.folded[start] in _LINEAGE


_LINEAGE = frozenset({"بن", "ابن", "بنت", "ال", "bin", "ibn", "bint", "ben"})


def _word_ranges(words: _Words, spans: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """Character spans as ranges of the text's words (those wholly inside a span)."""
    starts = [words.start(k) for k in range(len(words.raw))]
    ranges = []
    for start, end, kind in spans:
        a = bisect_left(starts, start)
        b = a
        while b < len(starts) and words.end(b) <= end:
            b += 1
        if b > a:
            ranges.append((a, b, kind))
    return ranges


def _mention(kind: str, words: _Words, start: int, end: int, gaz: Gazetteer) -> tuple[int, Mention]:
    surface = words.span(start, end)
    key = translit_key(surface)
    entity_id = gaz.entity_for_key(key)
    if entity_id:
        kind = gaz.entities[entity_id].type
    return start, Mention(kind, surface, entity_id, key)


def gazetteer_spans(text: str, gaz: Gazetteer | None = None) -> list[tuple[int, int, Entity]]:
    """(start, end, entity) of each gazetteer name in text, longest first: for query expansion."""
    gaz = gaz or gazetteer()
    words = _Words(text)
    return [(words.start(i), words.end(end - 1), gaz.entities[entity_id])
            for i, end, entity_id in _gazetteer_spans(gaz, words)]


# ------------------------------------------------------------------ canonical names

@dataclass
class Resolver:
    """Turns mentions into canonical names. Discovered names sharing a key are one entity, named
    by the first spelling seen; run it in input order (the ingester's main process does)."""
    gaz: Gazetteer = field(default_factory=gazetteer)
    discovered: dict[tuple[str, str], str] = field(default_factory=dict)   # (type, key) -> name

    def canonical(self, mention: Mention, remember: bool = True) -> tuple[str, str]:
        """The mention's (type, name); a discovered name seen first is remembered, unless not
        ``remember`` (then only said)."""
        if mention.entity_id:
            entity = self.gaz.entities[mention.entity_id]
            return entity.type, entity.name
        slot = (mention.type, mention.key or fold(mention.surface))
        name = self.discovered.get(slot)
        if name is None:
            name = tidy_name(mention.surface)
            if remember:
                self.discovered[slot] = name
        return mention.type, name

    def resolve(self, mentions: list[Mention]) -> tuple[dict[str, list[str]], list[list[str]]]:
        """Canonical names by type (first mention first), and each [type, name, spelling] seen.

        In one article, a discovered name whose words lie inside a longer name of the same type
        there is a short reference to it ("the Budget Committee" after "House Budget Committee")
        and is that entity; a gazetteer entity is never merged so (Sudan is not South Sudan)."""
        resolved = [self.canonical(m, remember=False) for m in mentions]
        longer = _enclosing_names(mentions, resolved)
        names: dict[str, list[str]] = {kind: [] for kind in TYPES}
        variants: dict[tuple[str, str, str], None] = {}          # ordered, without repeats
        for number, mention in enumerate(mentions):
            if number in longer:
                kind, name = longer[number]
            else:
                kind, name = self.canonical(mention)             # remembered: named where it stands alone
            spelling = " ".join(mention.surface.split())
            if name not in names[kind]:
                names[kind].append(name)
            variants[(kind, name, spelling)] = None
        return names, [list(v) for v in variants]

    def known(self) -> list[list[str]]:
        """The discovered names, to preload the next incremental build with."""
        return [[kind, key, name] for (kind, key), name in sorted(self.discovered.items())]

    def remember(self, known: list[list[str]]) -> None:
        for kind, key, name in known:
            self.discovered[(kind, key)] = name


def _enclosing_names(mentions: list[Mention], resolved: list[tuple[str, str]]) -> dict[int, tuple[str, str]]:
    """For each discovered mention whose words, as printed, lie in a row inside a longer mention
    of its type in the same text, the name of the longest such mention. Printed words, not names:
    what a mention is merged into must not depend on how earlier texts named things."""
    printed = [f" {' '.join(m.surface.split()).casefold()} " for m in mentions]
    found = {}
    for number, mention in enumerate(mentions):
        if mention.entity_id is not None:
            continue
        around = [k for k, other in enumerate(mentions) if other.type == mention.type
                  and len(printed[k]) > len(printed[number]) and printed[number] in printed[k]]
        if around:
            best = max(around, key=lambda k: (len(printed[k]), printed[k]))
            found[number] = resolved[best]
    return found


def tidy_name(surface: str) -> str:
    """The name a discovered entity takes from its first spelling: single spaces, "Al-" inside a
    name written "al-", and a name printed in capitals (a headline, a wire's body) in title case
    when one of its words is too long for an acronym (CANADA is Canada, US NAVY is US Navy; NATO,
    IRGC stay), its words of one or two letters and initials kept (US, U.S.)."""
    words = " ".join(surface.split()).split(" ")
    letters = [c for c in surface if c.isalpha()]
    if surface.isascii() and letters and all(c.isupper() for c in letters) and \
            max(len(re.sub(r"[^A-Z]", "", w)) for w in words) >= 5:
        words = [w if len(w) <= 2 or "." in w else "-".join(p.capitalize() for p in w.split("-")) for w in words]
    return " ".join([words[0]] + [re.sub(r"^(A|E)l-", lambda m: m.group(1).lower() + "l-", w) for w in words[1:]])
