"""Scale benchmark: generated archives of the real corpus, rebuilt and queried, beside SQLite FTS5.

    .venv/bin/python bench/scale.py [--sizes small,full] [--work /tmp/fahras-scale] [--queries N]

For each size: generate the archive with ../shared/tools/make_archive.py (manifest counts are
reported), full rebuild with --workers 1 and 2 (wall time, articles/s, peak RSS, index size,
time share per stage), `update` after adding 100 new pages, then the fixed query mix of
bench/queries.tsv (each: 10 hits with snippets and all facets) cold and warm in-process, and
through the Flask app's /api/search; then the same articles in SQLite FTS5 (unicode61
remove_diacritics 2) doing the equivalent work per query (match, total, GROUP BY facets, top 10 by
bm25 with snippet()). Results: bench/results/scale-<date>.json and a table on stdout.
"""
from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import re
import resource
import shutil
import sqlite3
import statistics
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(ROOT))

from bench.machine import describe, memory_mb, speed_probe  # noqa: E402
from search.engine import run  # noqa: E402
from search.errors import InvalidQuery  # noqa: E402
from search.reader import LiveIndex  # noqa: E402
from search.request import SearchRequest  # noqa: E402

SHARED = ROOT.parent / "shared"
SIZES = {  # name -> make_archive arguments
    "small": ["--pages", "3000", "--lang-mix", "ar:0.8,en:0.2", "--format", "mixed", "--seed", "5"],
    "full": ["--pages", "30000", "--lang-mix", "ar:0.8,en:0.2", "--format", "mixed", "--seed", "5"],
}
TARGETS = {"rebuild_w2_s": 300, "update_100_s": 10, "p95_ms": 150, "p50_ms": 40,
           "p95_vs_fts5": 3.0, "web_rss_mb": 500, "index_vs_raw": 2.0}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="small,full")
    parser.add_argument("--work", default="/tmp/fahras-scale")
    parser.add_argument("--queries", type=int, default=0, help="use only the first N queries")
    parser.add_argument("--keep-archive", action="store_true",
                        help="reuse an archive generated with the same arguments in --work"
                             " (generation takes about 3 minutes at the full size)")
    parser.add_argument("--rebuild", default="2,1",
                        help="worker counts to rebuild with; with --reuse, rebuild only these (and"
                             " update) and keep the earlier run's figures for the others")
    parser.add_argument("--reuse", action="store_true",
                        help="keep the archives and indexes of an earlier run in --work and its"
                             " figures for them; measure the queries, the web and FTS5 again")
    args = parser.parse_args()
    work = Path(args.work)
    queries = load_queries(args.queries)
    report = {"date": dt.date.today().isoformat(), "machine": describe(), "sizes": {},
              "speed_probe_ms_at_start": speed_probe()}
    earlier = _earlier(report["date"]) if args.reuse else {}
    for size in args.sizes.split(","):
        workers = [int(w) for w in args.rebuild.split(",") if w]
        report["sizes"][size] = bench_size(size, work / size, queries, earlier.get(size),
                                           keep_archive=args.keep_archive, workers=workers,
                                           rebuild_again=args.reuse and args.rebuild != "2,1")
        save(report)
    print(table(report))


def load_queries(limit: int) -> list[tuple[str, str, dict]]:
    rows = []
    for line in (HERE / "queries.tsv").read_text("utf-8").splitlines():
        if line.startswith("#") or not line.strip():
            continue
        kind, q, params = line.split("\t")
        rows.append((kind, q, json.loads(params)))
    return rows[:limit] if limit else rows


def _earlier(date: str) -> dict:
    path = HERE / "results" / f"scale-{date}.json"
    return json.loads(path.read_text())["sizes"] if path.exists() else {}


def bench_size(size: str, work: Path, queries, earlier: dict | None = None,
               keep_archive: bool = False, workers: list[int] = (2, 1), rebuild_again: bool = False) -> dict:
    root = work / "index-w2"
    if earlier and root.exists():
        out = {k: earlier[k] for k in ("generate_s", "manifest", "rebuild_w1", "rebuild_w2", "update_100")}
        if rebuild_again:
            out.update(_rebuilds(work, workers))
    else:
        out = build_size(size, work, keep_archive, workers)
    live = LiveIndex(root)
    raw = raw_text_bytes(live)
    out["gunicorn"] = time_gunicorn(root, queries)
    out["raw_text_mb"] = round(raw / 1e6, 1)
    out["index_vs_raw"] = round(out["rebuild_w2"]["index_mb"] * 1e6 / raw, 2)
    if "whoosh_mb" in out["rebuild_w2"]:     # without the update's records (records.sqlite)
        out["whoosh_index_vs_raw"] = round(out["rebuild_w2"]["whoosh_mb"] * 1e6 / raw, 2)
    out["queries"] = time_queries(live, queries)
    out["web"] = time_web(root, queries)
    out["fts5"] = fts5(live, work / "fts5.db", queries)
    out["ratios"] = {
        "rebuild_w2_vs_fts5_build": round(out["rebuild_w2"]["seconds"] / out["fts5"]["build_s"], 1),
        "p50_vs_fts5": round(out["queries"]["warm_p50_ms"] / max(out["fts5"]["p50_ms"], 0.01), 2),
        "p95_vs_fts5": round(out["queries"]["warm_p95_ms"] / max(out["fts5"]["p95_ms"], 0.01), 2),
    }
    out["targets"] = check_targets(out)
    return out


def build_size(size: str, work: Path, keep_archive: bool = False, workers=(2, 1)) -> dict:
    out: dict = {"generate_s": _archive(work, SIZES[size], keep_archive)}
    out["manifest"] = manifest_counts(work / "archive")
    out.update(_rebuilds(work, workers))
    return out


def _rebuilds(work: Path, workers) -> dict:
    """Full rebuilds with each worker count, then `update` of the workers=2 index."""
    pages, out = work / "archive" / "pages", {}
    if 2 in workers:                  # the pages an earlier update added are not the archive's
        shutil.rmtree(pages / "new", ignore_errors=True)
        shutil.rmtree(work / "extra", ignore_errors=True)
    for count in workers:
        shutil.rmtree(work / f"index-w{count}", ignore_errors=True)
        out[f"rebuild_w{count}"] = rebuild(pages, work / f"index-w{count}", count)
    if 2 in workers:                  # the update runs on the workers=2 index just built
        out["update_100"] = update_after_new_pages(work, pages, work / "index-w2")
    return out


def _archive(work: Path, args: list[str], keep: bool) -> float:
    """Generate the archive (or keep one generated with the same arguments); its seconds."""
    recorded = work / "archive-args.json"
    if keep and recorded.exists() and json.loads(recorded.read_text())["args"] == args:
        shutil.rmtree(work / "archive" / "pages" / "new", ignore_errors=True)   # an earlier update's
        shutil.rmtree(work / "extra", ignore_errors=True)
        return json.loads(recorded.read_text())["generate_s"]
    shutil.rmtree(work, ignore_errors=True)
    work.mkdir(parents=True)
    started = time.perf_counter()
    generate(work / "archive", args)
    seconds = round(time.perf_counter() - started, 1)
    recorded.write_text(json.dumps({"args": args, "generate_s": seconds}))
    return seconds


def time_gunicorn(root: Path, queries, port: int = 8765) -> dict:
    """gunicorn wsgi:app (2 workers x 4 threads) on loopback; 4 clients send the mix 3 times;
    then each worker's resident memory."""
    import urllib.parse
    import urllib.request
    from concurrent.futures import ThreadPoolExecutor
    env = {**os.environ, "FAHRAS_INDEX": str(root)}
    server = subprocess.Popen([str(ROOT / ".venv" / "bin" / "gunicorn"), "--workers", "2", "--threads",
                               "4", "--bind", f"127.0.0.1:{port}", "wsgi:app"], cwd=ROOT, env=env,
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        base = f"http://127.0.0.1:{port}/api/search?"
        deadline = time.monotonic() + 30
        while True:
            try:
                urllib.request.urlopen(base + "q=", timeout=5).read()
                break
            except OSError:
                if time.monotonic() > deadline:
                    raise
                time.sleep(0.2)

        def get(row) -> float:
            _, q, params = row
            started = time.perf_counter()
            urllib.request.urlopen(base + urllib.parse.urlencode({"q": q, **params}, doseq=True),
                                   timeout=60).read()
            return (time.perf_counter() - started) * 1000

        with ThreadPoolExecutor(4) as pool:
            times = list(pool.map(get, queries * 3))
        workers = [int(pid) for pid in subprocess.run(["pgrep", "-P", str(server.pid)],
                                                       capture_output=True, text=True).stdout.split()]
        rss = [memory_mb(pid) for pid in workers]
        anon = [memory_mb(pid, "RssAnon") for pid in workers]     # private memory; the rest of RSS is
        mapped = [memory_mb(pid, "RssFile") for pid in workers]   # index pages mapped from the page cache
    finally:
        server.terminate()
        server.wait(timeout=30)
    return {**percentiles("4_clients", times), "worker_rss_mb": rss, "worker_rss_anon_mb": anon,
            "worker_rss_file_mb": mapped}


def generate(out: Path, args: list[str]) -> None:
    subprocess.run([sys.executable, str(SHARED / "tools" / "make_archive.py"), "--corpus",
                    str(SHARED / "corpus" / "articles.jsonl.gz"), "--out", str(out), *args],
                   check=True, capture_output=True)


def manifest_counts(archive: Path) -> dict:
    manifest = json.loads((archive / "manifest.json").read_text())
    counts = manifest.get("counts", manifest)
    return {k: v for k, v in counts.items() if isinstance(v, (int, float))}


def fahras(*args: str) -> tuple[float, str, int]:
    """Run the CLI in a child process: wall seconds, stderr, and that child's peak RSS in MB."""
    seconds, log, rss, _ = _fahras(*args)
    return seconds, log, rss


def _fahras(*args: str) -> tuple[float, str, int, float]:
    """fahras(), and the CPU seconds the child and its processes used."""
    started = time.perf_counter()
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    done = subprocess.run([str(ROOT / ".venv" / "bin" / "fahras"), *args], capture_output=True, text=True)
    if done.returncode:
        raise RuntimeError(done.stderr)
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime
    return time.perf_counter() - started, done.stderr, max(after.ru_maxrss, before.ru_maxrss) // 1024, cpu


def rebuild(pages: Path, root: Path, workers: int) -> dict:
    """A full rebuild, with the host's speed (bench.machine.speed_probe) before and after it."""
    probe_before = speed_probe()
    seconds, log, rss, cpu = _fahras("rebuild", "--archive", str(pages), "--index", str(root),
                                     "--workers", str(workers))
    probe_after = speed_probe()
    articles = int(re.search(r"unique articles: ([\d,]+)", log).group(1).replace(",", ""))
    shares = dict(re.findall(r"(\w+) (\d+)%", log.split("time by stage:")[-1]))
    version = (root / "versions" / (root / "CURRENT").read_text().strip())
    size = sum(f.stat().st_size for f in version.iterdir() if f.is_file())
    whoosh = sum(f.stat().st_size for f in version.iterdir() if f.suffix in (".seg", ".toc"))
    return {"seconds": round(seconds, 1), "cpu_s": round(cpu, 1), "speed_probe_ms": [probe_before, probe_after],
            "articles": articles, "articles_per_s": round(articles / seconds, 1), "peak_rss_mb": rss,
            "index_mb": round(size / 1e6, 1), "whoosh_mb": round(whoosh / 1e6, 1),
            "stage_share_pct": {k: int(v) for k, v in shares.items()}}


def update_after_new_pages(work: Path, pages: Path, root: Path) -> dict:
    extra = work / "extra"
    generate(extra, ["--pages", "100", "--format", "mixed", "--seed", "99", "--lang-mix", "ar:0.8,en:0.2"])
    target = pages / "new"
    shutil.copytree(extra / "pages", target)
    seconds, log, _ = fahras("update", "--index", str(root), "--archive", str(pages), "--workers", "2")
    changed = [int(x.replace(",", "")) for x in
               re.search(r"\(added ([\d,]+), updated ([\d,]+), deleted ([\d,]+)\)", log).groups()]
    return {"seconds": round(seconds, 1), "added": int(changed[0]), "updated": int(changed[1])}


def raw_text_bytes(live: LiveIndex) -> int:
    ix = live.open().ix
    with ix.searcher() as searcher:
        return sum(len((f.get("title") or "").encode()) + len((f.get("body") or "").encode())
                   for f in searcher.all_stored_fields())


def request_for(q: str, params: dict) -> SearchRequest:
    return SearchRequest.from_mapping({"q": q, **params}, getlist=lambda k: params.get(k, []))


def time_queries(live: LiveIndex, queries) -> dict:
    live_fresh = LiveIndex(live.root)
    started = time.perf_counter()
    run(live_fresh.open(), request_for(queries[0][1], queries[0][2]))
    cold = (time.perf_counter() - started) * 1000
    ix = live_fresh.open()
    for _, q, params in queries[:20]:                   # warm up caches once
        _safe_run(ix, q, params)
    times, invalid = [], 0
    for _, q, params in queries:
        started = time.perf_counter()
        ok = _safe_run(ix, q, params)
        times.append((time.perf_counter() - started) * 1000)
        invalid += not ok
    return {"cold_first_query_ms": round(cold, 1), **percentiles("warm", times), "invalid": invalid,
            "queries": len(queries)}


def _safe_run(ix, q: str, params: dict) -> bool:
    try:
        run(ix, request_for(q, params))
        return True
    except InvalidQuery:
        return False


def time_web(root: Path, queries) -> dict:
    from web import create_app
    client = create_app({"INDEX": str(root)}).test_client()
    client.get("/api/search?q=")
    times = []
    for _, q, params in queries:
        args = {"q": q, **params}
        started = time.perf_counter()
        client.get("/api/search", query_string=args)
        times.append((time.perf_counter() - started) * 1000)
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024
    return {**percentiles("warm", times), "process_peak_rss_mb": rss}


def percentiles(prefix: str, times: list[float]) -> dict:
    ordered = sorted(times)
    pick = lambda p: ordered[min(len(ordered) - 1, int(p * len(ordered)))]  # noqa: E731
    return {f"{prefix}_p50_ms": round(statistics.median(ordered), 1),
            f"{prefix}_p95_ms": round(pick(0.95), 1), f"{prefix}_p99_ms": round(pick(0.99), 1)}


# ------------------------------------------------------------------ the peer: SQLite FTS5

def fts5(live: LiveIndex, path: Path, queries) -> dict:
    path.unlink(missing_ok=True)
    db = sqlite3.connect(path)
    started = time.perf_counter()
    db.executescript("""
        CREATE VIRTUAL TABLE docs USING fts5(title, body, tokenize='unicode61 remove_diacritics 2');
        CREATE TABLE meta(rowid INTEGER PRIMARY KEY, outlet TEXT, lang TEXT, month TEXT, day INTEGER);
        CREATE TABLE ent(rowid INTEGER, type TEXT, name TEXT);
    """)
    ix = live.open().ix
    with ix.searcher() as searcher:
        for n, f in enumerate(searcher.all_stored_fields(), start=1):
            db.execute("INSERT INTO docs(rowid, title, body) VALUES (?, ?, ?)", (n, f["title"], f.get("body", "")))
            db.execute("INSERT INTO meta VALUES (?, ?, ?, ?, ?)", (n, f.get("outlet"), f.get("lang"),
                       f.get("month"), int(f["date"].strftime("%Y%m%d")) if f.get("date") else 0))
            for kind in ("person", "org", "place"):
                db.executemany("INSERT INTO ent VALUES (?, ?, ?)",
                               [(n, kind, v) for v in (f.get(kind) or "").split("|") if v])
    db.execute("CREATE INDEX ent_row ON ent(rowid)")
    db.commit()
    build = time.perf_counter() - started
    times = []
    for _, q, params in queries:
        started = time.perf_counter()
        fts5_query(db, q, params)
        times.append((time.perf_counter() - started) * 1000)
    db.close()
    return {"build_s": round(build, 1), **{k.replace("warm_", ""): v for k, v in percentiles("warm", times).items()}}


def fts5_query(db, q: str, params: dict) -> None:
    words = re.findall(r"[^\s\"]+", q)
    match = " ".join('"%s"' % w.replace('"', "") for w in words if w.upper() not in ("AND", "OR", "NOT"))
    where, args = [], []
    if match:
        where.append("m.rowid IN (SELECT rowid FROM docs WHERE docs MATCH ?)")
        args.append(match)
    for name in ("outlet", "lang"):
        if params.get(name):
            where.append(f"m.{name} IN ({','.join('?' * len(params[name]))})")
            args += params[name]
    if params.get("from"):
        where.append("m.day >= ?")
        args.append(int(params["from"].replace("-", "").ljust(8, "0")))
    if params.get("to"):
        where.append("m.day <= ?")
        args.append(int(params["to"].replace("-", "").ljust(8, "9")))
    cond = " AND ".join(where) or "1"
    db.execute(f"SELECT count(*) FROM meta m WHERE {cond}", args).fetchone()
    for column in ("outlet", "lang", "month"):
        db.execute(f"SELECT {column}, count(*) FROM meta m WHERE {cond} GROUP BY {column}", args).fetchall()
    db.execute(f"SELECT e.type, e.name, count(*) c FROM ent e JOIN meta m ON m.rowid = e.rowid "
               f"WHERE {cond} GROUP BY e.type, e.name ORDER BY c DESC LIMIT 60", args).fetchall()
    if match:
        db.execute("SELECT rowid, title, snippet(docs, 1, '<mark>', '</mark>', '…', 24) FROM docs "
                   "WHERE docs MATCH ? ORDER BY bm25(docs) LIMIT 10", (match,)).fetchall()
    else:
        db.execute(f"SELECT m.rowid FROM meta m WHERE {cond} ORDER BY m.day DESC LIMIT 10", args).fetchall()


# ------------------------------------------------------------------ report

def check_targets(out: dict) -> dict:
    measured = {
        "rebuild_w2_s": out["rebuild_w2"]["seconds"], "update_100_s": out["update_100"]["seconds"],
        "p95_ms": out["queries"]["warm_p95_ms"], "p50_ms": out["queries"]["warm_p50_ms"],
        "p95_vs_fts5": out["ratios"]["p95_vs_fts5"], "web_rss_mb": max(out["gunicorn"]["worker_rss_mb"]),
        "index_vs_raw": out["index_vs_raw"],
    }
    return {k: {"target": TARGETS[k], "measured": v, "pass": v <= TARGETS[k]} for k, v in measured.items()}


def save(report: dict) -> None:
    """Write the day's results; sizes measured earlier the same day and not in this run stay,
    and so do notes added by hand."""
    out = HERE / "results" / f"scale-{report['date']}.json"
    out.parent.mkdir(exist_ok=True)
    before = json.loads(out.read_text()) if out.exists() else {}
    report = {**before, **report, "sizes": {**before.get("sizes", {}), **report["sizes"]}}
    out.write_text(json.dumps(report, indent=2, ensure_ascii=False) + "\n")


def table(report: dict) -> str:
    lines = [f"machine: {report['machine']}, {report['date']}", "",
             "| size | target | measured | pass |", "|---|---|---|---|"]
    for size, out in report["sizes"].items():
        for name, t in out["targets"].items():
            lines.append(f"| {size} | {name} ≤ {t['target']} | {t['measured']} | {'yes' if t['pass'] else 'NO'} |")
    return "\n".join(lines)


if __name__ == "__main__":
    main()
