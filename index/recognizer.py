"""The trained named-entity recognizer at work: a text's sentences tagged by the CRF of their
language (index/data/ner-en.crfsuite, ner-ar.crfsuite, made by ``python -m index.ner.train``),
giving (start, end, type) character spans of people, organizations and places.

Tokens are cut as the training corpora cut them (CoNLL-2003, ANERcorp): words, a possessive 's
apart, punctuation apart, initials (U.S.) whole; a sentence ends at . ! ? ؟ or a line break, and
is tagged by the Arabic model when most of its words are Arabic. Each process loads the models
once (``recognizer()``).
"""
from __future__ import annotations

import re
from functools import cache
from importlib import resources

import pycrfsuite

from .ner.corpus import spans
from .ner.features import sentence_features

TOKEN = re.compile(r"(?:[A-Za-z]\.){2,}|['’]s\b|\w+(?:[-'’]\w+)*(?=['’]s\b)|\w+(?:[-'’]\w+)*|[^\w\s]")
SENTENCE_END = frozenset(".!?؟")
MAX_SENTENCE = 150                      # tokens: a longer run (a list, a table) is tagged in parts
_ARABIC = re.compile(r"[\u0600-\u06ff]")
TYPES = {"PER": "person", "ORG": "org", "LOC": "place"}
# Titles a person's name is printed after, not part of it.
TITLE_WORDS = frozenset("""sheikh shaykh sayyed sayyid sayed general gen president minister spokesman
spokeswoman spokesperson commander ayatollah imam dr mr mrs ms king prince emir colonel col lieutenant
brigadier major maj deputy speaker chairman chief ambassador envoy adviser advisor senator mp leader
secretary-general premier pm judge mayor governor eminence excellency highness his her fm sg""".split())


class Recognizer:
    def __init__(self) -> None:
        self.taggers = {}
        for lang in ("en", "ar"):
            tagger = pycrfsuite.Tagger()
            with resources.as_file(resources.files("index").joinpath("data", f"ner-{lang}.crfsuite")) as path:
                tagger.open(str(path))
            self.taggers[lang] = tagger

    def entities(self, text: str) -> list[tuple[int, int, str]]:
        """(start, end, type) of each name the models find, in text order. A headline in Title
        Case or capitals is not read (case tells nothing there: the gazetteer still is), and a
        person's name does not keep the title before it (Sheikh, Spokesman, His Eminence)."""
        found = []
        for number, sentence in enumerate(_sentences(text)):
            words = [m.group(0) for m in sentence]
            if number == 0 and _title_case_headline(text, sentence, words):
                continue
            arabic = sum(1 for w in words if _ARABIC.match(w))
            tags = self.taggers["ar" if 2 * arabic > len(words) else "en"].tag(sentence_features(words))
            for a, b, label in spans(tags):
                if label == "PER":
                    while a < b and words[a].lower() in TITLE_WORDS:
                        a += 1
                if label in TYPES and a < b:
                    found.append((sentence[a].start(), sentence[b - 1].end(), TYPES[label]))
        return found


def _title_case_headline(text: str, sentence, words: list[str]) -> bool:
    """The text's first line, ending no sentence, in Title Case: most of its longer Latin words
    capitalized, few of them in capitals (a headline in capitals, as the training news prints
    them, is read)."""
    if words[-1] in SENTENCE_END or "\n" in text[:sentence[0].start()]:
        return False
    longer = [w for w in words if len(w) >= 4 and w.isascii() and w.isalpha()]
    capitalized = sum(w[0].isupper() and not w.isupper() for w in longer)
    return len(longer) >= 3 and capitalized >= 0.7 * len(longer)


@cache
def recognizer() -> Recognizer:
    return Recognizer()


def _sentences(text: str):
    """The text's tokens (regex matches), cut into sentences: at . ! ? ؟ and at line breaks."""
    start = 0
    while start <= len(text):
        end = text.find("\n", start)
        end = len(text) if end == -1 else end
        sentence: list = []
        for match in TOKEN.finditer(text, start, end):
            sentence.append(match)
            if len(sentence) >= MAX_SENTENCE or match.group(0) in SENTENCE_END:
                yield sentence
                sentence = []
        if sentence:
            yield sentence
        start = end + 1
