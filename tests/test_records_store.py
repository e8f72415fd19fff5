"""records.sqlite: what a rebuild writes, an update reads back and changes, page by page."""
from __future__ import annotations

from index.records import Copy, PageRecord, PageReport
from index.records_store import RecordStore


def _record(path: str, articles: list[tuple[str, int, list]], status: str = "indexed") -> PageRecord:
    report = PageReport(path, status=status, reason="no article found" if status == "rejected" else None,
                        sha256="ab" * 32, articles=len(articles))
    return PageRecord(path, report, [100, 12345],
                      [Copy(i, n, n + 4, 500 + n, variants) for i, n, variants in articles])


SOLEIMANI = [["person", "Qassem Soleimani", "Qasem Soleimani"], ["person", "Qassem Soleimani", "سليماني"]]
ISIS = [["org", "ISIS", "Daesh"]]


def test_pages_round_trip_and_updates_touch_only_their_rows(tmp_path):
    a = _record("a.txt", [("id1", 1, SOLEIMANI), ("id2", 9, ISIS)])
    b = _record("b.txt", [("id1", 3, SOLEIMANI[:1])])
    c = _record("c.html", [], status="rejected")
    records = RecordStore(tmp_path, create=True)
    with records:
        records.set_dictionary([a, b, c])
        records.add_pages([a, b, c])
    assert records.page_records(["a.txt", "c.html", "missing.txt"]) == {"a.txt": a, "c.html": c}
    assert records.page_states()["b.txt"] == {"stat": [100, 12345], "sha256": "ab" * 32}
    assert records.occurrences(["id1"]) == {"id1": [("a.txt", 1, 5, 501), ("b.txt", 3, 7, 503)]}
    assert records.summary() == {"pages": 3, "statuses": {"indexed": 2, "rejected": 1},
                                 "occurrences": 3, "articles": 2}
    assert records.rejected() == [("c.html", "no article found")]
    assert records.spellings()[("person", "Qassem Soleimani")] == {"Qasem Soleimani": 2, "سليماني": 1}
    records.close()

    records = RecordStore(tmp_path)                       # an update: b changed, a removed
    b2 = _record("b.txt", [("id3", 1, ISIS)])
    with records:
        records.remove_pages(records.page_records(["a.txt", "b.txt"]).values())
        records.add_pages([b2])
    assert records.occurrences(["id1", "id2", "id3"]) == {"id3": [("b.txt", 1, 5, 501)]}
    assert records.spellings() == {("org", "ISIS"): {"Daesh": 1}}
    assert not records.is_live("id1") and records.is_live("id3")
    records.close()


def test_a_failed_update_changes_nothing(tmp_path):
    a = _record("a.txt", [("id1", 1, ISIS)])
    records = RecordStore(tmp_path, create=True)
    with records:
        records.add_pages([a])
    try:
        with records:
            records.remove_pages([a])
            raise OSError("disk full")
    except OSError:
        pass
    assert records.page_records(["a.txt"]) == {"a.txt": a}
    assert records.spellings() == {("org", "ISIS"): {"Daesh": 1}}
    records.close()


def test_keys_collisions_and_exceptions(tmp_path):
    records = RecordStore(tmp_path, create=True)
    with records:
        records.add_pages([_record("a.txt", [("bucket1", 1, []), ("other", 5, [])])])
        records.set_keys(collisions=[("bucket1", "other")], keys=[("other", "somekey")])
    assert records.bucket_articles("bucket1") == ["bucket1", "other"]
    assert records.stored_key("other") == "somekey" and records.stored_key("bucket1") is None
    with records:
        records.set_keys([], [], rewritten=["other"])
    assert records.stored_key("other") is None and records.bucket_articles("bucket1") == ["bucket1", "other"]
    with records:
        records.set_keys([], [], dropped=["other"])
    assert records.bucket_articles("bucket1") == ["bucket1"]
    records.close()
