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
from itertools import accumulate, compress, count, repeat
from operator import contains, itemgetter

from .analysis import HARAKAT, TOKEN_PATTERN
from .normalize import TRANSLIT_MARKS, fold

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
department parliament assembly corp co plc""".split())
COMPANY_WORDS = frozenset("corp co inc ltd plc llc company corporation".split())   # General Motors Corp
NOT_NAMES = frozenset("his her its their our your the a an of".split())
RUN_OPENERS = frozenset("""the a an and but in on at for by from with as after before while meanwhile
separately however also when since during under against between""".split())
ORG_HEADS = frozenset("ministry bureau council department office directorate".split())
ORG_CONNECTORS = frozenset("of for and".split())
AR_PERSON_CUES = frozenset(fold(w) for w in """الشيخ السيد الرئيس الوزير وزير النائب القائد
اللواء العميد الجنرال المتحدث الناطق الخبير الكاتب الأمين الدكتور الدكتورة السفير السفيرة""".split())
AR_ORG_CUES = frozenset(fold(w) for w in "حركة كتائب حزب تيار سرايا لواء جبهة مجلس وزارة منظمة".split())
AR_NAME_LINKS = frozenset(fold(w) for w in "بن ابن بنت أبو ابو أبي آل عبد".split())
AR_TITLE_NOUNS = frozenset(fold(w) for w in "رئيس شركة وزارة وزير هيئة مجلس حركة منظمة جامعة".split())
# Words that are a title or an office, never a name's first word (وسمو ولي العهد, رئيس مجلس…).
AR_OFFICES = frozenset(fold(w) for w in "رئيس نائب سمو ولي معالي فخامة سعادة أمين مدير".split())
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


class Gazetteer:
    def __init__(self, entries: list[dict]):
        self.entities: dict[str, Entity] = {}
        self.trie: dict = {}
        self.starts: dict[str, tuple[str, ...]] = {}   # word -> its forms that begin a name
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
    """Gazetteer matches (longest first), then names discovered from cues, in text order.
    A name never runs across a line break."""
    gaz = gaz or gazetteer()
    words = _Words(text)
    taken = [False] * len(words.raw)
    mentions: list[tuple[int, Mention]] = []
    for i, end, entity_id in _gazetteer_spans(gaz, words):
        entity = gaz.entities[entity_id]
        mentions.append((i, Mention(entity.type, words.span(i, end), entity_id)))
        taken[i:end] = [True] * (end - i)
    mentions += _discover_latin(words, taken, gaz)
    mentions += _discover_arabic(words, taken, gaz)
    mentions.sort(key=lambda pair: pair[0])
    return [m for _, m in mentions]


def gazetteer_spans(text: str, gaz: Gazetteer | None = None) -> list[tuple[int, int, Entity]]:
    """(start, end, entity) of each gazetteer name in text, longest first: for query expansion."""
    gaz = gaz or gazetteer()
    words = _Words(text)
    return [(words.start(i), words.end(end - 1), gaz.entities[entity_id])
            for i, end, entity_id in _gazetteer_spans(gaz, words)]


# A word as the analyzers see it, then a possessive 's that is not part of it (Hussein’s ->
# Hussein): a quote and "s" ending the word, which the word's own pattern leaves out.
_AFTER = rf"(?![\w{HARAKAT}]|[{TRANSLIT_MARKS}][\w{HARAKAT}])"      # the word ends here
_WORD_SPLIT = re.compile(rf"([\w{HARAKAT}]+(?:(?![’'`][sS]{_AFTER})[{TRANSLIT_MARKS}][\w{HARAKAT}]+)*)"
                         rf"((?:[’'`][sS]{_AFTER})?)")
_WORD_FOLDS: dict[str, str] = {}     # each word's folded form: Arabic text has more distinct
                                     # words than fold()'s own cache holds


_LINE_BREAK = 1 << 20        # the gap between words on two lines: wider than any name allows
# What may stand between two words of one name: spaces, a hyphen or dash, a period (U.S.), an
# ampersand (AT&T), direction and joiner marks. Anything else ("Corp <GM>", "Iran, Iraq") ends it.
_BREAKS_NAME = re.compile(r"[^\s\-\u2010-\u2013.&\u200b-\u200f\u061c]")


class _Words:
    """A text's words as parallel lists, split and folded by C loops over the whole text:
    ``raw[k]``, its ``folded`` form, and ``gap[k]``, the characters between word k-1 and word k
    (two or fewer, on one line: the words are adjacent, one name may span them)."""

    __slots__ = ("text", "raw", "folded", "gap", "_offsets")

    def __init__(self, text: str):
        parts = _WORD_SPLIT.split(text)           # gap, word, possessive, gap, word, ..., gap
        self.text = text
        self.raw = parts[1::3]
        gaps = parts[0::3]
        gap = self.gap = list(map(len, gaps))
        if "\n" in text:                          # words on two lines are never adjacent
            for k in compress(count(), map(contains, gaps, repeat("\n"))):
                gap[k] = _LINE_BREAK
        for k in compress(count(), map(" ".__ne__, gaps)):
            if gap[k] <= 2 and _BREAKS_NAME.search(gaps[k]):
                gap[k] = _LINE_BREAK
        possessives = parts[2::3]
        if any(possessives):
            for k, possessive in enumerate(possessives):
                if possessive:
                    gap[k + 1] += len(possessive)
        self._offsets = list(accumulate(map(len, parts)))
        folds = _WORD_FOLDS
        folded = self.folded = list(map(folds.get, self.raw))
        if None in folded:
            if len(folds) > 1_000_000:
                folds.clear()
            for k, form in enumerate(folded):
                if form is None:
                    raw = self.raw[k]
                    folded[k] = folds[raw] = raw.lower().replace("'", "").replace("`", "") \
                        if raw.isascii() else fold(raw)

    def start(self, k: int) -> int:
        return self._offsets[3 * k]

    def end(self, k: int) -> int:
        return self._offsets[3 * k + 1]

    def span(self, i: int, end: int) -> str:
        """The text of words i to end - 1, as printed."""
        return self.text[self.start(i):self.end(end - 1)]

    def capitals(self) -> list[bool]:
        """Whether each word starts with a capital (Arabic letters have no case: never)."""
        return list(map(str.isupper, map(itemgetter(0), self.raw)))


_CLITIC_LETTERS = frozenset("وفبكل")


def _gazetteer_spans(gaz: Gazetteer, words: _Words):
    folded, starts = words.folded, gaz.starts
    forms_at = list(map(starts.get, folded))     # None: a word not looked at yet
    if None in forms_at:
        if len(starts) > 500_000:
            starts.clear()
        for k, forms in enumerate(forms_at):
            if forms is None:
                forms_at[k] = starts[folded[k]] = _start_forms(gaz, folded[k])
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


# ------------------------------------------------------------------ discovery: Latin script

def _discover_latin(words: _Words, taken: list[bool], gaz: Gazetteer):
    """Runs of capitalized words (words of one name are separated by spaces or a hyphen only,
    never by punctuation), classified by their cues."""
    found = []
    caps, gap, folded = words.capitals(), words.gap, words.folded
    total = len(caps)
    after = 0
    for i in compress(count(), caps):
        if i < after or taken[i]:
            continue
        j = i
        while j + 1 < total and not taken[j + 1] and gap[j + 1] <= 2 and (
                caps[j + 1] or _name_joiner(folded, caps, j + 1)):
            j += 1
        while j > i and not caps[j]:
            j -= 1
        start = i
        while start < j and folded[start] in RUN_OPENERS:
            start += 1
        for left, right in _split_joined_orgs(folded, start, j + 1):
            if right - left >= 2 and all(map(str.isupper, words.raw[left:right])):
                continue                          # a headline in capitals: case tells nothing
            mention = _classify_run(words, caps, left, right, gaz)
            if mention:
                found.append(mention)
        after = j + 1
    return found


def _split_joined_orgs(folded: list[str], start: int, end: int) -> list[tuple[int, int]]:
    """"The Bureau of X and Y and Wael Issa Trading Establishment": two organizations, not one."""
    for k in range(end - 2, start, -1):
        if folded[k] == "and" and end - (k + 1) >= 3 and folded[end - 1] in ORG_WORDS and k - start >= 2 \
                and folded[k + 1] not in ORG_WORDS:       # "Savings and Loan Association" is one
            return _split_joined_orgs(folded, start, k) + [(k + 1, end)]
    return [(start, end)]


def _name_joiner(folded: list[str], caps: list[bool], k: int) -> bool:
    word = folded[k]
    return (word in _PARTICLES or word in ORG_CONNECTORS) and k + 1 < len(folded) and caps[k + 1]


def _classify_run(words: _Words, caps: list[bool], i: int, end: int, gaz: Gazetteer):
    run = words.folded[i:end]
    cue_at = max((k for k, w in enumerate(run) if w in PERSON_CUES), default=-1)
    before = words.folded[i - 1] if i and words.gap[i] <= 2 else ""
    if run[-1] in ORG_WORDS or (run[0] in ORG_HEADS and "of" in run):
        if run[cue_at] == "general" and run[-1] in COMPANY_WORDS:
            cue_at = max((k for k, w in enumerate(run[:cue_at]) if w in PERSON_CUES), default=-1)
        start = i + (cue_at + 1 if 0 <= cue_at < len(run) - 2 else 0)
        return _mention("org", words, start, end, gaz) if end - start >= 2 else None
    if cue_at >= 0 or before in PERSON_CUES:
        start = i + cue_at + 1
        while start < end and (not caps[start] or words.folded[start] in NOT_NAMES):
            start += 1
        if 2 <= end - start <= 4 or (end - start == 1 and gaz.entity_for_key(translit_key(words.raw[start]))):
            return _mention("person", words, start, end, gaz)
        return None
    if 2 <= end - i <= 4 and any(w in ("al", "el") for w in run[1:]) and run[0] not in _PARTICLES:
        return _mention("person", words, i, end, gaz)
    return None


def _mention(kind: str, words: _Words, start: int, end: int, gaz: Gazetteer, skip: int = 0):
    """The mention of words start to end - 1, less ``skip`` leading letters (a conjunction)."""
    surface = words.text[words.start(start) + skip:words.end(end - 1)]
    key = translit_key(surface)
    entity_id = gaz.entity_for_key(key)
    if entity_id:
        kind = gaz.entities[entity_id].type
    return start, Mention(kind, surface, entity_id, key)


# ------------------------------------------------------------------ discovery: Arabic script

def _discover_arabic(words: _Words, taken: list[bool], gaz: Gazetteer):
    """Two words after a person cue (الشيخ, الرئيس…), one or two after an organization cue."""
    found = []
    raw, folded, gap = words.raw, words.folded, words.gap
    for i in compress(count(), map(_AR_CUE_FORMS.__contains__, folded)):
        if taken[i] or not _ARABIC.match(raw[i]):
            continue
        kind, size = ("person", 2) if _strip_conjunction(folded[i]) in AR_PERSON_CUES else ("org", 2)
        names = []
        k = i + 1
        while k < min(i + 1 + size, len(raw)):
            if taken[k] or not _ARABIC.match(raw[k]) or folded[k] in AR_STOP or folded[k] in AR_PERSON_CUES \
                    or gap[k] > 2:
                break
            if kind == "org" and names and not folded[k].startswith("ال"):
                break
            if kind == "person" and not _may_be_in_a_name(folded[k], first=not names):
                break
            names.append(k)
            if kind == "person" and folded[k] in AR_NAME_LINKS and size < 4:
                size += 1                         # محمد بن سلمان, not "محمد بن"
            k += 1
        if kind == "person" and names and folded[names[-1]] in AR_NAME_LINKS:
            names.pop()
        if len(names) == size or (kind == "org" and names):
            if kind == "person":
                found.append(_mention(kind, words, i + 1, names[-1] + 1, gaz))
            else:                                 # ووزارة الداخلية: the ministry, not "and the ministry"
                skip = len(folded[i]) - len(_strip_conjunction(folded[i]))
                found.append(_mention(kind, words, i, names[-1] + 1, gaz, skip=skip if raw[i][:1] in "وف" else 0))
    return found


def _may_be_in_a_name(word: str, first: bool) -> bool:
    """A person's name after a title never opens with the article (الرئيس الروسي فلاديمير: the
    adjective, not the name) and holds no word with a preposition on a noun (الثاني لرئيس)."""
    if first and (word.startswith("ال") or _strip_conjunction(word) in AR_OFFICES or word in AR_OFFICES):
        return False
    return not (word.startswith("لل") or (word[:1] == "ل" and word[1:] in AR_TITLE_NOUNS))


def _strip_conjunction(word: str) -> str:
    return word[1:] if word[:1] in ("و", "ف") and len(word) > 3 else word


# Every folded word that _strip_conjunction turns into a cue: a cue, or و/ف and a cue.
_AR_CUE_FORMS = frozenset(w for cue in AR_PERSON_CUES | AR_ORG_CUES for w in (cue, "و" + cue, "ف" + cue)
                          if _strip_conjunction(w) in AR_PERSON_CUES | AR_ORG_CUES)


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
        longer = _enclosing_names([n for n, m in zip(resolved, mentions) if m.entity_id is None], set(resolved))
        names: dict[str, list[str]] = {kind: [] for kind in TYPES}
        variants: dict[tuple[str, str, str], None] = {}          # ordered, without repeats
        for (kind, name), mention in zip(resolved, mentions):
            if (kind, name) in longer:
                name = longer[(kind, name)]
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


def _enclosing_names(discovered: list[tuple[str, str]], every: set[tuple[str, str]]) -> dict:
    """(type, discovered name) -> the longest other name of the type whose words contain its words
    in a row, when there is one."""
    found = {}
    for kind, name in discovered:
        inner = f" {name.casefold()} "
        around = [other for k, other in every
                  if k == kind and len(other) > len(name) and inner in f" {other.casefold()} "]
        if around:
            found[(kind, name)] = max(around, key=lambda other: (len(other), other))
    return found


def tidy_name(surface: str) -> str:
    """The name a discovered entity takes from its first spelling: single spaces, "Al-" inside a name written "al-"."""
    words = " ".join(surface.split()).split(" ")
    return " ".join([words[0]] + [re.sub(r"^(A|E)l-", lambda m: m.group(1).lower() + "l-", w) for w in words[1:]])
