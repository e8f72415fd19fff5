"""Score the ingester against a generated archive's ground truth (../shared/tools/make_archive.py
or tests/style_archive.py).

    python bench/ingest_accuracy.py ARCHIVE_DIR [--limit N] [--show 20] [--by-style]

ARCHIVE_DIR holds pages/, truth.jsonl and manifest.json. Prints recall of articles (by exact
title, page by page), exact spans, date/outlet/author/lang accuracy, teasers, and how well ids
group copies of the same corpus article (pairwise precision and recall), plus the first misses.
``--by-style`` adds, per printed convention the truth names (dateline format, credit, byline form,
header order, deck, file format, ...), the share of its articles found and, of those, with the
right date, printed outlet and author.
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
from index.ingest import learn, read_page  # noqa: E402
from index.normalize import clean_line  # noqa: E402


# Printed conventions the truth may name, per article and per page (make_archive.py and
# tests/style_archive.py name some of them each).
STYLE_FIELDS = ("date_format", "credit", "author_form", "header_order", "title_repeat", "deck", "para_gap",
                "meta_gap", "depth")
PAGE_STYLE_FIELDS = ("format", "file_format", "block_gap")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("archive")
    parser.add_argument("--limit", type=int, default=0, help="pages to score (0 = all)")
    parser.add_argument("--show", type=int, default=15, help="misses to print per kind")
    parser.add_argument("--by-style", action="store_true", help="scores per printed convention")
    args = parser.parse_args()
    score = score_archive(args.archive, args.limit, args.show)
    score.report()
    if args.by_style:
        score.report_styles()


def score_archive(archive: str, limit: int = 0, show: int = 15) -> "Score":
    """Ingest a generated archive's pages in order and score them against truth.jsonl (the
    archive's templates learnt first, as a rebuild learns them)."""
    truth = [json.loads(line) for line in open(os.path.join(archive, "truth.jsonl"), encoding="utf-8")]
    if limit:
        truth = truth[:limit]
    score = Score(show)
    dedup = Deduplicator()
    templates = learn([os.path.join(archive, t["path"]) for t in truth]).templates()
    for page_truth in truth:
        page = read_page(os.path.join(archive, page_truth["path"]), templates)
        for article in page.articles:
            dedup.assign(article)
        score.page(page_truth, page)
    return score


class Score:
    def __init__(self, show: int):
        self.show = show
        self.counts = Counter()
        self.misses: dict[str, list[str]] = defaultdict(list)
        self.groups_truth: dict[str, set] = defaultdict(set)   # corpus id -> occurrence keys
        self.ids: dict[tuple, str] = {}                           # occurrence key -> our id
        self.styles: dict[tuple[str, str], list[Counter]] = defaultdict(list)  # (field, value) -> outcomes

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
            outcome = self._style_outcome(truth, t)
            if not ours.get(title):
                self.miss("title", f"{truth['path']}: {title[:70]}")
                continue
            a = ours[title].pop(0)
            outcome.update(found=1, date=a.date == t["date"], author=(a.author or None) == t["author"])
            if t["outlet_printed"]:
                outcome.update(printed=1, outlet=a.outlet == t["outlet"])
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

    def _style_outcome(self, page: dict, t: dict) -> Counter:
        """A counter of what was read right about this article, listed under each printed
        convention it shows (the caller fills it in)."""
        outcome = Counter(articles=1)
        fields = {**{f: t.get(f) for f in STYLE_FIELDS}, **{f: page.get(f) for f in PAGE_STYLE_FIELDS}}
        for field, value in fields.items():
            if value is not None:
                self.styles[(field, str(value))].append(outcome)
        return outcome

    def report_styles(self) -> None:
        print(f"\n{'convention':58} {'articles':>8} {'found':>6} {'date':>6} {'outlet':>6} {'author':>6}")
        for (field, value), outcomes in sorted(self.styles.items()):
            total = sum(outcomes, Counter())
            share = lambda k, n: f"{total[k] / n:.3f}" if n else "   -"  # noqa: E731
            print(f"{(field + ': ' + value)[:58]:58} {total['articles']:8} {share('found', total['articles']):>6} "
                  f"{share('date', total['found']):>6} {share('outlet', total['printed']):>6} "
                  f"{share('author', total['found']):>6}")

    def metrics(self) -> dict[str, float]:
        """Shares in [0, 1]; see ``report`` for their meaning."""
        c = self.counts
        share = lambda n, d: n / d if d else 1.0  # noqa: E731
        same_truth = {p for g in self.groups_truth.values() for p in combinations(sorted(g), 2)}
        by_id = defaultdict(set)
        for key, our_id in self.ids.items():
            by_id[our_id].add(key)
        same_ours = {p for g in by_id.values() for p in combinations(sorted(g), 2)}
        both = len(same_truth & same_ours)
        return {
            "title_recall": share(c["matched"], c["truth"]),
            "article_precision": share(c["matched"], c["found"]),
            "extra_articles": float(c["extra_wrong"]),
            "spans_exact": share(c["spans"] - c["span_wrong"], c["spans"]),
            "dates": share(c["matched"] - c["date_wrong"], c["matched"]),
            "outlets_printed": share(c["outlet_printed"] - c["outlet_wrong"], c["outlet_printed"]),
            "authors": share(c["matched"] - c["author_wrong"], c["matched"]),
            "langs": share(c["matched"] - c["lang_wrong"], c["matched"]),
            "teasers": share(c["teasers_found"], c["teasers_truth"]),
            "dup_precision": share(both, len(same_ours)),
            "dup_recall": share(both, len(same_truth)),
        }

    def report(self) -> None:
        c, m = self.counts, self.metrics()
        print(f"pages {c['pages']}, truth articles {c['truth']}, found {c['found']}")
        for name, value in m.items():
            print(f"{name:16} {value:.4f}" if name != "extra_articles" else f"{name:16} {int(value)}")
        for kind, rows in self.misses.items():
            print(f"\n-- {kind} ({c[kind + '_wrong']})")
            print("\n".join(rows))


if __name__ == "__main__":
    main()
