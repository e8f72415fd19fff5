"""Rebuild benchmark: the seed pages replicated to >= 5,000 article occurrences.

    .venv/bin/python bench/rebuild_bench.py [--copies 120] [--workers 1] [--seeds ../shared/seeds]
    .venv/bin/python bench/rebuild_bench.py --archive DIR      # any archive instead (no copies)

Copies both seed pages COPIES times into a temporary archive (each copy in its own folder, so
every copy is a page of its own), runs a full rebuild into a temporary index, and reports
pages/s, article occurrences/s, unique articles, and the share of time in each stage. Results
are written to bench/results/rebuild-<date>.json.
"""
from __future__ import annotations

import argparse
import datetime as dt
import json
import shutil
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench import machine  # noqa: E402
from index.rebuild import rebuild  # noqa: E402
HERE = Path(__file__).resolve().parent


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--copies", type=int, default=120)
    parser.add_argument("--workers", type=int, default=1)
    parser.add_argument("--seeds", default=str(HERE.parent.parent / "shared" / "seeds"))
    parser.add_argument("--archive", help="rebuild this archive as it is instead of seed copies")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        archive = Path(args.archive) if args.archive else Path(tmp) / "archive"
        if not args.archive:
            for k in range(args.copies):
                shutil.copytree(args.seeds, archive / f"copy{k:04d}")
        result = rebuild(archive, Path(tmp) / "index", workers=args.workers)
    total = sum(result.timings.values())
    writing = sum(result.timings.get(stage, 0) for stage in ("analysis", "write", "commit"))
    ingest = total - writing - result.timings.get("entities", 0)
    report = {
        "date": dt.date.today().isoformat(), "machine": machine.describe(), "workers": args.workers,
        "pages": result.pages, "occurrences": result.occurrences, "unique_articles": result.articles,
        "seconds": round(result.seconds, 2),
        "pages_per_s": round(result.pages / result.seconds, 1),
        "occurrences_per_s": round(result.occurrences / result.seconds, 1),
        "stage_share": {k: round(v / total, 3) for k, v in sorted(result.timings.items(), key=lambda kv: -kv[1])},
        "entities_added_to_ingest": round(result.timings.get("entities", 0) / ingest, 3),
        "archive": args.archive or f"seeds x {args.copies}",
    }
    name = "archive" if args.archive else "seeds"
    out = HERE / "results" / f"rebuild-{name}-{report['date']}-w{args.workers}.json"
    out.parent.mkdir(exist_ok=True)
    out.write_text(json.dumps(report, indent=2) + "\n")
    print(json.dumps(report, indent=2))


if __name__ == "__main__":
    main()
