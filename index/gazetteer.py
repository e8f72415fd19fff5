"""The gazetteer (``data/entities.toml``) and its matching: every alias is folded with the
analyzers' ``fold`` and put in a token trie; text is matched longest-first. The first word of an
Arabic match may carry proclitics (و ف ب ك ل ال: لداعش, وبداعش match داعش) but never a longer word
(السليمانية is not سليماني). Short all-capital aliases (US, AP, PMU) match only in capitals.
Every name has a transliteration key (``translit_key``): case, apostrophes, doubled letters,
al-/el-, vowels dropped.
"""
from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from functools import cache
from importlib import resources
from itertools import compress, count

from .analysis import TOKEN_PATTERN
from .normalize import fold
from .words import _ARABIC, _Words
from .memo import Memo

TYPES = ("person", "org", "place")
_TOKEN = re.compile(TOKEN_PATTERN)
# Proclitics an Arabic word may carry, longest first; "ال" is also tried back on after stripping.
_PROCLITICS = ("وبال", "وكال", "وفال", "ولل", "وال", "بال", "كال", "فال", "لل", "وب", "ول", "وك",
               "فب", "فل", "و", "ف", "ب", "ك", "ل")
_PARTICLES = {"al", "el", "ad", "ar", "as", "at", "ash", "bin", "ibn", "abu", "bint", "de", "van"}
_END = "\0"


@dataclass(frozen=True, slots=True)
class Entity:
    id: str
    type: str
    name: str
    ar: str | None


@dataclass(frozen=True, slots=True)
class Mention:
    """A name found in a text: a gazetteer entity, or a discovered name with its key."""
    type: str
    surface: str
    entity_id: str | None = None
    key: str = ""


class Gazetteer:
    def __init__(self, entries: list[dict]):
        self.entities: dict[str, Entity] = {}
        self.trie: dict = {}
        self.starts = Memo(500_000)          # word -> its forms that begin a name
        self.by_key: dict[str, str | None] = {}
        self._arabic: dict[tuple[str, str], str] = {}
        for entry in entries:
            entity = Entity(entry["id"], entry["type"], entry["name"], entry.get("ar"))
            if entity.type not in TYPES:
                raise ValueError(f"{entity.id}: type must be one of {TYPES}")
            self.entities[entity.id] = entity
            if entity.ar:
                self._arabic[(entity.type, entity.name)] = entity.ar
            for alias in {entity.name, *(entry.get("aliases") or ()), *([entity.ar] if entity.ar else [])}:
                self._add(alias, entity.id)

    def _add(self, alias: str, entity_id: str) -> None:
        words = [m.group(0) for m in _TOKEN.finditer(alias)]
        if not words:
            return
        node = self.trie
        for word in words:
            node = node.setdefault(fold(word), {})
        node.setdefault(_END, []).append((entity_id, _case_rule(alias, words)))
        key = translit_key(alias)
        if key and (" " in key or len(key) >= 6):            # short keys collide (Suharto ~ Shayrat)
            known = self.by_key.get(key, entity_id)
            self.by_key[key] = entity_id if known == entity_id else None     # ambiguous: drop

    def arabic_name(self, kind: str, name: str) -> str | None:
        """The Arabic name of a gazetteer entity, by its type and canonical English name."""
        return self._arabic.get((kind, name))

    def start_forms(self, word: str) -> tuple[str, ...]:
        """The forms of a folded word that may begin a name (``_start_forms``), remembered."""
        forms = self.starts.get(word)
        return forms if forms is not None else self.starts.remember(word, _start_forms(self, word))

    def entity_for_key(self, key: str) -> str | None:
        return self.by_key.get(key)

    def kinds(self, words: list[str]) -> frozenset[str]:
        """The types of the entities these words name exactly (folded words: ["saudi",
        "arabia"] -> {"place"}); empty when they name none."""
        node = self.trie
        for word in words:
            node = node.get(word)
            if node is None:
                return frozenset()
        return frozenset(self.entities[entity_id].type for entity_id, _ in node.get(_END, ()))


@cache
def gazetteer() -> Gazetteer:
    text = resources.files("index").joinpath("data/entities.toml").read_text("utf-8")
    return Gazetteer(tomllib.loads(text)["entity"])


def translit_key(name: str) -> str:
    """A spelling-insensitive key: Qassem/Qasim Soleimani/Suleimani -> "qsm slmn"."""
    words = []
    for word in (m.group(0) for m in _TOKEN.finditer(fold(name))):
        if word in _PARTICLES:
            continue
        if _ARABIC.match(word):
            if not words:                       # a proclitic on a name's first word: وإيطاليا, لريال
                if word.startswith("لل") and len(word) >= 5:
                    word = word[2:]
                elif word[0] in _CLITIC_LETTERS and len(word) >= 5:
                    word = word[1:]
            word = word[2:] if word.startswith("ال") and len(word) > 4 else word
            words.append(word)
            continue
        word = word.replace("dh", "d").replace("th", "t").replace("kh", "k").replace("q", "k")
        head, rest = word[:1], re.sub(r"[aeiouyw]", "", word[1:])
        words.append(re.sub(r"(.)\1+", r"\1", head + rest))
    return " ".join(words)


# ------------------------------------------------------------------ matching the gazetteer

_CLITIC_LETTERS = frozenset("وفبكل")


def _gazetteer_spans(gaz: Gazetteer, words: _Words):
    folded, starts = words.folded, gaz.starts
    forms_at = list(map(starts.get, folded))     # None: a word not looked at yet
    if None in forms_at:
        forms_at = [forms if forms is not None else gaz.start_forms(word)
                    for word, forms in zip(folded, forms_at)]
    after = 0
    for i in compress(count(), forms_at):        # the rare words a name can start
        if i < after:
            continue
        hit = _longest_match(gaz, words, i, forms_at[i])
        if hit is not None:
            end, entity_id = hit
            yield i, end, entity_id
            after = end


def _start_forms(gaz: Gazetteer, word: str) -> tuple[str, ...]:
    """The forms of a word that begin a name in the trie; most Arabic words start with a letter
    that may be a clitic, so only those and words in the trie are looked at."""
    if not word or (word not in gaz.trie and word[0] not in _CLITIC_LETTERS):
        return ()
    return tuple(f for f in _first_word_forms(word) if f in gaz.trie)


def _longest_match(gaz: Gazetteer, words: _Words, i: int,
                   forms: tuple[str, ...]) -> tuple[int, str] | None:
    best = None
    folded, gap, total = words.folded, words.gap, len(words.raw)
    for first in forms:
        node = gaz.trie.get(first)
        j = i + 1
        while node is not None:
            for entity_id, rule in node.get(_END, ()):
                if rule is None or _printed_as(rule, words, i, j):
                    if best is None or j > best[0]:
                        best = (j, entity_id)
            if j >= total or gap[j] > 2:
                break
            node = node.get(folded[j])
            j += 1
    return best


def _first_word_forms(word: str):
    yield word
    if not _ARABIC.match(word):
        return
    for clitic in _PROCLITICS:
        if word.startswith(clitic) and len(word) - len(clitic) >= 2:
            rest = word[len(clitic):]
            yield rest
            if clitic.endswith(("لل", "ال")):          # ل+ال contracts to لل; وال, بال… drop ال
                yield "ال" + rest


_LOWER_IN_NAMES = frozenset("al el of the and for de in on bin ibn abu".split())


def _case_rule(alias: str, words: list[str]) -> str | None:
    """"upper": a short acronym (US, AP, PMU) matches only in capitals; "title": a name of common
    words in Title Case (Foreign Policy, White House) only with its capitals; None: any case."""
    if _ARABIC.search(alias):
        return None
    if alias.isupper() and len(alias.replace(".", "")) <= 6:
        return "upper"
    if len(words) >= 2 and all(w[:1].isupper() or w.lower() in _LOWER_IN_NAMES for w in words):
        return "title"
    return None


def _printed_as(rule: str, words: _Words, i: int, j: int) -> bool:
    if rule == "upper":
        return all(w.isupper() for w in words.raw[i:j])
    return all(w[:1].isupper() or f in _LOWER_IN_NAMES for w, f in zip(words.raw[i:j], words.folded[i:j]))
