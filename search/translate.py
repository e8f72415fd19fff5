"""Cross-language search: the words of a parsed query also search their renderings in the other
language (search/lexicon.py), so "drone attack" finds هجوم بطائرة مسيرة and back.

The query is rewritten as a structured query (Pirkola's method): each word, or each run of words
the lexicon knows as a phrase ("prime minister"), gets one group holding all its renderings;
within a group the renderings are alternatives, a document scoring by the best one it holds (a
disjunction-max), so a word with many renderings does not outweigh a word with one; a rendering
weighs ``TRANSLATED_WEIGHT`` of the word typed.

An AND of words becomes: every word as typed (the query's own language, as before), OR an
article in the other language holding renderings of at least half the words that have some
(``needed``), ranked by the share it holds, together with every other clause of the AND (NOT,
phrases, fielded words, names of known entities). A single word is itself OR its group. When the
words are of both scripts, each word is itself OR its group, all ANDed.

A Latin word no lexicon knows, or a capitalized one (a name), also searches the names the archive
printed in Arabic with its consonant skeleton (search/transliteration.py); when the archive
printed none, the Arabic spellings its letters likely have ("Tellis": تيليس) that the index
holds, and holds rarely (at most ``SPELLED_MAX_SHARE`` of the documents in a field: more is a
common word the letters happen to spell).

Left as typed: quoted phrases and ``exact:`` (the words as written), fielded words, wildcards
and fuzzy terms, and words that name a known entity (their entity field already matches every
spelling and script). A rendering none of whose terms the index holds is not searched, and not
reported. Renderings are searched only in a language the request allows (its ``lang`` filter).
"""
from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from whoosh import query as wq

from index.analysis import TOKEN_PATTERN, index_term
from index.whoosh_fixes import live_frequency

from .at_least import AtLeast
from .errors import InvalidQuery
from .exact import ExactQuery
from .lexicon import Lexicon, MissingDictionary, Rendering, lexicon, other, script_of
from .transliteration import MAX_NAMES, NameWords, arabic_spellings

TRANSLATED_WEIGHT = 0.5
SPELL_NAMES = True                 # Latin names no record holds are spelled in Arabic (_spelled)
SPELLED_MAX_SHARE = 0.005          # a spelled name held by more of the documents is a common word
SPELLED_MIN_DF = 5                 # ... but in a small index, five documents are still few
LANGUAGES = ("en", "ar")
_WORD = re.compile(TOKEN_PATTERN)


def translate(query: wq.Query, parser, reader, request, names: Callable[[], NameWords] | None = None
              ) -> tuple[wq.Query, dict[str, list[str]]]:
    """The request's parsed query with renderings added, and the renderings used; the query as
    it is when the request turned translation off (or left it on its default and FreeDict is not
    installed: asked for, that is an error saying how to install it). ``names`` gives the
    archive's name words (read when first needed)."""
    if request.translate is False:
        return query, {}
    try:
        known = lexicon()
    except MissingDictionary as err:
        if request.translate:
            raise InvalidQuery(str(err)) from None
        return query, {}
    languages = tuple(request.lang) or LANGUAGES
    return Translator(known, reader, parser.text_boosts, request.q, languages, names).translate(query)


def needed(words: int) -> int:
    """Of n translated words, how many an article in the other language must render: half, rounded
    up ("drone attack airport": two of the three). An article rendering more of them ranks higher
    (the group's score is multiplied by the share it renders)."""
    return (words + 1) // 2


@dataclass
class Part:
    """One clause of an AND: a word (or a phrase of the lexicon) or anything else."""
    typed: wq.Query               # as the reader typed it
    either: wq.Query              # it, or its renderings
    group: wq.Query | None        # its renderings (None: it has none, or is not a word)
    lang: str | None              # the language of the word
    word: bool


class Translator:
    """Rewrites one parsed query against one reader (the index's terms decide which renderings
    are searched)."""

    def __init__(self, lexicon: Lexicon, reader, boosts: dict[str, float], typed: str,
                 languages: tuple[str, ...] = LANGUAGES, names: Callable[[], NameWords] | None = None):
        self.lexicon, self.reader, self.boosts, self.names = lexicon, reader, boosts, names
        self.fields = tuple(boosts)
        self.languages = languages
        self.used: dict[str, list[str]] = {}
        self._typed: dict[str, str] = {}                 # indexed term -> the word as typed
        for word in _WORD.findall(typed):
            term = index_term(word)[1]
            if term:
                self._typed.setdefault(term, word)

    def translate(self, query: wq.Query) -> tuple[wq.Query, dict[str, list[str]]]:
        """The query rewritten, and per typed word or phrase the renderings it searches."""
        return self._rewrite(query), self.used

    def _rewrite(self, node: wq.Query) -> wq.Query:
        if isinstance(node, (ExactQuery, wq.Phrase)) or node.is_leaf() and not isinstance(node, wq.Term):
            return node
        if isinstance(node, wq.And):
            return self._and(list(node.children()), node.boost)
        words = _words(node, self.fields)
        if words is not None:
            groups = [group for group in (self._group((text,)) for text in words) if group is not None]
            return wq.Or([node, *groups]) if groups else node
        return node.apply(self._rewrite)

    def _and(self, children: list[wq.Query], boost: float) -> wq.Query:
        """Words ANDed: in their own language every word as typed; in the other, an article holding
        renderings of at least ``needed(n)`` of the n words that have some (the others cannot be
        in it), and every other clause (NOT, phrases, fields, names of known entities)."""
        parts = self._parts(children)
        translated = [part for part in parts if part.group is not None]
        sources = {part.lang for part in translated}
        targets = [lang for lang in self.languages if lang not in sources]
        if not translated or len(sources) > 1 or not targets:       # words of both scripts: word by word
            return wq.And([part.either for part in parts], boost=boost)
        typed = wq.And([part.typed for part in parts], boost=boost)
        either = [part.either for part in translated]
        rendered = either[0] if len(either) == 1 else AtLeast(either, needed(len(either)), coordinated=True)
        other = [wq.Term("lang", lang) for lang in targets]
        clauses = [part.typed for part in parts if not part.word]
        return wq.Or([typed, wq.And([other[0] if len(other) == 1 else wq.Or(other), rendered, *clauses])])

    def _parts(self, children: list[wq.Query]) -> list[Part]:
        """An AND's children as parts, each run of words the lexicon knows as a phrase one part."""
        out, i = [], 0
        while i < len(children):
            for n in range(min(self.lexicon.longest, len(children) - i), 1, -1):
                texts = tuple(_single_word(child, self.fields) for child in children[i:i + n])
                group = self._group(texts) if None not in texts else None
                if group is not None:
                    node = wq.And(children[i:i + n])
                    out.append(Part(node, wq.Or([node, group]), group, script_of(texts[0]), True))
                    i += n
                    break
            else:
                child = children[i]
                words = _words(child, self.fields)
                if words is not None and len(words) == 1:
                    group = self._group((words[0],))
                    either = wq.Or([child, group]) if group is not None else child
                    out.append(Part(child, either, group, script_of(words[0]), True))
                else:
                    rewritten = self._rewrite(child)
                    out.append(Part(rewritten, rewritten, None, None, False))
                i += 1
        return out

    def _group(self, key: tuple[str, ...]) -> wq.Query | None:
        """The renderings of a key searched as alternatives, weighted; None when none is."""
        renderings = self._renderings(key)
        if not renderings:
            return None
        self.used[" ".join(self._typed.get(term, term) for term in key)] = [r.text for r in renderings]
        return wq.DisjunctionMax([self._search(r) for r in renderings])

    def _renderings(self, key: tuple[str, ...]) -> list[Rendering]:
        """The lexicon's renderings of a key; for one word the lexicon does not know, or a
        capitalized Latin word (a name: "Wales" is also in the dictionary), the names the archive
        printed in the other script with its skeleton too, or, when it printed none, the word's
        likely Arabic spellings (``_spelled``). Only those the index holds."""
        lang = script_of(key[0])
        if lang is None or other(lang) not in self.languages:
            return []
        typed = self._typed.get(key[0])
        found = self.lexicon.renderings(lang, key, typed)
        spelled = []
        if self.names is not None and len(key) == 1 and typed and (not found or typed[:1].isupper()):
            names = [Rendering(text, terms) for text, terms in self.names().across(typed)
                     if all(terms) and terms not in {r.terms for r in found}]
            if not names and lang == "en" and SPELL_NAMES:
                spelled = self._spelled(typed, {r.terms for r in found})       # held, by construction
            found = found + names
        return [r for r in found if all(self._held(term) for term in r.terms)] + spelled

    def _spelled(self, typed: str, known: set) -> list[Rendering]:
        """A Latin word's likely Arabic spellings (transliteration.arabic_spellings) that the index
        holds, and holds rarely (a name the recognizer did not mark, a loanword: not a common word
        the letters happen to spell), the likeliest first."""
        out, rare = [], max(SPELLED_MIN_DF, self.reader.doc_count() * SPELLED_MAX_SHARE)
        for spelling in arabic_spellings(typed):
            term = index_term(spelling)[1]
            if not term or len(term) < 3 or (term,) in known or any(r.terms == (term,) for r in out):
                continue
            frequency = max(live_frequency(self.reader, name, term, int(rare) + 1) for name in self.fields)
            if 0 < frequency <= rare:
                out.append(Rendering(spelling, (term,)))
                if len(out) == MAX_NAMES:
                    break
        return out

    def _held(self, term: str) -> bool:
        """Whether a live document holds the term (counting live ones only, an updated index
        translates as a rebuild of the same archive does)."""
        return any(live_frequency(self.reader, name, term, 1) for name in self.fields)

    def _search(self, rendering: Rendering) -> wq.Query:
        """One rendering on every text field, weighted by the field's boost times TRANSLATED_WEIGHT
        (on the leaves: Whoosh's matchers leave a compound query's own boost out)."""
        weights = {name: boost * TRANSLATED_WEIGHT for name, boost in self.boosts.items()}
        if len(rendering.terms) == 1:
            return wq.Or([wq.Term(name, rendering.terms[0], boost=w) for name, w in weights.items()])
        return wq.Or([wq.Phrase(name, list(rendering.terms), boost=w) for name, w in weights.items()])


def _words(node: wq.Query, fields: tuple[str, ...]) -> list[str] | None:
    """The texts of a node of unfielded words: each text a Term on every text field (the parser's
    word on title and body), in an OR when there are several (words ORed by the reader are one
    OR); None for anything else: a fielded word (``title:Erbil`` is the word as typed, in that
    field), and a word naming a known entity (its OR holds the entity's field)."""
    terms = [node] if isinstance(node, wq.Term) else list(node.children()) if isinstance(node, wq.Or) else None
    if not terms or not all(isinstance(t, wq.Term) and t.fieldname in fields for t in terms):
        return None
    by_text: dict[str, set[str]] = {}
    for term in terms:
        by_text.setdefault(term.text, set()).add(term.fieldname)
    if any(names != set(fields) for names in by_text.values()):
        return None
    return list(by_text)


def _single_word(node: wq.Query, fields: tuple[str, ...]) -> str | None:
    words = _words(node, fields)
    return words[0] if words is not None and len(words) == 1 else None
