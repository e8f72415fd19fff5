"""The archive's learnt templates (index/templates.py) against an oracle that knows what each
generated line is, and an update that changes them against a full rebuild.

Generated archives: pages of articles (a title, a dateline, long paragraphs, sometimes a short
line of their own) drawn with reuse, and "extra" short lines printed between articles on some
pages: a fixed line (an appeal, a section header) or a line with its own figures. The oracle
counts, per extra line, the pages it is on, the different articles before and after it, and its
different texts: it is a template exactly when those pass the thresholds. No line of an article is
ever one, however often the article is reprinted.
"""
from __future__ import annotations

import shutil
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from index import templates as tpl
from index.rebuild import rebuild
from index.templates import Learner, shape, sightings
from index.update import update
from .test_rebuild import documents

WORDS = "talks ministry border forces council harbour fuel convoy region report said week".split()


def _article(k: int) -> list[str]:
    title = f"Article {k} {WORDS[k % len(WORDS)]} {WORDS[(k * 7) % len(WORDS)]} news"
    paragraph = (f"Paragraph of article {k}: the {WORDS[k % 12]} and the {WORDS[(k + 3) % 12]} met again "
                 f"on the {k}th day, officials of the region said in a statement to the press.")
    month = "January February March April May June July August September October November December".split()[k % 12]
    lines = [title, f"{1 + k} {month} {2000 + k}", paragraph, paragraph.replace("Paragraph", "Second paragraph")]
    if k % 3 == 0:
        lines.insert(3, f"Figures {k}: {k * 3} up")      # a short line of the article's own
    return lines


@st.composite
def archives(draw):
    articles = draw(st.integers(4, 12))           # each with lines of its own shape (12 months)
    pages, extras = [], []            # extras: (line kind, text, article before, article after, page)
    for number in range(draw(st.integers(1, 10))):
        chosen = draw(st.lists(st.integers(0, articles - 1), min_size=2, max_size=5))
        lines: list[str] = []
        for position, k in enumerate(chosen):
            lines += _article(k)
            if position + 1 < len(chosen) and draw(st.booleans()):
                kind = draw(st.sampled_from(["fixed", "fixed", "figures"]))
                text = "Join our channel for more" if kind == "fixed" else f"Index {draw(st.integers(0, 999))} pts"
                lines.append(text)
                extras.append((kind, text, k, chosen[position + 1], number))
        pages.append("\n\n".join(lines))
    return pages, extras


def _oracle(extras) -> dict[str, bool]:
    """Each extra line's shape: a template? One of its texts is on enough pages between enough
    different articles, no article beside it most of the time, and the shape has few texts."""
    by_shape: dict[str, dict[str, list]] = {}
    for kind, text, before, after, page in extras:
        by_shape.setdefault(shape(text), {}).setdefault(text, []).append((before, after, page))

    def varied(side: list) -> bool:
        return len(set(side)) >= tpl.MIN_ANCHORS and 2 * max(map(side.count, side)) < len(side)

    return {key: len(texts) <= tpl.MAX_TEXTS and any(
                len({s[2] for s in seen}) >= tpl.MIN_PAGES and varied([s[0] for s in seen])
                and varied([s[1] for s in seen]) for seen in texts.values())
            for key, texts in by_shape.items()}


@settings(max_examples=150, deadline=None)
@given(archives())
def test_templates_are_the_lines_between_different_articles_never_an_articles_own(archive):
    pages, extras = archive
    learnt = Learner({f"p{n}": sightings(text, f"p{n}") for n, text in enumerate(pages)}).templates()
    verdict = _oracle(extras)
    for text in {line for page in pages for line in page.split("\n\n")}:
        digest = tpl._digest(shape(text))
        assert (digest in learnt.shapes) == verdict.get(shape(text), False), text


def _page(*parts: str) -> str:
    return "\n\n".join(parts)


def _wire(k: int) -> str:
    return _page(*_article(k))


def test_an_update_that_makes_a_line_a_template_equals_a_full_rebuild(tmp_path):
    """A line on two pages is article text; a third page makes it a template, so the update reads
    the first two pages again, as a rebuild would; removing that page undoes it."""
    archive, root = tmp_path / "archive", tmp_path / "ix"
    archive.mkdir()
    line = "Join our channel for more"
    for n, (a, b) in enumerate([(1, 2), (4, 5)]):
        (archive / f"p{n}.txt").write_text(_page(_wire(a), line, _wire(b)), "utf-8")
    rebuild(archive, root)
    assert any(line in doc["body"] for doc in documents(root).values())
    (archive / "p2.txt").write_text(_page(_wire(7), line, _wire(8)), "utf-8")
    update(archive, root)
    _same_as_a_rebuild(archive, root, tmp_path / "fresh")
    assert not any(line in doc["body"] for doc in documents(root).values())
    (archive / "p2.txt").unlink()
    update(archive, root)
    _same_as_a_rebuild(archive, root, tmp_path / "fresh-again")
    assert any(line in doc["body"] for doc in documents(root).values())


def _same_as_a_rebuild(archive: Path, root: Path, fresh: Path) -> None:
    shutil.rmtree(fresh, ignore_errors=True)
    rebuild(archive, fresh)
    assert documents(root) == documents(fresh)
