"""The reliability campaign (`make reliability`): load, faults and hostile input, at full strength.

    .venv/bin/python bench/reliability.py [--work /tmp/fahras-reliability] [--seconds 60]

1. Load: a generated archive of about 12k unique articles (3,000 pages of the real corpus),
   gunicorn 2 workers x 4 threads, 16 clients for three rounds of 60 s, a full rebuild switching
   versions mid-load and then an update after 100 new pages (bench/load.py).
2. Faults: kill -9 of the rebuild at 25 random moments, five in each stage, a full disk (simulated, and on a real
   2 MB tmpfs when this machine lets us mount one), corrupted versions (tests/test_faults.py).
3. The oracle: tests/test_oracle.py's property tests of every answer against brute force, and
   the update soak (tests/test_update_soak.py), with ten times the examples of `make test`.
4. Hostile input: the property tests of the page parser, the query path and the web app with
   ten times the examples of `make test`, and the XSS tests (tests/test_xss.py, test_browser.py).
Figures: bench/results/reliability-<date>.json, summarized for the README's Reliability table.
"""
from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import re
import shutil
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(ROOT))

from bench.load import campaign  # noqa: E402

SHARED = ROOT.parent / "shared"
ARCHIVE_ARGS = ["--pages", "3000", "--lang-mix", "ar:0.8,en:0.2", "--format", "mixed", "--seed", "5"]
EXTRA_ARGS = ["--pages", "100", "--lang-mix", "ar:0.8,en:0.2", "--format", "mixed", "--seed", "99"]
KILL_TRIALS = 25
HYPOTHESIS_SCALE = 10


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--work", type=Path, default=Path("/tmp/fahras-reliability"))
    parser.add_argument("--seconds", type=float, default=60)
    parser.add_argument("--skip-load", action="store_true")
    args = parser.parse_args()
    args.work.mkdir(parents=True, exist_ok=True)
    out = HERE / "results" / f"reliability-{dt.date.today()}.json"
    report = {"date": dt.date.today().isoformat()}
    if args.skip_load and out.exists():                 # keep the last load figures
        report["load"] = json.loads(out.read_text()).get("load")
    if not args.skip_load:
        archive = _generated(args.work / "archive", ARCHIVE_ARGS)
        extra = _generated(args.work / "extra", EXTRA_ARGS)
        report["load"] = campaign(archive / "pages", args.work / "load", clients=16, seconds=args.seconds,
                                  rounds=3, port=8767, extra=extra / "pages")
        _save(out, report)
    report["faults"] = _pytest(["tests/test_faults.py", "tests/test_decode_and_reports.py"],
                               {"FAHRAS_KILL_TRIALS": str(KILL_TRIALS)}, args.work)
    report["full_disk_tmpfs"] = full_disk_on_tmpfs(args.work / "tmpfs")
    report["oracle"] = _pytest(["tests/test_oracle.py", "tests/test_update_soak.py"],
                               {"FAHRAS_HYPOTHESIS_SCALE": str(HYPOTHESIS_SCALE)}, args.work)
    _save(out, report)
    report["hostile"] = _pytest(["tests/test_hostile_pages.py", "tests/test_hostile_queries.py",
                                 "tests/test_xss.py", "tests/test_browser.py", "tests/test_web.py"],
                                {"FAHRAS_HYPOTHESIS_SCALE": str(HYPOTHESIS_SCALE)}, args.work)
    _save(out, report)
    print(json.dumps({k: v.get("checks", v.get("summary", v)) if isinstance(v, dict) else v
                      for k, v in report.items()}, indent=2))


def _generated(folder: Path, generator_args: list[str]) -> Path:
    recorded = folder.with_suffix(".args.json")
    if folder.exists() and recorded.exists() and json.loads(recorded.read_text()) == generator_args:
        return folder
    shutil.rmtree(folder, ignore_errors=True)
    subprocess.run([sys.executable, str(SHARED / "tools" / "make_archive.py"), "--corpus",
                    str(SHARED / "corpus" / "articles.jsonl.gz"), "--out", str(folder), *generator_args],
                   check=True, capture_output=True)
    recorded.write_text(json.dumps(generator_args))
    return folder


def _pytest(paths: list[str], env: dict, work: Path) -> dict:
    figures = work / "figures.json"
    figures.unlink(missing_ok=True)
    started = time.monotonic()
    done = subprocess.run([sys.executable, "-m", "pytest", "-q", "-s", "-p", "no:cacheprovider", *paths],
                          cwd=ROOT, capture_output=True, text=True,
                          env={**os.environ, **env, "FAHRAS_RELIABILITY_OUT": str(figures)})
    tail = done.stdout.strip().splitlines()[-1] if done.stdout.strip() else done.stderr[-300:]
    counts = {k: int(v) for v, k in re.findall(r"(\d+) (passed|failed|error|skipped)", tail)}
    return {"summary": tail, "counts": counts, "seconds": round(time.monotonic() - started, 1),
            "ok": done.returncode == 0, "env": env,
            "figures": json.loads(figures.read_text()) if figures.exists() else {}}


def full_disk_on_tmpfs(mount: Path) -> dict:
    """A rebuild onto a real 2 MB tmpfs that fills up: clear failure, live version untouched."""
    from index import store
    from index.rebuild import rebuild
    from search.reader import LiveIndex
    from tests.test_faults import probe

    mount.mkdir(parents=True, exist_ok=True)
    mounted = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=2m", "tmpfs", str(mount)],
                             capture_output=True, text=True)
    if mounted.returncode:
        return {"ran": False, "why": f"cannot mount a tmpfs here: {mounted.stderr.strip()}"
                                     " (the simulated ENOSPC test in tests/test_faults.py ran)"}
    try:
        root = mount / "index"
        rebuild(ROOT / "examples" / "archive", root)
        live = store.current_version(root)
        expected = probe(LiveIndex(root))
        free = os.statvfs(mount)
        with open(mount / "filler", "wb") as handle:        # leave 64 KB: the next build cannot fit
            handle.write(b"\0" * max(0, free.f_bavail * free.f_frsize - 64 * 1024))
        results = {}
        for workers in (1, 2):
            done = subprocess.run([str(ROOT / ".venv" / "bin" / "fahras"), "rebuild", "--archive",
                                   str(ROOT / "examples" / "archive"), "--index", str(root),
                                   "--workers", str(workers)], capture_output=True, text=True, timeout=300)
            leftovers = [p.name for p in (root / store.VERSIONS).iterdir() if p != live]
            leftovers += [p.name for p in root.iterdir() if p.name.endswith(".tmp")]
            results[f"workers_{workers}"] = {
                "exit": done.returncode, "message": done.stderr.strip().splitlines()[-1:],
                "live_unchanged": store.current_version(root) == live and probe(LiveIndex(root)) == expected,
                "partial_files_left": leftovers, "lock_left": (root / store.LOCK).exists()}
        ok = all(r["exit"] == 1 and r["live_unchanged"] and not r["partial_files_left"]
                 and not r["lock_left"] and "No space left" in " ".join(r["message"]) for r in results.values())
        return {"ran": True, "ok": ok, **results}
    finally:
        subprocess.run(["umount", str(mount)], capture_output=True)


def _save(path: Path, report: dict) -> None:
    path.parent.mkdir(exist_ok=True)
    path.write_text(json.dumps(report, indent=2, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
