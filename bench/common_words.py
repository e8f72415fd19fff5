"""The word lists behind search/data/common_terms.toml: the most frequent content words of the
corpus's English and Arabic articles, by document frequency.

    .venv/bin/python bench/common_words.py [--en 2700] [--ar 2200] [--out /tmp]

Writes ``common_words_en.txt`` and ``common_words_ar.txt``, one word a line, most frequent first,
each word as the corpus most often prints its indexed term. Left out: words the news terms
(search/data/news_terms.toml) already render, words of one or two letters, English words printed
capitalized in most of their occurrences (names), and Arabic words whose analysis is not one term.
The Arabic list reads a quarter of the Arabic articles (a fixed draw): 20,963 of them. Words of
equal frequency are listed alphabetically here; the lists the table was written from had them in
the order Python's sets gave.

The lists were given to translators (helpers of this project that saw nothing else: no article,
no evaluation data) who wrote each word's usual renderings as newspapers print them; the table
is read by search/lexicon.py after the news terms and before FreeDict.
"""
from __future__ import annotations

import argparse
import gzip
import json
import random
import re
import sys
import tomllib
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from index.analysis import analyze  # noqa: E402
from search.lexicon import NEWS_TERMS  # noqa: E402

CORPUS = ROOT.parent / "shared" / "corpus" / "articles.jsonl.gz"
_ENGLISH = re.compile(r"[A-Za-z][a-z]+")
_ARABIC = re.compile(r"[\u0621-\u064a]{3,}")
ARABIC_SHARE = 0.25


def articles(lang: str):
    with gzip.open(CORPUS, "rt", encoding="utf-8") as f:
        for line in f:
            article = json.loads(line)
            if article["lang"] == lang:
                yield article["title"] + "\n" + article["body"]


def english(count: int, known: set[tuple]) -> list[str]:
    df, lower, upper = Counter(), Counter(), Counter()
    for text in articles("en"):
        seen = set()
        for word in _ENGLISH.findall(text):
            low = word.lower()
            (upper if word[0].isupper() else lower)[low] += 1
            seen.add(low)
        df.update(seen)
    by_key, printed = Counter(), defaultdict(Counter)
    for word, n in df.items():
        if len(word) < 3 or lower[word] < 0.6 * (lower[word] + upper[word]):
            continue
        key = tuple(analyze(word))
        if len(key) == 1 and key not in known:
            by_key[key] += n
            printed[key][word] += lower[word]
    ranked = sorted(by_key.items(), key=lambda kv: (-kv[1], kv[0]))[:count]
    return [printed[key].most_common(1)[0][0] for key, _ in ranked]


def arabic(count: int, known: set[tuple]) -> list[str]:
    draw, df = random.Random(7), Counter()
    for text in articles("ar"):
        if draw.random() <= ARABIC_SHARE:
            df.update(set(_ARABIC.findall(text)))
    by_key, printed = Counter(), defaultdict(Counter)
    for word, n in df.items():
        key = tuple(analyze(word))
        if len(key) == 1:
            by_key[key] += n
            printed[key][word] += n
    ranked = [key for key, _ in sorted(by_key.items(), key=lambda kv: (-kv[1], kv[0])) if key not in known]
    return [printed[key].most_common(1)[0][0] for key in ranked[:count]]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--en", type=int, default=2700)
    parser.add_argument("--ar", type=int, default=2200)
    parser.add_argument("--out", type=Path, default=Path("/tmp"))
    args = parser.parse_args()
    with open(NEWS_TERMS, "rb") as f:
        terms = tomllib.load(f)["terms"]
    known_en = {tuple(analyze(key)) for key in terms}
    known_ar = {tuple(analyze(value)) for values in terms.values() for value in values}
    for name, words in (("en", english(args.en, known_en)), ("ar", arabic(args.ar, known_ar))):
        (args.out / f"common_words_{name}.txt").write_text("\n".join(words) + "\n", encoding="utf-8")
        print(f"{name}: {len(words)} words", file=sys.stderr)


if __name__ == "__main__":
    main()
