"""The rebuild job: versions, the check, the lock, interruption, and update == full rebuild."""
from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from whoosh import index as whoosh_index
from whoosh.qparser import QueryParser

from index import store
from index.rebuild import rebuild
from index.update import update
from .conftest import EXAMPLES, ROOT


def documents(root: Path) -> dict[str, dict]:
    ix = whoosh_index.open_dir(str(store.current_version(root)))
    with ix.searcher() as searcher:
        return {fields["id"]: fields for fields in searcher.all_stored_fields()}


def search_ids(root: Path, text: str) -> set[str]:
    ix = whoosh_index.open_dir(str(store.current_version(root)))
    with ix.searcher() as searcher:
        query = QueryParser("body", ix.schema).parse(text)
        return {hit["id"] for hit in searcher.search(query, limit=None)}


@pytest.fixture
def archive(tmp_path) -> Path:
    copy = tmp_path / "archive"
    shutil.copytree(EXAMPLES, copy)
    return copy


def test_rebuild_writes_a_checked_version_and_switches_to_it(archive, tmp_path):
    root = tmp_path / "ix"
    first = rebuild(archive, root)
    assert (first.pages, first.occurrences, first.articles) == (6, 34, 28)
    assert store.current_version(root) == first.version
    docs = documents(root)
    assert len(docs) == 28
    repeated = [d for d in docs.values() if d["page_count"] > 1]
    assert repeated and all(len({p[0] for p in d["pages"]}) == d["page_count"] for d in docs.values())
    second = rebuild(archive, root)
    assert store.current_version(root) == second.version != first.version
    assert documents(root).keys() == docs.keys()
    assert not (root / store.LOCK).exists()


@pytest.mark.parametrize("workers", [1, 2])
def test_rebuild_reports_the_time_of_each_stage(archive, tmp_path, workers):
    """Reading stages from the page processes, writing stages from the writers, summed."""
    timings = rebuild(archive, tmp_path / "ix", workers=workers).timings
    for stage in ("decode", "clean_split", "metadata", "entities", "dedup", "analysis", "write",
                  "commit", "manifest_write", "check"):
        assert timings.get(stage, 0) > 0, (stage, timings)


def test_old_versions_are_cleaned_up_after_the_switch(archive, tmp_path):
    root = tmp_path / "ix"
    versions = []
    for _ in range(4):
        versions.append(rebuild(archive, root).version)
    left = sorted(p.name for p in (root / store.VERSIONS).iterdir())
    assert left == [v.name for v in versions[-store.KEEP_VERSIONS:]]


def test_a_failed_build_leaves_the_live_version_and_no_lock(archive, tmp_path, monkeypatch):
    root = tmp_path / "ix"
    live = rebuild(archive, root).version

    def explode(*args, **kwargs):
        raise KeyboardInterrupt                           # Ctrl-C in the middle of writing

    monkeypatch.setattr("index.rebuild.document", explode)
    with pytest.raises(KeyboardInterrupt):
        rebuild(archive, root)
    assert store.current_version(root) == live
    assert not (root / store.LOCK).exists()
    assert not [p for p in (root / store.VERSIONS).iterdir() if p.name.endswith(store.BUILDING)]
    assert search_ids(root, "Erbil")


def _cli(*args: str, **kwargs) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-m", "cli", *args], cwd=ROOT,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, **kwargs)


def _big_archive(tmp_path: Path, copies: int) -> Path:
    big = tmp_path / "big"
    for k in range(copies):
        shutil.copytree(EXAMPLES, big / f"copy{k:03d}")
    return big


def test_killing_a_rebuild_leaves_the_previous_version_serving(archive, tmp_path):
    root = tmp_path / "ix"
    live = rebuild(archive, root).version
    before = search_ids(root, "Erbil")
    process = _cli("rebuild", "--archive", str(_big_archive(tmp_path, 60)), "--index", str(root))
    deadline = time.monotonic() + 60
    while not any(p.name.endswith(store.BUILDING) for p in (root / store.VERSIONS).iterdir()):
        assert time.monotonic() < deadline and process.poll() is None, process.communicate()
        time.sleep(0.02)
    time.sleep(0.3)
    process.send_signal(signal.SIGKILL)
    process.wait()
    assert store.current_version(root) == live
    assert search_ids(root, "Erbil") == before
    assert (root / store.LOCK).exists()                  # left behind by the killed process ...
    result = rebuild(archive, root)                       # ... and taken over: its pid is dead
    assert store.current_version(root) == result.version
    assert not [p for p in (root / store.VERSIONS).iterdir() if p.name.endswith(store.BUILDING)]


def test_a_second_rebuild_refuses_while_one_runs(archive, tmp_path):
    root = tmp_path / "ix"
    holder = _cli("rebuild", "--archive", str(_big_archive(tmp_path, 40)), "--index", str(root))
    deadline = time.monotonic() + 60
    while not (root / store.LOCK).exists():
        assert time.monotonic() < deadline and holder.poll() is None
        time.sleep(0.02)
    second = _cli("rebuild", "--archive", str(archive), "--index", str(root))
    out, err = second.communicate(timeout=120)
    holder.kill()
    holder.wait()
    assert second.returncode == 1
    assert "another rebuild is running" in err


def test_update_after_add_change_delete_equals_a_full_rebuild(archive, tmp_path):
    root, fresh = tmp_path / "ix", tmp_path / "fresh"
    rebuild(archive, root)
    # add a page (a copy of an existing one under a new name), change one, delete one
    shutil.copy(archive / "en" / "2021-07-sanctions.txt", archive / "en" / "2021-10-copy.txt")
    changed = archive / "ar" / "2021-04-jordan.txt"
    changed.write_text(changed.read_text("utf-8").replace("الأردن", "الأردنّ", 3), "utf-8")
    os.remove(archive / "html" / "2021-06-water.html")
    result = update(archive, root)
    assert result.added + result.updated + result.deleted > 0
    rebuild(archive, fresh)
    assert documents(root) == documents(fresh)
    # and a second update with nothing new changes nothing, and writes nothing
    version = store.current_version(root)
    written = {p.name: p.stat().st_mtime_ns for p in version.iterdir()}
    again = update(archive, root)
    assert (again.added, again.updated, again.deleted) == (0, 0, 0)
    assert again.articles == len(documents(root))
    assert {p.name: p.stat().st_mtime_ns for p in version.iterdir()} == written


def test_update_without_an_index_says_what_to_run(tmp_path):
    with pytest.raises(store.StoreError, match="fahras rebuild"):
        update(EXAMPLES, tmp_path / "none")


def test_update_with_a_shorter_copy_keeps_the_indexed_text_without_rereading(archive, tmp_path, monkeypatch):
    root, fresh = tmp_path / "ix", tmp_path / "fresh"
    rebuild(archive, root)
    page = (archive / "en" / "2021-08-convoys.txt").read_text("utf-8").split("\n")
    teaser_copy = "\n".join(page[:10])                 # the first article cut after its first paragraph
    (archive / "en" / "2021-11-short-copy.txt").write_text(teaser_copy, "utf-8")

    def reread(*args, **kwargs):
        raise AssertionError("the longest copy is in the index: no page needs reading again")

    monkeypatch.setattr("index.update_docs._best_copy", reread)
    result = update(archive, root)
    assert result.updated >= 1
    monkeypatch.undo()
    rebuild(archive, fresh)
    assert documents(root) == documents(fresh)
    assert any(p[0] == "en/2021-11-short-copy.txt" for d in documents(root).values() for p in d["pages"])


WIRE_LEAD = ("Agencies reported on Tuesday that the regional council met in the capital to discuss the "
             "water agreement, the border crossings and the reconstruction fund, and that delegations from "
             "all the neighbouring provinces attended the session, which lasted for several hours. ")


def _wire_page(title: str, ending: str) -> str:
    return f"{title}\n\n27 Jul 2021\n\nBy Staff, Agencies\n\n{WIRE_LEAD}{ending}\n"


def test_update_tells_apart_articles_sharing_a_lead_as_a_rebuild_does(archive, tmp_path):
    # Two wire stories share their first 200 letters: the second one's id comes from its whole key.
    root, fresh = tmp_path / "ix", tmp_path / "fresh"
    (archive / "en" / "2021-07-wire-a.txt").write_text(_wire_page(
        "Council Meets on Water Deal", "The water agreement was signed by the ministers of both "
        "countries late in the evening, officials said, after months of talks."), "utf-8")
    rebuild(archive, root)
    (archive / "en" / "2021-07-wire-b.txt").write_text(_wire_page(
        "Council Meets on Border Crossings", "The border crossings will reopen next week for trucks "
        "carrying food and medicine, the council decided, after a long dispute."), "utf-8")
    shutil.copy(archive / "en" / "2021-07-wire-a.txt", archive / "en" / "2021-08-wire-a-again.txt")
    update(archive, root)
    rebuild(archive, fresh)
    got, want = documents(root), documents(fresh)
    assert got == want
    titles = {d["title"] for d in got.values()}
    assert {"Council Meets on Water Deal", "Council Meets on Border Crossings"} <= titles
    wire_a = next(d for d in got.values() if d["title"] == "Council Meets on Water Deal")
    assert len({p[0] for p in wire_a["pages"]}) == 2          # the repost joined its article


def test_update_of_a_version_without_records_says_to_rebuild_once(archive, tmp_path):
    root = tmp_path / "ix"
    rebuild(archive, root)
    (store.current_version(root) / "records.sqlite").unlink()        # as an older Fahras built it
    with pytest.raises(store.StoreError, match="run `fahras rebuild` once"):
        update(archive, root)


def test_update_of_a_version_built_under_other_rules_asks_for_one_rebuild(archive, tmp_path, monkeypatch):
    """A change to index/data (stop words, protected names, outlets, the gazetteer) changes what
    documents hold: an update on top of a version built under the old rules would mix both."""
    from index import version_files
    root = tmp_path / "ix"
    rebuild(archive, root)
    assert store.read_manifest(store.current_version(root))["rules"] == version_files.rules_digest()
    monkeypatch.setattr(version_files, "rules_digest", lambda: "0" * 16)
    with pytest.raises(store.StoreError, match="run `fahras rebuild` once"):
        update(archive, root)
    rebuild(archive, root)
    update(archive, root)


def _news_page(title: str, sentences: list[str]) -> str:
    return title + "\n\n27 Jul 2021\n\n" + "\n\n".join(sentences) + "\n"


def test_a_discovered_name_follows_its_first_spelling_through_updates(tmp_path):
    """Discovered names sharing a transliteration key are one entity named by its first spelling
    in path order. When the page of that spelling goes, or a page before it names the entity
    another way, a rebuild names it anew: so does the update (documents, records, entities)."""
    from index.records_store import RecordStore
    from index.stats import entity_table
    archive = tmp_path / "archive"
    archive.mkdir()
    (archive / "a.txt").write_text(_news_page("Talks In Beirut Resume", [
        "Sheikh Jawwad Bazzi said on Monday that the talks in Beirut would resume next week after a "
        "pause of several months, and that every side had agreed to the agenda."]), "utf-8")
    (archive / "b.txt").write_text(_news_page("Harvest Festival Opens In Tyre", [
        "The harvest festival opened in Tyre on Sunday with a speech by Sheikh Jawad Bazi, who "
        "thanked the farmers of the south for a season that had defied the drought."]), "utf-8")
    root = tmp_path / "ix"
    rebuild(archive, root)
    names = {d.get("person") for d in documents(root).values()}
    assert names == {"Jawwad Bazzi"}

    def same_as_a_rebuild(step: int) -> set:
        fresh = tmp_path / f"fresh{step}"
        rebuild(archive, fresh)
        assert documents(root) == documents(fresh)
        assert entity_table(root) == entity_table(fresh)
        kept = [RecordStore(store.current_version(r)) for r in (root, fresh)]
        try:
            assert kept[0].get_meta("discovered") == kept[1].get_meta("discovered")
            assert kept[0].spellings() == kept[1].spellings()
        finally:
            for records in kept:
                records.close()
        return {d.get("person") for d in documents(root).values()}

    (archive / "a.txt").unlink()                      # the first spelling's page goes
    update(archive, root)
    assert same_as_a_rebuild(1) == {"Jawad Bazi"}
    (archive / "0.txt").write_text(_news_page("Envoy Meets Mayor Of Sidon", [
        "Sheikh Jawaad Bazzi met the mayor of Sidon on Tuesday to discuss the reconstruction of the "
        "old market, the port and the schools damaged in the storms of the winter."]), "utf-8")
    update(archive, root)                             # a page before it names it another way
    assert same_as_a_rebuild(2) == {"Jawaad Bazzi"}
    (archive / "0.txt").unlink()
    (archive / "b.txt").unlink()                      # nothing names it any more
    update(archive, root)
    assert same_as_a_rebuild(3) == set()
