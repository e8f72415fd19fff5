"""Snippets: the body's own text around the query's words, each character shown at most once.

The promise, for any body and any query terms: the snippet, its <mark> tags removed and its HTML
unescaped, is a sequence of fragments of the body (whitespace normalized) in body order that
neither overlap nor touch (two fragments with only whitespace between them are one); the only
markup is <mark>, around whole words the query matches.
"""
from __future__ import annotations

import re
from html import unescape

from hypothesis import given, settings
from hypothesis import strategies as st

from index.analysis import TOKEN_PATTERN, fold_token, index_term, stem
from search.snippets import Terms, lead, snippet

from .conftest import examples

_TOKEN = re.compile(TOKEN_PATTERN)
_MARKED = re.compile(r"<mark>(.*?)</mark>", re.S)

VOCABULARY = [
    "Saudi", "Arabia's", "barrel", "barrels", "dlrs", "17.00", "oil", "OPEC", "the", "of", "a", "said",
    "Convoys", "convoy", "Asa’ib", "café",
    "علي", "على", "إلى", "الحسن", "والحسن", "المقاومة", "المقاومه", "لبنان", "قال", "الْحَرْب", "فاطمة",
    ",", ".", "—", "(", ")", '"', "'", "«", "»", "؟", "،", "<b>", "<mark>", "</mark>", "&", "&amp;", "x<y",
]
SEPARATORS = [" ", " ", " ", "  ", "\n", " \n", "\t", "\u00a0"]


def _join(words: list[str], separators: list[str]) -> str:
    return "".join(word + separator for word, separator in zip(words, separators)).rstrip(" ")


@st.composite
def bodies(draw) -> str:
    """Words of both scripts, punctuation and markup, repeated, at any spacing; or, so that where
    each fragment comes from is certain, every word different."""
    n = draw(st.integers(0, 160))
    if draw(st.booleans()):
        words = draw(st.lists(st.sampled_from(VOCABULARY), min_size=n, max_size=n))
    else:
        words = [f"w{i}" if i % 3 else f"كلمة{i}" for i in range(n)]
    separators = draw(st.lists(st.sampled_from(SEPARATORS), min_size=n, max_size=n))
    return _join(words, separators)


@st.composite
def terms_for(draw, body: str) -> Terms:
    """Query terms as query_terms() builds them: indexed terms of some words (of the body or
    not), and folded words of exact clauses."""
    words = _TOKEN.findall(body) + ["absent", "غائب"]
    chosen = draw(st.lists(st.sampled_from(words), max_size=6))
    exact = draw(st.lists(st.sampled_from(words), max_size=2))
    stemmed = {term for term in (index_term(w)[1] for w in chosen) if term is not None}
    return Terms(stemmed, {fold_token(w) for w in exact})


def _fragments(out: str) -> list[str]:
    plain = unescape(out.replace("<mark>", "").replace("</mark>", ""))
    plain = plain.removeprefix("… ").removesuffix(" …")
    return plain.split(" … ") if plain else []


def _placements(body: str, fragments: list[str]) -> list[tuple[int, int]]:
    """Where each fragment sits in the normalized body, as whole words, each after the previous
    one (the earliest such places: if any placement in order exists, this one does)."""
    text = " " + " ".join(body.split()) + " "
    places, cursor = [], 0
    for fragment in fragments:
        at = text.find(" " + fragment + " ", cursor)
        assert fragment and at != -1, (fragment, text[cursor:cursor + 200])
        places.append((at + 1, at + 1 + len(fragment)))
        cursor = at + 1 + len(fragment)
    return places


@settings(max_examples=examples(400), deadline=None)
@given(st.data())
def test_a_snippet_shows_fragments_of_the_body_once_each_in_order(data):
    body = data.draw(bodies())
    terms = data.draw(terms_for(body))
    out = snippet(body, terms)

    # the only markup is <mark>, never nested, around whole words the query matches
    assert set(re.findall(r"<[^>]*>", out)) <= {"<mark>", "</mark>"}, out
    assert re.fullmatch(r"(?:[^<>]|<mark>[^<>]+</mark>)*", out), out
    for word in map(unescape, _MARKED.findall(out)):
        assert _TOKEN.fullmatch(word) and terms.matches(word), word

    fragments = _fragments(out)
    places = _placements(body, fragments)
    unique = len(set(body.split())) == len(body.split())
    if unique:
        # each word is in one place: fragments with only a space between them would be one
        for (_, end), (start, _) in zip(places, places[1:]):
            assert start > end + 1, fragments
    if not (terms and any(terms.matches(m.group(0)) for m in _TOKEN.finditer(body))):
        assert out == lead(body)
    elif unique:
        # the first matched word is shown, marked
        first = next(m.group(0) for m in _TOKEN.finditer(body) if terms.matches(m.group(0)))
        assert first in map(unescape, _MARKED.findall(out)), (first, out)


def test_nearby_matches_share_one_fragment_not_two_that_repeat_text():
    body = ("Oil prices rose. " * 4 + "Traders expect crude to hold at 17.00 dlrs a barrel because of Saudi "
            "Arabia's pledge to cut output, and OPEC said a barrel of Saudi crude would not sell below it. "
            + "Markets were quiet. " * 10)
    terms = Terms({stem("saudi"), stem("barrel")}, set())
    out = snippet(body, terms)
    fragments = _fragments(out)
    assert len(fragments) == 1, out
    assert out.count("because of <mark>Saudi</mark>") == 1 and out.count("<mark>") == 4


def test_far_apart_matches_give_two_fragments_and_a_gap():
    body = " ".join(f"w{i}" for i in range(200))
    out = snippet(body, Terms({"w10", "w150"}, set()))
    assert out.startswith("w0 ") and out.endswith(" …") and out.count(" … ") == 1
    assert "<mark>w10</mark>" in out and "<mark>w150</mark>" in out
    assert len(_fragments(out)) == 2


def test_a_stop_word_is_not_marked_for_the_word_it_folds_like():
    """علي (Ali) and the preposition على fold and stem alike; only the name is indexed."""
    out = snippet("قال علي إن الوفد وصل على عجل", Terms({stem(fold_token("علي"))}, set()))
    assert out == "قال <mark>علي</mark> إن الوفد وصل على عجل"
