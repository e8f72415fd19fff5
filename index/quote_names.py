"""The people and organizations a body names, with their offsets, for index/quotes.py: where each
name the recognizer found stands, and which fuller name of the article a shorter one is."""
from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, replace

from .common_words import common_arabic_words
from .entities import Resolver
from .normalize import fold


_POSSESSIVE = re.compile(r"['’]s\b")      # "Moody" is "Moody's Investors Service"


@dataclass(frozen=True, slots=True)
class Name:
    start: int
    end: int
    surface: str
    type: str                 # person | org
    name: str                 # canonical


def nearest(names: list[Name], last: bool) -> Name:
    """Of the names beside a cue, a person's before an organization's ("X, Nujaba's spokesman,
    said"), the last or the first."""
    people = [n for n in names if n.type == "person"] or names
    return people[-1] if last else people[0]


def located(body: str, mentions, resolver: Resolver) -> list[Name]:
    """The people and organizations named in a body, with their offsets (in text order); a
    discovered name that is part of a fuller one the article prints takes the fuller one's name
    ("Baker" after "Howard Baker", "ظريف" after "محمد جواد ظريف", "Alcan" beside "Alcan
    Aluminium Ltd")."""
    found, at, taken = [], {}, []      # surface -> where to look for its next mention; spans located
    for mention in sorted(mentions, key=lambda m: -len(m.surface)):        # "ظريف" is no part of "محمد جواد ظريف"
        start = body.find(mention.surface, at.get(mention.surface, 0))
        while start >= 0 and any(a < start + len(mention.surface) and start < b for a, b in taken):
            start = body.find(mention.surface, start + 1)
        if start >= 0 and mention.type in ("person", "org"):
            at[mention.surface] = end = start + len(mention.surface)
            taken.append((start, end))
            kind, name = resolver.canonical(mention, remember=False)
            found.append((Name(start, end, mention.surface, kind, name), mention.entity_id is None))
    found = _joined(body, sorted(found + _elsewhere(body, found, taken) + _surnames(body, found, taken),
                                 key=lambda pair: pair[0].start))
    names, fullest = [m for m, _ in found], {}          # each surface's fullest name worked out once
    spelled = _spelled_out(body, names)
    for n, discovered in found:
        if discovered and (n.surface, n.type) not in fullest:
            fullest[n.surface, n.type] = _fullest(n, names)
    return [replace(n, name=spelled[n.surface].name, type=spelled[n.surface].type) if discovered and n.surface in spelled
            else replace(n, name=fullest[n.surface, n.type] or n.name) if discovered else n for n, discovered in found]


def _elsewhere(body: str, found: list[tuple[Name, bool]], taken: list[tuple[int, int]]) -> list[tuple[Name, bool]]:
    """The other places a name found once stands as a whole word: the recognizer may miss it
    there ("وأضاف كلوو")."""
    more = []
    first: dict[str, tuple[Name, bool]] = {}                   # each surface looked for once
    for name, discovered in found:
        first.setdefault(name.surface, (name, discovered))
    for name, discovered in first.values():
        for start, end in _whole_words(body, name.surface):
            if not any(a < end and start < b for a, b in taken):
                taken.append((start, end))
                more.append((replace(name, start=start, end=end), discovered))
    return more


def _surnames(body: str, found: list[tuple[Name, bool]], taken: list[tuple[int, int]]) -> list[tuple[Name, bool]]:
    """A person's last name standing alone, where the recognizer did not find it: the person
    named in full in the article ("وأكدت المهذبي" after "رحاب المهذبي", "كورتز" after "سيباستيان
    كورتز"), when no other person of the article has that last name and it is no common word."""
    owners: dict[str, set[str]] = {}
    first: dict[str, Name] = {}
    for name, _ in found:
        words = _POSSESSIVE.sub("", name.surface).split()
        if name.type == "person" and len(words) > 1 and _may_stand_alone(words[-1]):
            owners.setdefault(words[-1], set()).add(name.name)
            first.setdefault(words[-1], name)
    more = []
    for word, who in owners.items():
        if len(who) > 1:
            continue
        for start, end in _whole_words(body, word):
            if not any(a < end and start < b for a, b in taken):
                taken.append((start, end))
                more.append((replace(first[word], start=start, end=end, surface=word), False))
    return more


def _may_stand_alone(word: str) -> bool:
    """A last name that names its person alone: three letters or more, capitalized in English, no
    common word in Arabic ("الأمين" is also a title)."""
    folded = fold(word)
    return len(folded) > 2 and (word[:1].isupper() if word[:1].isascii() else folded not in common_arabic_words()
                                and folded.removeprefix("ال") not in common_arabic_words())


_ACRONYM = re.compile(r"\s*(?:\(([A-Z][A-Za-z&.]{1,9})\)|<([A-Z][A-Z0-9]{0,9})(?:\.[A-Z]{1,2})?>)")


def _spelled_out(body: str, names: list[Name]) -> dict[str, Name]:
    """Acronyms the article spells out, with the names they stand for: "the Food and Agriculture
    Organization (FAO)": FAO; a wire's stock ticker too: "Woodside Petroleum Ltd <WPLA.S>": WPLA."""
    spelled: dict[str, Name] = {}
    for name in names:
        if (m := _ACRONYM.match(body, name.end)) and (short := m.group(1) or m.group(2)) != name.surface \
                and len(name.surface.split()) > 1:
            spelled.setdefault(short, name)
    return spelled


def _whole_words(body: str, surface: str) -> Iterator[tuple[int, int]]:
    """Where surface stands in body with no word character ("\\w": a letter, a digit or "_")
    touching it, left to right without overlaps (as ``re.finditer`` would find it)."""
    start = body.find(surface)
    while start >= 0:
        end = start + len(surface)
        if not (start and _word_char(body[start - 1]) or end < len(body) and _word_char(body[end])):
            yield start, end
            start = body.find(surface, end)
        else:
            start = body.find(surface, start + 1)


def _word_char(char: str) -> bool:
    return char.isalnum() or char == "_"


def _joined(body: str, found: list[tuple[Name, bool]]) -> list[tuple[Name, bool]]:
    """Two discovered people's names one space apart are one person's ("بوبي جو" "كلوو")."""
    out: list[tuple[Name, bool]] = []
    for name, discovered in found:
        if out and discovered and out[-1][1] and name.type == out[-1][0].type == "person" and body[
                out[-1][0].end:name.start] == " ":
            surface = body[out[-1][0].start:name.end]
            name = Name(out[-1][0].start, name.end, surface, "person", surface)
            out.pop()
        out.append((name, discovered))
    return out


def _fullest(name: Name, names: list[Name]) -> str | None:
    """The name of the one longest name of its type in the article whose words hold these (a word
    printed twice once: "بزويش بزويش", a slip, is "نبيل بزويش")."""
    words = list(dict.fromkeys(name.surface.casefold().split()))
    fuller = {n.name for n in names if n.type == name.type and len(n.surface.split()) > len(words)
              and n.surface != name.surface and holds_words(_POSSESSIVE.sub("", n.surface), " ".join(words))}
    return fuller.pop() if len(fuller) == 1 else None


def holds_words(longer: str, shorter: str) -> bool:
    """The words of ``shorter`` stand in a row in ``longer`` (without case): "Salomon Brothers"
    in "Salomon Brothers Inc"."""
    a, b = shorter.casefold().split(), longer.casefold().split()
    return any(b[k:k + len(a)] == a for k in range(len(b) - len(a) + 1))


