"""The Arabic words the annotated corpora in ../shared/ner/ print often and never in a person's
name ("حجم" size, "ربما" maybe, "الخط" the line): a two-word line of them is no author's name,
though Arabic has no capitals to say so (``index/shapes.py``). Writes
``index/data/arabic_common_words.txt``; run from the repository:

    .venv/bin/python -m index.ner.common_words ../shared/ner

Provenance and licences (ANERcorp: CC BY-SA 4.0; AQMAR: CC BY-SA 3.0): README, "Named entities".
"""
from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

from ..normalize import fold
from .corpus import read_documents

CORPORA = ("anercorp.train.gz", "aqmar.conll.gz")
MIN_COUNT = 8          # times outside any entity: a word printed fewer times says too little
OUT = Path(__file__).resolve().parent.parent / "data" / "arabic_common_words.txt"


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


def main(argv: list[str]) -> None:
    words = common_words(Path(argv[0]))
    header = ("# Arabic words printed often outside named entities and never in a person's name in\n"
              "# ANERcorp (CC BY-SA 4.0) and AQMAR (CC BY-SA 3.0), folded; made by index/ner/common_words.py\n")
    OUT.write_text(header + "\n".join(words) + "\n", encoding="utf-8")
    print(f"{len(words)} words -> {OUT}")


if __name__ == "__main__":
    main(sys.argv[1:])
