"""The trained named-entity recognizer at work: a text's sentences tagged by the CRF of their
language (index/data/ner-en.crfsuite, ner-ar.crfsuite, made by ``python -m index.ner.train``),
giving (start, end, type) character spans of people, organizations and places.

Tokens are cut as the training corpora cut them (CoNLL-2003, ANERcorp): words, a possessive 's
and a negation n't apart, a number with its decimal point or thousands separator whole (1.23, 4,500), punctuation apart, initials (U.S.) whole; a sentence ends at . ! ? ؟ or a line break, and
is tagged by the Arabic model when most of its words are Arabic. Each process loads the models
once (``recognizer()``).
"""
from __future__ import annotations

import re
from functools import cache
from importlib import resources
from pathlib import Path

from .dates import is_month_name
from .gazetteer import gazetteer
from .ner.chain import Chain
from .ner.corpus import spans

TOKEN = re.compile(r"\d+(?:[.,]\d+)+|(?:[A-Za-z]\.){2,}|['’]s\b|n['’]t\b|\w+(?:[-'’]\w+)*(?=['’]s\b|n['’]t\b)|\w+(?:[-'’]\w+)*|[^\w\s]")
SENTENCE_END = frozenset(".!?؟")
MAX_SENTENCE = 150                      # tokens: a longer run (a list, a table) is tagged in parts
_ARABIC_WORD = re.compile(r"(?<!\S)[\u0600-\u06ff]")     # a word that starts in Arabic
TYPES = {"PER": "person", "ORG": "org", "LOC": "place"}
# A preposition or conjunction joined to the article (للعبادي, بالعراق, والحكومة) begins no word of
# a person's name: a person's span ends before it ("علي السيستاني للعبادي" is علي السيستاني).
_PREPOSITION_AND_ARTICLE = ("لل", "بال", "وال", "فال", "كال")
# Son of, daughter of, family of: a person's name goes on after them.
LINEAGE = frozenset({"بن", "ابن", "بنت", "آل", "ال", "bin", "ibn", "bint", "al"})
# Titles a person's name is printed after, not part of it.
TITLE_WORDS = frozenset("""sheikh shaykh sayyed sayyid sayed general gen president minister spokesman
spokeswoman spokesperson commander ayatollah imam dr mr mrs ms king prince emir colonel col lieutenant
brigadier major maj deputy speaker chairman chief ambassador envoy adviser advisor senator mp leader
secretary-general premier pm judge mayor governor eminence excellency highness his her fm sg""".split())


class Recognizer:
    """The models of both languages, from ``folder`` (default: the shipped ones in index/data/)."""

    def __init__(self, folder: Path | None = None) -> None:
        self.chains = {}
        for lang in ("en", "ar"):
            with resources.as_file(resources.files("index").joinpath("data", f"ner-{lang}.crfsuite")) as path:
                self.chains[lang] = Chain(folder / path.name if folder else path, gazetteer())

    def entities(self, texts: list[str]) -> list[list[tuple[int, int, str]]]:
        """For each text, (start, end, type) of each name the models find, in text order. A
        headline in Title Case or capitals is not read (``_headline``), and names do
        not keep titles (``_without_titles``). The sentences of all the texts are tagged together
        (one decoding a language)."""
        by_lang: dict[str, list] = {"en": [], "ar": []}
        for number, text in enumerate(texts):
            for count, (line, first, words) in enumerate(_sentences(text)):
                if (count == 0 and line == 0 and _headline(words)) or _figures(words):
                    continue
                arabic = len(_ARABIC_WORD.findall(" ".join(words)))
                by_lang["ar" if 2 * arabic > len(words) else "en"].append((number, line, first, words))
        found: list[list[tuple[int, int, str]]] = [[] for _ in texts]
        places: dict[tuple[int, int], list[tuple[int, int]]] = {}
        for lang, sentences in by_lang.items():
            tagged = self.chains[lang].tag([words for *_, words in sentences])
            for (number, line, first, words), tags in zip(sentences, tagged):
                if tags.count("O") == len(tags):
                    continue
                where = places.get((number, line))
                if where is None:
                    end = texts[number].find("\n", line)
                    end = len(texts[number]) if end == -1 else end
                    where = places[number, line] = [m.span() for m in TOKEN.finditer(texts[number], line, end)]
                for span in _joined_lineage(words, spans(tags)):
                    if _a_month(words, *span):
                        continue
                    for a, b, label in _without_titles(words, *span):
                        found[number].append((where[first + a][0], where[first + b - 1][1], TYPES[label]))
        for spans_of_text in found:
            spans_of_text.sort()
        return found

def _a_month(words: list[str], a: int, b: int, label: str) -> bool:
    """A one-word name that is a month printed as one: by a number, a bracket, a slash or the other
    calendar's name ("أبريل (نيسان) الماضي", "15 نيسان"): نيسان is April there, not Nissan."""
    if b - a != 1 or not is_month_name(words[a]):
        return False
    near = [words[k] for k in (a - 1, b) if 0 <= k < len(words)]
    return any(w in "()/" or w.isdigit() or is_month_name(w) for w in near)


def _joined_lineage(words: list[str], found: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """A person's name cut after son of / family of ("محمد بن سلمان آل" + "سعود") is one name;
    a name does not end in one ("Salman bin" is Salman)."""
    joined: list[tuple[int, int, str]] = []
    for a, b, label in found:
        if joined and label == "PER" == joined[-1][2] and joined[-1][1] == a and words[a - 1].lower() in LINEAGE:
            a = joined.pop()[0]
        joined.append((a, b, label))
    return [(a, b - 1 if label == "PER" and b - a > 1 and words[b - 1].lower() in LINEAGE else b, label)
            for a, b, label in joined]


def _without_titles(words: list[str], a: int, b: int, label: str) -> list[tuple[int, int, str]]:
    """A span without the titles printed before a person's name: a person's span loses its
    leading titles ("Spokesman Ali Nasser" -> "Ali Nasser"); a span with a title after its first
    word ("PMU Deputy Commander Abu Mahdi al-Muhandis", "Quds Force Commander Maj") is the body
    named before the title (of the span's type, unless a person) and the person named after it."""
    if label not in TYPES:
        return []
    if label == "PER":
        while a < b and words[a].lower() in TITLE_WORDS:
            a += 1
        b = next((k for k in range(a + 1, b) if words[k].startswith(_PREPOSITION_AND_ARTICLE)), b)
    titled = [k for k in range(a + 1, b) if words[k].lower() in TITLE_WORDS]
    if not titled:
        return [(a, b, label)] if a < b else []
    parts = [(a, titled[0], label)] if label != "PER" else []
    if titled[-1] + 1 < b:
        parts.append((titled[-1] + 1, b, "PER"))
    return parts

def _figures(words: list[str]) -> bool:
    """A line of a table of results, as wires print earnings ("Shr 1.23 dlrs vs 1.10 dlrs", "Nine
    mths net 4.5 mln vs 3.2 mln"): a figure, "vs", a figure. Its capitalized words are labels."""
    for k, word in enumerate(words):
        if word == "vs" and any(w[:1].isdigit() for w in words[max(0, k - 3):k]) \
                and any(w[:1].isdigit() for w in words[k + 1:k + 4]):
            return True
    return False


def _headline(words: list[str]) -> bool:
    """A first line ending no sentence with most of its longer Latin words capitalized or in
    capitals: a headline, where case tells nothing (names in it come back in the body; the
    gazetteer still reads it)."""
    if words[-1] in SENTENCE_END:
        return False
    longer = [w for w in words if len(w) >= 4 and w.isascii() and w.isalpha()]
    capitalized = sum(w[0].isupper() for w in longer)
    return len(longer) >= 3 and capitalized >= 0.7 * len(longer)

@cache
def recognizer() -> Recognizer:
    return Recognizer()


def _sentences(text: str):
    """The text's sentences as (offset of their line, index of their first token in the line,
    words): a sentence ends at . ! ? ؟, at a line break, or after MAX_SENTENCE tokens."""
    start = 0
    while start <= len(text):
        end = text.find("\n", start)
        end = len(text) if end == -1 else end
        words = TOKEN.findall(text, start, end)
        first = 0
        for k, word in enumerate(words):
            if word in SENTENCE_END or k + 1 - first >= MAX_SENTENCE:
                yield start, first, words[first:k + 1]
                first = k + 1
        if first < len(words):
            yield start, first, words[first:]
        start = end + 1
