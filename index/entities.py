"""Named entities: people, organizations, places, one canonical name whatever the spelling or script.

1. Gazetteer (``data/entities.toml``): every alias is folded with the analyzers' ``fold`` and put
   in a token trie; text is matched longest-first. The first word of an Arabic match may carry
   proclitics (و ف ب ك ل ال: لداعش, وبداعش match داعش) but never a longer word (السليمانية is
   not سليماني). Short all-capital aliases (US, AP, PMU) match only in capitals.
2. Discovery: names the gazetteer lacks, from cues: English capitalized runs after a title
   (Sheikh, General, spokesman…), runs ending in an organization word (Movement, Brigades, LLC…),
   "First al-Last" names; Arabic names after الشيخ/السيد/الرئيس…, organizations after حركة/كتائب/حزب….
3. Variants: every name has a transliteration key (case, apostrophes, doubled letters, al-/el-,
   vowels dropped); a discovered name whose key is a gazetteer entry's is that entry, and
   discovered names sharing a key are one entity (``Resolver``, run in input order).
"""
from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from typing import NamedTuple

from .analysis import TOKEN_PATTERN
from .normalize import fold

TYPES = ("person", "org", "place")
_TOKEN = re.compile(TOKEN_PATTERN)
_ARABIC = re.compile(r"[\u0600-\u06ff]")
# Proclitics an Arabic word may carry, longest first; "ال" is also tried back on after stripping.
_PROCLITICS = ("وبال", "وكال", "وفال", "ولل", "وال", "بال", "كال", "فال", "لل", "وب", "ول", "وك",
               "فب", "فل", "و", "ف", "ب", "ك", "ل")
_PARTICLES = {"al", "el", "ad", "ar", "as", "at", "ash", "bin", "ibn", "abu", "bint", "de", "van"}
_END = "\0"

PERSON_CUES = frozenset("""sheikh shaykh sayyed sayyid sayed general gen president minister spokesman
spokeswoman spokesperson commander ayatollah imam dr mr mrs ms king prince emir colonel col
lieutenant brigadier major deputy speaker chairman chief ambassador envoy adviser advisor senator
mp leader secretary-general counterpart premier pm judge mayor governor eminence excellency
highness""".split())
ORG_WORDS = frozenset("""movement brigades brigade units forces force party ministry council committee
front army agency corporation llc inc ltd establishment trading bureau organization organisation
union coalition company group battalion battalions service office observatory foundation
institute center centre association authority command network channel university bank fund
department parliament assembly""".split())
NOT_NAMES = frozenset("his her its their our your the a an of".split())
RUN_OPENERS = frozenset("""the a an and but in on at for by from with as after before while meanwhile
separately however also when since during under against between""".split())
ORG_HEADS = frozenset("ministry bureau council department office directorate".split())
ORG_CONNECTORS = frozenset("of for and".split())
AR_PERSON_CUES = frozenset(fold(w) for w in """الشيخ السيد الرئيس الوزير وزير النائب القائد
اللواء العميد الجنرال المتحدث الناطق الخبير الكاتب الأمين""".split())
AR_ORG_CUES = frozenset(fold(w) for w in "حركة كتائب حزب تيار سرايا لواء جبهة مجلس وزارة منظمة".split())
AR_STOP = frozenset(fold(w) for w in """في من على إلى الى عن أن إن ان مع هذا هذه ذلك التي الذي قد لا ما لم
لن أو او ثم كما بعد قبل حيث عند بين خلال حتى كل و باسم العام الأمريكي الأميركي السابق الحالي""".split())


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


class _Token(NamedTuple):
    raw: str
    folded: str
    start: int
    end: int


class Gazetteer:
    def __init__(self, entries: list[dict]):
        self.entities: dict[str, Entity] = {}
        self.trie: dict = {}
        self.starts: dict[str, tuple[str, ...]] = {}   # word -> its forms that begin a name
        self.by_key: dict[str, str | None] = {}
        for entry in entries:
            entity = Entity(entry["id"], entry["type"], entry["name"], entry.get("ar"))
            if entity.type not in TYPES:
                raise ValueError(f"{entity.id}: type must be one of {TYPES}")
            self.entities[entity.id] = entity
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

    def entity_for_key(self, key: str) -> str | None:
        return self.by_key.get(key)


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
            word = word[2:] if word.startswith("ال") and len(word) > 4 else word
            words.append(word)
            continue
        word = word.replace("dh", "d").replace("th", "t").replace("kh", "k").replace("q", "k")
        head, rest = word[:1], re.sub(r"[aeiouyw]", "", word[1:])
        words.append(re.sub(r"(.)\1+", r"\1", head + rest))
    return " ".join(words)


# ------------------------------------------------------------------ finding names in text

def find_mentions(text: str, gaz: Gazetteer | None = None) -> list[Mention]:
    """Gazetteer matches (longest first), then names discovered from cues, in text order."""
    gaz = gaz or gazetteer()
    tokens = _tokens(text)
    taken = [False] * len(tokens)
    mentions: list[tuple[int, Mention]] = []
    for i, end, entity_id in _gazetteer_spans(gaz, tokens):
        entity = gaz.entities[entity_id]
        mentions.append((i, Mention(entity.type, text[tokens[i].start:tokens[end - 1].end], entity_id)))
        taken[i:end] = [True] * (end - i)
    mentions += _discover_latin(text, tokens, taken, gaz)
    mentions += _discover_arabic(text, tokens, taken, gaz)
    mentions.sort(key=lambda pair: pair[0])
    return [m for _, m in mentions]


def gazetteer_spans(text: str, gaz: Gazetteer | None = None) -> list[tuple[int, int, Entity]]:
    """(start, end, entity) of each gazetteer name in text, longest first: for query expansion."""
    gaz = gaz or gazetteer()
    tokens = _tokens(text)
    return [(tokens[i].start, tokens[end - 1].end, gaz.entities[entity_id])
            for i, end, entity_id in _gazetteer_spans(gaz, tokens)]


_POSSESSIVE = re.compile(r"[’'`]s$", re.I)


_WORD_FOLDS: dict[str, str] = {}     # each word's folded form: Arabic text has more distinct
                                     # words than fold()'s own cache holds


def _tokens(text: str) -> list[_Token]:
    """Words with their folded form; a possessive 's is not part of a name (Hussein’s -> Hussein).
    Plain ASCII words fold to lower case without the apostrophe; every word's form is remembered."""
    tokens = []
    append = tokens.append
    new = tuple.__new__
    folds = _WORD_FOLDS
    for m in _TOKEN.finditer(text):
        raw = m.group(0)
        if raw[-1] in "sS" and len(raw) > 2 and raw[-2] in "’'`":
            raw = raw[:-2]
        folded = folds.get(raw)
        if folded is None:
            if len(folds) > 1_000_000:
                folds.clear()
            folded = folds[raw] = raw.lower().replace("'", "").replace("`", "") if raw.isascii() else fold(raw)
        start = m.start()
        append(new(_Token, (raw, folded, start, start + len(raw))))
    return tokens


_CLITIC_LETTERS = frozenset("وفبكل")


def _gazetteer_spans(gaz: Gazetteer, tokens: list[_Token]):
    trie = gaz.trie
    i = 0
    starts = gaz.starts
    while i < len(tokens):
        folded = tokens[i].folded
        if not folded or (folded not in trie and folded[0] not in _CLITIC_LETTERS):
            i += 1                                  # the common case: no name starts here
            continue
        forms = starts.get(folded)
        if forms is None:                           # most Arabic words start with a clitic letter
            forms = tuple(f for f in _first_word_forms(folded) if f in trie)
            if len(starts) > 500_000:
                starts.clear()
            starts[folded] = forms
        if not forms:
            i += 1
            continue
        hit = _longest_match(gaz, tokens, i, forms)
        if hit is None:
            i += 1
            continue
        end, entity_id = hit
        yield i, end, entity_id
        i = end


def _longest_match(gaz: Gazetteer, tokens: list[_Token], i: int,
                   forms: tuple[str, ...]) -> tuple[int, str] | None:
    best = None
    for first in forms:
        node = gaz.trie.get(first)
        j = i + 1
        while node is not None:
            for entity_id, rule in node.get(_END, ()):
                if rule is None or _printed_as(rule, tokens, i, j):
                    if best is None or j > best[0]:
                        best = (j, entity_id)
            if j >= len(tokens) or not _adjacent(tokens[j - 1], tokens[j]):
                break
            node = node.get(tokens[j].folded)
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


def _printed_as(rule: str, tokens: list[_Token], i: int, j: int) -> bool:
    if rule == "upper":
        return all(t.raw.isupper() for t in tokens[i:j])
    return all(t.raw[:1].isupper() or t.folded in _LOWER_IN_NAMES for t in tokens[i:j])


def _adjacent(a: _Token, b: _Token) -> bool:
    """Words of one name are separated by spaces or a hyphen only, never by punctuation."""
    return b.start - a.end <= 2


# ------------------------------------------------------------------ discovery: Latin script

def _discover_latin(text: str, tokens: list[_Token], taken: list[bool], gaz: Gazetteer):
    found = []
    i = 0
    count = len(tokens)
    while i < count:
        if taken[i] or not tokens[i].raw[0].isupper():
            i += 1
            continue
        j = i
        while j + 1 < len(tokens) and not taken[j + 1] and _adjacent(tokens[j], tokens[j + 1]) and (
                _capitalized(tokens[j + 1]) or _name_joiner(tokens, j + 1)):
            j += 1
        while j > i and not _capitalized(tokens[j]):
            j -= 1
        start = i
        while start < j and tokens[start].folded in RUN_OPENERS:
            start += 1
        for left, right in _split_joined_orgs(tokens, start, j + 1):
            mention = _classify_run(text, tokens, left, right, gaz)
            if mention:
                found.append(mention)
        i = j + 1
    return found


def _split_joined_orgs(tokens: list[_Token], start: int, end: int) -> list[tuple[int, int]]:
    """"The Bureau of X and Y and Wael Issa Trading Establishment": two organizations, not one."""
    for k in range(end - 2, start, -1):
        if tokens[k].folded == "and" and end - (k + 1) >= 2 and tokens[end - 1].folded in ORG_WORDS \
                and k - start >= 2:
            return _split_joined_orgs(tokens, start, k) + [(k + 1, end)]
    return [(start, end)]


def _capitalized(token: _Token) -> bool:
    return token.raw[0].isupper()           # Arabic letters have no case: never capitalized


def _name_joiner(tokens: list[_Token], k: int) -> bool:
    word = tokens[k].folded
    return (word in _PARTICLES or word in ORG_CONNECTORS) and k + 1 < len(tokens) \
        and _capitalized(tokens[k + 1])


def _classify_run(text: str, tokens: list[_Token], i: int, end: int, gaz: Gazetteer):
    words = [t.folded for t in tokens[i:end]]
    cue_at = max((k for k, w in enumerate(words) if w in PERSON_CUES), default=-1)
    before = tokens[i - 1].folded if i and _adjacent(tokens[i - 1], tokens[i]) else ""
    if words[-1] in ORG_WORDS or (words[0] in ORG_HEADS and "of" in words):
        start = i + (cue_at + 1 if 0 <= cue_at < len(words) - 2 else 0)
        return _mention("org", text, tokens, start, end, gaz) if end - start >= 2 else None
    if cue_at >= 0 or before in PERSON_CUES:
        start = i + cue_at + 1
        while start < end and (not _capitalized(tokens[start]) or tokens[start].folded in NOT_NAMES):
            start += 1
        if 2 <= end - start <= 4 or (end - start == 1 and gaz.entity_for_key(translit_key(tokens[start].raw))):
            return _mention("person", text, tokens, start, end, gaz)
        return None
    if 2 <= end - i <= 4 and any(w in ("al", "el") for w in words[1:]) and words[0] not in _PARTICLES:
        return _mention("person", text, tokens, i, end, gaz)
    return None


def _mention(kind: str, text: str, tokens: list[_Token], start: int, end: int, gaz: Gazetteer):
    surface = text[tokens[start].start:tokens[end - 1].end]
    key = translit_key(surface)
    entity_id = gaz.entity_for_key(key)
    if entity_id:
        kind = gaz.entities[entity_id].type
    return start, Mention(kind, surface, entity_id, key)


# ------------------------------------------------------------------ discovery: Arabic script

def _discover_arabic(text: str, tokens: list[_Token], taken: list[bool], gaz: Gazetteer):
    found = []
    for i, token in enumerate(tokens):
        if taken[i] or not _ARABIC.match(token.raw):
            continue
        cue = _strip_conjunction(token.folded)
        if cue in AR_PERSON_CUES:
            kind, size = "person", 2
        elif cue in AR_ORG_CUES:
            kind, size = "org", 2
        else:
            continue
        names = []
        for k in range(i + 1, min(i + 1 + size, len(tokens))):
            t = tokens[k]
            if taken[k] or not _ARABIC.match(t.raw) or t.folded in AR_STOP or t.folded in AR_PERSON_CUES \
                    or not _adjacent(tokens[k - 1], t):
                break
            if kind == "org" and names and not t.folded.startswith("ال"):
                break
            names.append(k)
        if len(names) == size or (kind == "org" and names):
            start = i + 1 if kind == "person" else i
            found.append(_mention(kind, text, tokens, start, names[-1] + 1, gaz))
    return found


def _strip_conjunction(word: str) -> str:
    return word[1:] if word[:1] in ("و", "ف") and len(word) > 3 else word


# ------------------------------------------------------------------ canonical names

@dataclass
class Resolver:
    """Turns mentions into canonical names. Discovered names sharing a key are one entity, named
    by the first spelling seen; run it in input order (the ingester's main process does)."""
    gaz: Gazetteer = field(default_factory=gazetteer)
    discovered: dict[tuple[str, str], str] = field(default_factory=dict)   # (type, key) -> name

    def canonical(self, mention: Mention) -> tuple[str, str]:
        if mention.entity_id:
            entity = self.gaz.entities[mention.entity_id]
            return entity.type, entity.name
        slot = (mention.type, mention.key or fold(mention.surface))
        name = self.discovered.get(slot)
        if name is None:
            name = self.discovered[slot] = _tidy(mention.surface)
        return mention.type, name

    def resolve(self, mentions: list[Mention]) -> tuple[dict[str, list[str]], list[list[str]]]:
        """Canonical names by type (first mention first), and each [type, name, spelling] seen."""
        names: dict[str, list[str]] = {kind: [] for kind in TYPES}
        variants: dict[tuple[str, str, str], None] = {}          # ordered, without repeats
        for mention in mentions:
            kind, name = self.canonical(mention)
            if name not in names[kind]:
                names[kind].append(name)
            variants[(kind, name, " ".join(mention.surface.split()))] = None
        return names, [list(v) for v in variants]

    def known(self) -> list[list[str]]:
        """The discovered names, to preload the next incremental build with."""
        return [[kind, key, name] for (kind, key), name in sorted(self.discovered.items())]

    def remember(self, known: list[list[str]]) -> None:
        for kind, key, name in known:
            self.discovered[(kind, key)] = name


def _tidy(surface: str) -> str:
    """One spelling of a discovered name: single spaces, "Al-" inside a name written "al-"."""
    words = " ".join(surface.split()).split(" ")
    return " ".join([words[0]] + [re.sub(r"^(A|E)l-", lambda m: m.group(1).lower() + "l-", w) for w in words[1:]])
