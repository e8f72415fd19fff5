"""The load campaign in small (bench/load.py runs the full one from `make reliability`):
gunicorn 2x4, 8 clients for three 5-second rounds, a rebuild switching versions and an update
mid-load. No 5xx, no connection error, every response well-formed, the new version served after
the switch without a restart, worker memory not growing by more than 10%."""
from __future__ import annotations

import shutil
import socket

from bench.load import campaign

from .conftest import EXAMPLES


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def test_load_while_the_index_is_rebuilt_and_updated(tmp_path):
    archive, extra = tmp_path / "archive", tmp_path / "extra"
    for k in range(12):
        shutil.copytree(EXAMPLES, archive / f"copy{k:02d}")
    shutil.copytree(EXAMPLES / "en", extra / "en")
    (extra / "en" / "2021-07-sanctions.txt").write_text(
        (EXAMPLES / "en" / "2021-07-sanctions.txt").read_text("utf-8").replace("Treasury", "Treasury Department"),
        "utf-8")
    report = campaign(archive, tmp_path / "work", clients=8, seconds=5, rounds=3, port=_free_port(),
                      extra=extra)
    first = report["rounds"][0]
    print(f"\nload: {[{k: r[k] for k in ('requests', 'requests_per_s', 'p50_ms', 'p95_ms', 'worker_rss_mb')} for r in report['rounds']]}"
          f"\nchanges: {first['changes']}")
    assert report["checks"] == {name: True for name in report["checks"]}, report
    assert first["requests"] > 50 and first["changes"]["responses_after_switch"] > 0
