"""The ingester on archives in conventions the shared generator never prints (tests/style_archive.py),
scored on their truth: the tune styles (looked at while building) must read as well as the shared
generator's pages; the held styles (held out at first, looked at since), the held2 to held8
ones (earlier blind groups, scored blind, opened since) and the blind ones (written by someone
else, never read by the engineers) are reported, with floors a little below
what they scored when last measured, so a change that loses generality fails here. The issue's
target for unseen styles (0.98) is not met yet: README, "Page styles it was not shown".
"""
from __future__ import annotations

import pytest

from bench.ingest_accuracy import score_archive

from .conftest import shared_path

PAGES = 150
MORE_PAGES = {"tune2": 400, "tune3": 300}    # many phrasings: each must sign enough pages to be learnt
SEED = 5            # not the seed the README's figures were measured on
FLOORS = {
    "tune": {"title_recall": 0.96, "article_precision": 0.98, "dates": 0.99, "outlets_printed": 0.99,
              "authors": 0.98, "dup_recall": 0.97},
    # invented while tuning (tests/style_tune2.py), tuned on
    "tune2": {"title_recall": 0.97, "article_precision": 0.975, "dates": 0.99, "outlets_printed": 0.985,
              "authors": 0.95, "dup_recall": 0.98},
    # invented in the sixth session after real sites (tests/style_tune3.py), tuned on
    "tune3": {"title_recall": 0.99, "article_precision": 0.99, "dates": 0.99, "outlets_printed": 0.93,
              "authors": 0.98, "dup_recall": 0.975},
    "held": {"title_recall": 0.98, "article_precision": 0.97, "dates": 0.94, "outlets_printed": 0.98,
              "authors": 0.98, "dup_recall": 0.97},
    # the first blind group (tests/style_held2.py), opened since its blind score
    "held2": {"title_recall": 0.98, "article_precision": 0.98, "dates": 0.97, "outlets_printed": 0.985,
              "authors": 0.98, "dup_recall": 0.975},
    # the second blind group (tests/style_held3.py), opened since its blind score
    "held3": {"title_recall": 0.99, "article_precision": 0.985, "dates": 0.975, "outlets_printed": 0.985,
              "authors": 0.99, "dup_recall": 0.99},
    # the third blind group (tests/style_held4.py), opened since its blind score
    "held4": {"title_recall": 0.985, "article_precision": 0.985, "dates": 0.99, "outlets_printed": 0.99,
              "authors": 0.98, "dup_recall": 0.98},
    # the fourth blind group (tests/style_held5.py), opened since its blind score
    "held5": {"title_recall": 0.985, "article_precision": 0.985, "dates": 0.99, "outlets_printed": 0.98,
              "authors": 0.98, "dup_recall": 0.98},
    # the fifth blind group (tests/style_held6.py), opened since its blind score
    "held6": {"title_recall": 0.985, "article_precision": 0.985, "dates": 0.99, "outlets_printed": 0.99,
              "authors": 0.985, "dup_recall": 0.99},
    # the sixth blind group (tests/style_held7.py), opened since its blind score
    "held7": {"title_recall": 0.99, "article_precision": 0.99, "dates": 0.99, "outlets_printed": 0.975,
              "authors": 0.975, "dup_recall": 0.985},
    # the seventh blind group (tests/style_held8.py), opened since its blind score
    "held8": {"title_recall": 0.99, "article_precision": 0.99, "dates": 0.99, "outlets_printed": 0.99,
              "authors": 0.98, "dup_recall": 0.985},
    # never read by the engineers (tests/style_blind.py): its misses are not printed
    "blind": {"title_recall": 0.99, "article_precision": 0.99, "dates": 0.99, "outlets_printed": 0.99,
              "authors": 0.92, "dup_recall": 0.985},
}


@pytest.fixture(scope="module", params=list(FLOORS))
def scored(request, tmp_path_factory):
    from .style_archive import generate
    corpus = shared_path("corpus", "articles.jsonl.gz")
    shared_path("tools", "make_archive.py")
    out = tmp_path_factory.mktemp(f"styles-{request.param}")
    generate(out, MORE_PAGES.get(request.param, PAGES), request.param, seed=SEED, corpus=corpus)
    return request.param, score_archive(str(out), show=5)


def test_pages_in_unseen_styles_are_read(scored, capsys):
    styles, score = scored
    m = score.metrics()
    with capsys.disabled():
        print(f"\n{styles} styles ({score.counts['pages']} pages, {score.counts['truth']} articles): "
              + ", ".join(f"{k} {v:.3f}" for k, v in m.items() if k != "extra_articles"))
    for name, floor in FLOORS[styles].items():
        assert m[name] >= floor, (name, m[name], score.misses if styles != "blind" else "(blind: misses not shown)")
