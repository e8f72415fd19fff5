"""Load while the index changes: gunicorn serving wsgi:app, a query mix from many clients, a full
rebuild that switches versions mid-load, then an update; on loopback, bounded in time.

    .venv/bin/python bench/load.py --archive DIR [--clients 16] [--seconds 60] [--rounds 3]

Round 1 runs the rebuild (started a quarter into the round) and, once it has switched, an update
after new pages are added; it lasts until both are done and a few seconds more. Rounds 2 and 3
are plain load. Every response must be a 2xx or a 400 (an invalid query in the mix) with a
well-formed JSON body; there must be no 5xx and no connection error; after the switch the new
version (the X-Fahras-Version header) must be served without a restart. Memory: round 1 is the
warm-up (caches fill, a second version is opened); each worker's resident memory after the last
round may exceed its size after round 2 by at most 10%. Figures go to
bench/results/load-<date>.json; the exit status is 1 if a check fails.
"""
from __future__ import annotations

import argparse
import datetime as dt
import http.client
import json
import os
import shutil
import statistics
import subprocess
import sys
import threading
import time
import urllib.parse
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(ROOT))

from bench import machine  # noqa: E402

BIN = ROOT / ".venv" / "bin"
MAX_MEMORY_GROWTH = 0.10
REQUEST_TIMEOUT_S = 30
TAIL_S = 10.0             # load continues this long after the rebuild and update are done
MAX_CHANGES_S = 900       # a round with a rebuild ends at the latest this long after it starts


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--archive", required=True, type=Path, help="a generated archive's pages folder")
    parser.add_argument("--extra", type=Path, help="pages to add before the update (default: none)")
    parser.add_argument("--work", type=Path, default=Path("/tmp/fahras-load"))
    parser.add_argument("--clients", type=int, default=16)
    parser.add_argument("--seconds", type=float, default=60)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--port", type=int, default=8766)
    parser.add_argument("--out", type=Path, default=HERE / "results" / f"load-{dt.date.today()}.json")
    args = parser.parse_args()
    report = campaign(args.archive, args.work, args.clients, args.seconds, args.rounds, args.port,
                      extra=args.extra)
    args.out.parent.mkdir(exist_ok=True)
    args.out.write_text(json.dumps(report, indent=2, ensure_ascii=False) + "\n")
    print(json.dumps(report["checks"], indent=2))
    sys.exit(0 if all(report["checks"].values()) else 1)


def queries() -> list[dict]:
    rows = []
    for line in (HERE / "queries.tsv").read_text("utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            _, q, params = line.split("\t")
            rows.append({"q": q, **json.loads(params)})
    return rows


def campaign(archive: Path, work: Path, clients: int, seconds: float, rounds: int, port: int,
             extra: Path | None = None) -> dict:
    """Build, serve, load for ``rounds`` rounds (a rebuild and an update in the first); the figures."""
    shutil.rmtree(work, ignore_errors=True)
    pages = work / "archive"
    shutil.copytree(archive, pages, symlinks=True)
    index = work / "index"
    _fahras("rebuild", "--archive", str(pages), "--index", str(index), "--workers", "2")
    server = Server(index, port)
    try:
        server.start()
        mix = queries()
        results = []
        for number in range(1, rounds + 1):
            changes = _Changes(pages, index, extra) if number == 1 else None
            load = Load(server.base, mix, clients, seconds)
            load.run(during=changes.run if changes else None, at=seconds / 4)
            round_figures = load.figures()
            if changes:
                round_figures["changes"] = changes.figures(load)
            round_figures["worker_rss_mb"] = server.worker_rss()
            results.append(round_figures)
    finally:
        server.stop()
    return {"date": dt.date.today().isoformat(), "machine": machine.describe(), "clients": clients,
            "seconds_per_round": seconds, "rounds": results, "worker_rss_growth": [round(g, 3) for g in _memory_growth(results)],
            "checks": _checks(results)}


class Server:
    """gunicorn wsgi:app, 2 workers x 4 threads, on loopback."""

    def __init__(self, index: Path, port: int):
        self.index, self.port = index, port
        self.base = f"127.0.0.1:{port}"
        self.process: subprocess.Popen | None = None

    def start(self) -> None:
        env = {**os.environ, "FAHRAS_INDEX": str(self.index)}
        self.process = subprocess.Popen(
            [str(BIN / "gunicorn"), "--workers", "2", "--threads", "4", "--bind", self.base,
             "--timeout", "60", "wsgi:app"], cwd=ROOT, env=env,
            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        deadline = time.monotonic() + 60
        while True:
            try:
                status, _, _ = _get(self.base, "/healthz")
                if status == 200:
                    return
            except OSError:
                pass
            if time.monotonic() > deadline or self.process.poll() is not None:
                raise RuntimeError("gunicorn did not start")
            time.sleep(0.2)

    def worker_rss(self) -> list[int]:
        pids = subprocess.run(["pgrep", "-P", str(self.process.pid)], capture_output=True,
                              text=True).stdout.split()
        return sorted(machine.memory_mb(int(pid)) for pid in pids)

    def stop(self) -> None:
        if self.process and self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=30)
            except subprocess.TimeoutExpired:
                self.process.kill()


class Load:
    """``clients`` threads sending the mix round-robin over keep-alive connections for ``seconds``."""

    def __init__(self, base: str, mix: list[dict], clients: int, seconds: float):
        self.base, self.mix, self.clients, self.seconds = base, mix, clients, seconds
        self.lock = threading.Lock()
        self.samples: list[tuple[float, float, int, str]] = []   # (start, ms, status, version)
        self.errors: list[str] = []
        self.malformed: list[str] = []
        self.started = self.stop_at = 0.0

    def run(self, during=None, at: float = 0.0) -> None:
        """Load for ``seconds``; with ``during``, start it ``at`` seconds in and keep loading until
        it is done and TAIL_S more (a rebuild of 10k articles under full load outlasts a minute;
        the round never runs past MAX_CHANGES_S)."""
        self.started = time.monotonic()
        self.stop_at = self.started + self.seconds
        threads = [threading.Thread(target=self._client, args=(n,)) for n in range(self.clients)]
        for thread in threads:
            thread.start()
        if during:
            self.stop_at = self.started + MAX_CHANGES_S                   # the longest a round runs
            time.sleep(at)
            try:
                during()
            finally:
                self.stop_at = min(max(self.started + self.seconds, time.monotonic() + TAIL_S),
                                   self.stop_at)
        for thread in threads:
            thread.join(timeout=MAX_CHANGES_S + REQUEST_TIMEOUT_S + 10)
        self.seconds = time.monotonic() - self.started

    def _client(self, n: int) -> None:
        connection = None
        i = n
        while time.monotonic() < self.stop_at:
            params = self.mix[i % len(self.mix)]
            i += self.clients
            path = "/api/search?" + urllib.parse.urlencode(params, doseq=True)
            started = time.monotonic()
            try:
                if connection is None:
                    connection = http.client.HTTPConnection(self.base, timeout=REQUEST_TIMEOUT_S)
                connection.request("GET", path)
                response = connection.getresponse()
                body = response.read()
                status, version = response.status, response.getheader("X-Fahras-Version", "")
            except (OSError, http.client.HTTPException) as err:
                with self.lock:
                    self.errors.append(f"{type(err).__name__}: {err}")
                connection = None
                continue
            ms = (time.monotonic() - started) * 1000
            problem = _malformed(status, body)
            with self.lock:
                self.samples.append((started - self.started, ms, status, version))
                if problem:
                    self.malformed.append(f"{status} {path[:80]}: {problem}")

    def figures(self) -> dict:
        times = sorted(ms for _, ms, _, _ in self.samples)
        statuses: dict[str, int] = {}
        for _, _, status, _ in self.samples:
            statuses[str(status)] = statuses.get(str(status), 0) + 1
        pick = lambda p: round(times[min(len(times) - 1, int(p * len(times)))], 1) if times else None  # noqa: E731
        return {"requests": len(self.samples), "requests_per_s": round(len(self.samples) / self.seconds, 1),
                "p50_ms": round(statistics.median(times), 1) if times else None, "p95_ms": pick(0.95),
                "p99_ms": pick(0.99), "statuses": statuses,
                "server_errors": sum(1 for _, _, s, _ in self.samples if s >= 500),
                "connection_errors": len(self.errors), "malformed": len(self.malformed),
                "examples": (self.errors + self.malformed)[:5]}


def _malformed(status: int, body: bytes) -> str | None:
    """What is wrong with a response, or None: JSON always; a result object or an error object."""
    try:
        data = json.loads(body)
    except ValueError:
        return "not JSON"
    if status == 200:
        keys = {"query", "total", "page", "per_page", "took_ms", "hits", "facets", "partial", "links", "translation"}
        if set(data) != keys or not isinstance(data["hits"], list) or len(data["facets"]) != 6:
            return f"unexpected keys {sorted(data)[:8]}"
        return None
    if status == 400 and data.get("error", {}).get("code") in ("invalid_query", "request_too_long"):
        return None
    return f"status {status}"


class _Changes:
    """The rebuild (switching versions mid-load), then pages added and an update."""

    def __init__(self, pages: Path, index: Path, extra: Path | None):
        self.pages, self.index, self.extra = pages, index, extra
        self.before = _current(index)
        self.rebuild_window: tuple[float, float] | None = None
        self.update_window: tuple[float, float] | None = None
        self.after = ""
        self.update_log = ""

    def run(self) -> None:
        origin = time.monotonic()
        _fahras("rebuild", "--archive", str(self.pages), "--index", str(self.index), "--workers", "1")
        self.rebuild_window = (origin, time.monotonic())
        self.after = _current(self.index)
        if self.extra:
            shutil.copytree(self.extra, self.pages / "added-during-load")
        started = time.monotonic()
        self.update_log = _fahras("update", "--index", str(self.index), "--workers", "1")
        self.update_window = (started, time.monotonic())

    def figures(self, load: Load) -> dict:
        switch = self.rebuild_window[1] - load.started if self.rebuild_window else None
        after_switch = [(t, v) for t, _, _, v in load.samples if switch is not None and t > switch + 1]
        old_after = sum(1 for _, v in after_switch if v == self.before)
        return {"version_before": self.before, "version_after": self.after,
                "rebuild_s": round(self.rebuild_window[1] - self.rebuild_window[0], 1),
                "switched_at_s": round(switch, 1) if switch is not None else None,
                "update_s": round(self.update_window[1] - self.update_window[0], 1) if self.update_window else None,
                "update": self.update_log.strip().splitlines()[-2:] if self.update_log else [],
                "responses_after_switch": len(after_switch),
                "from_new_version_after_switch": sum(1 for _, v in after_switch if v == self.after),
                "from_old_version_after_switch": old_after}


def _checks(results: list[dict]) -> dict:
    changes = results[0].get("changes", {})
    growth = _memory_growth(results)
    return {
        "no_server_errors": all(r["server_errors"] == 0 for r in results),
        "no_connection_errors": all(r["connection_errors"] == 0 for r in results),
        "every_response_well_formed": all(r["malformed"] == 0 for r in results),
        "new_version_served_after_switch": bool(changes.get("responses_after_switch"))
        and changes.get("from_old_version_after_switch") == 0 and changes["version_after"] != changes["version_before"],
        "memory_growth_within_10pct": bool(growth) and max(growth) <= MAX_MEMORY_GROWTH,
    }


def _memory_growth(results: list[dict]) -> list[float]:
    """Each worker's memory growth from round 2 (round 1 is the warm-up) to the last round."""
    warm, last = results[min(1, len(results) - 1)], results[-1]
    return [b / a - 1 for a, b in zip(warm["worker_rss_mb"], last["worker_rss_mb"]) if a]


def _current(index: Path) -> str:
    return (index / "CURRENT").read_text().strip()


def _fahras(*args: str) -> str:
    done = subprocess.run([str(BIN / "fahras"), *args], capture_output=True, text=True, cwd=ROOT)
    if done.returncode:
        raise RuntimeError(f"fahras {args[0]} failed: {done.stderr[-2000:]}")
    return done.stderr


def _get(base: str, path: str) -> tuple[int, dict, bytes]:
    connection = http.client.HTTPConnection(base, timeout=5)
    try:
        connection.request("GET", path)
        response = connection.getresponse()
        return response.status, dict(response.getheaders()), response.read()
    finally:
        connection.close()


if __name__ == "__main__":
    main()
