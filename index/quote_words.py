"""The word tables of index/quotes.py (``data/quotes.toml``), folded, one per language: verbs and
phrases of saying, the words that take a clause, pronouns, unnamed sources."""
from __future__ import annotations

import tomllib
from dataclasses import dataclass
from functools import cache
from importlib import resources

from .normalize import fold


@dataclass(frozen=True, slots=True)
class Words:
    """One language's word tables, folded."""
    verbs: frozenset[str]
    to_listener: frozenset[str]
    sources: tuple[str, ...]
    that: frozenset[str]
    pronouns: frozenset[str]
    anonymous: frozenset[str]
    between: frozenset[str]
    org_pronouns: frozenset[str]
    org_nouns: frozenset[str]
    times: frozenset[str]
    adverbs: frozenset[str]
    plural: frozenset[str]
    roles: frozenset[str]
    joins: frozenset[str]
    nouns: frozenset[str]
    via: frozenset[str]
    quoting: frozenset[str]
    participles: frozenset[str]
    described: frozenset[str]
    not_that: frozenset[str]
    shadda: frozenset[str]
    relayed: frozenset[str]

    def verb(self, word: str, lang: str, table: frozenset[str] | None = None) -> bool:
        """A verb of the table (of saying), also without an Arabic proclitic and feminine ending."""
        folded, table = fold(word), self.verbs if table is None else table
        if "\u0651" not in word and folded.removeprefix("و") in self.shadda:
            return False                               # "بين" (between), not "بيّن" (explained)
        return folded in table or lang == "ar" and any(form in table for form in _arabic_forms(folded))

    def relays(self, word: str) -> bool:
        """A verb of passing words on ("نقلت"): its speaker is named after "عن"."""
        folded = fold(word)
        return folded in self.via or any(form in self.via for form in _arabic_forms(folded))


def _arabic_forms(folded: str) -> list[str]:
    """A verb without its proclitic (و ف) and feminine ending (ت)."""
    bare = [folded[1:]] if folded[:1] in ("و", "ف") and len(folded) > 3 else []
    return [f[:-1] for f in [folded, *bare] if f.endswith("ت") and len(f) > 3] + bare


@cache
def words(lang: str) -> Words:
    with resources.files("index.data").joinpath("quotes.toml").open("rb") as f:
        table = tomllib.load(f)[lang]
    sets = {key: frozenset(fold(w) for w in table[key].split()) for key in table if key != "sources"}
    sets["verbs"] |= sets["quoting"] | sets["participles"]
    return Words(sources=tuple(fold(s) for s in table["sources"]), **sets)
