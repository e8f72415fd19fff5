"""Bodies as speakers, for index/quote_speakers.py: an organization's name no name was found in,
as printed ("the Economic Ministry said", "وقالت وزارة الخزانة التركية إن", صحيفة "أحوال"), the
body a document is issued by, the one a definite noun stands for ("الشرطة": "شرطة لندن")."""
from __future__ import annotations

import re
from dataclasses import replace

from .credit_words import bare
from .entities import gazetteer_spans
from .normalize import fold
from .quote_names import Name as _Name, holds_words
from .quote_text import WORD as _WORD, Token as _Token

MAX_SUBJECT = 5               # words of an Arabic verb's subject no name was found in


class Bodies:
    """The organization finding of a body's reader: it holds the body, its language's words and
    the names it prints (index/quotes.py's _Reader)."""

    def _introduced(self, offset: int, line: str, subject: list[_Token]) -> _Name | None:
        """A definite subject the article printed before after a noun of bodies ("وقالت المملكة
        القابضة": "شركة المملكة القابضة"): that body, as printed there."""
        if len(subject) < 2:
            return None
        surface = line[subject[0].start:subject[-1].end]
        before = [m for m in re.finditer(r"(\w+) " + re.escape(surface), self.flat[:offset + subject[0].start])
                  if one_of(m.group(1), self.words.org_nouns)]
        if not before:
            return None
        return _Name(offset + subject[0].start, offset + subject[-1].end, surface, "org", before[-1].group(0))

    def _printed_body(self, offset: int, line: str, before: list[_Token]) -> _Name | None:
        """An English subject no name was found in that is a body's name as printed: capitalized
        words ending with a noun of bodies ("the Economic Ministry said", "the U.S. Agriculture
        Department said")."""
        if not before or fold(before[-1].text) not in self.words.org_nouns or not before[-1].text[:1].isupper():
            return None
        n = len(before) - 1
        while n and (before[n - 1].text[:1].isupper() or before[n - 1].text == ".") and fold(before[n - 1].text) != "the":
            n -= 1
        if n == len(before) - 1:
            return None                                # "Ministry" alone names no one
        surface = line[before[n].start:before[-1].end]
        return _Name(offset + before[n].start, offset + before[-1].end, surface, "org", surface)

    def _issued(self, offset: int, line: str, reach: list[_Token]) -> _Name | None:
        """The body a document is issued by ("بيان صادر عن الرابطة"، "التقرير الشهري ... الصادر عن
        وزارة الطاقة والمناجم"): the one named before with that noun, or its name as printed."""
        at = next((n + 2 for n in range(1, len(reach) - 2) if fold(reach[n].text).removeprefix("ال") == "صادر"
                   and fold(reach[n + 1].text) == "عن"), None)
        if at is None:
            return None
        comma = min((i for c in ",،.:؛" if (i := line.find(c, reach[at].start)) >= 0), default=len(line))
        issuer = [t for t in reach[at:] if t.end <= comma]
        if len(issuer) == 1 and fold(issuer[0].text).startswith("ال"):
            return self._described(offset, issuer[0])
        return self._org_subject(offset, line, issuer, 2 * MAX_SUBJECT) if issuer and one_of(
            issuer[0].text, self.words.org_nouns) else None

    def _in_marks(self, offset: int, line: str, after: list[_Token]) -> _Name | None:
        """A body named in marks after the noun of its kind ("وذكرت صحيفة "أحوال" التركية أن"):
        the quoted name, few words with no clause mark ("الصحيفة" later is the same)."""
        if len(after) < 2 or not one_of(after[0].text, self.words.org_nouns) or not (
                after[1].end - after[1].start > 2 and after[1].text in "“«\"‘"):
            return None
        named = self._quoted_body(offset, line, after[1])
        return replace(named, start=offset + after[0].start, surface=line[after[0].start:after[1].end]) if named else None

    def _correspondent(self, offset: int, line: str, after: list[_Token]) -> _Name | None:
        """The outlet a correspondent speaks for, named after him, in marks or not ("وأفاد مراسل
        قناة "العربية" أن"، "وقال مراسل العربية إن")."""
        if len(after) < 2 or fold(after[0].text) not in self.words.correspondents:
            return None
        at = 2 if len(after) > 2 and one_of(after[1].text, self.words.org_nouns) else 1
        if after[at].end - after[at].start > 2 and after[at].text in "“«\"‘":
            named, end = self._quoted_body(offset, line, after[at]), after[at].end
        else:
            named = next((n for n in self.names if n.start == offset + after[at].start and n.type == "org"), None)
            end = named.end - offset if named else 0
        if named is None:
            return None
        outlet = next((e.name for noun in ("", *sorted(self.words.org_nouns)) if (e := known(f"{noun} {named.surface}".strip()))),
                      named.name)                  # "العربية" alone is Arabic; "قناة العربية" the channel
        return replace(named, start=offset + after[0].start, surface=line[after[0].start:end], name=outlet)

    def _quoted_body(self, offset: int, line: str, quoted: _Token) -> _Name | None:
        """The body a verb's subject in marks names, as printed ('وقال "المعهد الوطني للطب الشرعي"،
        إن'): few words, no clause mark."""
        inner = line[quoted.start + 1:quoted.end - 1].strip()
        if not 1 <= len(_WORD.findall(inner)) <= MAX_SUBJECT or any(c in inner for c in ".،,:؟!"):
            return None
        start = offset + line.index(inner, quoted.start)
        entity = known(inner)
        return _Name(start, start + len(inner), inner, "org", entity.name if entity else inner)

    def _org_subject(self, offset: int, line: str, reach: list[_Token], most: int = MAX_SUBJECT) -> _Name | None:
        """An organization's name no name was found in, up to a preposition ("وقالت وزارة الخزانة
        التركية إن", "وذكرت وزارة الخزانة على موقعها أن"): the fuller one named before, or as printed."""
        if not 2 <= len(reach) <= most or not all(_WORD.fullmatch(t.text) for t in reach):
            return None
        start, end = offset + reach[0].start, offset + reach[-1].end
        surface = line[reach[0].start:reach[-1].end]
        fuller = [n for n in sorted(self.names + self.spoken, key=lambda n: n.start) if n.type == "org" and n.end <= start
                  and holds_words(fold(n.surface), fold(surface))]
        if fuller:
            return replace(fuller[-1], surface=surface, start=start, end=end)
        return _Name(start, end, surface, "org", surface)

    def _described(self, offset: int, word: _Token) -> _Name | None:
        """The organization a definite noun stands for: the last one named before it with that
        noun in its name ("الشرطة": "شرطة لندن"; "الوزارة": "وزارة الخارجية")."""
        noun = fold(word.text).removeprefix("ال")
        named = [n for n in sorted(self.names + self.spoken, key=lambda n: n.start) if n.type == "org" and n.end <= offset + word.start
                 and noun in {f for w in fold(n.surface).split() for f in (w, bare(w), bare(w).removeprefix("ال"))}]
        return replace(named[-1], surface=word.text, start=offset + word.start, end=offset + word.end) if named else None


def one_of(word: str, table: frozenset[str]) -> bool:
    """An Arabic noun of the table, folded, also after a proclitic ("وبيان"; "وزارة" is its own)."""
    folded = fold(word)
    return folded in table or bare(folded) in table


def known(text: str, kind: str = "org"):
    """The entity of that type the gazetteer knows by all of ``text``, if one ("قناة العربية": Al
    Arabiya; "إسرائيل", a place: Israel)."""
    spans = gazetteer_spans(text)
    return spans[0][2] if len(spans) == 1 and spans[0][:2] == (0, len(text)) and spans[0][2].type == kind else None
