"""The ingester on a fresh blog-shaped archive made from the real corpus, scored on its truth.

Uses ../shared/tools/make_archive.py and ../shared/corpus (about 25 s, most of it the
generator's corpus scan). Pages are generated into a temporary folder, never into the repo.
"""
from __future__ import annotations

import pytest

from bench.ingest_accuracy import score_archive

from .conftest import generate_archive


@pytest.fixture(scope="module")
def archive(tmp_path_factory):
    return generate_archive(tmp_path_factory.mktemp("archive"), "--pages", "120", "--format", "mixed",
                            "--seed", "11", "--lang-mix", "ar:0.6,en:0.4")


def test_generated_archive_is_read_accurately(archive, capsys):
    score = score_archive(str(archive), show=5)
    m = score.metrics()
    with capsys.disabled():
        print("\ningest accuracy on a generated archive (%d pages, %d article occurrences): %s" % (
            score.counts["pages"], score.counts["truth"],
            ", ".join(f"{k} {v:.4f}" if k != "extra_articles" else f"{k} {int(v)}" for k, v in m.items())))
    assert score.counts["truth"] > 1000
    assert m["title_recall"] >= 0.99, score.misses.get("title")
    assert m["article_precision"] >= 0.98, score.misses.get("extra")
    assert m["extra_articles"] <= 0.005 * score.counts["truth"], score.misses.get("extra")
    assert m["spans_exact"] >= 0.98, score.misses.get("span")
    assert m["dates"] >= 0.99, score.misses.get("date")
    assert m["outlets_printed"] >= 0.99, score.misses.get("outlet")
    assert m["authors"] >= 0.98, score.misses.get("author")
    assert m["langs"] >= 0.995
    assert m["teasers"] >= 0.95, score.misses.get("teaser")
    assert m["dup_precision"] >= 0.995 and m["dup_recall"] >= 0.995
