"""The quotation index (index/quote_index.py) against the article documents it is made from:
every article's quotations are in it once, a statement reposted by another article is one
quotation with both, an update gives what a rebuild gives, and a damaged quotation index is
caught when the version is opened."""
from __future__ import annotations

import os
import re
import shutil
from collections import defaultdict
from pathlib import Path

import pytest
from whoosh import index as whoosh_index

from index import store, verify
from index.normalize import fold
from index.quote_index import QUOTES
from index.rebuild import rebuild
from index.update import update
from .conftest import EXAMPLES


def articles(root: Path) -> dict[str, dict]:
    with whoosh_index.open_dir(str(store.current_version(root))).searcher() as searcher:
        return {d["id"]: d for d in searcher.all_stored_fields()}


def quotations(root: Path) -> dict[str, dict]:
    ix = whoosh_index.open_dir(str(store.current_version(root)), indexname=QUOTES)
    with ix.searcher() as searcher:
        return {d["id"]: d for d in searcher.all_stored_fields()}


def oracle(docs: dict[str, dict]) -> dict[tuple, set[str]]:
    """By brute force: the articles holding each statement (its letters and digits, folded, and
    who said it)."""
    found = defaultdict(set)
    for doc in docs.values():
        for q in doc.get("quotes") or ():
            found[(re.sub(r"[\W_]+", "", fold(q["text"])), q["speaker"] or q["speaker_type"])].add(doc["id"])
    return found


def grouped(quotes: dict[str, dict]) -> dict[tuple, set[str]]:
    return {(re.sub(r"[\W_]+", "", fold(d["text"])), d.get("speaker") or d["speaker_type"]):
            set(d["article"].split("|")) for d in quotes.values()}


@pytest.fixture
def archive(tmp_path) -> Path:
    copy = tmp_path / "archive"
    shutil.copytree(EXAMPLES, copy)
    return copy


def repost(archive: Path, quote: dict) -> Path:
    """A new page whose one article, unlike any other, repeats a statement another printed."""
    page = archive / "en" / "2021-12-repost.txt"
    page.write_text(
        "Weekly Roundup of Statements on the Regional Talks\n\n14 Dec 2021\n\nBy Staff\n\n"
        "The regional talks resumed in a cold hall on the river, after a pause of three weeks "
        "in which the delegations exchanged letters about the order of business.\n\n"
        f"{quote['speaker']} said on Tuesday: “{quote['text']}”\n\n"
        "Observers expect a further session before the end of the month, when the harbour "
        "authority publishes its figures on the winter shipping season.\n", "utf-8")
    return page


def test_every_quotation_of_every_article_is_one_quotation_document(archive, tmp_path):
    root = tmp_path / "ix"
    rebuild(archive, root)
    docs, quotes = articles(root), quotations(root)
    assert sum(len(d.get("quotes") or ()) for d in docs.values()) >= 20
    assert grouped(quotes) == oracle(docs)
    for quote in quotes.values():
        members = [docs[i] for i in quote["article"].split("|")]
        assert [p["article"] for p in quote["places"]] == quote["article"].split("|")
        assert quote["article_count"] == len(members)
        assert set(filter(None, (quote.get("outlet") or "").split("|"))) == {m["outlet"] for m in members if m.get("outlet")}
        dates = [m["date"] for m in members if m.get("date")]
        assert quote.get("date") == (min(dates) if dates else None)
        for place in quote["places"]:        # each place's offsets give the words in its article
            body = docs[place["article"]]["body"]
            assert re.sub(r"[\W_]+", "", fold(body[place["start"]:place["end"]])) == \
                re.sub(r"[\W_]+", "", fold(quote["text"]))


def test_a_statement_reposted_by_another_article_is_one_quotation_with_both(archive, tmp_path):
    root = tmp_path / "ix"
    rebuild(archive, root)
    quote = next(q for q in quotations(root).values() if q.get("speaker") and q["kind"] == "direct")
    repost(archive, quote)
    rebuild(archive, root)
    again = quotations(root)[quote["id"]]
    assert again["article_count"] == 2, again["places"]
    assert grouped(quotations(root)) == oracle(articles(root))


def test_an_update_adding_only_a_repost_joins_the_statement_it_repeats(archive, tmp_path):
    """The new article's statement is an existing quotation of an article the update does not
    touch: the quotation gains it and keeps the other."""
    root, fresh = tmp_path / "ix", tmp_path / "fresh"
    rebuild(archive, root)
    quote = next(q for q in quotations(root).values() if q.get("speaker") and q["kind"] == "direct")
    repost(archive, quote)
    update(archive, root)
    rebuild(archive, fresh)
    assert quotations(root) == quotations(fresh)
    assert quotations(root)[quote["id"]]["article_count"] == 2


def test_an_update_gives_the_quotations_a_rebuild_gives(archive, tmp_path):
    root, fresh = tmp_path / "ix", tmp_path / "fresh"
    rebuild(archive, root)
    before = quotations(root)
    quote = next(q for q in before.values() if q.get("speaker") and q["kind"] == "direct")
    repost(archive, quote)                                   # a group gains an article
    changed = archive / "en" / "2021-07-sanctions.txt"       # a statement changes its words
    changed.write_text(changed.read_text("utf-8").replace("a badge of honour", "a mark of honour"), "utf-8")
    os.remove(archive / "html" / "2021-06-water.html")       # an article and its statements go
    update(archive, root)
    rebuild(archive, fresh)
    updated = quotations(root)
    assert updated == quotations(fresh)
    assert updated != before and updated[quote["id"]]["article_count"] == 2
    assert grouped(updated) == oracle(articles(root))


def test_a_damaged_quotation_index_is_caught_when_the_version_opens(archive, tmp_path):
    root = tmp_path / "ix"
    rebuild(archive, root)
    version = store.current_version(root)
    segment = next(version.glob(f"{QUOTES}_*.seg"))
    with open(segment, "r+b") as handle:
        handle.truncate(segment.stat().st_size // 2)
    with pytest.raises(verify.CorruptIndex, match="segment file quotes_"):
        verify.check(version)


def test_two_workers_write_the_quotations_one_writes(archive, tmp_path):
    one, two = tmp_path / "one", tmp_path / "two"
    rebuild(archive, one, workers=1)
    rebuild(archive, two, workers=2)
    assert quotations(one) == quotations(two)
    ix = whoosh_index.open_dir(str(store.current_version(two)), indexname=QUOTES)
    assert len(ix._segments()) == 2 and len(quotations(two)) > 20


def test_a_version_built_before_quotations_says_to_rebuild(archive, tmp_path):
    from click.testing import CliRunner

    from cli.main import main
    from web import create_app
    root = tmp_path / "ix"
    rebuild(archive, root)
    version = store.current_version(root)
    for path in [*version.glob(f"_{QUOTES}_*.toc"), *version.glob(f"{QUOTES}_*.seg")]:
        path.unlink()                      # as a version written before the quotation index was
    verify.check(version)                  # the articles are still served
    client = create_app({"INDEX": str(root), "TESTING": True}).test_client()
    assert client.get("/search?q=Iraq").status_code == 200
    for url in ("/api/quotes", "/quotes", "/quotes.csv"):
        answer = client.get(url)
        assert answer.status_code == 503 and b"fahras rebuild" in answer.data, url
    ran = CliRunner().invoke(main, ["quotes", "Iraq", "--index", str(root)])
    assert ran.exit_code == 2 and "fahras rebuild" in ran.output
