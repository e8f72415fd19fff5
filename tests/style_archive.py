"""Test archives printed in conventions other than make_archive's, to measure generalization.

    python -m tests.style_archive --out DIR --pages 400 --styles held --seed 1

Prints corpus articles (bodies cut by ../shared/tools/make_archive.py's ``printed_paragraphs``)
in make_archive's output format exactly (DIR/pages/000/000000.txt ..., truth.jsonl,
manifest.json), so bench/ingest_accuracy.py scores it unchanged. Text pages: a main article,
2-8 related ones (mostly under a section header), appeals after some articles and at the end;
~2.5 occurrences per unique article, 15% of repeats cut after 1-3 paragraphs (>= 300 chars).
The conventions are one table, tests/style_catalogue.py (datelines, credits, bylines, header
order, repeated titles, decks, section headers, appeals, blank-line habits, file encodings);
each variant is "tune", "tune2" (tests/style_tune2.py: invented later, tuned on too), "held"
(held out at first), "held2".."held8" (tests/style_held2.py, ..._held8.py: blind groups,
opened since) or "blind" (tests/style_blind.py: never read) and
``styles`` picks the group(s) drawn from, so a "held" archive prints no variant tuned on. Not split (data, not convention): the
outlet's printed name (outlets.toml aliases, some in the other script, some bare domains), the
rates (10% no dateline, 10% no credit, 65% bylines, 25% decks, 30% titles twice) and wire
headlines in capitals (Reuters's in the corpus, 25% of other English titles), which print beside
the outlet's own credit when there is one. Extra truth fields the scorer ignores: per page
``encoding``, ``newline``, ``file_format``, ``block_gap``; per article ``deck``,
``header_order``, ``title_repeat``, ``title_caps``, ``meta_gap``, ``para_gap``.
"""
from __future__ import annotations

import argparse
import gzip
import json
import os
import random
import re
import shutil
import sys
import time
import zlib
from collections import Counter, namedtuple
from datetime import date
from functools import lru_cache
from pathlib import Path

from .style_catalogue import (DECK_STOP, GROUPS, authors, date_fields, deck_text, fill, gap_lines, header_lines,
                              outlet_name, outlets, prints_year, section_text, summary, variants)

ROOT = Path(__file__).resolve().parent.parent
SHARED = Path(os.environ.get("FAHRAS_SHARED", ROOT.parent / "shared"))
CORPUS = SHARED / "corpus" / "articles.jsonl.gz"
GENERATOR, VERSION = "style_archive", "1.0.0"
NO_DATELINE, NO_CREDIT, BYLINE, DECK, TITLE_TWICE, CAPS = 0.10, 0.10, 0.65, 0.25, 0.30, 0.25
REUSE, TRUNCATE, SAME_LANG, SECTION, AFTER_APPEAL, MORE_LINK = 2.5, 0.15, 0.88, 0.85, 0.25, 0.6
KEY_CHARS, MIN_BODY, MIN_TITLE = 300, 200, 6
LINES_GUESS = {"en": 21700, "ar": 83800}     # corpus lines per language, for the sampling stride
_LANG = re.compile(rb'"lang": *"(\w+)"')
_SENTENCE = re.compile(r"(?<=[.!?؟])\s+")
_EDGE = ".,;:،؛!?؟\"'“”«»()[]-–— "


def _make_archive():
    sys.path[:0] = [] if str(SHARED / "tools") in sys.path else [str(SHARED / "tools")]
    import make_archive
    return make_archive


Article = namedtuple("Article", "id lang title day hour minute outlet paras")
Occ = namedtuple("Occ", "art depth duplicate keep truncated")


@lru_cache(maxsize=4)
def corpus_sample(path: str, want: int) -> dict[str, tuple[Article, ...]]:
    """Usable articles from every ``stride``-th corpus line of each language (about ``want``
    lines each): the corpus is grouped by outlet, so a stride sees all of them in one pass."""
    ma, names = _make_archive(), set(outlets())
    stride = {lang: max(1, n // want) for lang, n in LINES_GUESS.items()}
    seen, keys, out = Counter(), set(), {"en": [], "ar": []}
    with gzip.open(path, "rb") as f:
        for line in f:
            found = _LANG.search(line, 0, 600)
            lang = found.group(1).decode() if found else None
            seen[lang] += 1
            if lang in stride and seen[lang] % stride[lang] == 0:
                out[lang] += filter(None, [_usable(json.loads(line), ma, names, keys)])
    return {lang: tuple(arts) for lang, arts in out.items()}


def _usable(rec: dict, ma, names: set, keys: set) -> Article | None:
    body, title = rec.get("body") or "", ma.clean_title(rec.get("title") or "")
    if len(body.strip()) < MIN_BODY or len(title) < MIN_TITLE or rec.get("outlet") not in names:
        return None
    stamp = rec.get("date") or ""
    try:
        day = date.fromisoformat(stamp[:10])
    except ValueError:
        return None
    paras = tuple(ma.printed_paragraphs(body, rec.get("source") or ""))
    key = " ".join(" ".join(paras).split())[:KEY_CHARS]
    if not paras or paras[0] == title or key in keys:
        return None
    keys.add(key)
    clock = re.match(r"T(\d\d):(\d\d)", stamp[10:16])
    salt = zlib.crc32(rec["id"].encode())
    hour, minute = (int(clock[1]), int(clock[2])) if clock else (salt % 24, salt // 24 % 60)
    return Article(rec["id"], rec["lang"], title, day, hour, minute, rec["outlet"], paras)


class Planner:
    """Which articles each page prints: fresh ones with probability 1/REUSE, else reposts."""

    def __init__(self, sample: dict, rng: random.Random):
        self.rng = rng
        self.fresh = {lang: rng.sample(arts, len(arts)) for lang, arts in sample.items()}
        self.printed: dict[str, list[Article]] = {lang: [] for lang in sample}
        self.count: Counter = Counter()

    def pick(self, lang: str, taken: set, depth: int) -> Occ:
        fresh, printed, rng = self.fresh[lang], self.printed[lang], self.rng
        repost = printed and (not fresh or rng.random() >= 1 / REUSE)
        tries = [rng.choice(printed) for _ in range(8)] if repost else []
        art = next((a for a in tries if a.id not in taken), None) or (fresh.pop() if fresh else tries[0])
        dup = self.count[art.id] > 0
        if not dup:
            printed.append(art)
        self.count[art.id] += 1
        keep = len(art.paras)
        if dup and rng.random() < TRUNCATE:           # 1-3 paragraphs, at least KEY_CHARS
            keep = rng.randint(1, 3)
            while keep < len(art.paras) and sum(map(len, art.paras[:keep])) < KEY_CHARS:
                keep += 1
        return Occ(art, depth, dup, keep, keep < len(art.paras))

    def page(self) -> list[Occ]:
        rng, lang = self.rng, "ar" if self.rng.random() < 0.5 else "en"
        other = {"ar": "en", "en": "ar"}[lang]
        langs = [lang] + [lang if rng.random() < SAME_LANG else other for _ in range(rng.randint(2, 8))]
        taken, occs = set(), []
        for k, each in enumerate(langs):
            occs.append(self.pick(each, taken, min(k, 1)))
            taken.add(occs[-1].art.id)
        return occs


class Ctx:
    """One run's random generator and the variants of its styles group; ``legacy`` (a cp1256
    page) leaves out variants printing characters cp1256 lacks (Arabic-Indic digits)."""

    def __init__(self, styles: str, seed: int):
        self.styles, self.seed, self.rng, self.legacy = styles, seed, random.Random(seed), False
        self._cache: dict = {}

    def pick(self, dim: str, lang: str | None = None, exclude: str = ""):
        key = (dim, lang, self.legacy, exclude)
        if key not in self._cache:
            found = [v for v in variants(dim, self.styles, lang) if v.name != exclude
                     and not (self.legacy and "_i}" in str(v.spec))]
            self._cache[key] = (found, [v.weight for v in found])
        found, weights = self._cache[key]
        return self.rng.choices(found, weights)[0]


def deck_line(art: Article, ctx: Ctx):
    """(variant, text) of a sub-headline: the lead sentence's first 5-11 words, or None."""
    head, sep, rest = art.paras[0].partition(" - ")      # a wire dateline "CITY, March 3 - "
    words = _SENTENCE.split(rest if sep and len(head) < 60 else art.paras[0], 1)[0].split()
    words = " ".join(words[:ctx.rng.randint(5, 11)]).strip(_EDGE).split()
    while words and words[-1].lower() in DECK_STOP:
        words.pop()
    if len(" ".join(words).strip(_EDGE).split()) < 4:
        return None
    v = ctx.pick("deck")
    line = deck_text(v.spec, " ".join(words).strip(_EDGE), art.lang, ctx.rng)
    return None if line in art.paras or line == art.title else (v, line)


def meta_lines(occ: Occ, ctx: Ctx) -> dict:
    """The dateline, credit and byline of one copy, with their truth fields."""
    art, rng, name = occ.art, ctx.rng, outlet_name(occ.art.outlet, occ.art.lang, ctx.rng)
    m = {"date": None, "credit": None, "byline": None, "bottom": None, "names": False,
         "t": {"date": None, "date_printed": None, "year_printed": False, "date_format": None,
               "credit": "none", "author": None, "author_form": None}}
    if occ.depth == 0 or rng.random() >= NO_DATELINE:
        v = ctx.pick("dateline", art.lang)
        m["date"] = v.spec.format(**date_fields(art.day, art.hour, art.minute))
        m["t"].update(date=art.day.isoformat(), date_printed=m["date"], date_format=v.name,
                      year_printed=prints_year(v.spec))
    if rng.random() >= NO_CREDIT:
        v = ctx.pick("credit", art.lang)
        where, template = v.spec
        m["t"]["credit"] = v.name
        if where == "top" or not occ.truncated:        # a cut copy loses its bottom credit
            m["names"] = True
            m["credit" if where == "top" else "bottom"] = template.format(o=name)
    if rng.random() < BYLINE:
        v, (a, b) = ctx.pick("byline", art.lang), authors(art.id, art.lang, ctx.seed)
        m["byline"] = v.spec.format(a=a, A=a.upper(), b=b, o=name)
        m["names"] |= "{o}" in v.spec
        author = a.upper() if "{A}" in v.spec else f"{a}; {b}" if "{b}" in v.spec else a
        m["t"].update(author=author, author_form=v.name)
    return m


def header(title: str, m: dict, deck, ctx: Ctx) -> tuple[list[str], dict]:
    """The header lines (title first) in a drawn order, and their truth fields."""
    order = ctx.pick("order")
    repeat = ctx.pick("title_repeat") if ctx.rng.random() < TITLE_TWICE else None
    lines = header_lines(title, deck[1] if deck else None, [m[slot] for slot in order.spec],
                         order.spec, repeat.spec if repeat else None)
    return lines, {"title_twice": repeat is not None, "deck": deck[0].name if deck else None,
                   "header_order": order.name, "title_repeat": repeat.name if repeat else None}


def render_article(occ: Occ, ctx: Ctx) -> tuple[list[str], dict]:
    """The lines of one copy (title first, last span line last) and its truth."""
    art, rng, title = occ.art, ctx.rng, occ.art.title
    if art.lang == "en" and not title.isupper() and rng.random() < CAPS:
        title = title.upper()
    m = meta_lines(occ, ctx)
    head, fields = header(title, m, deck_line(art, ctx) if rng.random() < DECK else None, ctx)
    meta, para_gap = ctx.pick("meta_gap"), ctx.pick("para_gap")
    meta_gap = meta.spec
    lines = [head[0]]
    for line in head[1:]:
        lines += ([""] if meta_gap == "spaced" else []) + [line]
    lines += [] if meta_gap == "glued" else [""]
    for k, para in enumerate(art.paras[:occ.keep] + ((m["bottom"],) if m["bottom"] else ())):
        lines += (gap_lines(para_gap.spec, rng) if k else []) + [para]
    return lines, {
        "id": art.id, "title": title, **m["t"], "outlet": art.outlet, "outlet_printed": m["names"],
        "lang": art.lang, "line_start": None, "line_end": None, "duplicate": occ.duplicate,
        "truncated": occ.truncated, "paragraphs": occ.keep, "depth": occ.depth, "variant": None,
        **fields, "title_caps": art.lang == "en" and title.isupper(), "meta_gap": meta.name,
        "para_gap": para_gap.name}


class PageText:
    """Lines of a page being built; blocks are separated by ``gap`` blank lines."""

    def __init__(self, gap: int):
        self.lines, self.boiler, self.gap = [], [], gap

    def add(self, block: list[str], boiler: bool = False) -> int:
        self.lines += [""] * self.gap if self.lines else []
        start = len(self.lines) + 1
        self.lines += block
        self.boiler += [start + k for k, line in enumerate(block) if line] if boiler else []
        return start


def _appeals(lang: str, n: int, year: int, ctx: Ctx) -> list[str]:
    chosen = []
    for v in (ctx.pick("appeal", lang) for _ in range(n)):
        chosen += [] if v in chosen else [v]
    return [fill(ctx.rng.choice(v.spec), ctx.rng, Y=year) for v in chosen]


def render_page(occs: list[Occ], ctx: Ctx) -> tuple[str, list[dict], list[int], str]:
    rng, lang, year, gap = ctx.rng, occs[0].art.lang, occs[0].art.day.year, ctx.pick("block_gap")
    page = PageText(gap.spec)
    section = section_text(ctx.pick("section", lang).spec, lang, rng) if rng.random() < SECTION else None
    arts = []
    for k, occ in enumerate(occs):
        if k == 1 and section:
            page.add([section], boiler=True)
        block, truth = render_article(occ, ctx)
        truth["line_start"] = page.add(block)
        truth["line_end"] = truth["line_start"] + len(block) - 1
        arts.append(truth)
        if occ.truncated and rng.random() < MORE_LINK:
            page.add([ctx.pick("more_link", occ.art.lang).spec], boiler=True)
        if rng.random() < AFTER_APPEAL:
            page.add(_appeals(occ.art.lang, 1, year, ctx), boiler=True)
    if rng.random() < 0.9:
        tail = _appeals(lang, rng.randint(1, 3), year, ctx)
        page.add(tail if rng.random() < 0.5 else [x for line in tail for x in (line, "")][:-1], True)
    return "\n".join(page.lines), arts, page.boiler, gap.name


def write_page(out: Path, k: int, occs: list[Occ], ctx: Ctx) -> dict:
    """Render and write page k in a drawn file format (cp1256 only when the whole page fits
    it); return its truth record."""
    lang = occs[0].art.lang
    v = ctx.pick("encoding", lang)
    ctx.legacy = v.name == "cp1256"
    text, arts, boiler, gap = render_page(occs, ctx)
    ctx.legacy, data = False, None
    try:
        data = text.encode("cp1256") if v.name == "cp1256" else None
    except UnicodeEncodeError:          # a corpus text with characters cp1256 lacks
        v = ctx.pick("encoding", lang, exclude="cp1256")
    codec, newline = v.spec
    data = data or text.replace("\n", newline).encode(codec)
    path = f"pages/{k // 1000:03d}/{k:06d}.txt"
    (out / path).parent.mkdir(parents=True, exist_ok=True)
    (out / path).write_bytes(data)
    return {"path": path, "format": "txt", "articles": arts, "teasers": [], "boilerplate_lines": boiler,
            "encoding": codec, "newline": "crlf" if newline == "\r\n" else "lf", "file_format": v.name,
            "block_gap": gap}


def generate(out_dir, pages: int, styles: str = "tune", seed: int = 1, corpus=CORPUS) -> dict:
    """Write an archive of ``pages`` text pages into out_dir; return its manifest."""
    out, ctx, tally = Path(out_dir), Ctx(styles, seed), Counter()
    if (out / "pages").is_dir() and any((out / "pages").iterdir()):
        if not (out / "manifest.json").exists():
            raise SystemExit(f"{out / 'pages'} holds files that no earlier run wrote; refusing")
        shutil.rmtree(out / "pages")
    sample = corpus_sample(str(corpus), max(1500, 5 * pages))
    planner = Planner(sample, ctx.rng)
    out.mkdir(parents=True, exist_ok=True)
    with open(out / "truth.jsonl", "w", encoding="utf-8") as truth:
        for k in range(pages):
            record = write_page(out, k, planner.page(), ctx)
            truth.write(json.dumps(record, ensure_ascii=False, separators=(",", ":")) + "\n")
            tally.update(_counts(record))
    tally.update(unique=len(planner.count))
    manifest = {"generator": GENERATOR, "version": VERSION,
                "args": {"pages": pages, "styles": styles, "seed": seed, "corpus": str(corpus)},
                "sample": {lang: len(arts) for lang, arts in sample.items()},
                "counts": dict(sorted(tally.items())), "catalogue": summary()}
    (out / "manifest.json").write_text(json.dumps(manifest, ensure_ascii=False, indent=1), "utf-8")
    return manifest


def _counts(record: dict) -> Counter:
    c = Counter({"pages": 1, "file_format " + record["file_format"]: 1})
    for a in record["articles"]:
        c.update(occurrences=1, duplicate=a["duplicate"], truncated=a["truncated"],
                 title_twice=a["title_twice"], no_dateline=a["date"] is None,
                 outlet_not_printed=not a["outlet_printed"], authors=a["author"] is not None,
                 decks=a["deck"] is not None, title_caps=a["title_caps"],
                 caps_with_outlet_printed=a["title_caps"] and a["outlet_printed"])
    return c


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", required=True)
    parser.add_argument("--pages", type=int, required=True)
    parser.add_argument("--styles", choices=tuple(GROUPS), default="tune")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--corpus", default=str(CORPUS))
    args = parser.parse_args(argv)
    started = time.perf_counter()
    c = generate(args.out, args.pages, args.styles, args.seed, args.corpus)["counts"]
    print(f"{GENERATOR}: {c['pages']} pages ({args.styles} styles, seed {args.seed}), "
          f"{c['occurrences']} article occurrences of {c['unique']} articles "
          f"({c['occurrences'] / c['unique']:.2f} each), {c['truncated']} truncated, "
          f"{c['no_dateline']} without dateline, {c['outlet_not_printed']} outlet unprinted, "
          f"{c.get('file_format cp1256', 0)} cp1256 pages -> {args.out} "
          f"in {time.perf_counter() - started:.1f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
