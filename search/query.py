"""Free text -> a Whoosh query, with Whoosh's syntax and our guards.

Syntax (Whoosh's): words are ANDed; OR, NOT, AND, parentheses; "a phrase"; field:value (title,
body, outlet, author, lang, person, org, place); wildcards (convoy*); fuzzy terms (Kadhimi~).
Unfielded words search the stemmed title and body. A quoted phrase, and the ``exact:`` field,
match the words as written (folded, not stemmed; see exact.py): "لبنان" or exact:لبنان finds
لبنان and not لبن.
Unquoted words that name a known entity (Daesh, Hashd al-Shaabi, سليماني) also match the entity
field, so every spelling and script is found, the words as typed ranked first.
"""
from __future__ import annotations

import re
from itertools import islice

from whoosh import query as wq
from whoosh.qparser import (FuzzyTermPlugin, MultifieldPlugin, PhrasePlugin, PseudoFieldPlugin,
                            QueryParser, syntax)

from index.analysis import exact_tokens
from index.entities import gazetteer_spans

from .errors import InvalidQuery
from .exact import ExactChecks, ExactQuery
from .tree import leaves

FIELD_BOOSTS = {"title": 2.0, "body": 1.0}
MAX_QUERY_CHARS = 1000
MAX_TERMS = 64
MIN_WILDCARD_PREFIX = 2
MAX_FUZZY_DISTANCE = 2
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u200b-\u200f\u202a-\u202e\u2066-\u2069]")


class _ExactPhraseNode(PhrasePlugin.PhraseNode):
    """A quoted phrase on title or body: the stemmed phrase finds the candidates, ExactQuery
    keeps those holding the words as written."""

    def query(self, parser):
        stemmed = super().query(parser)
        fieldname = self.fieldname or parser.fieldname
        if fieldname not in parser.text_fields:
            return stemmed
        words = tuple(exact_tokens(self.text))
        if not words:
            return wq.NullQuery
        if isinstance(stemmed, wq.Phrase) and not stemmed.words:
            stemmed = wq.Every()                  # only stop words: every article is a candidate
        return ExactQuery(stemmed, fieldname, words, getattr(parser, "exact_checks", None))


class _ExactPhraseTagger(PhrasePlugin.PhraseTagger):
    def create(self, parser, match):
        node = super().create(parser, match)
        return _ExactPhraseNode(node.text, node.textstartchar, node.slop)


class ExactPhrasePlugin(PhrasePlugin):
    def taggers(self, parser):
        return [(_ExactPhraseTagger(self.expr), 0)]


def _exact_pseudofield(node, boosts: dict[str, float]):
    """``exact:word`` and ``exact:"some words"`` search the text fields (title and body) for the
    words as written."""
    if isinstance(node, syntax.GroupNode):
        group = node.empty_copy()
        for child in node:
            replaced = _exact_pseudofield(child, boosts)
            if replaced is not None:
                group.append(replaced)
        return group
    if not node.has_text:
        return node
    clones = []
    for name, boost in boosts.items():
        clone = _ExactPhraseNode(node.text, 0)
        clone.set_fieldname(name, override=True)
        clone.set_boost(boost)
        clones.append(clone)
    return syntax.OrGroup(clones)


def make_parser(schema, exact_checks: ExactChecks | None = None,
                boosts: dict[str, float] = FIELD_BOOSTS, entities: bool = True) -> QueryParser:
    """The parser of one open version; its exact clauses cache their checks in ``exact_checks``.
    ``boosts``: the text fields unfielded words search (the quotation index has one, ``text``);
    ``entities``: whether words naming a known entity also match its entity field."""
    parser = QueryParser(None, schema)
    parser.exact_checks = exact_checks
    parser.text_fields, parser.text_boosts, parser.entities = tuple(boosts), dict(boosts), entities
    parser.remove_plugin_class(PhrasePlugin)
    parser.add_plugin(ExactPhrasePlugin())
    parser.add_plugin(PseudoFieldPlugin({"exact": lambda node: _exact_pseudofield(node, boosts)}))
    parser.add_plugin(MultifieldPlugin(list(boosts), fieldboosts=boosts))
    parser.add_plugin(FuzzyTermPlugin())
    return parser


def parse_text(text: str, parser: QueryParser) -> wq.Query:
    """The query for a reader's text, or InvalidQuery saying what to change."""
    if len(text) > MAX_QUERY_CHARS:
        raise InvalidQuery(f"The query is {len(text):,} characters long; the limit is "
                           f"{MAX_QUERY_CHARS:,}. Search for the few words that matter.")
    cleaned = " ".join(_CONTROL.sub(" ", text).split())
    if not cleaned:
        return wq.NullQuery
    try:
        parsed = parser.parse(expand_entities(cleaned) if parser.entities else cleaned)
    except Exception as err:              # Whoosh's parser rarely raises; when it does, say so
        raise InvalidQuery(f"The query could not be read ({err}). Check quotes and brackets.") from None
    _check(parsed)
    return parsed.accept(lambda node: _every_document(node, parser.text_fields))


def _every_document(node: wq.Query, fields: tuple[str, ...]) -> wq.Query:
    """``*`` and ``title:*``/``body:*`` mean every article: Whoosh's fielded Every would read
    the posting list of every word of the field (seconds on a large index)."""
    if isinstance(node, wq.Every) and node.fieldname in (None, *fields):
        return wq.Every()
    return node


def matches_everything(query: wq.Query | None) -> bool:
    """No text, or ``*`` (alone or ORed with itself): the search is a browse."""
    if query is None or isinstance(query, wq.Every) and query.fieldname is None:
        return True
    return isinstance(query, wq.Or) and all(matches_everything(child) for child in query.children())


_SEGMENT = re.compile(r'"[^"]*"?|[^\s()"]+:"[^"]*"?|[^\s()"]+:[^\s()"]+|[()]|[^\s()"]+')
_OPERATORS = frozenset({"AND", "OR", "NOT", "ANDNOT", "ANDMAYBE"})
LITERAL_BOOST = 2.0
ENTITY_BOOST = 0.3


def expand_entities(text: str) -> str:
    """Rewrite each run of plain words naming a known entity as (words^2 OR type:"Name"^0.3)."""
    out, last = [], 0
    for start, end in _plain_runs(text):
        run = text[start:end]
        pieces, pos = [], 0
        for s, e, entity in gazetteer_spans(run):
            pieces.append(run[pos:s])
            pieces.append(f'(({run[s:e]})^{LITERAL_BOOST:g} OR {entity.type}:"{entity.name}"^{ENTITY_BOOST:g})')
            pos = e
        pieces.append(run[pos:])
        out += [text[last:start], "".join(pieces)]
        last = end
    out.append(text[last:])
    return "".join(out)


def _plain_runs(text: str):
    """Spans of consecutive plain words: not quoted, not field:value, no operators or syntax."""
    start = end = None
    for m in _SEGMENT.finditer(text):
        word = m.group(0)
        plain = word not in _OPERATORS and not any(c in word for c in '():"*?~^[]{}')
        if plain:
            start = m.start() if start is None else start
            end = m.end()
            continue
        if start is not None:
            yield start, end
        start = end = None
    if start is not None:
        yield start, end


def _check(parsed: wq.Query) -> None:
    found = list(leaves(parsed))
    errors = [leaf for leaf in found if isinstance(leaf, wq.qcore._NullQuery) and getattr(leaf, "error", None)]
    if errors:
        raise InvalidQuery(f"The query could not be read: {errors[0].error}")
    if len(found) > MAX_TERMS:
        raise InvalidQuery(f"The query has {len(found)} terms; the limit is {MAX_TERMS}.")
    for leaf in found:
        if isinstance(leaf, (wq.Wildcard, wq.Prefix)):
            literal = re.split(r"[*?]", leaf.text, maxsplit=1)[0]
            if len(literal) < MIN_WILDCARD_PREFIX:
                raise InvalidQuery(
                    f"“{leaf.text}” would expand over the whole vocabulary: put at least "
                    f"{MIN_WILDCARD_PREFIX} letters before a * or ? wildcard.")
        if isinstance(leaf, wq.FuzzyTerm) and leaf.maxdist > MAX_FUZZY_DISTANCE:
            raise InvalidQuery(f"A fuzzy term may differ by at most {MAX_FUZZY_DISTANCE} letters "
                               f"(“{leaf.text}~{MAX_FUZZY_DISTANCE}”).")


MAX_EXPANSIONS = 2000
EXPANDING = (wq.Wildcard, wq.Prefix, wq.FuzzyTerm, wq.Regex, wq.Variations)   # stand for many terms


def check_expansions(parsed: wq.Query, reader) -> None:
    """Wildcard and fuzzy terms may stand for at most MAX_EXPANSIONS words of the index."""
    for leaf in leaves(parsed):
        if isinstance(leaf, EXPANDING):
            count = sum(1 for _ in islice(leaf._btexts(reader), MAX_EXPANSIONS + 1))
            if count > MAX_EXPANSIONS:
                raise InvalidQuery(
                    f"“{leaf.text}” stands for over {MAX_EXPANSIONS:,} different words in the index: "
                    f"add letters before the wildcard or make the fuzzy term exact.")
