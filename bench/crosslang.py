"""Cross-language retrieval: does an English query find the Arabic article, and back?

    .venv/bin/python bench/crosslang.py [--work /tmp/fahras-xl] [--ar 3000] [--en 1000] [--k 3]
        [--out bench/results/crosslang-<date>.json]

The test collection is NTREX-128 (bench/data/ntrex/, see its NOTICE): 123 English news stories of
2018 (WMT19's test set) with their human Arabic translations. Each story is one page in each
language, among real distractors of ../shared/corpus (Arabic and English articles spread over
the corpus), in an archive rebuilt by the real pipeline (ingest, entities, index).

Each story's twin is asked for with a keyword query: the ``k`` words of the story with the
highest tf-idf (idf over the distractors of its language; names count like any word; numbers,
stop words, words of one or two letters and contractions are left out). A query searches the articles of the target's language (its ``lang`` filter):
- cross-language: keywords of the English story for its Arabic twin (en->ar) and back (ar->en),
  with translation on, and off (what the search did before);
- monolingual ceiling: keywords of the story itself, in its own language.
hit@10 (the twin among the first ten) and MRR (over the first 100), per direction, for the
stories of each half (tune / held, by a digest of the story's id) and all. The target is
cross-language hit@10 >= 0.8 x the monolingual one in both directions (issue 20).
"""
from __future__ import annotations

import argparse
import datetime as dt
import gzip
import hashlib
import json
import math
import re
import shutil
import sys
import time
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(ROOT))

from index.analysis import TOKEN_PATTERN, index_term  # noqa: E402
from index.rebuild import rebuild  # noqa: E402
from search.engine import run  # noqa: E402
from search.reader import LiveIndex  # noqa: E402
from search.request import SearchRequest  # noqa: E402

NTREX = HERE / "data" / "ntrex"
SHARED = ROOT.parent / "shared"
DEPTH = 100
_WORD = re.compile(TOKEN_PATTERN)
_CONTRACTION = re.compile(r"['’](?!s$)")          # didn't, I'm, you're: not what a reader types


def stories(folder: Path = NTREX) -> list[dict]:
    """The NTREX stories: id, and per language its title (the first line) and body."""
    ids = (folder / "DOCUMENT_IDS.tsv").read_text(encoding="utf-8").splitlines()
    lines = {lang: (folder / f"newstest2019-{name}.txt").read_text(encoding="utf-8").splitlines()
             for lang, name in (("en", "src.eng"), ("ar", "ref.arb"))}
    if not len(ids) == len(lines["en"]) == len(lines["ar"]):
        raise ValueError(f"NTREX files are not aligned: {len(ids)} ids, {len(lines['en'])} English and "
                         f"{len(lines['ar'])} Arabic lines")
    grouped: dict[str, dict[str, list[str]]] = {}
    for i, story in enumerate(ids):
        for lang in ("en", "ar"):
            grouped.setdefault(story, {"en": [], "ar": []})[lang].append(lines[lang][i].strip())
    return [{"id": story, **{lang: {"title": text[lang][0], "body": "\n\n".join(text[lang][1:])}
                             for lang in ("en", "ar")}} for story, text in grouped.items()]


def half(story_id: str) -> str:
    return "tune" if hashlib.sha1(story_id.encode()).digest()[0] % 2 == 0 else "held"


def distractors(counts: dict[str, int], shared: Path = SHARED) -> list[dict]:
    """``counts[lang]`` corpus articles of each language, spread evenly over the corpus."""
    with gzip.open(shared / "corpus" / "articles.jsonl.gz", "rt", encoding="utf-8") as f:
        rows = [json.loads(line) for line in f]
    chosen = []
    for lang, n in counts.items():
        mine = [r for r in rows if r["lang"] == lang and r["title"] and len(r["body"]) > 200]
        step = max(1, len(mine) // n)
        chosen += mine[::step][:n]
    return chosen


def page(title: str, date: str, body: str) -> str:
    return f"{title}\n{date}\n\n{body}\n"


def build(work: Path, counts: dict[str, int]) -> tuple[Path, list[dict]]:
    """The archive (one page a story or distractor) and its index, rebuilt; the distractors."""
    others = distractors(counts)
    archive, root = work / "archive", work / "index"
    shutil.rmtree(work, ignore_errors=True)
    (archive / "pages").mkdir(parents=True)
    for story in stories():
        for lang in ("en", "ar"):
            text = page(story[lang]["title"], "12/11/2018", story[lang]["body"])
            (archive / "pages" / f"ntrex-{lang}-{story['id']}.txt").write_text(text, encoding="utf-8")
    for i, row in enumerate(others):
        day = dt.date.fromisoformat(row["date"][:10]).strftime("%d/%m/%Y") if row.get("date") else ""
        (archive / "pages" / f"corpus-{i:05d}.txt").write_text(page(row["title"], day, row["body"]),
                                                             encoding="utf-8")
    rebuild(archive, root, workers=2)
    return root, others


def twins(version) -> dict[tuple[str, str], str]:
    """(story id, lang) -> the article id its page became (the page's first article)."""
    found = {}
    searcher = version.searcher()
    for stored in searcher.all_stored_fields():
        for place in stored.get("pages") or []:          # [page path, first line, last line]
            name = Path(place[0]).stem
            if name.startswith("ntrex-"):
                _, lang, story = name.split("-", 2)
                found.setdefault((story, lang), stored["id"])
    return found


def idf_table(texts: list[str]) -> dict[str, float]:
    df = Counter()
    for text in texts:
        df.update({term for word in _WORD.findall(text) if (term := index_term(word)[1])})
    return {term: math.log((len(texts) + 1) / (n + 0.5)) for term, n in df.items()}


def keywords(text: str, idf: dict[str, float], k: int) -> str:
    """The k words of text with the highest tf-idf, each as the text most often prints it."""
    tf, printed = Counter(), {}
    for word in _WORD.findall(text):
        term = index_term(word)[1]
        if term and not term.isdigit() and len(term) > 2 and not _CONTRACTION.search(word):
            tf[term] += 1
            printed.setdefault(term, Counter())[word] += 1
    unseen = max(idf.values(), default=1.0)            # a word no distractor holds
    best = sorted(tf, key=lambda term: (-tf[term] * idf.get(term, unseen), term))[:k]
    return " ".join(printed[term].most_common(1)[0][0] for term in best)


def rank_of(version, q: str, lang: str, target: str, translate: bool) -> int | None:
    result = run(version, SearchRequest(q, lang=[lang], per_page=DEPTH, translate=translate), time_limit=60.0,
                 facets=False, snippets=False)
    ids = [hit.id for hit in result.hits]
    return ids.index(target) + 1 if target in ids else None


def score(root: Path, others: list[dict], k: int = 3) -> dict:
    version = LiveIndex(root).open()
    found = twins(version)
    idf = {lang: idf_table([r["title"] + "\n" + r["body"] for r in others if r["lang"] == lang])
           for lang in ("en", "ar")}
    runs = {"en->ar": ("en", "ar", True), "ar->en": ("ar", "en", True),
            "en->ar untranslated": ("en", "ar", False), "ar->en untranslated": ("ar", "en", False),
            "ar->ar": ("ar", "ar", False), "en->en": ("en", "en", False)}
    ranks: dict[str, dict[str, list]] = {name: {"tune": [], "held": []} for name in runs}
    queries = []
    for story in stories():
        for name, (source, target, translate) in runs.items():
            if (story["id"], target) not in found:
                continue
            text = story[source]["title"] + "\n" + story[source]["body"]
            q = keywords(text, idf[source], k)
            rank = rank_of(version, q, target, found[(story["id"], target)], translate)
            ranks[name][half(story["id"])].append(rank)
            queries.append({"story": story["id"], "run": name, "q": q, "rank": rank})
    return {"measures": {name: {part: measures(values) for part, values in
                                {**parts, "all": parts["tune"] + parts["held"]}.items()}
                         for name, parts in ranks.items()},
            "missing": sorted(f"{s}/{lang}" for s in {st["id"] for st in stories()} for lang in ("en", "ar")
                              if (s, lang) not in found),
            "queries": queries}


def measures(ranks: list[int | None]) -> dict:
    n = len(ranks)
    return {"queries": n,
            "hit@10": round(sum(1 for r in ranks if r and r <= 10) / n, 3) if n else None,
            "mrr": round(sum(1 / r for r in ranks if r) / n, 3) if n else None}


def cost(root: Path) -> dict:
    """The scale query mix (bench/queries.tsv, each with 10 hits, snippets and every facet) timed in
    process, warm, with translation on (the default) and off, alternated twice."""
    from bench.machine import describe, speed_probe
    from bench.scale import load_queries, time_queries
    queries = load_queries(0)
    off = [(kind, q, {**params, "translate": "0"}) for kind, q, params in queries]
    live = LiveIndex(root)
    runs = {"on": [], "off": []}
    for _ in range(2):
        runs["on"].append(time_queries(live, queries))
        runs["off"].append(time_queries(live, off))
    return {"machine": describe(), "probe_ms": speed_probe(), "articles": live.open().searcher().doc_count(),
            "on": runs["on"], "off": runs["off"]}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--work", type=Path, default=Path("/tmp/fahras-xl"))
    parser.add_argument("--ar", type=int, default=3000)
    parser.add_argument("--en", type=int, default=1000)
    parser.add_argument("--k", type=int, default=3)
    parser.add_argument("--reuse", action="store_true", help="score the index built before")
    parser.add_argument("--out", type=Path)
    parser.add_argument("--cost", type=Path, metavar="INDEX",
                        help="instead: time bench/queries.tsv on this index with translation on and off")
    args = parser.parse_args()
    if args.cost:
        print(json.dumps(cost(args.cost), indent=1))
        return
    started = time.perf_counter()
    if args.reuse:
        root, others = args.work / "index", distractors({"ar": args.ar, "en": args.en})
    else:
        root, others = build(args.work, {"ar": args.ar, "en": args.en})
    result = score(root, others, args.k)
    for name, parts in result["measures"].items():
        print(f"{name:22} " + "  ".join(f"{part} hit@10 {m['hit@10']} mrr {m['mrr']} (n={m['queries']})"
                                         for part, m in parts.items()))
    print(f"missing twins: {len(result['missing'])}; {time.perf_counter() - started:.0f} s")
    if args.out:
        args.out.write_text(json.dumps(result, ensure_ascii=False, indent=1), encoding="utf-8")


if __name__ == "__main__":
    main()
