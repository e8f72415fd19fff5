"""Cross-language search: the words of a parsed query also search their renderings in the other
language (search/lexicon.py), so "drone attack" finds هجوم بطائرة مسيرة and back.

The query is rewritten as a structured query (Pirkola's method): each word, or each run of words
the lexicon knows as a phrase ("prime minister"), becomes an OR of itself and one group holding
all its renderings, the group weighted by ``TRANSLATED_WEIGHT``. Words stay ANDed, so an Arabic
article must hold a rendering of every word (or the word itself: a name, a number) to match; an
article in the query's own language is found as before and, by the weight, ranked by its own
words first. Within a group the renderings are alternatives: a document scores by the best
rendering it holds (a disjunction-max), so a word with many renderings does not outweigh a word
with one.

Left as typed: quoted phrases and ``exact:`` (the words as written), wildcards and fuzzy terms,
and words that name a known entity (their entity field already matches every spelling and
script). A rendering none of whose terms the index holds is not searched, and not reported.
Renderings are searched only in a language the request allows (its ``lang`` filter).
"""
from __future__ import annotations

from dataclasses import dataclass, field

from whoosh import query as wq

from index.analysis import exact_tokens, stem

from .errors import InvalidQuery
from .exact import ExactQuery
from .lexicon import Lexicon, MissingDictionary, Rendering, lexicon, other, script_of

TRANSLATED_WEIGHT = 0.5
LANGUAGES = ("en", "ar")


def translate(query: wq.Query, parser, reader, request) -> tuple[wq.Query, dict[str, list[str]]]:
    """The request's parsed query with renderings added, and the renderings used; the query as
    it is when the request turned translation off (or left it on its default and FreeDict is not
    installed: asked for, that is an error saying how to install it)."""
    if request.translate is False:
        return query, {}
    try:
        known = lexicon()
    except MissingDictionary as err:
        if request.translate:
            raise InvalidQuery(str(err)) from None
        return query, {}
    languages = tuple(request.lang) or LANGUAGES
    done = Translator(known, reader, parser.text_boosts, request.q, languages).translate(query)
    return done.query, done.used


@dataclass
class Translation:
    """What a rewrite did: the query searched and, per typed word or phrase, the renderings used."""
    query: wq.Query
    used: dict[str, list[str]] = field(default_factory=dict)


class Translator:
    """Rewrites one parsed query against one reader (the index's terms decide which renderings
    are searched)."""

    def __init__(self, lexicon: Lexicon, reader, boosts: dict[str, float], typed: str,
                 languages: tuple[str, ...] = LANGUAGES):
        self.lexicon, self.reader, self.boosts = lexicon, reader, boosts
        self.fields = tuple(boosts)
        self.languages = languages
        self.used: dict[str, list[str]] = {}
        self._typed: dict[str, str] = {}                 # indexed term -> the word as typed
        for word in exact_tokens(typed):
            self._typed.setdefault(stem(word), word)

    def translate(self, query: wq.Query) -> Translation:
        return Translation(self._rewrite(query), self.used)

    def _rewrite(self, node: wq.Query) -> wq.Query:
        if isinstance(node, (ExactQuery, wq.Phrase)) or node.is_leaf() and not isinstance(node, wq.Term):
            return node
        if isinstance(node, wq.And):
            return wq.And(self._runs(list(node.children())), boost=node.boost)
        words = _words(node, self.fields)
        if words is not None:
            return self._alternatives(node, [(text,) for text in words])
        return node.apply(self._rewrite)

    def _runs(self, children: list[wq.Query]) -> list[wq.Query]:
        """An AND's children, each run of words the lexicon knows as a phrase made one group."""
        out, i = [], 0
        while i < len(children):
            for n in range(min(self.lexicon.longest, len(children) - i), 1, -1):
                texts = [_single_word(child, self.fields) for child in children[i:i + n]]
                if None not in texts and self._renderings(tuple(texts)):
                    out.append(self._alternatives(wq.And(children[i:i + n]), [tuple(texts)]))
                    i += n
                    break
            else:
                out.append(self._rewrite(children[i]))
                i += 1
        return out

    def _alternatives(self, node: wq.Query, keys: list[tuple[str, ...]]) -> wq.Query:
        """``node`` OR the renderings of each key, weighted; ``node`` itself when none is searched."""
        groups = []
        for key in keys:
            renderings = self._renderings(key)
            if renderings:
                self.used[" ".join(self._typed.get(term, term) for term in key)] = [r.text for r in renderings]
                groups.append(wq.DisjunctionMax([self._search(r) for r in renderings]))
        return wq.Or([node, *groups]) if groups else node

    def _renderings(self, key: tuple[str, ...]) -> list[Rendering]:
        lang = script_of(key[0])
        if lang is None or other(lang) not in self.languages:
            return []
        return [r for r in self.lexicon.renderings(lang, key, self._typed.get(key[0]))
                if all(self._held(term) for term in r.terms)]

    def _held(self, term: str) -> bool:
        return any(self.reader.doc_frequency(name, term) for name in self.fields)

    def _search(self, rendering: Rendering) -> wq.Query:
        """One rendering on every text field, weighted by the field's boost times TRANSLATED_WEIGHT
        (on the leaves: Whoosh's matchers leave a compound query's own boost out)."""
        weights = {name: boost * TRANSLATED_WEIGHT for name, boost in self.boosts.items()}
        if len(rendering.terms) == 1:
            return wq.Or([wq.Term(name, rendering.terms[0], boost=w) for name, w in weights.items()])
        return wq.Or([wq.Phrase(name, list(rendering.terms), boost=w) for name, w in weights.items()])


def _words(node: wq.Query, fields: tuple[str, ...]) -> list[str] | None:
    """The texts of a word node: a Term on a text field, or an OR of such Terms (the parser's
    word on every text field, or words ORed by the reader); None for anything else, and for a
    word naming a known entity (its OR holds the entity's field)."""
    if isinstance(node, wq.Term):
        return [node.text] if node.fieldname in fields else None
    if not isinstance(node, wq.Or) or not all(isinstance(c, wq.Term) for c in node.children()):
        return None
    if any(c.fieldname not in fields for c in node.children()):
        return None
    return list(dict.fromkeys(c.text for c in node.children()))


def _single_word(node: wq.Query, fields: tuple[str, ...]) -> str | None:
    words = _words(node, fields)
    return words[0] if words is not None and len(words) == 1 else None
