"""The hand-annotated quotation gold set (tests/quotes_gold.py) loads, its spans verify against the
corpus, and the reader keeps floors a little under what it scored when last measured on each half
and on the second, third, fourth and fifth sets (bench/quotes_eval.py; issue 19's targets, precision 0.90, recall 0.80 and speaker accuracy 0.85
in both languages, are not met yet). Needs ../shared: skipped locally without it, fails in CI."""
from __future__ import annotations

import pytest

from bench.quotes_eval import half, score
from .conftest import shared_path
from .quotes_gold import GOLD2, GOLD3, GOLD4, GOLD5, load_gold

FLOORS = {"tune": {"precision": 0.97, "recall": 0.91, "speaker_accuracy": 0.92},
          "held": {"precision": 0.93, "recall": 0.55, "speaker_accuracy": 0.89},
          "second": {"precision": 0.97, "recall": 0.79, "speaker_accuracy": 0.94},
          "third": {"precision": 0.95, "recall": 0.75, "speaker_accuracy": 0.83},
          "fourth": {"precision": 0.93, "recall": 0.71, "speaker_accuracy": 0.83},
          "fifth": {"precision": 0.96, "recall": 0.60, "speaker_accuracy": 0.90}}
MORE = {"second": GOLD2, "third": GOLD3, "fourth": GOLD4}      # read blind once each, tuned on since (bench/quotes_eval.py)


@pytest.fixture(scope="module")
def gold():
    shared_path("corpus", "articles.jsonl.gz")
    return load_gold(shared_path())


@pytest.fixture(scope="module")
def more():
    shared_path("corpus", "articles.jsonl.gz")
    halves = {part: load_gold(shared_path(), path) for part, path in MORE.items()}
    return {**halves, "fifth": load_gold(shared_path(), GOLD5)}      # whole: its held half is scored, never shown


def test_the_gold_set_is_large_enough_in_both_languages(gold):
    counts = {lang: sum(len(r["quotes"]) for r in gold if r["lang"] == lang) for lang in ("en", "ar")}
    assert sum(counts.values()) >= 200 and min(counts.values()) >= 90, counts
    assert all(q["text"] for r in gold for q in r["quotes"])


@pytest.mark.parametrize("part", sorted(FLOORS))
def test_the_reader_keeps_its_floors(gold, more, part):
    scores = score(more[part] if part in more else [r for r in gold if half(r) == part])["all"]
    for name, floor in FLOORS[part].items():
        assert scores[name] >= floor, (part, name, scores)
