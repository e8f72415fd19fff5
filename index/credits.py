"""Credits and bylines in any phrasing, from evidence rather than phrase lists.

A short line that names a known outlet (any alias in outlets.toml, either script, or one of its
domains) with nothing around the name but connective words (credits.toml) and punctuation is a
credit: "via Reuters", "نقلاً عن الميادين", "This article first appeared on The Cradle". A short
line whose other words form one or two person's names, beside an author cue ("Author:", "بقلم")
or an outlet, is a byline ("Written by A | Reuters", "Reporting by A; Editing by B", "A / Press
TV"). Anything else is not read here.
"""
from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from functools import cache
from importlib import resources

from .credit_shapes import (DASHES, a_common_outlet_word, a_role, for_outlet, genre_before_by, label, labels_it, marked_off,
                            named_outlet, one_plain_word, outlet_at_an_edge, parallel_labels, place_dash,
                            without_description)
from .credit_names import (PLACE_LINKS, Word, after_a_lead_word, edge_name, edge_pair, joins_names, name_runs,
                           from_pair, labelled_from_place, names_a_thing, names_with_roles, person_like, placed_pair,
                           position, split_at_and)
from .credit_words import (HONORIFICS, PROCLITICS, TATWEEL, a_proper_name, bare, plural_of, unsuffixed,
                           without_possessives)
from .gazetteer import gazetteer
from .memo import Memo
from .normalize import fold
from .outlets import OutletTable, outlets, words_of

MAX_CREDIT = 140                 # characters: longer lines are text
MAX_WORDS = 10                   # words in a credit, its outlet's name counting one
OUTLET_SLOT = "<o>"
MAX_FRAME_WORDS = 24             # a credit's phrasing may be a sentence ("This article was first published ...")
AUTHOR_SLOT = "<a>"
MAX_BYLINE_FRAME = 70            # characters of a line a byline phrasing is learnt from
MAX_WITH_OWN_WORD = 6            # ... when one of them is no crediting word ("Syndicated from X")
_LETTERS = re.compile(r"[^\W_]+")


@dataclass(frozen=True, slots=True)
class Credit:
    outlet: str | None
    author: str | None


class CreditReader:
    """Reads one line with the outlet table and the connective words."""

    def __init__(self, table: OutletTable, function_words: frozenset[str], credit_words: frozenset[str],
                 cues: frozenset[str], writer_roles: frozenset[str] = frozenset()) -> None:
        self.table, self.function_words, self.credit_words, self.cues = table, function_words, credit_words, cues
        self.writer_roles = writer_roles
        # the words one of which a credit or byline must hold (the longest word of an outlet's
        # name, a domain's name, a cue): most short lines hold none and are turned away unread
        firsts = {max(words, key=len) for alias in table.aliases if (words := _LETTERS.findall(alias))}
        domains = {_LETTERS.findall(domain)[0] for domain, _ in table.domains if _LETTERS.findall(domain)}
        self.triggers = frozenset(firsts | domains | cues)
        self._roles = Memo(300_000)         # printed word -> its role (words recur line after line)
        self._placed = Memo(200_000)        # short line -> the outlet it credits where credits stand
        self._named = Memo(200_000)         # sentence -> whether it names an outlet (names_an_outlet)
        self._listed = cues | credit_words | function_words
        self._crediting = cues | credit_words          # a role's word, in the dual or plural too

    def read(self, text: str, placed: bool = False) -> Credit | None:
        """The credit or byline a line is, if any. ``placed``: the line stands where credits do
        (in a header block, or last under a body), so function words alone around an outlet's
        name make a credit there too ("عن الميادين"), and so does one lower-case word of its own
        in a short line ("Syndicated from X", "Republished with permission from X")."""
        text = without_possessives(text)
        if len(text) > MAX_CREDIT:
            return None
        if not self._may_credit(text, _LETTERS.findall(fold(text))):
            return None
        words, outlet = self._words(text)
        runs = [part for run in name_runs(words) for part in split_at_and(run)]
        if outlet:                           # "دمشق - سانا": the agency's place, no name
            runs = [run for run in runs if not (run[0] is words[0] and self._place(run, words))]
        roles = [w.role for w in words]
        crediting = placed or bool({"credit", "cue", "medium"} & set(roles)) or "function" not in roles
        count = len(roles) - roles.count("separator")
        if self._sentence_after_a_suffixed_cue(words):
            return None                          # "كتبها المجد لنا ..." is a sentence: "glory wrote it"
        if outlet and crediting and count <= MAX_WORDS and (
                not runs or placed and count <= MAX_WITH_OWN_WORD and one_plain_word(runs, words)):
            return Credit(outlet, None)
        return self._byline(words, outlet, roles, runs)

    def _byline(self, words: list[Word], outlet: str | None, roles: list[str],
                runs: list[list[Word]]) -> Credit | None:
        """The byline a line of these words is (its names, and its outlet if it names one)."""
        if (cut := without_description(words)) is not words:
            words, roles = cut, [w.role for w in cut]
            runs = [part for run in name_runs(words) for part in split_at_and(run)]
        name_start = label(words)
        labelled = name_start > 0
        if labelled and any(w is named_outlet(words) and a_common_outlet_word(w) and words[k - 1].role == "function"
                            for k, w in enumerate(words[:name_start]) if k):
            outlet = None                    # "نقلها إلى العربية: A": "into Arabic", not Al Arabiya
        if labelled:                         # "إعداد وتقديم: A": the label's own words name no one
            runs = [part for run in name_runs(words[name_start:]) for part in split_at_and(run)]
        elif roles_of := parallel_labels(words):     # "Text: A | Photography: B"
            runs, labelled = [run for run in runs if not (len(run) == 1 and run[0] in roles_of)], True
        capitals = bool(words) and (words[0].role == "cue" or labelled)   # "BY JAMES NASSER"
        runs = [run for run in runs if not a_role(words, run, runs[0]) and not genre_before_by(words, run)]
        places = [run for run in runs if self._place(run, words)]
        names = [run for run in runs if not any(run is place for place in places)]
        most = 3 if "cue" in roles else 2     # "Reporting by A in X; Writing by B; Editing by C"
        if not names or len(names) > most or not all(person_like(n, capitals) and not names_a_thing(n)
                                                     for n in names):
            return None
        authors = "; ".join(" ".join(w.printed for w in n) for n in names)
        if "cue" in roles:
            return Credit(outlet, authors)        # "By A", "By A in Amman"
        short = all(len(n) <= 3 for n in names)  # a label's deck is longer: "متابعة: أكد مهاجم فريق ..."
        if short and (labelled or (places and place_dash(words, places[0]))):
            return Credit(outlet, authors)        # "Report: A", "دمشق - A"
        if outlet and "credit" not in roles and outlet_at_an_edge(words, len(names) == 2) and not labels_it(words) and (
                "function" not in roles or for_outlet(words) or joins_names(words, names)):
            return Credit(outlet, authors)        # "A | Reuters", "A for Reuters", "A and B, Reuters"
        if names_with_roles(words, names) or placed_pair(words, names, places) or from_pair(words, names) or (
                labelled_from_place(words, names, places)):
            return Credit(outlet, authors)        # "A and B report", "A in Gaza and B in Beirut", "From A and B"
        return None

    def _sentence_after_a_suffixed_cue(self, words: list[Word]) -> bool:
        """More than a name (and the outlet it was done for, last: "مقابلة أجراها A لـX") after
        a cue only with a pronoun suffix ("كتبه A", "مراسلنا A"): a verb or noun that a sentence
        may open with, so a byline only when the name is all that follows."""
        at = next((k for k, w in enumerate(words) if w.role == "cue" and w.folded not in self.cues
                   and bare(w.folded) not in self.cues), None)
        after = [w for w in words[at:] if w.role != "separator"] if at is not None else []
        return len(after) - (after[-1].role in ("outlet", "medium") if after else 0) > _SUFFIXED_CUE_WORDS

    def _triggered(self, letters: list[str]) -> bool:
        return not (self.triggers.isdisjoint(letters) and self.triggers.isdisjoint(
            bare(w) for w in letters if w[:1] in PROCLITICS))      # only these have a proclitic to lose

    def _may_credit(self, letters_text: str, letters: list[str]) -> bool:
        """Whether a line may be a credit or a byline at all: it holds a trigger word, or it opens
        or ends with a crediting word ("تقرير: A", "A and B report") or opens with a place before
        a dash ("دمشق - A"). Most short lines do none of these and are turned away unread."""
        if self._triggered(letters) or any(letters_text.count(mark) >= 2 for mark in ":—"):
            return True                      # (two labelled clauses: "Text: A | Photography: B")
        if sum(w in PLACE_LINKS for w in letters) >= 2 or letters[:1] == ["from"] and "and" in letters:
            return True                      # (two names in their places: "A in Gaza and B in Beirut"; "From A and B")
        return bool(letters) and (letters[0] in self.credit_words or unsuffixed(letters[0]) in self.credit_words
                                  or letters[0] in self.writer_roles
                                  or plural_of(letters[-1]) in self.credit_words
                                  or len(letters) > 3 and letters[-2] in PLACE_LINKS and letters[-3] in self.credit_words
                                  or unsuffixed(letters[0]) in self.cues or (
            any(d in letters_text for d in DASHES) and letters[0] in gazetteer().trie))

    def _place(self, run: list[Word], words: list[Word]) -> bool:
        """A run of words that is a place in a byline: after "in"/"from" ("By A in Amman"), a
        place the gazetteer knows or one word; or a known place opening the line before a dash
        ("دمشق - A"), or closing it after one ("X - A - بيروت"). A place elsewhere is part of
        what the line says."""
        k = position(words, run[0]) or 0
        after_link = k > 0 and words[k - 1].folded in PLACE_LINKS
        known = "place" in gazetteer().kinds([w.folded for w in run])
        if known and (k == 0 and len(run) < len(words) and words[len(run)].printed in DASHES
                      or k > 0 and run[-1] is words[-1] and words[k - 1].printed in DASHES):
            return True
        return after_link and (known or len(run) == 1)

    def frame(self, text: str) -> tuple[str, str, str | None] | None:
        """A short line naming one known outlet, with the name as a placeholder ("cross posted
        from <o>"), and a person's name too when one stands at an edge ("<a> special to <o>"),
        the outlet and that name: the phrasing an archive's own credits are learnt from
        (index/templates.py). None for a line that names no outlet."""
        text = without_possessives(text)
        if len(text) > MAX_CREDIT:
            return None
        if not self._triggered(_LETTERS.findall(fold(text))):
            return None
        words, outlet = self._words(text)
        printed = [w for w in words if w.role != "separator"]
        if outlet is None or len(printed) > MAX_FRAME_WORDS:
            return None
        name = self._edge_person(words, printed, literal=lambda w: w.role in ("outlet", "medium"))
        inside = {id(w) for w in name or ()}
        named = named_outlet(words)
        parts = [OUTLET_SLOT if w is named else fold(w.printed) for w in printed if id(w) not in inside]
        if name:
            slot = 0 if name[0] is printed[0] else len(parts)
            parts[slot:slot] = [AUTHOR_SLOT]
        return " ".join(parts), outlet, " ".join(w.printed for w in name) if name else None

    def byline_frame(self, text: str) -> tuple[str, str, bool] | None:
        """A short line that opens or ends with a person's name (two or three words) beside words
        of its own, with the name as a placeholder ("posted from the desk of <a>"), and the name:
        the phrasing an archive's own bylines are learnt from (index/templates.py). A line that
        is only a name has no phrasing to learn. Arabic has no capitals to tell a name from a
        headline's words, and at an archive's scale headlines' words around any two others recur
        too ("إيران لم تغير", "<a> في العالم"): the third value says whether the name is marked
        off, by its capitals or by punctuation from one word of phrasing ("حوار: <a>", "<a> -
        خاص"); an unmarked one ("تحرير <a>") needs more evidence to be learnt (templates.py)."""
        text = without_possessives(text)
        if len(text) > MAX_BYLINE_FRAME or not _LETTERS.search(text):
            return None
        words, outlet = self._words(text)
        printed = [w for w in words if w.role != "separator"]
        if outlet or len(printed) < 3:
            return None
        pair = edge_pair(words, printed)
        if pair:
            run, names = pair
        else:
            run = self._edge_person(words, printed, literal=lambda w: w.role == "function"
                                    and w is not printed[0]) or after_a_lead_word(words, printed)
            names = [run]
        if run is None:
            return None
        marked = all(w.printed.isascii() for w in run) or marked_off(words, run)   # Arabic has no capitals
        inside = {id(w) for w in run}
        parts = [w.folded for w in printed if id(w) not in inside]
        slot = 0 if run[0] is printed[0] else len(parts)
        if not parts or all(w.role == "function" for w in printed if id(w) not in inside) and (
                len(parts) > 1 or slot == 0):
            return None                      # one function word before a name: "From A", "من A"
        return (" ".join(parts[:slot] + [AUTHOR_SLOT] + parts[slot:]),
                "; ".join(" ".join(w.printed for w in name) for name in names), marked)

    @staticmethod
    def _edge_person(words: list[Word], printed: list[Word], literal) -> list[Word] | None:
        """A person's name (two or three words) at the end of a line or at its start, beside
        other words of which not all are ``literal`` (function words alone around a name are a
        sentence cut short: "رفع نتائج التحقيق في"; an outlet's name alone beside it is no
        phrasing)."""
        runs = name_runs(words)
        edges = ([edge_name(runs[-1], printed, first=False)] if runs and runs[-1][-1] is printed[-1] else []) + (
            [edge_name(runs[0], printed, first=True)] if runs and runs[0][0] is printed[0] else [])
        for run in edges:
            if run and len(run) < len(printed) and 2 <= len(run) <= 3 and person_like(run) \
                    and not names_a_thing(run):
                inside = {id(w) for w in run}
                if not all(literal(w) for w in printed if id(w) not in inside):
                    return run
        return None

    def names_an_outlet(self, text: str) -> bool:
        """The line names a known outlet somewhere, however long it is, by a name that is no
        common word (``a_proper_name``: "الأخبار" is also "the news", "الرياض" a city)."""
        known = self._named.get(text)
        if known is None:
            known = self._named.remember(text, self._triggered(_LETTERS.findall(fold(text))) and any(
                w.role in ("outlet", "medium") and a_proper_name(w.printed) for w in self._words(text)[0]))
        return known

    def credits_its_outlet(self, text: str, anywhere: bool = False) -> str | None:
        """The outlet a line names as a credit names it: at its start or after a crediting or
        function word ("h/t X", "عن الأخبار"), or by a proper name at its end or, in a line that
        recurs under that outlet's articles (``anywhere``), inside it ("Follow Reuters on
        Telegram"). Elsewhere the name is a word of what the line says ("Protesters burned Al
        Mayadeen banners ..."; "لمتابعة آخر الأخبار": "the latest news")."""
        words = [w for w in self._words(text)[0] if w.role != "separator"]
        named = named_outlet(words)
        if named is None:
            return None
        k = position(words, named)
        return named.folded if k == 0 or words[k - 1].role in ("credit", "cue", "function") or (
            (anywhere or k == len(words) - 1) and not a_common_outlet_word(named)) else None

    def says_crediting(self, text: str) -> bool:
        """A word of the line is a crediting word or a cue (a name has none)."""
        return any(w.role in ("credit", "cue") for w in self._words(text)[0])

    def placed_outlet(self, text: str) -> str | None:
        """The outlet a line credits where credits stand (``read`` with ``placed``), remembered:
        a reposted article's short lines come back page after page."""
        if len(text) > MAX_CREDIT and len(without_possessives(text)) > MAX_CREDIT:
            return None                         # a paragraph: not worth remembering
        known = self._placed.get(text, _UNREAD)
        if known is _UNREAD:
            credit = self.read(text, placed=True)
            known = self._placed.remember(text, credit.outlet if credit else None)
        return known

    def _words(self, text: str) -> tuple[list[Word], str | None]:
        tokens = words_of(text)
        folded = [fold(t) for t in tokens]
        bares = [bare(f, t) for t, f in zip(tokens, folded)]
        words, k = [], 0
        while k < len(tokens):
            found = self._outlet_at(folded, bares, k)
            if found:
                end, name = found
                medium = any(w in self.credit_words for w in folded[k:end])   # موقع العهد, Press TV
                words.append(Word(" ".join(tokens[k:end]), name, "medium" if medium else "outlet"))
                k = end
                continue
            role = self._roles.get(tokens[k]) or self._roles.remember(tokens[k], self._role(tokens[k], folded[k]))
            words.append(Word(tokens[k], folded[k], role))
            k += 1
        named = named_outlet(words)
        return words, named.folded if named else None

    def _role(self, token: str, folded: str) -> str:
        if not any(c.isalnum() and c != TATWEEL for c in token) or folded in HONORIFICS:
            return "separator"                  # a lone tatweel ("كتب ـ A"), a title ("Dr.", "د.")
        if folded.isdigit():
            return "number"                     # a year: "© Reuters 2026", "Copyright © 2026 X"
        if "-" in folded and folded not in self._listed:
            folded = folded.rsplit("-", 1)[1]      # "cross-posted", "co-written": as their last part
        stripped = bare(folded)
        if folded in self.cues or unsuffixed(folded) in self.cues:
            return "cue"                        # "مراسلنا": "our correspondent"
        if stripped in self.cues:               # "وكتب"; "للكاتب" is "of the writer": no cue
            return "credit" if folded[:1] == "ل" else "cue"
        if folded in self.credit_words or stripped in self.credit_words or unsuffixed(folded) in self.credit_words or (
                stripped[:2] == "ال" and stripped[2:] in self.credit_words):      # "الحقوق": the article too; "نقلها"
            return "credit"
        if plural_of(folded) in self._crediting:
            return "credit"                     # "مراسلان", "مراسلون": a role of two or more (no cue)
        if folded in self.writer_roles:
            return "role"                       # "الباحث A": what the writer is
        if folded in self.function_words or stripped in self.function_words:
            return "function"
        return "name"

    def _outlet_at(self, folded: list[str], bares: list[str], k: int) -> tuple[int, str] | None:
        """The longest outlet alias (or a domain) printed from word k on."""
        if "." in folded[k]:
            name = self.table.by_domain(folded[k])
            return (k + 1, name) if name else None
        best = None
        for first in {folded[k], bares[k]}:
            node = self.table.alias_words.get(first)
            j = k + 1
            while node is not None:
                if None in node:
                    best = max(best or (0, ""), (j, node[None]))
                if j >= len(folded):
                    break
                node = node.get(folded[j])
                j += 1
        return best


_UNREAD = object()
_SUFFIXED_CUE_WORDS = 4          # a suffixed cue and a name of up to three words


@cache
def credit_reader() -> CreditReader:
    raw = tomllib.loads(resources.files("index").joinpath("data/credits.toml").read_text("utf-8"))
    words = lambda key: frozenset(fold(w) for w in raw[key].split())  # noqa: E731
    return CreditReader(outlets(), words("function_words"), words("credit_words"), words("author_cues"),
                        words("writer_roles"))
