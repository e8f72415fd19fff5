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

A sentence is read cue by cue in text order (index/quote_speakers.py finds each cue's speaker,
index/quote_antecedents.py whom a word naming no one stands for, index/quote_names.py where the
names stand): a clause ends where a second cue is joined to it
("..., adding", "، مشيرا إلى أن"), and no quotation is read inside another.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, replace

from .entities import Resolver, find_mentions
from .normalize import fold
from .quote_names import Name as _Name, holds_words, located as _located
from .quote_text import QUOTED as _QUOTED, WORD as _WORD, Token as _Token
from .quote_text import sentences as _sentences, tokens as _tokens, words_of as _words_of
from .quote_speakers import REACH, Speakers
from .quote_words import cue_word, words
from .wraps import readable

__all__ = ["Quote", "holds_words", "quotations"]

MIN_WORDS = 4                 # a shorter quoted text is a term or a title, not a statement
ADJUNCT = 4                   # words of a place or manner after an English cue closing its sentence


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


def quotations(body: str, lang: str, resolver: Resolver | None = None, mentions: list | None = None) -> list[Quote]:
    """The quotations of an article's body, in text order. ``mentions``: the names the ingester
    found in the article (``Article.mentions``), so that they are not looked for again."""
    return _Reader(body, lang, resolver or Resolver(), mentions).read()


class _Reader(Speakers):
    """One body read for quotations: its names with their offsets, and the last speaker named."""

    def __init__(self, body: str, lang: str, resolver: Resolver, mentions: list | None) -> None:
        self.body, self.lang, self.words = body, lang, words(lang)
        self.flat = readable(body)            # the names were found in it too (index/names.py text_of)
        self.names = _located(self.flat, find_mentions(self.flat) if mentions is None else mentions, resolver)
        self.last: _Name | None = None
        self.spoken: list[_Name] = []         # the speakers so far, with the names read as speakers
        self.latest: Quote | None = None      # the last quotation read
        self.unnamed = False                  # it was an unnamed source's ("They said" goes on)

    def read(self) -> list[Quote]:
        """Paragraph by paragraph; a line break after no sentence's end is a wrap (a wire's body
        is printed in lines of 70 characters), read as a space (offsets stay the body's)."""
        found: list[Quote] = []
        offset = 0
        previous = ""
        for line in self.flat.split("\n"):
            if line.strip():
                found += self._paragraph(offset, line, previous)
                previous = line
            offset += len(line) + 1
        return found

    def _paragraph(self, offset: int, line: str, previous: str) -> list[Quote]:
        quoted = [(m.start(), m.end()) for m in _QUOTED.finditer(line)]
        found: list[Quote] = []
        for sentence in _sentences(line):
            if not found or found[-1].end <= offset + sentence[0]:      # no quotation inside another
                found += self._sentence(offset, line, sentence, quoted, previous)
        return found

    def _sentence(self, offset: int, line: str, sentence: tuple[int, int], quoted: list[tuple[int, int]],
                  previous: str) -> list[Quote]:
        """A sentence's quotations, cue by cue in text order (a pronoun, or a verb with no subject,
        is the speaker before it): the quoted spans nearest a cue, or the clause it introduces, up
        to the next cue joined to it ("..., adding that", "، مشيرا إلى أن")."""
        a, b = sentence
        spans = [(s, e) for s, e in quoted if a <= s < b and self._statement(line[a:s], line[s:e])
                 and not self._subject_in_marks(line, s, e)]
        if not spans and not any(any(cue_word(w, self.lang)) for w in _words_of(line, sentence)):
            return []                                  # most sentences: nothing to read
        tokens = _tokens(line, sentence, quoted)
        cues = [k for k in range(len(tokens)) if self._cue(tokens, k)]
        if not cues:
            return [q for span in spans if (q := self._uncued(offset, line, span, previous))]
        owner = {span: min(cues, key=lambda k: self._apart(tokens, k, span)) for span in spans}
        found = []
        for n, k in enumerate(cues):
            if found and offset + tokens[k].start < found[-1].end:
                continue                               # a quotation inside the one just read
            said = self._speaker(offset, line, tokens, k)
            if said is not None:
                end = next((e for c in cues[n + 1:] if (e := self._joined(tokens, c)) < tokens[-1].end), b)
                mine = [span for span in spans if owner[span] == k]
                found += self._said(offset, line, (a, end), tokens, k, said, mine)
                if isinstance(said, _Name) and (said.type == "person" or self.lang == "en"):
                    self.last, self.unnamed = said, False     # "وأكد X وقوع الهجوم. وقال": X, with no quotation
        return found

    def _statement(self, before: str, quoted: str) -> bool:
        """Quoted words are a statement, not a term or a title: long enough, or a description "بأن"
        or "بـ" opens ('وصفت الهجوم بأنه "شنيع"')."""
        last = _WORD.findall(before)[-1:]
        if _a_name(quoted):
            return False
        return len(_WORD.findall(quoted)) >= MIN_WORDS or bool(last) and fold(last[0]).rstrip("ـ") in self.words.described

    def _apart(self, tokens: list[_Token], k: int, span: tuple[int, int]) -> tuple[int, bool]:
        """How far cue k stands from a quoted span, in words; an English cue after it nearer; an
        Arabic one before it first ("وصرح X "…"، مضيفا أن "…"": وصرح, then مضيفا)."""
        after = tokens[k].start >= span[1]
        between = [t for t in tokens if (span[1] <= t.start < tokens[k].start if after else tokens[k].end <= t.start < span[0])]
        words = sum(1 for t in between if _WORD.fullmatch(t.text))
        return (after, words) if self.lang == "ar" else (words, not after)

    def _joined(self, tokens: list[_Token], k: int) -> int:
        """Where the clause before cue k ends: before the commas and joining words that lead to it
        ("..., adding", "but said", "، وأضاف"), or with its sentence when none does."""
        n = k
        while n and (tokens[n - 1].text in ",،" or fold(tokens[n - 1].text) in self.words.joins):
            n -= 1
        participle = self.words.verb(tokens[k].text, self.lang, self.words.participles)
        if participle and not any(self._that(tokens, m) or tokens[m].text in ":“«\"" for m in range(k + 1, min(len(tokens), k + 4))):
            return tokens[-1].end                      # "، منوهاً بالإجراءات": no clause of its own
        if n == k and participle:
            return tokens[k].start                     # "أن ... موضحا أن": a participle needs no comma
        if self.lang == "ar" and n == k - 1 and not participle and fold(tokens[k].text)[:1] not in "وف":
            return tokens[-1].end                      # "إن النجم، جاستن بيبر، أعلن أنه": his, inside it
        return tokens[n].start if n < k else tokens[-1].end

    def _said(self, offset: int, line: str, span: tuple[int, int], tokens: list[_Token], k: int,
              said: _Name | str, quoted: list[tuple[int, int]]) -> list[Quote]:
        """What cue k's speaker said: the quoted spans nearest it, unless its clause holds them
        after words of its own (mixed), else the clause."""
        clause = self._clause(line, span, tokens, k, said, offset)
        colon = self._colon(tokens, k)
        if colon is not None and not quoted:           # "قال X: أنا سعيد ...", unmarked: to the paragraph's end
            text = line[tokens[colon].end:self._unmarked_end(line, tokens[colon].end)].strip().lstrip("\"“«").strip()
            return [self._quote(text, "direct", tokens[k].text, said, offset + line.index(text, tokens[colon].end))
                    ] if len(_WORD.findall(text)) >= MIN_WORDS else []
        if quoted and not (clause and any(clause[0] <= s and e <= clause[1] + 2 and not line[clause[0]:s].rstrip(
                ).endswith(":") and (clause[0] < s - 2 or self.lang == "ar" and e + 2 < clause[1]) for s, e in quoted)):
            # words of its own before (Arabic: or after) them in the clause: mixed; a colon opens direct speech
            return [self._quote(line[s + 1:e - 1].strip().rstrip(",،"), "direct", tokens[k].text, said,
                                offset + s + 1 + len(line[s + 1:e - 1]) - len(line[s + 1:e - 1].lstrip()))
                    for s, e in quoted]
        if clause is None or self.words.verb(tokens[k].text, self.lang, self.words.quoting):
            return []                                  # "وصفت X الهجوم بأنه "شنيع"": only words in marks
        text = line[clause[0]:clause[1]].strip(" ,،:")
        if len(_WORD.findall(text)) < MIN_WORDS:
            return []
        kind = "mixed" if any(clause[0] <= t.start < clause[1] and t.text in "“«\"‘" for t in tokens) else "indirect"
        return [self._quote(text, kind, tokens[k].text, said, offset + line.index(text, clause[0]))]

    def _unmarked_end(self, line: str, start: int) -> int:
        """Where words a colon opens with no marks end: before a sentence with a cue of its own
        ("قال X: ... . يذكر أن ..."), else with the paragraph."""
        for a, b in _sentences(line):
            if a > start and any(self._cue(ts, n) for ts in [_tokens(line, (a, b), [])] for n in range(len(ts))):
                return a
        return len(line)

    def _colon(self, tokens: list[_Token], k: int) -> int | None:
        """The colon after cue k and its speaker, before any "that", opening words with no marks."""
        reach = 3 * REACH if self.lang == "ar" else REACH
        n = next((n for n in range(k + 1, min(len(tokens), k + reach + 4))
                  if tokens[n].text == ":" or self._that(tokens, n)), None)
        if n is None or tokens[n].text != ":" or n + 1 == len(tokens) or tokens[n + 1].end - tokens[n + 1].start > 1 \
                and tokens[n + 1].text in "“«\"‘":
            return None
        return n

    def _uncued(self, offset: int, line: str, span: tuple[int, int], previous: str) -> Quote | None:
        """A quoted span in a sentence with no cue: the words going on after the last direct
        quotation ('"...," he said. "..."'), or alone under "X said:" ending the paragraph before."""
        s, e = span
        text = line[s + 1:e - 1].strip().rstrip(",،")
        start = offset + line.index(text, s)
        if self.latest and self.latest.start >= offset - len(previous) - 1 and self.latest.kind == "direct":
            return self._remember(replace(self.latest, text=text, start=start, end=start + len(text)))
        if not previous.rstrip().endswith(":") or line[:s].strip():
            return None
        before = _tokens(previous, (0, len(previous)), [])
        cues = [k for k in range(len(before)) if self._cue(before, k)]
        said = self._speaker(offset - len(previous) - 1, previous, before, cues[-1]) if cues else None
        return self._quote(text, "direct", before[cues[-1]].text, said, start) if said else None

    def _quote(self, text: str, kind: str, cue: str, said: _Name | str, start: int) -> Quote:
        if isinstance(said, str):                        # an anonymous source, as printed
            self.unnamed = True
            return self._remember(Quote(text, kind, cue, said, None, "anonymous", start, start + len(text)))
        self.last, self.unnamed = said, False
        self.spoken.append(said)
        return self._remember(Quote(text, kind, cue, said.surface, said.name, said.type, start, start + len(text)))

    def _remember(self, quote: Quote) -> Quote:
        self.latest = quote
        return quote

    def _clause(self, line: str, sentence: tuple[int, int], tokens: list[_Token], k: int,
                said: _Name | str, offset: int) -> tuple[int, int] | None:
        """What cue k introduces: the clause after "that"/"إن" (or after the cue and its speaker),
        or, when the cue and speaker close the sentence, the clause before them."""
        a, b = sentence
        end = b - len(line[a:b]) + len(line[a:b].rstrip(" .!?؟,،"))
        reach = 3 * REACH if self.lang == "ar" else REACH      # past roles
        that = next((n for n in range(k + 1, min(len(tokens), k + reach + 4))
                     if self._that(tokens, n) and tokens[n].end < end), None)
        if that is not None and self.lang == "en" and that > k + 1 and fold(tokens[k].text) not in self.words.to_listener \
                and fold(tokens[k + 1].text) not in self.words.not_told and not fold(tokens[k + 1].text).endswith("ly") \
                and not any(t.text == "," or fold(t.text) in self.words.times for t in tokens[k + 1:that]):
            that = None                                    # "said the government considered that ...": its own clause
        if that is not None:
            return tokens[that].end, end
        spoken = said.start - offset if isinstance(said, _Name) else line.find(said, tokens[k].end, end) if self._source_at(
            tokens, k) else line.rfind(said, a, tokens[k].start)      # "…، بحسب مصدر أمني": after the source phrase
        spoken = None if spoken is not None and spoken < 0 else spoken
        if self.lang == "en" and spoken is not None and spoken > tokens[k].start and k > 1 and tokens[k - 1].text == "," \
                and (len(_WORD.findall(rest := line[said.end - offset if isinstance(said, _Name) else spoken:end])) <= 1
                     or rest.lstrip().startswith(",")):
            return a, tokens[k - 1].start                  # "..., said lead underwriter X." ("said X, director of Y.")
        if self.lang == "en" and spoken is not None and spoken <= tokens[k].start:      # at it: "but added"
            if k >= len(tokens) - 3 or self._adjunct(line, tokens, k, end):    # "..., X said." ("..., lead
                # underwriter X said.", "..., the company said in a communique here.")
                comma = line.rfind(",", a, spoken)
                return a, comma if comma > a and len(_WORD.findall(line[comma:spoken])) <= 3 else spoken
            if fold(tokens[k].text) not in self.words.to_listener | self.words.objects and self.words.verb(
                    tokens[k].text, "en"):
                return tokens[k].end, end                  # "X said the talks ..."
            if (told := self._told(offset, tokens, k)) is not None:
                return told, end                           # "X told Reuters the talks ..."
        if self._source_at(tokens, k) and k == 0:
            after = said.end - offset if isinstance(said, _Name) else line.find(said, tokens[k].end) + len(said)
            rest = [t for t in tokens[k + self._source_at(tokens, k):] if t.start >= after and t.text not in ",،"]
            return (rest[0].start, end) if rest else None  # "According to X, ..." (to an unnamed source too)
        if self._source_at(tokens, k) and k > 3 and tokens[k - 1].text in ",،" and spoken is not None and len(_WORD.findall(
                line[spoken + len(said if isinstance(said, str) else said.surface):end])) <= 6:
            return a, tokens[k - 1].start                  # "..., according to X." ("...، بحسب وكالة أعماق.")
        return None

    def _adjunct(self, line: str, tokens: list[_Token], k: int, end: int) -> bool:
        """What follows English cue k to the end of its sentence is a few words after a preposition,
        no clause ("said in a report", "said in a communique here")."""
        rest = _WORD.findall(line[tokens[k].end:end])
        return 0 < len(rest) <= ADJUNCT and fold(rest[0]) in self.words.not_told and k > 1 and "," in line[
            tokens[0].start:tokens[k].start] and tokens[k].text.endswith("d")   # a verb past: "the notes to the public" is none

    def _told(self, offset: int, tokens: list[_Token], k: int) -> int | None:
        """Where the clause after "told" and its listener starts: after a name ("told Reuters")
        or a listener noun within three words ("told a news conference", "told reporters"), when
        words of a clause follow ("told reporters in Beirut" is no clause)."""
        if fold(tokens[k].text) not in self.words.to_listener or k + 2 >= len(tokens):
            return None
        first = k + 2 if fold(tokens[k + 1].text) == "the" else k + 1         # "told the Securities and Exchange Commission"
        named = [n for n in self.names if n.start == offset + tokens[first].start]
        n = next((n for n in range(k + 1, min(len(tokens), k + 4)) if fold(tokens[n].text) in self.words.listeners
                  or not _WORD.fullmatch(tokens[n].text)), None) if not named else next(
            (n for n in range(k + 1, len(tokens)) if tokens[n].end >= named[0].end - offset), None)
        if n is None or n + 1 >= len(tokens) or not _WORD.fullmatch(tokens[n].text) or fold(
                tokens[n + 1].text) in self.words.not_told or not _WORD.fullmatch(tokens[n + 1].text):
            return None
        return tokens[n + 1].start



def _a_name(quoted: str) -> bool:
    """Quoted Latin words that are all capitalized (but for "of", "the", "al-"…) and end no
    clause: a name or a title ("the “Islamic Resistance Movement of Iraq”"), not a statement."""
    words = _WORD.findall(quoted)
    return bool(words) and words[0][:1].isupper() and not _CLAUSE_MARKS.search(quoted) and all(
        w.split("-")[-1][:1].isupper() or w.casefold() in _NAME_LINKS for w in words)


_CLAUSE_MARKS = re.compile(r"[.!?,;:؟،]")
_NAME_LINKS = frozenset("of the and for in on al el bin ibn de".split())
