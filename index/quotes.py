"""Who said what: the quotations of an article's body, each with its speaker.

A quotation is a cue of saying (a verb or a source phrase: ``data/quotes.toml``) beside a speaker,
with what was said:

- **direct**: text between quote marks (“ ” " " « » ‘ ’), attributed by a cue in its sentence
  ("“…,” X said", "X said: “…”", "وقال X: «…»"), or, alone in its paragraph, by the cue and
  colon that end the paragraph before;
- **indirect**: the clause a cue introduces ("X said (that) …", "قال X إن …", "according to X,
  …") or the clause before it ("…, X said.");
- **mixed**: an indirect clause that quotes some words of it.

The speaker is the name the entity recognizer finds beside the cue (before it in English, "said
X" after it; after the verb in Arabic, past a role: "وزير الخارجية X"), linked to its canonical
entity; a pronoun ("he", an Arabic verb with no subject: "وأضاف") is the last speaker named in the
article; "a source", "officials", "مصدر" are anonymous. A cue with no speaker makes no quotation:
a wrong speaker is worse than a missed quote.
"""
from __future__ import annotations

import re
from collections import namedtuple
from dataclasses import dataclass, replace

from .credit_words import bare
from .entities import Resolver, find_mentions
from .normalize import fold
from .quote_words import words

MIN_WORDS = 4                 # a shorter quoted text is a term or a title, not a statement
SPEAKER_REACH = 6             # words between a cue and its speaker's name, at most
MAX_SUBJECT = 4               # words of an Arabic verb's subject no name was found in
_QUOTED = re.compile(r"“([^”]{2,})”|«([^»]{2,})»|\"([^\"]{2,})\"|‘([^’]{2,})’")
_SENTENCE = re.compile(r"[^.!?؟]*(?:[.!?؟]+[\"”»’]?|$)")
_WORD = re.compile(r"[^\W\d_][\w'’-]*")
_ABBREVIATION = re.compile(r"(?:\b[A-Z]\.|\b(?:[A-Z]\.){2,}|\b(?:Inc|Corp|Co|Ltd|Mr|Mrs|Ms|Dr|St|No|Gen|Sen|Rep|"
                           r"Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|vs)\.)$")
_TOKEN = re.compile(r"[\w\u064b-\u065f'’-]+|[^\w\s]")          # a word (with its Arabic marks) or a mark
_WRAP = re.compile(r"(?<![.!?؟:\"”»\n])\n(?![\n“«\"])")


@dataclass(frozen=True, slots=True)
class Quote:
    text: str
    kind: str                 # direct | indirect | mixed
    cue: str
    speaker_surface: str | None
    speaker: str | None       # canonical name; None when anonymous
    speaker_type: str         # person | org | anonymous
    start: int                # offsets of text in the body
    end: int

    def as_json(self) -> dict:
        return {k: getattr(self, k) for k in ("text", "kind", "cue", "speaker_surface", "speaker", "speaker_type")}


@dataclass(frozen=True, slots=True)
class _Name:
    start: int
    end: int
    surface: str
    type: str                 # person | org
    name: str                 # canonical


_Token = namedtuple("_Token", "start end text")


def quotations(body: str, lang: str, resolver: Resolver | None = None, mentions: list | None = None) -> list[Quote]:
    """The quotations of an article's body, in text order. ``mentions``: the names the ingester
    found in the article (``Article.mentions``), so that they are not looked for again."""
    return _Reader(body, lang, resolver or Resolver(), mentions).read()


class _Reader:
    """One body read for quotations: its names with their offsets, and the last speaker named."""

    def __init__(self, body: str, lang: str, resolver: Resolver, mentions: list | None) -> None:
        self.body, self.lang, self.words = body, lang, words(lang)
        self.names = _located(body, find_mentions(body) if mentions is None else mentions, resolver)
        self.last: _Name | None = None
        self.latest: Quote | None = None      # the last quotation read
        self.unnamed = False                  # it was an unnamed source's ("They said" goes on)

    def read(self) -> list[Quote]:
        """Paragraph by paragraph; a line break after no sentence's end is a wrap (a wire's body
        is printed in lines of 70 characters), read as a space (offsets stay the body's)."""
        found: list[Quote] = []
        offset = 0
        previous = ""
        for line in _WRAP.sub(" ", self.body).split("\n"):
            if line.strip():
                found += self._paragraph(offset, line, previous)
                previous = line
            offset += len(line) + 1
        return found

    def _paragraph(self, offset: int, line: str, previous: str) -> list[Quote]:
        quoted = [(m.start(), m.end()) for m in _QUOTED.finditer(line)]
        found = []
        for sentence in _sentences(line):
            a, b = sentence
            inside = [(s, e) for s, e in quoted if a <= s < b]
            said = [q for s, e in inside if (q := self._direct(offset, line, (s, e), sentence, quoted, previous))]
            if said:
                found += said
            elif quote := self._indirect(offset, line, sentence, "mixed" if inside else "indirect"):
                found.append(quote)
        return found

    def _direct(self, offset: int, line: str, span: tuple[int, int], sentence: tuple[int, int],
                quoted: list[tuple[int, int]], previous: str) -> Quote | None:
        s, e = span
        text = line[s + 1:e - 1].strip().rstrip(",،")
        if len(_WORD.findall(text)) < MIN_WORDS:
            return None
        tokens = _tokens(line, sentence, quoted)
        cues = [k for k, t in enumerate(tokens) if self._cue(tokens, k)]
        if cues:
            k = min(cues, key=lambda k: min(abs(tokens[k].start - s), abs(tokens[k].start - e)))
            said = self._speaker(offset, line, tokens, k)
        elif self.latest and self.latest.start >= offset - len(previous) - 1 and self.latest.kind == "direct":
            start = offset + line.index(text, s)               # '"...," he said. "..."': the same speaker
            return self._remember(replace(self.latest, text=text, start=start, end=start + len(text)))
        elif previous.rstrip().endswith(":") and line[:s].strip() == "":
            before = _tokens(previous, (0, len(previous)), [])       # "X said:" over the quote
            cues = [k for k, t in enumerate(before) if self._cue(before, k)]
            k = cues[-1] if cues else None
            said = self._speaker(offset - len(previous) - 1, previous, before, k) if cues else None
            tokens = before
        else:
            return None
        if said is None:
            return None
        return self._quote(text, "direct", tokens[k].text, said, offset + line.index(text, s), len(text))

    def _quote(self, text: str, kind: str, cue: str, said: _Name | str, start: int, length: int) -> Quote:
        if isinstance(said, str):                        # an anonymous source, as printed
            self.unnamed = True
            return self._remember(Quote(text, kind, cue, said, None, "anonymous", start, start + length))
        self.last, self.unnamed = said, False
        return self._remember(Quote(text, kind, cue, said.surface, said.name, said.type, start, start + length))

    def _remember(self, quote: Quote) -> Quote:
        self.latest = quote
        return quote

    def _cue(self, tokens: list[_Token], k: int) -> bool:
        return self.words.verb(tokens[k].text, self.lang) or self._source_at(tokens, k) > 0

    def _source_at(self, tokens: list[_Token], k: int) -> int:
        """The number of words of a source phrase ("according to", "نقلا عن") starting at k."""
        for phrase in self.words.sources:
            parts = phrase.split()
            got = [fold(t.text) for t in tokens[k:k + len(parts)]]
            if got == parts or self.lang == "ar" and got[:1] and bare(got[0]) == parts[0] and got[1:] == parts[1:]:
                return len(parts)
        return 0

    def _speaker(self, offset: int, line: str, tokens: list[_Token], k: int) -> _Name | str | None:
        """Who says what cue k attributes: a name beside it, the last speaker for a pronoun (or an
        Arabic verb with no subject), or an anonymous source as printed."""
        cue = tokens[k]
        after = tokens[k + max(1, self._source_at(tokens, k)):]
        if self.lang == "ar" or self._source_at(tokens, k):
            return self._after(offset, cue, after, line)
        reach = 2 * SPEAKER_REACH if k and tokens[k - 1].text == "," else SPEAKER_REACH   # past a role
        before = tokens[max(0, k - reach):k]
        while len(before) > 1 and fold(before[-1].text) in self.words.adverbs:
            before = before[:-1]                           # "The company also said"
        if before and fold(before[-1].text) in self.words.pronouns:
            if self.unnamed and fold(before[-1].text) in self.words.plural:
                return before[-1].text                     # "diplomatic sources said. They said ..."
            return self._antecedent(offset, before[-1])
        if before and (fold(before[-1].text) in self.words.org_pronouns or len(before) > 1 and fold(
                before[-2].text) == "the" and fold(before[-1].text) in self.words.org_nouns):
            return self._antecedent(offset, before[-1], "org")       # "it said", "the company said"
        unnamed = [t for t in before[-3:] if fold(t.text) in self.words.anonymous]
        names = self._names_between(offset + (before[0].start if before else cue.start), offset + cue.start)
        if names:                                          # "A, chairman of B, said": A
            return _nearest(names, last=before[-1].text != ",")
        if fold(cue.text) not in self.words.to_listener and after:     # "..., said spokesman John Kirby."
            names = [n for n in self._names_between(offset + after[0].start, offset + after[min(3, len(after) - 1)].end)
                     if line[n.end - offset:].lstrip()[:1] in ("", ",", ".")]
            if names:
                return _nearest(names, last=False)
        if unnamed:
            return line[before[-3:][0].start if len(before) >= 3 else before[0].start:cue.start].strip(" ,")
        return None

    def _after(self, offset: int, cue: _Token, after: list[_Token], line: str) -> _Name | str | None:
        """The speaker after a cue: an Arabic verb's subject, "according to"'s object."""
        reach = after[:3 * SPEAKER_REACH if self.lang == "ar" else SPEAKER_REACH]      # past roles
        stop = next((n for n, t in enumerate(reach) if fold(t.text) in self.words.that or t.text in ":«\"“"), len(reach))
        closed = stop < len(reach)
        reach = [t for t in reach[:stop] if fold(t.text) not in self.words.between | self.words.times
                 and t.text not in ",،"]
        if not reach:                                          # "وأضاف: ...": no subject printed
            return self._antecedent(offset, cue) if self.lang == "ar" else None
        names = self._names_between(offset + reach[0].start, offset + reach[-1].end)
        if names:
            return _nearest(names, last=False)
        if any(bare(fold(t.text)).removeprefix("ال") in self.words.anonymous
               or fold(t.text) in self.words.anonymous for t in reach[:2]):
            return line[reach[0].start:reach[min(2, len(reach)) - 1].end]
        if closed and len(reach) <= 2 and fold(reach[0].text) in self.words.roles:   # "وأضاف الوزير الإماراتي:"
            return self._antecedent(offset, reach[0])
        if self.lang == "ar" and closed and 2 <= len(reach) <= MAX_SUBJECT and not reach[0].text.startswith(
                ("ال", "ل", "ب")) and all(_WORD.fullmatch(t.text) for t in reach):
            surface = line[reach[0].start:reach[-1].end]       # "وقالت وزارة الخزانة التركية إن", not "الوزير"
            return _Name(offset + reach[0].start, offset + reach[-1].end, surface, "org", surface)
        return None

    def _antecedent(self, offset: int, word: _Token, kind: str = "person") -> _Name | None:
        """Who a pronoun (or a verb with no subject) stands for: the last speaker of its kind, or
        the one person (organization) the article has named before it."""
        start = offset + word.start
        last = self.last if self.last is not None and self.last.type == kind else None
        if last is None:
            named = {n.name: n for n in self.names if n.type == kind and n.end <= start}
            if len(named) != 1:
                return None
            last = next(iter(named.values()))
        return replace(last, surface=word.text, start=start, end=offset + word.end)

    def _names_between(self, start: int, end: int) -> list[_Name]:
        return [n for n in self.names if start <= n.start and n.end <= end]

    def _indirect(self, offset: int, line: str, sentence: tuple[int, int], kind: str) -> Quote | None:
        tokens = _tokens(line, sentence, [])
        for k, token in enumerate(tokens):
            if not self._cue(tokens, k):
                continue
            said = self._speaker(offset, line, tokens, k)
            if said is None:
                continue
            span = self._clause(line, sentence, tokens, k, said, offset)
            if span is None:
                continue
            a, b = span
            text = line[a:b].strip(" ,،:")
            if len(_WORD.findall(text)) >= MIN_WORDS:
                return self._quote(text, kind, token.text, said, offset + line.index(text, a), len(text))
        return None

    def _clause(self, line: str, sentence: tuple[int, int], tokens: list[_Token], k: int,
                said: _Name | str, offset: int) -> tuple[int, int] | None:
        """What cue k introduces: the clause after "that"/"إن" (or after the cue and its speaker),
        or, when the cue and speaker close the sentence, the clause before them."""
        a, b = sentence
        end = b - len(line[a:b]) + len(line[a:b].rstrip(" .!?؟"))
        that = next((n for n in range(k + 1, min(len(tokens), k + SPEAKER_REACH + 4))
                     if fold(tokens[n].text) in self.words.that), None)
        if that is not None:
            return tokens[that].end, end
        spoken = said.start - offset if isinstance(said, _Name) else line.rfind(said, a, tokens[k].start)
        spoken = None if spoken is not None and spoken < 0 else spoken
        if self.lang == "en" and spoken is not None and spoken < tokens[k].start:
            if k >= len(tokens) - 3:
                return a, spoken                           # "..., X said."
            if fold(tokens[k].text) not in self.words.to_listener and self.words.verb(tokens[k].text, "en"):
                return tokens[k].end, end                  # "X said the talks ..."
        if self._source_at(tokens, k) and k == 0:
            rest = [t for t in tokens[k + self._source_at(tokens, k):] if isinstance(said, str)
                    or t.start >= said.end - offset]
            return (rest[0].start, end) if rest else None  # "According to X, ..."
        return None


def _nearest(names: list[_Name], last: bool) -> _Name:
    """Of the names beside a cue, a person's before an organization's ("X, Nujaba's spokesman,
    said"), the last or the first."""
    people = [n for n in names if n.type == "person"] or names
    return people[-1] if last else people[0]


def _located(body: str, mentions, resolver: Resolver) -> list[_Name]:
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
            found.append((_Name(start, end, mention.surface, kind, name), mention.entity_id is None))
    found.sort(key=lambda pair: pair[0].start)
    return [replace(n, name=_fullest(n, [m for m, _ in found]) or n.name) if discovered else n
            for n, discovered in found]


def _fullest(name: _Name, names: list[_Name]) -> str | None:
    """The name of the one longest name of its type in the article whose words hold these."""
    words = name.surface.casefold().split()
    fuller = {n.name for n in names if n.type == name.type and len(n.surface.split()) > len(words)
              and holds_words(n.surface, name.surface)}
    return fuller.pop() if len(fuller) == 1 else None


def holds_words(longer: str, shorter: str) -> bool:
    """The words of ``shorter`` stand in a row in ``longer`` (without case): "Salomon Brothers"
    in "Salomon Brothers Inc"."""
    a, b = shorter.casefold().split(), longer.casefold().split()
    return any(b[k:k + len(a)] == a for k in range(len(b) - len(a) + 1))


def _tokens(line: str, span: tuple[int, int], quoted: list[tuple[int, int]]) -> list[_Token]:
    """The words and marks of a sentence outside its quoted spans."""
    a, b = span
    return [_Token(a + m.start(), a + m.end(), m.group()) for m in _TOKEN.finditer(line[a:b])
            if not any(s <= a + m.start() < e for s, e in quoted)]


def _sentences(line: str) -> list[tuple[int, int]]:
    """The sentences of a paragraph as (start, end): cut after . ! ? ؟ outside quote marks, not
    after an abbreviation ("U.S.", "Inc.", "Mr.")."""
    spans, start, depth = [], 0, 0
    for n, char in enumerate(line):
        if char in "“«‘":
            depth += 1
        elif char in "”»’" and depth:
            depth -= 1
        elif char == '"':
            depth = 0 if depth else 1
        elif char in ".!?؟" and not depth and (n + 1 == len(line) or line[n + 1] == " ") and not (
                char == "." and _ABBREVIATION.search(line, 0, n + 1)):
            spans.append((start, n + 1))
            start = n + 1
    if line[start:].strip():
        spans.append((start, len(line)))
    return spans
