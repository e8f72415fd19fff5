"""The quotation reader (index/quotes.py) scored on the hand-annotated gold set (tests/quotes_gold.py,
its guidelines there), as issue 19 measures it: quote-span precision and recall, a found quote
matching a gold one when they share half the characters of each (and exactly, when their spans
agree once spaces and punctuation at the edges are set aside, a line break read as a space), one to one; speaker accuracy (the
canonical speaker, None for an anonymous source, compared without case; a name whose words are
a run of the other's is the same one: "Salomon Brothers" is the annotators' "Salomon Brothers
Inc", as the article names it in full) on the matched quotes; per language and kind. The articles are split in two by their id's digest: "tune" (looked at
while building the reader) and "held" (scored only: its misses are never printed).

    python bench/quotes_eval.py [--shared DIR] [--split tune|held|all] [--show N] [--out FILE.json]
"""
from __future__ import annotations

import argparse
import hashlib
import json
import sys
import time
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from index.normalize import fold  # noqa: E402
from index.quotes import holds_words, quotations  # noqa: E402
from tests.quotes_gold import GOLD2, GOLD3, GOLD4, GOLD5, load_gold  # noqa: E402

EDGES = " \t\n.,،:;\"“”«»‘’'"


def overlap(a: tuple[int, int], b: tuple[int, int]) -> int:
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def matches(found: list, gold: list[dict]) -> list[tuple[int, int]]:
    """One-to-one pairs (found index, gold index), largest overlaps first, sharing half of each."""
    pairs = sorted(((overlap((f.start, f.end), (g["start"], g["end"])), i, j)
                    for i, f in enumerate(found) for j, g in enumerate(gold)), reverse=True)
    used_f, used_g, out = set(), set(), []
    for shared, i, j in pairs:
        f, g = found[i], gold[j]
        if shared == 0 or i in used_f or j in used_g:
            continue
        if 2 * shared >= f.end - f.start and 2 * shared >= g["end"] - g["start"]:
            used_f.add(i), used_g.add(j), out.append((i, j))
    return out


def half(record: dict) -> str:
    """The half of the gold set an article is in: "tune" or "held"."""
    return "held" if int(hashlib.sha1(record["id"].encode()).hexdigest(), 16) % 2 else "tune"


def same_speaker(ours: str | None, gold: str | None) -> bool:
    if ours is None or gold is None:
        return ours is gold
    shorter, longer = sorted((fold(ours), fold(gold)), key=lambda name: len(name.split()))
    return holds_words(longer, shorter)            # folded: "الإتحاد" is "الاتحاد"


def score(records: list[dict], show: int = 0) -> dict:
    counts: Counter = Counter()
    shown = 0
    for record in records:
        lang, body = record["lang"], record["body"]
        found, gold = quotations(body, lang), record["quotes"]
        pairs = matches(found, gold)
        for key in (lang, "all"):
            counts[(key, "found")] += len(found)
            counts[(key, "gold")] += len(gold)
            counts[(key, "matched")] += len(pairs)
        for f in found:
            counts[(f"{lang}/{f.kind}", "found")] += 1
        for g in gold:
            counts[(f"{lang}/{g['kind']}", "gold")] += 1
        for i, j in pairs:
            f, g = found[i], gold[j]
            exact = " ".join(f.text.split()).strip(EDGES) == " ".join(g["text"].split()).strip(EDGES)   # a wrap is a space
            right = same_speaker(f.speaker, g["speaker"])
            for key in (lang, "all", f"{lang}/{g['kind']}"):
                counts[(key, "exact")] += exact
                counts[(key, "speaker")] += right
            counts[(f"{lang}/{g['kind']}", "matched")] += 1
            if not right and shown < show:
                shown += 1
                print(f"speaker {record['id']}: ours {f.speaker!r} gold {g['speaker']!r}: {g['text'][:70]}")
    return _shares(counts)


def _shares(counts: Counter) -> dict:
    keys = sorted({k for k, _ in counts})
    share = lambda n, d: round(n / d, 3) if d else None  # noqa: E731
    return {k: {"found": counts[(k, "found")], "gold": counts[(k, "gold")],
                "precision": share(counts[(k, "matched")], counts[(k, "found")]),
                "recall": share(counts[(k, "matched")], counts[(k, "gold")]),
                "exact": share(counts[(k, "exact")], counts[(k, "gold")]),
                "speaker_accuracy": share(counts[(k, "speaker")], counts[(k, "matched")])} for k in keys}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--shared", type=Path, default=HERE.parent.parent / "shared")
    parser.add_argument("--split", choices=["tune", "held", "all", "second", "third", "fourth", "fifth", "fifth-held"],
                        default="tune", help="a half of tests/quotes_gold.jsonl, both, tests/quotes_gold2.jsonl, 3 or "
                        "4 whole, or a half of tests/quotes_gold5.jsonl")
    parser.add_argument("--show", type=int, default=0, help="print this many wrong speakers (tune only)")
    parser.add_argument("--out", type=Path)
    args = parser.parse_args()
    more = {"second": GOLD2, "third": GOLD3, "fourth": GOLD4}
    if args.split in more:
        records = load_gold(args.shared, more[args.split])
    elif args.split.startswith("fifth"):
        records = [r for r in load_gold(args.shared, GOLD5) if half(r) == ("held" if args.split.endswith("held") else "tune")]
    else:
        records = [r for r in load_gold(args.shared) if args.split in ("all", half(r))]
    started = time.perf_counter()
    result = score(records, args.show if args.split == "tune" else 0)
    seconds = time.perf_counter() - started
    for key, row in result.items():
        print(f"{key:14} " + " ".join(f"{k} {v}" for k, v in row.items()))
    print(f"{len(records)} articles in {seconds:.1f} s")
    if args.out:
        args.out.write_text(json.dumps({"split": args.split, "articles": len(records), "seconds": round(seconds, 1),
                                        "scores": result},
                                       indent=1, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
