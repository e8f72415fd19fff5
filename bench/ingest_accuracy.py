"""Score the ingester against a generated archive's ground truth (../shared/tools/make_archive.py).

    python bench/ingest_accuracy.py ARCHIVE_DIR [--limit N] [--show 20]

ARCHIVE_DIR holds pages/, truth.jsonl and manifest.json. Prints recall of articles (by exact
title, page by page), exact spans, date/outlet/author/lang accuracy, teasers, and how well ids
group copies of the same corpus article (pairwise precision and recall), plus the first misses.
"""
from __future__ import annotations

import argparse
import html
import json
import os
import sys
from collections import Counter, defaultdict
from itertools import combinations

sys.path.insert(0, os.path.join(os.path.dirname(__file__), ".."))

from index.dedup import Deduplicator  # noqa: E402
from index.ingest import read_page  # noqa: E402
from index.normalize import clean_line  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("archive")
    parser.add_argument("--limit", type=int, default=0, help="pages to score (0 = all)")
    parser.add_argument("--show", type=int, default=15, help="misses to print per kind")
    args = parser.parse_args()
    truth = [json.loads(line) for line in open(os.path.join(args.archive, "truth.jsonl"))]
    if args.limit:
        truth = truth[: args.limit]
    score = Score(args.show)
    dedup = Deduplicator()
    for page_truth in truth:
        page = read_page(os.path.join(args.archive, page_truth["path"]))
        for article in page.articles:
            dedup.assign(article)
        score.page(page_truth, page)
    score.report()


class Score:
    def __init__(self, show: int):
        self.show = show
        self.counts = Counter()
        self.misses: dict[str, list[str]] = defaultdict(list)
        self.groups_truth: dict[str, set] = defaultdict(set)   # corpus id -> occurrence keys
        self.ids: dict[tuple, str] = {}                           # occurrence key -> our id

    def miss(self, kind: str, text: str) -> None:
        self.counts[f"{kind}_wrong"] += 1
        if len(self.misses[kind]) < self.show:
            self.misses[kind].append(text)

    def page(self, truth: dict, page) -> None:
        c = self.counts
        c["pages"] += 1
        ours = defaultdict(list)
        for article in page.articles:
            ours[article.title].append(article)
        c["found"] += len(page.articles)
        c["teasers_truth"] += len(truth["teasers"])
        for teaser in truth["teasers"]:
            if clean_line(html.unescape(teaser)) in page.teasers:
                c["teasers_found"] += 1
            else:
                self.miss("teaser", f"{truth['path']}: {teaser[:70]} (ours: {page.teasers})")
        for k, t in enumerate(truth["articles"]):
            c["truth"] += 1
            title = clean_line(html.unescape(t["title"]))
            if not ours.get(title):
                self.miss("title", f"{truth['path']}: {title[:70]}")
                continue
            a = ours[title].pop(0)
            c["matched"] += 1
            key = (truth["path"], k)
            self.groups_truth[t["id"]].add(key)
            self.ids[key] = a.id
            where = f"{truth['path']}:{t['line_start']} {title[:40]}"
            if t["line_start"] is not None:
                c["spans"] += 1
                if (a.source.line_start, a.source.line_end) != (t["line_start"], t["line_end"]):
                    self.miss("span", f"{where} ours {a.source.line_start}-{a.source.line_end}"
                                      f" truth {t['line_start']}-{t['line_end']}")
            if a.date != t["date"]:
                self.miss("date", f"{where} ours {a.date} truth {t['date']} ({t['date_printed']})")
            if t["outlet_printed"]:
                c["outlet_printed"] += 1
                if a.outlet != t["outlet"]:
                    self.miss("outlet", f"{where} ours {a.outlet} truth {t['outlet']} ({t['credit']})")
            elif a.outlet == t["outlet"]:
                c["outlet_unprinted_right"] += 1
            if (a.author or None) != t["author"]:
                self.miss("author", f"{where} ours {a.author!r} truth {t['author']!r} ({t['author_form']})")
            if a.lang != t["lang"]:
                self.miss("lang", where)
        for leftovers in ours.values():
            for a in leftovers:
                self.miss("extra", f"{truth['path']}:{a.source.line_start} {a.title[:70]}")

    def report(self) -> None:
        c = self.counts
        pct = lambda n, d: f"{100 * n / d:.2f}%" if d else "n/a"  # noqa: E731
        same_truth = {p for g in self.groups_truth.values() for p in combinations(sorted(g), 2)}
        by_id = defaultdict(set)
        for key, our_id in self.ids.items():
            by_id[our_id].add(key)
        same_ours = {p for g in by_id.values() for p in combinations(sorted(g), 2)}
        both = len(same_truth & same_ours)
        print(f"pages {c['pages']}, truth articles {c['truth']}, found {c['found']}")
        print(f"title recall {pct(c['matched'], c['truth'])}, extra articles {c['extra_wrong']}")
        print(f"spans exact {pct(c['spans'] - c['span_wrong'], c['spans'])}")
        print(f"dates right {pct(c['matched'] - c['date_wrong'], c['matched'])}")
        print(f"outlets right where printed {pct(c['outlet_printed'] - c['outlet_wrong'], c['outlet_printed'])}"
              f"; right where not printed {c['outlet_unprinted_right']}/{c['matched'] - c['outlet_printed']}")
        print(f"authors right {pct(c['matched'] - c['author_wrong'], c['matched'])}")
        print(f"lang right {pct(c['matched'] - c['lang_wrong'], c['matched'])}")
        print(f"teasers found {pct(c['teasers_found'], c['teasers_truth'])}")
        print(f"duplicate pairs: precision {pct(both, len(same_ours))}, recall {pct(both, len(same_truth))}")
        for kind, rows in self.misses.items():
            print(f"\n-- {kind} ({c[kind + '_wrong']})")
            print("\n".join(rows))


if __name__ == "__main__":
    main()
