"""The product's entity finder (index/entities.find_mentions: gazetteer, then the recognizer)
scored on held-out annotated news, as issue 17 measures it: each document a page (its sentences
one a line, tokens joined by spaces), the set of names per type, document-level precision,
recall and F (index/ner/score.py), per type too. English: CoNLL-2003's development set; Arabic:
ANERcorp's last tenth, in pages of 10 sentences. The models scored are the held-out ones ``make
models`` leaves in .cache/ner-held-out/ (trained without these sentences; the shipped models were
trained on them too); ``--shipped`` scores the shipped ones instead.

    python bench/ner_eval.py [--shared DIR] [--shipped] [--out FILE.json]
"""
from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from index.entities import find_all_mentions  # noqa: E402
from index.recognizer import Recognizer  # noqa: E402
from index.ner.corpus import read_documents  # noqa: E402
from index.ner.score import document_scores, mentions  # noqa: E402
from index.ner.train import AR_PAGE, HELD_OUT  # noqa: E402


def pages(shared: Path) -> dict[str, list]:
    english = read_documents(shared / "conll2003_eng.testa.gz")
    arabic = [s for d in read_documents(shared / "anercorp.train.gz") for s in d]
    cut = len(arabic) * 9 // 10
    return {"en": english, "ar": [arabic[k:k + AR_PAGE] for k in range(cut, len(arabic), AR_PAGE)]}


def evaluate(documents, models: Recognizer) -> dict:
    scored, by_type = [], {k: [] for k in ("person", "org", "place")}
    tokens, started = 0, time.perf_counter()
    for document in documents:
        text = "\n".join(" ".join(w for w, _ in sentence) for sentence in document)
        tokens += sum(len(s) for s in document)
        gold = [m for sentence in document for m in mentions([w for w, _ in sentence], [t for _, t in sentence])]
        found = [(m.type, m.surface) for m in find_all_mentions([text], models=models)[0]]
        scored.append((gold, found))
        for kind in by_type:
            by_type[kind].append(([g for g in gold if g[0] == kind], [f for f in found if f[0] == kind]))
    seconds = time.perf_counter() - started
    return {**document_scores(scored), "by_type": {k: document_scores(v) for k, v in by_type.items()},
            "tokens_per_s": round(tokens / seconds)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--shared", type=Path, default=HERE.parent.parent / "shared" / "ner")
    parser.add_argument("--out", type=Path)
    parser.add_argument("--shipped", action="store_true", help="score the shipped models (trained on these data)")
    args = parser.parse_args()
    if not args.shipped and not (HELD_OUT / "ner-en.crfsuite").exists():
        parser.error(f"no held-out models in {HELD_OUT}: run `make models` first")
    models = Recognizer(None if args.shipped else HELD_OUT)
    report = {lang: evaluate(docs, models) for lang, docs in pages(args.shared).items()}
    print(json.dumps(report, indent=1))
    if args.out:
        args.out.write_text(json.dumps(report, indent=2) + "\n")


if __name__ == "__main__":
    main()
