"""The Arabic words the annotated corpora in ../shared/ner/ print often and never in a person's
name ("حجم" size, "ربما" maybe, "الخط" the line): a two-word line of them is no author's name,
though Arabic has no capitals to say so (``index/shapes.py``); and the words they open a person's
name of two words or more with ("منصور" in "منصور ثوابة"): a given name. Writes
``index/data/arabic_common_words.txt`` and ``arabic_first_names.txt``; run from the repository:

    .venv/bin/python -m index.ner.common_words ../shared/ner

Provenance and licences (ANERcorp: CC BY-SA 4.0; AQMAR: CC BY-SA 3.0): README, "Named entities".
"""
from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

from ..normalize import fold
from .corpus import read_documents, spans

CORPORA = ("anercorp.train.gz", "aqmar.conll.gz")
MIN_COUNT = 8          # times outside any entity: a word printed fewer times says too little
OUT = Path(__file__).resolve().parent.parent / "data" / "arabic_common_words.txt"
FIRST_NAMES = OUT.with_name("arabic_first_names.txt")
FIRST_NAME_RATIO = 2     # times outside names a given name may be printed, for each time it opens one


def common_words(folder: Path) -> list[str]:
    """Folded Arabic words tagged outside entities ``MIN_COUNT`` times or more and never inside
    a person's name."""
    outside, in_names = Counter(), Counter()
    for name in CORPORA:
        for document in read_documents(folder / name):
            for sentence in document:
                for word, tag in sentence:
                    (in_names if tag.endswith("PER") else outside)[fold(word)] += 1
    return sorted(w for w, n in outside.items()
                  if n >= MIN_COUNT and not in_names[w] and w[:1].isalpha() and "\u0600" <= w[0] <= "\u06ff")


def first_names(folder: Path) -> list[str]:
    """Folded Arabic words that open a person's name of two words or more, but with the article
    (a title or a group there: "الرئيس", "الاكراد"), and printed outside names no more than twice
    as often ("غير", "جنود", "باسم": a word first, a name by chance)."""
    opening, outside = Counter(), Counter()
    for name in CORPORA:
        for document in read_documents(folder / name):
            for sentence in document:
                for a, b, label in spans([tag for _, tag in sentence]):
                    if label == "PER" and b - a >= 2:
                        opening[fold(sentence[a][0])] += 1
                for word, tag in sentence:
                    outside[fold(word)] += tag == "O"
    return sorted(w for w, n in opening.items() if w[:1].isalpha() and all("\u0600" <= c <= "\u06ff" for c in w)
                  and not w.startswith("ال") and outside[w] <= FIRST_NAME_RATIO * n)


def main(argv: list[str]) -> None:
    sources = "# ANERcorp (CC BY-SA 4.0) and AQMAR (CC BY-SA 3.0), folded; made by index/ner/common_words.py\n"
    for out, words, what in ((OUT, common_words(Path(argv[0])), "Arabic words printed often outside named entities "
                              "and never in a person's name in"),
                             (FIRST_NAMES, first_names(Path(argv[0])), "Arabic words opening a person's name of two "
                              "words or more in")):
        out.write_text(f"# {what}\n" + sources + "\n".join(words) + "\n", encoding="utf-8")
        print(f"{len(words)} words -> {out}")


if __name__ == "__main__":
    main(sys.argv[1:])
