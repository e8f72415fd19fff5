"""Who a word that names no one stands for, for index/quote_speakers.py: the last speaker for an
Arabic verb with no subject printed ("وأضاف") or a participle ("، مشيرا إلى أن"), the one person or
body named before for a pronoun, the person named in full for a last name alone; and the names a
speaker is not (who was told: "للميادين"; who was with him: "مع سارة دندراوي")."""
from __future__ import annotations

from dataclasses import replace

from .entities import gazetteer_spans
from .normalize import fold
from .quote_bodies import Bodies
from .quote_names import Name as _Name
from .quote_text import Token as _Token

NEARBY = 400                 # characters after an unnamed source's quotation that a verb with no subject goes on with it


class Antecedents(Bodies):
    """The antecedent finding of a body's reader (index/quotes.py's): it holds the body, its
    language's words, the names it prints, the last speaker and the last quotation."""

    def _dropped(self, offset: int, cue: _Token) -> _Name | None:
        """The speaker of an Arabic verb with no subject printed: the last speaker ("وأوضح المرصد
        أن ... وأضاف أن"), no one for the present tense ("يذكر أن")."""
        if self.lang != "ar" or present(cue.text) or (verb := stem(cue.text)).startswith("ت") and self.words.verb(
                "ي" + verb[1:], "ar"):
            return None                                         # "وتقول إن": she, who is not said
        if self.unnamed and self.latest is not None and self.latest.speaker_type == "anonymous" and \
                offset + cue.start - self.latest.end < NEARBY:
            return self.latest.speaker_surface                  # "قالت وسائل إعلام ... وأضافت أن": the same
        if self.latest is not None and self.last is not None and self.last.type == "person" and \
                self.latest.speaker == self.last.name and self.words.verb(self.latest.cue, "ar") and not \
                self.words.relays(self.latest.cue) and feminine(cue.text) != feminine(self.latest.cue):
            return None                                         # "وقال X ... وقالت": she is someone else
        return self._antecedent(offset, cue, self.last.type if self.last is not None else "person")

    def _surname(self, offset: int, word: _Token) -> list[_Name]:
        """The person named before in full whose last name the verb's subject is ("وقال الهاملي":
        "أحمد ثاني الهاملي"), the only one."""
        folded = fold(word.text)
        candidates = self.names + self.spoken + ([self.last] if self.last is not None else [])   # the last: named, no quotation
        named = {n.name: n for n in candidates if n.type == "person" and n.end <= offset + word.start
                 and len(n.surface.split()) > 1 and fold(n.surface.split()[-1]) == folded}
        if len(named) != 1:
            return []
        return [replace(next(iter(named.values())), surface=word.text, start=offset + word.start, end=offset + word.end)]

    def _antecedent(self, offset: int, word: _Token, kind: str = "person") -> _Name | None:
        """Who a pronoun (or a verb with no subject) stands for: the last speaker of its kind, or
        the one person (organization) the article has named before it."""
        start = offset + word.start
        if self.last is None and self.unnamed:
            return None                  # after an unnamed source ("وصرح مقاتل"), not someone merely named
        last = self.last if self.last is not None and self.last.type == kind else None
        if last is None and kind == "org" and self.spoken:      # "X Corp said ... , it said": the last
            last = ([n for n in self.spoken if n.type == "org"] or self.spoken[:1])[-1]   # to speak, or the first
        if last is None:
            named = {n.name: n for n in self.names if n.type == kind and n.end <= start}
            if len(named) != 1:
                return None
            last = next(iter(named.values()))
        return replace(last, surface=word.text, start=start, end=offset + word.end)

    def _subject(self, offset: int, tokens: list[_Token], k: int) -> _Name | None:
        """Whom a participle of saying ("، مشيرا إلى أن") follows: the speaker of its sentence, or
        the first name of it (its verb's subject: "ويستمر X في ..., معبرا عن أن"), else no one."""
        if self.latest is not None and self.latest.start >= offset + tokens[0].start:
            if self.latest.speaker_type == "anonymous":         # "وصرح مقاتل ...، مضيفا أن": the same
                return self.latest.speaker_surface
            return self._antecedent(offset, tokens[k], self.latest.speaker_type)   # a body's too ("، مشددةً على")
        names = [n for n in self._names_between(offset + tokens[0].start, offset + tokens[k].start)
                 if not listener(n) and not self._company(n)]
        cue = tokens[k]
        if names:
            return replace(names[0], surface=cue.text, start=offset + cue.start, end=offset + cue.end)
        return self._carried(offset, tokens, k)

    def _carried(self, offset: int, tokens: list[_Token], k: int) -> _Name | None:
        """A participle in a sentence that names no one, whose verb has no subject printed ("ونفى
        ...، متابعا"، "كما اقترح ...، مشيرا إلى أن") or that opens its sentence ("مضيفا أن"): the
        last speaker, when it agrees (a woman's for "موضحة"); not after a subject that names no one
        ("المدرب الجديد تحدث ...، مؤكدا")."""
        if self.last is None or self.last.type != "person":
            return None
        if feminine(tokens[k].text) != (self.latest is not None and feminine(self.latest.cue)):
            return None
        first = fold(tokens[0].text)
        if k and not (first[:1] in "وف" or first in self.words.joins):
            return None
        return self._antecedent(offset, tokens[k])

    def _company(self, name: _Name) -> bool:
        """A name printed after "with" ("في برنامج مع سارة دندراوي"): who was with the speaker."""
        before = self.flat[max(0, name.start - 12):name.start].split()
        return bool(before) and fold(before[-1]) in self.words.company

    def _names_between(self, start: int, end: int) -> list[_Name]:
        return [n for n in self.names if start <= n.start and n.end <= end]


def listener(name: _Name) -> bool:
    """A name printed with the preposition "to" ("للميادين", "لـ"الأخبار"", "لبي بي سي": the
    same entity without it): who was told, never who said it."""
    folded = fold(name.surface)
    if folded.startswith(("لل", "لـ")):
        return True
    return folded.startswith("ل") and any(entity.name == name.name and start == 0
                                          for start, _, entity in gazetteer_spans(name.surface[1:]))


def stem(verb: str) -> str:
    """An Arabic verb folded, without its conjunction (و ف)."""
    return fold(verb).removeprefix("و").removeprefix("ف")


def feminine(verb: str) -> bool:
    """An Arabic verb or participle of saying in the feminine ("قالت", "مضيفة")."""
    return stem(verb).endswith(("ت", "ه"))


def present(verb: str) -> bool:
    """An Arabic verb in the present tense ("يذكر", "ويقول"): with no subject, it says "one"."""
    return stem(verb).startswith("ي")
