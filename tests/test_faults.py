"""Faults: a rebuild killed at random moments, a full disk, a corrupted index version.

The kill campaign runs FAHRAS_KILL_TRIALS trials (5 here, one per stage; `make reliability` runs
25), each killing the rebuild at a random moment inside a chosen stage."""
from __future__ import annotations

import errno
import logging
import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from click.testing import CliRunner

from index import store, verify
from index.rebuild import rebuild
from cli.main import main
from search.engine import run
from search.reader import LiveIndex, NoIndex
from search.request import SearchRequest
from web import create_app

from .conftest import EXAMPLES, ROOT, record_figures

PROBES = ["Erbil", "convoy", "الأردن", '"Popular Mobilization Units"', "sanctions OR water"]


def probe(live: LiveIndex) -> dict[str, list[str]]:
    ix = live.open()
    return {q: [h.id for h in run(ix, SearchRequest(q=q, per_page=50)).hits] for q in PROBES}


def _segment(version: Path) -> Path:
    return max(version.glob("*.seg"), key=lambda p: p.stat().st_size)


@pytest.fixture
def two_versions(tmp_path) -> tuple[Path, Path, Path]:
    root = tmp_path / "ix"
    first = rebuild(EXAMPLES, root).version
    second = rebuild(EXAMPLES, root).version
    return root, first, second


def test_a_truncated_segment_is_caught_on_open_and_the_last_good_version_serves(two_versions, caplog):
    root, first, second = two_versions
    expected = probe(LiveIndex(root))
    segment = _segment(second)
    with open(segment, "r+b") as handle:
        handle.truncate(segment.stat().st_size // 2)
    with caplog.at_level(logging.CRITICAL, logger="fahras.index"):
        live = LiveIndex(root)
        assert probe(live) == expected
    assert live.version() == first
    assert any("truncated" in r.message and first.name in r.message for r in caplog.records)
    with pytest.raises(verify.CorruptIndex, match="truncated"):
        verify.check(second)


def test_a_process_serving_a_version_keeps_it_when_the_next_is_broken(two_versions):
    root, first, second = two_versions
    live = LiveIndex(root)
    expected = probe(live)
    third = rebuild(EXAMPLES, root).version
    (third / _segment(third).name).unlink()                  # a missing segment file
    assert probe(live) == expected and live.version() == second


def test_stats_says_what_is_wrong_and_update_refuses(two_versions):
    root, first, second = two_versions
    segment = _segment(second)
    with open(segment, "r+b") as handle:
        handle.truncate(100)
    stats = CliRunner().invoke(main, ["stats", "--index", str(root)])
    assert stats.exit_code == 1
    assert "truncated" in stats.output and f"fall back to version {first.name}" in stats.output
    assert "fahras rebuild" in stats.output
    updated = CliRunner().invoke(main, ["update", "--index", str(root)])
    assert updated.exit_code == 1 and "truncated" in updated.output
    assert rebuild(EXAMPLES, root).version                   # a rebuild replaces it
    assert CliRunner().invoke(main, ["stats", "--index", str(root)]).exit_code == 0


def test_a_flipped_byte_is_found_by_stats_verify(two_versions):
    root, _, second = two_versions
    segment = _segment(second)
    with open(segment, "r+b") as handle:
        handle.seek(segment.stat().st_size // 3)
        byte = handle.read(1)
        handle.seek(-1, os.SEEK_CUR)
        handle.write(bytes([byte[0] ^ 0xFF]))
    result = CliRunner().invoke(main, ["stats", "--verify", "--index", str(root)])
    assert result.exit_code == 1 and "digest" in result.output


def test_with_no_whole_version_the_web_answers_503_with_the_reason(tmp_path):
    root = tmp_path / "ix"
    version = rebuild(EXAMPLES, root).version
    (version / _segment(version).name).write_bytes(b"")
    client = create_app({"INDEX": str(root)}).test_client()
    response = client.get("/api/search?q=Erbil")
    assert response.status_code == 503
    assert "broken" in response.get_json()["error"]["message"]
    with pytest.raises(NoIndex):
        LiveIndex(root).open()


def _no_space_after(limit: int):
    """StructFile.write that fails with ENOSPC once ``limit`` bytes have been written."""
    from whoosh.filedb.structfile import StructFile
    real_write = StructFile.write
    written = [0]

    def write(self, data):
        written[0] += len(data)
        if written[0] > limit:
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC), getattr(self.file, "name", None))
        return real_write(self, data)
    return write


def test_a_full_disk_fails_the_rebuild_with_a_clear_message(tmp_path, monkeypatch):
    root = tmp_path / "ix"
    live = rebuild(EXAMPLES, root).version
    expected = probe(LiveIndex(root))
    monkeypatch.setattr("whoosh.filedb.structfile.StructFile.write", _no_space_after(20_000))
    result = CliRunner().invoke(main, ["rebuild", "--archive", str(EXAMPLES), "--index", str(root)])
    assert result.exit_code == 1
    assert "No space left on device" in result.output and "live index is unchanged" in result.output
    monkeypatch.undo()
    assert store.current_version(root) == live and probe(LiveIndex(root)) == expected
    assert [p.name for p in (root / store.VERSIONS).iterdir()] == [live.name]   # partial build removed
    assert not (root / store.LOCK).exists()


KILL_STAGES = ("starting", "reading pages", "writing", "finishing", "switched")


def _kill_trials() -> int:
    return int(os.environ.get("FAHRAS_KILL_TRIALS", "5"))


def test_kill_9_at_random_moments_never_loses_the_live_version(tmp_path):
    archive = _distinct_copies(tmp_path / "archive", 25)
    root = tmp_path / "ix"
    started = time.monotonic()
    subprocess.run([sys.executable, "-m", "cli", "rebuild", "--archive", str(archive), "--index",
                    str(root)], cwd=ROOT, check=True, capture_output=True)
    took = time.monotonic() - started
    expected = probe(LiveIndex(root))
    rng = random.Random(int(os.environ.get("FAHRAS_KILL_SEED", "11")))
    moments = []
    for trial in range(_kill_trials()):
        target = KILL_STAGES[trial % len(KILL_STAGES)]     # each stage in turn, at a random moment in it
        live = store.current_version(root)
        started = time.monotonic()
        process = subprocess.Popen([sys.executable, "-m", "cli", "rebuild", "--archive",
                                    str(archive), "--index", str(root), "--workers", str(1 + trial // 2 % 2)],
                                   cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        while process.poll() is None and time.monotonic() - started < 120:
            if _stage(root, live, process.pid) == target:
                time.sleep(rng.uniform(0, 0.15))
                break
            time.sleep(0.005)
        delay = time.monotonic() - started
        stage = _stage(root, live, process.pid) if process.poll() is None else "finished"
        process.send_signal(signal.SIGKILL)
        process.wait()
        for child in _orphans(process.pid):
            os.kill(child, signal.SIGKILL)
        moments.append((round(delay, 2), stage))
        assert probe(LiveIndex(root)) == expected, f"trial {trial}, killed after {delay:.2f} s"
    result = rebuild(archive, root)                          # no manual cleanup: stale lock taken over
    assert store.current_version(root) == result.version
    assert probe(LiveIndex(root)) == expected
    assert not [p for p in (root / store.VERSIONS).iterdir() if p.name.endswith(store.BUILDING)]
    stages = {stage: sum(1 for _, s in moments if s == stage) for stage in {s for _, s in moments}}
    print(f"\nkill -9 trials: {len(moments)} (rebuild takes {took:.1f} s), by stage {stages}: {moments}")
    record_figures("kill_9", {"trials": len(moments), "rebuild_s": round(took, 2), "by_stage": stages,
                       "killed_after_s": moments})


def _stage(root: Path, live: Path, pid: int) -> str:
    """Where the rebuild of process ``pid`` stands, from what is on disk: starting (no folder
    yet), reading pages (an empty .building folder), writing the index (segment files),
    finishing (committed: manifest, checks, switch) or switched."""
    if store.current_version(root) != live:
        return "switched"
    building = [p for p in (root / store.VERSIONS).iterdir() if p.name.endswith(f"-{pid}{store.BUILDING}")]
    if not building:
        return "starting"
    try:
        names = {p.name for p in building[0].iterdir()}
    except FileNotFoundError:             # renamed to its final name between the two looks: switching
        return "finishing"
    if any(n.endswith(".toc") and not n.endswith("_0.toc") for n in names):
        return "finishing"
    return "writing" if any(n.startswith("MAIN_") for n in names) else "reading pages"


def _distinct_copies(archive: Path, copies: int) -> Path:
    """The example archive copied, each copy's paragraphs made its own: hundreds of unique
    articles, so a rebuild spends real time writing the index, not only reading pages."""
    for k in range(copies):
        for page in EXAMPLES.rglob("*.*"):
            target = archive / f"copy{k:02d}" / page.relative_to(EXAMPLES)
            target.parent.mkdir(parents=True, exist_ok=True)
            text = page.read_text("utf-8")
            lines = [f"Dispatch {k}. {line}" if len(line) > 150 and "<" not in line[:1] else line
                     for line in text.split("\n")]
            target.write_text("\n".join(lines), "utf-8")
    return archive


def _orphans(pid: int) -> list[int]:
    """Worker processes a killed rebuild left behind (their parent is gone)."""
    found = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                cmdline = (entry / "cmdline").read_bytes()
                status = (entry / "status").read_text()
            except OSError:
                continue
            ppid = int(status.split("PPid:")[1].split()[0])
            if b"-m\x00cli" in cmdline and b"rebuild" in cmdline and ppid in (1, pid) and int(entry.name) != pid:
                found.append(int(entry.name))
    return found


def test_a_full_disk_while_the_records_are_saved_fails_with_the_same_clear_message(tmp_path, monkeypatch):
    """SQLite says "database or disk is full" (not ENOSPC) when records.sqlite cannot grow: the
    rebuild fails with the full-disk sentence, not a traceback (a real 2 MB tmpfs showed it)."""
    import sqlite3

    from index import records_store
    root = tmp_path / "ix"
    live = rebuild(EXAMPLES, root).version

    def full(*args, **kwargs):
        raise sqlite3.OperationalError("database or disk is full")

    monkeypatch.setattr(records_store.RecordStore, "add_pages", full)
    result = CliRunner().invoke(main, ["rebuild", "--archive", str(EXAMPLES), "--index", str(root)])
    assert result.exit_code == 1, result.output
    assert "No space left on device" in result.output and "live index is unchanged" in result.output
    monkeypatch.undo()
    assert store.current_version(root) == live
    assert [p.name for p in (root / store.VERSIONS).iterdir()] == [live.name]
    assert not (root / store.LOCK).exists()
