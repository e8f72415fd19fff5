"""Who says what a cue attributes, for index/quotes.py: the name beside the cue (before it in
English, after it in Arabic and after "according to"), an unnamed source as printed; who a pronoun,
an Arabic verb with no subject or a participle stands for is index/quote_antecedents.py's."""
from __future__ import annotations

import re

from .analysis import ARABIC_STOPWORDS, stop_form
from .common_words import arabic_first_names, common_arabic_words
from .credit_words import bare
from .normalize import fold
from .quote_antecedents import Antecedents, feminine as _feminine, listener as _listener, present as _present
from .quote_bodies import MAX_SUBJECT, known
from .quote_names import Name as _Name, nearest as _nearest
from .quote_text import WORD as _WORD, Token as _Token
from .quote_words import cue_word
from .recognizer import LINEAGE

REACH = 6                     # words between a cue and its speaker's name, at most
_ATTACHED = ("بال", "لل", "وال", "فال", "كال")      # a preposition or conjunction with the article: no name


class Speakers(Antecedents):
    """The speaker finding of a body's reader (index/quotes.py's): it holds the body, its
    language's words, the names it prints and the last speaker."""

    def _cue(self, tokens: list[_Token], k: int) -> bool:
        said, source = cue_word(tokens[k].text, self.lang)
        return said or source and self._source_at(tokens, k) > 0

    def _that(self, tokens: list[_Token], n: int) -> bool:
        """Token n opens a reported clause: "that", "إن", not "بعد أن" (after)."""
        return fold(tokens[n].text) in self.words.that and not (n and fold(tokens[n - 1].text) in self.words.not_that)

    def _source_at(self, tokens: list[_Token], k: int) -> int:
        """The number of words of a source phrase ("according to", "نقلا عن") starting at k (an
        Arabic one also after a proclitic: "وبحسب")."""
        first = fold(tokens[k].text)
        candidates = self.words.source_phrases(first)
        if self.lang == "ar" and bare(first) != first:
            candidates = (*candidates, *self.words.source_phrases(bare(first)))
        for parts in candidates:
            if tuple(fold(t.text) for t in tokens[k + 1:k + len(parts)]) == parts[1:]:
                return len(parts)
        return 0

    def _speaker(self, offset: int, line: str, tokens: list[_Token], k: int) -> _Name | str | None:
        """Who says what cue k attributes: a name beside it, the last speaker for a pronoun (or an
        Arabic verb with no subject), or an anonymous source as printed."""
        cue = tokens[k]
        if fold(cue.text) in self.words.nouns:
            return self._before_noun(offset, line, tokens, k)
        if self.words.verb(cue.text, self.lang, self.words.participles):
            return self._subject(offset, tokens, k)
        after = tokens[k + max(1, self._source_at(tokens, k)):]
        if self.words.relays(cue.text):                 # "نقلت صحيفة عن مصادر أن": the sources
            if any(fold(t.text) in self.words.nouns for t in after[:3 * REACH]):
                return None                             # "نقلت الوكالة عن X قوله": the noun is the cue
            after = after[next((n + 1 for n, t in enumerate(after[:3 * REACH]) if fold(t.text) in self.words.relayed),
                               0):]
        was = next((n for n in range(k - 2, max(-1, k - 2 * REACH - 1), -1) if fold(tokens[n].text) in self.words.was
                    and not _present(cue.text)), None)        # close before a verb in the past: "كانت X قالت"
        if was is not None:                             # "وكانت المتحدثة، X، قالت إن": X
            names = self._names_between(offset + tokens[was].end, offset + cue.start)
            return _nearest(names, last=True) if names else None
        if self.lang == "ar" or self._source_at(tokens, k):
            opens = self._opens(tokens, k)
            said = self._after(offset, cue, after, line, opens)
            return said if said is not None or opens else self._fronted(offset, tokens, k)
        return self._before(offset, line, tokens, k, after)

    def _opens(self, tokens: list[_Token], k: int) -> bool:
        """Arabic cue k opens its sentence or clause: first, with its conjunction ("وأكد"), or after
        a comma, a joining word, "أن" or "حيث"; else its subject may stand before it."""
        return k == 0 or fold(tokens[k].text)[:1] in "وف" or tokens[k - 1].text in ",،" or fold(
            tokens[k - 1].text) in self.words.joins | self.words.openers or self._that(tokens, k - 1)

    def _fronted(self, offset: int, tokens: list[_Token], k: int) -> _Name | None:
        """The subject before an Arabic verb that does not open its clause: the name it follows
        ("لكن كين يعتقد أن"), or the one a relative pronoun before it stands for ("محمد صلاح، الذي
        أكد أنه")."""
        at, relative = k - 1, fold(tokens[k - 1].text) in self.words.relative
        if relative:
            at -= 1 + (at > 0 and tokens[at - 1].text in ",،")
        names = [n for n in self.names if at >= 0 and n.end == offset + tokens[at].end]
        if not names:
            return None
        first = next(m for m, t in enumerate(tokens) if t.start >= names[-1].start - offset)
        return names[-1] if relative or self._opens(tokens, first) else None   # "فوز ليفربول أكد": not Liverpool's

    def _before(self, offset: int, line: str, tokens: list[_Token], k: int, after: list[_Token]) -> _Name | str | None:
        """The speaker of an English verb: the subject before it, or "said X" after it."""
        cue = tokens[k]
        reach = 2 * REACH if k and tokens[k - 1].text == "," else REACH   # past a role
        before = tokens[max(0, k - reach):k]
        before = before[next((n + 1 for n in range(len(before) - 1, -1, -1) if before[n].end - before[n].start > 1
                              and before[n].text in "“«\"‘"), 0):]      # not past a quotation
        while len(before) > 1 and fold(before[-1].text) in self.words.adverbs:
            before = before[:-1]                           # "The company also said"
        if before and fold(before[-1].text) in self.words.joins and self.latest is not None and \
                self.latest.start >= offset + tokens[0].start:
            return self.latest.speaker_surface if self.latest.speaker_type == "anonymous" else self._antecedent(
                offset, cue, self.latest.speaker_type)     # "X said ... but added": X ("officials ... but said": they)
        if before and fold(before[-1].text) in self.words.pronouns:
            if self.unnamed and fold(before[-1].text) in self.words.plural:
                return before[-1].text                     # "diplomatic sources said. They said ..."
            return self._antecedent(offset, before[-1])
        if before and (fold(before[-1].text) in self.words.org_pronouns or self._org_noun(before)):
            return self._antecedent(offset, before[-1], "org")       # "it said", "the (central) bank said"
        if before and before[-1].text == "," and (names := self._said_by(offset, line, cue, after)):
            return _nearest(names, last=False)             # "..., Senate bill ..., said Lawrence Uhlick, director"
        if before and before[-1].text == "," and (opening := self._opening(offset, line, tokens, k)):
            return opening                                 # "Lindner, the investor who controls X Corp, said"
        unnamed = [t for t in before[-3:] if fold(t.text) in self.words.anonymous]
        start = offset + (before[0].start if before else cue.start)
        names = [n for n in self.names if start < n.end <= offset + cue.start      # one begun before the window too,
                 and not _unnamed_head(fold(n.surface.split()[-1]), self.words.anonymous)   # not "the U.S. Official"
                 and not self._company(n)]                  # "media affiliated with Hezbollah reported": not Hezbollah
        names = [n for n in names if not line[n.end - offset:].startswith(("'s", "’s"))] or names   # "B's parent, A,"
        if names and not (unnamed and unnamed[-1] is before[-1] and fold(before[-1].text).endswith("s")):
            return _nearest(names, last=before[-1].text != ",")    # "A, chairman of B, said": A; "B officials said": no one
        if names := self._said_by(offset, line, cue, after):
            return _nearest(names, last=False)         # "..., said spokesman John Kirby."
        if unnamed:                                    # "..., brokers say": not the words before the comma
            phrase = before[-3:]
            head = next(n for n in range(len(phrase) - 1, -1, -1) if phrase[n] is unnamed[-1])
            phrase = phrase[next((n + 1 for n in range(head - 1, -1, -1) if phrase[n].text == ","), 0):]
            return line[phrase[0].start:cue.start].strip(" ,")
        return self._printed_body(offset, line, before)

    def _country(self, offset: int, word: _Token) -> _Name | None:
        """A place the gazetteer knows, alone as an Arabic verb's subject, speaks for its government."""
        place = known(word.text, "place")
        return _Name(offset + word.start, offset + word.end, word.text, "org", place.name) if place else None

    def _org_noun(self, before: list[_Token]) -> bool:
        """The words before an English cue are "the", up to two words in lower case and a noun of
        bodies: "the company", "the central bank", "the state oil company"."""
        if len(before) < 2 or fold(before[-1].text) not in self.words.org_nouns:
            return False
        n = next((n for n in range(len(before) - 2, max(-1, len(before) - 5), -1) if fold(before[n].text) == "the"), None)
        return n is not None and all(t.text.islower() for t in before[n + 1:-1])

    def _opening(self, offset: int, line: str, tokens: list[_Token], k: int) -> _Name | None:
        """The name an English sentence opens with, set off by a comma, when a comma closes what
        stands between it and cue k: the subject ("Rostenkowski, an Illinois Democrat, also told")."""
        first = 1 if len(tokens) > 1 and fold(tokens[0].text) == "the" else 0
        opening = [n for n in self.names if offset + tokens[first].start <= n.start <= offset + tokens[min(first + 2, k)].start
                   and line[n.end - offset:][:1] == ","][:1]      # "Financier Carl Lindner, who holds ..., told"
        if not opening or any(t.text in "“«\"‘" for t in tokens[first:k]) or self._said_by(offset, line, tokens[k], tokens[k + 1:]):
            return None                                # "X, a unit of Y, is raising ..., said sole manager Z."
        return opening[0]

    def _said_by(self, offset: int, line: str, cue: _Token, after: list[_Token]) -> list[_Name]:
        """The names an English cue's sentence ends with after it ("..., said spokesman John Kirby.")."""
        if fold(cue.text) in self.words.to_listener or not after:
            return []
        return [n for n in self._names_between(offset + after[0].start, offset + after[min(5, len(after) - 1)].end)
                if line[n.end - offset:].lstrip()[:1] in ("", ",", ".")]

    def _subject_in_marks(self, line: str, s: int, e: int) -> bool:
        """Quoted words right after an Arabic verb of saying, a name in marks, not speech: few,
        with no clause mark, before a comma or "إن" ('وقال "المعهد الوطني للإحصاء"، إن')."""
        before, rest = _WORD.findall(line[:s])[-1:], line[e:].lstrip()
        return self.lang == "ar" and bool(before) and self.words.verb(before[0], "ar") and len(
            _WORD.findall(line[s:e])) <= MAX_SUBJECT + 2 and not any(c in line[s + 1:e - 1] for c in ".،,:؟!") and (
            rest[:1] in ("،", ",") or fold(rest.split(" ")[0]) in self.words.that)

    def _after(self, offset: int, cue: _Token, after: list[_Token], line: str, opens: bool = True) -> _Name | str | None:
        """The speaker after a cue: an Arabic verb's subject, "according to"'s object; the last one
        for a verb with no subject printed that ``opens`` its clause (``_opens``)."""
        if after and after[0].end - after[0].start > 1 and after[0].text in "“«\"‘" and self._subject_in_marks(line, after[0].start, after[0].end):
            return _nearest(names, last=False) if (names := self._names_between(offset + after[0].start, offset + after[
                0].end)) else self._quoted_body(offset, line, after[0]) if self.lang == "ar" else None
        if self.lang == "ar" and len(after) > 2 and fold(after[0].text) == "ما":
            after = after[3 if len(after) > 3 and fold(after[2].text) in ("به", "بها") else 2:]   # "وبحسب ما أكده
            # شهود"، "بحسب ما أفاد به مصدر": the witnesses, the source
        if self.lang == "ar" and after and after[0].text in ",،":   # "وأكد، في تغريدات له، أن": no subject printed
            return self._dropped(offset, cue) if opens else None
        if self.lang == "ar" and (named := self._in_marks(offset, line, after) or self._correspondent(offset, line, after)):
            return named
        reach = after[:3 * REACH if self.lang == "ar" else REACH]      # past roles
        stop = next((n for n, t in enumerate(reach) if self._that(reach, n) or t.text in ":«\"“"), len(reach))
        closed = stop < len(reach)
        relative = next((n for n, t in enumerate(reach[:stop]) if fold(t.text) in self.words.relative), stop)
        reach = [t for t in reach[:relative] if fold(t.text) not in self.words.between | self.words.times
                 and t.text not in ",،"]                     # "وقال غيغز الذي حصل مع يونايتد على": not United
        if not reach:            # "وأضاف: ...": no subject printed; "يذكر أن" (present tense): no one
            return self._dropped(offset, cue) if opens else None
        within = next((t.start for t in after[1:stop] if fold(t.text) in self.words.between), reach[-1].end) if fold(
            reach[0].text) in self.words.anonymous else reach[-1].end
        names = [n for n in self._names_between(offset + reach[0].start, offset + within)     # "مسؤول في حركة X"
                 if not _listener(n) and not self._company(n)]
        if names or (names := self._surname(offset, reach[0]) or self._titled(offset, line, after[:relative])
                     or self._printed_surname(offset, after[0], reach[0]) or self._given_named(offset, line, after)):
            return _nearest(names, last=False)
        if (unnamed := self._unnamed(offset, line, reach, closed)) is not None:
            return unnamed[0]
        if self.lang == "ar" and closed and len(reach) == 1 and reach[0] is after[0] and (
                place := self._country(offset, reach[0])):
            return place                                # "وتقول إسرائيل إن": its government
        return self._body_after(offset, line, after, reach, stop) if closed else None

    def _body_after(self, offset: int, line: str, after: list[_Token], reach: list[_Token], stop: int) -> _Name | str | None:
        """An Arabic verb's subject that is a body no name was found in, before its clause: a
        definite noun for the body named before, or an organization's name as printed."""
        cut = next((t.start for t in after[1:stop] if fold(t.text) in self.words.between), reach[-1].end)
        own, noun = [t for t in reach if t.end <= cut], {fold(reach[0].text), bare(fold(reach[0].text))}
        if len(own) <= 2 and fold(reach[0].text).startswith("ال") and (     # "وقالت الشرطة (في بيان) إن":
                described := self._described(offset, reach[0]) or self._introduced(offset, line, own)):   # "شرطة
            # لندن" named before; "وقالت المملكة القابضة": "شركة المملكة القابضة" printed before
            return described
        that = self._that(after, stop)              # "وقالت الشبكة السورية لحقوق الإنسان إن"
        if self.lang == "ar" and (noun | ({w.removeprefix("ال") for w in noun} if that and len(own) >= 2
                                          else set())) & self.words.org_nouns:
            return self._org_subject(offset, line, own)
        return None

    def _unnamed(self, offset: int, line: str, reach: list[_Token], closed: bool) -> tuple[_Name | str | None] | None:
        """An Arabic verb's subject that names no one: a role (the one just named), a document (the
        body that issued it), an unnamed source (as printed); None when it is none of these."""
        first = fold(reach[0].text)
        if first.endswith("ه") and first[:-1] in self.words.roles:     # "الوزيرة": the last speaker if a woman
            first = first[:-1] if self.latest is not None and _feminine(self.latest.cue) else ""
        if closed and len(reach) <= 2 and first in self.words.roles and self.last and not self.unnamed:
            return (self._antecedent(offset, reach[0]),)        # "وأوضح المسؤول أن": the official just named
        document = {first.removeprefix("ال"), bare(first).removeprefix("ال")} & self.words.documents   # "بيان", "وبيان"
        if document and (issuer := self._issued(offset, line, reach)):
            return (issuer,)                                    # "بيان صادر عن الرابطة": the body named
        if closed and len(reach) <= 2 and document and bare(first).startswith("ال"):
            return (self._antecedent(offset, reach[0], "org"),)  # "وبحسب التقرير فإن": who issued it ("بيان": some)
        if any(bare(fold(t.text)).removeprefix("ال") in self.words.anonymous
               or fold(t.text) in self.words.anonymous for t in reach[:2]):
            return (line[reach[0].start:reach[min(2, len(reach)) - 1].end],)
        if closed and len(reach) <= 2 and first in self.words.roles:     # "وأضاف الوزير الإماراتي:"
            return (self._antecedent(offset, reach[0]),)
        return None

    def _titled(self, offset: int, line: str, subject: list[_Token]) -> list[_Name]:
        """A person's name no name was found in, after a title in an Arabic verb's subject ("ودعا
        وزير الإعلام اليمني، معمر الإرياني، الحكومة", "النقيب عمر الأكلبي"): after the last title,
        its complements (common or definite words, "باسم") and a comma, two to six words, none of
        them common, a title or a word with a preposition and the article ("بالخطوة")."""
        if self.lang != "ar":
            return []
        last = max((n for n, t in enumerate(subject) if fold(t.text) in self.words.titles), default=None)
        if last is None:
            return []
        n = last + 1
        while n < len(subject) and (subject[n].text in ",،" or _WORD.fullmatch(subject[n].text) and (self._common(
                subject[n].text) or fold(subject[n].text).startswith(("ال", *_ATTACHED)) or fold(subject[n].text) in self.words.of_title)):
            n += 1                                     # its complements: "الإعلام اليمني"، "باسم الرئاسة"
        m = n
        while m < len(subject) and _WORD.fullmatch(subject[m].text) and not self._common(subject[m].text) and not fold(
                subject[m].text).startswith(_ATTACHED):
            m += 1
        if not 2 <= m - n <= 6:
            return []
        surface = line[subject[n].start:subject[m - 1].end]
        return [_Name(offset + subject[n].start, offset + subject[m - 1].end, surface, "person", surface)]

    def _printed_surname(self, offset: int, first: _Token, word: _Token) -> list[_Name]:
        """A last name no name was found in, right after an Arabic verb ("وقال النفيعي"), when the
        article printed it before after a given name ("منصور ثوابة" before "ولفت ثوابة"): that
        person, named as printed there; a word that is common, a body or a source is none."""
        folded = fold(word.text)
        if self.lang != "ar" or word is not first or not _WORD.fullmatch(word.text) or self._common(word.text) or bare(
                folded).removeprefix("ال") in self.words.org_nouns | self.words.documents | self.words.anonymous:
            return []
        for m in re.finditer(r"(\w+) " + re.escape(word.text) + r"(?!\w)", self.flat[:offset + word.start]):
            given = fold(m.group(1))
            if given in arabic_first_names() and given not in self.words.that and not self._common(m.group(1)) \
                    and folded not in LINEAGE:
                return [_Name(offset + word.start, offset + word.end, word.text, "person", f"{m.group(1)} {word.text}")]
        return []

    def _given_named(self, offset: int, line: str, after: list[_Token]) -> list[_Name]:
        """A person's name no name was found in, right after an Arabic verb and its titles: a given
        name ("ماجد") and one to three words none of them common, a title or a word with a
        preposition and the article ("وقال ماجد النفيعي لـ"في المرمى""، "وأكد العميد ياسر الحارثي")."""
        while len(after) > 2 and fold(after[0].text) in self.words.titles:
            after = after[1:]                           # "وأكد العميد ياسر الحارثي، قائد ..."
        given = fold(after[0].text) if self.lang == "ar" and len(after) > 1 else ""
        if len(given) < 3 or given not in arabic_first_names() or self._common(after[0].text) or given in \
                self.words.anonymous | self.words.of_title:            # "المتحدث باسم التحالف": no one named
            return []
        n = 1
        while n < min(len(after), 4) and _WORD.fullmatch(after[n].text) and (fold(after[n - 1].text) in LINEAGE or not (
                self._common(after[n].text) or fold(after[n].text).startswith(_ATTACHED) or self._that(after, n)
                or self.words.verb(after[n].text, "ar"))):
            n += 1                                      # "تركي آل الشيخ": a name goes on after its lineage
        if n == 1 or fold(after[n - 1].text) in LINEAGE:
            return []
        surface = line[after[0].start:after[n - 1].end]
        return [_Name(offset + after[0].start, offset + after[n - 1].end, surface, "person", surface)]

    def _common(self, word: str) -> bool:
        """A common word, a title or a particle; not a name that folds onto one ("علي" is "على"
        folded: the common words are folded, the name keeps its yeh)."""
        folded, form = fold(word), stop_form(word)
        if form.endswith("ي") and stop_form(form[:-1] + "ى") in ARABIC_STOPWORDS and form not in ARABIC_STOPWORDS:
            return False
        return folded in common_arabic_words() or folded in self.words.titles or form in ARABIC_STOPWORDS \
            or folded in self.words.between

    def _before_noun(self, offset: int, line: str, tokens: list[_Token], k: int) -> _Name | str | None:
        """The speaker of a noun of saying: named before it, after "عن" ("نقلت الوكالة عن X
        قوله إن"), or the last speaker ("في قوله")."""
        before = tokens[max(0, k - 3 * REACH):k]
        at = next((n for n in range(len(before) - 1, -1, -1) if fold(before[n].text) in self.words.relayed), None)
        if at is None:
            return self._antecedent(offset, tokens[k]) if not before or before[-1].text in ",،" or fold(
                before[-1].text) in self.words.between else None
        before = [t for t in before[at + 1:] if t.text not in ",،"]
        names = self._names_between(offset + before[0].start, offset + tokens[k].start) if before else []
        if names:
            return _nearest(names, last=True)
        if before and bare(fold(before[0].text)).removeprefix("ال") in self.words.anonymous:
            return line[before[0].start:before[min(2, len(before)) - 1].end]
        if before and fold(before[0].text).removeprefix("ال") in self.words.org_nouns:   # "عن وزارة المالية
            # الصينية قولها"، "عن الشرطة البريطانية قولها"
            return self._org_subject(offset, line, before)
        return None

def _unnamed_head(word: str, anonymous: frozenset[str]) -> bool:
    """A "name" ending with a noun of unnamed sources ("U.S. Official", a wire's capitals) names
    no one; a spokesman speaks for the body named with him."""
    return word in anonymous and not word.startswith("spokes")
