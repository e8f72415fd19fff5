"""The scale query mix's answers, to compare two versions of the code on the same archive:

    python bench/rankings.py dump --index DIR --out before.json
    python bench/rankings.py compare before.json after.json

For each query of bench/queries.tsv (with its filters): the total, the first two pages of 20 hits
(ids and scores), every facet and whether the answer was partial. ``compare`` names every query
whose answer differs (scores compared to 1e-9) and exits 1 if any does. A refactor that keeps
behaviour must keep them all.
"""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from bench.scale import load_queries, request_for  # noqa: E402
from search.engine import run  # noqa: E402
from search.errors import InvalidQuery  # noqa: E402
from search.reader import LiveIndex  # noqa: E402

PER_PAGE, PAGES = 20, 2
NO_BUDGET = 3600.0               # answers must not depend on the machine's speed


def dump(index: Path) -> dict:
    version = LiveIndex(index).open()
    answers = {}
    for kind, q, params in load_queries(10_000):
        key = f"{kind}\t{q}\t{json.dumps(params, sort_keys=True, ensure_ascii=False)}"
        pages = []
        for page in range(1, PAGES + 1):
            request = request_for(q, {**params, "page": page, "per_page": PER_PAGE})
            try:
                result = run(version, request, time_limit=NO_BUDGET)
            except InvalidQuery as err:
                pages.append({"invalid": str(err)})
                continue
            pages.append({"total": result.total, "partial": result.partial, "facets": result.facets,
                          "hits": [[h.id, None if h.score is None else round(h.score, 9)] for h in result.hits]})
        answers[key] = pages
    return answers


def compare(before: dict, after: dict) -> list[str]:
    differ = [key for key in sorted(set(before) | set(after)) if before.get(key) != after.get(key)]
    return differ


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = parser.add_subparsers(dest="command", required=True)
    d = sub.add_parser("dump")
    d.add_argument("--index", type=Path, required=True)
    d.add_argument("--out", type=Path, required=True)
    c = sub.add_parser("compare")
    c.add_argument("before", type=Path)
    c.add_argument("after", type=Path)
    args = parser.parse_args()
    if args.command == "dump":
        answers = dump(args.index)
        args.out.write_text(json.dumps(answers, ensure_ascii=False, sort_keys=True, indent=1) + "\n")
        print(f"{len(answers)} queries written to {args.out}")
        return
    before, after = (json.loads(p.read_text()) for p in (args.before, args.after))
    differ = compare(before, after)
    for key in differ:
        print("differs:", key.replace("\t", " | "))
    print(f"{len(before)} queries before, {len(after)} after, {len(differ)} differ")
    sys.exit(1 if differ else 0)


if __name__ == "__main__":
    main()
