"""The recognizer's speed, tokens a second on one core: CRFsuite's own tagger fed feature strings
(how the models are trained and how the recognizer first ran) against the decoding the product
uses (index/ner/chain.py), on the held-out sentences of both languages; and the whole recognizer
(sentences, both models, spans) on the texts of an archive's pages, cold (every word type new) and
warm (read again).

    python bench/ner_speed.py [--shared DIR] [--archive DIR] [--pages N] [--out FILE.json]
"""
from __future__ import annotations

import argparse
import gc
import json
import sys
import time
from importlib import resources
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

import pycrfsuite  # noqa: E402

from index.gazetteer import gazetteer  # noqa: E402
from index.ingest import page_files, read_page  # noqa: E402
from index.names import text_of  # noqa: E402
from index.ner.chain import Chain  # noqa: E402
from index.ner.corpus import read_documents  # noqa: E402
from index.ner.features import sentence_features  # noqa: E402
from index.recognizer import TOKEN, Recognizer  # noqa: E402

BATCH = 40          # sentences decoded together (a page's worth)


def _model(lang: str):
    return resources.as_file(resources.files("index").joinpath("data", f"ner-{lang}.crfsuite"))


def decoders(shared: Path) -> dict:
    english = [[w for w, _ in s] for d in read_documents(shared / "conll2003_eng.testa.gz") for s in d]
    arabic = [[w for w, _ in s] for d in read_documents(shared / "anercorp.train.gz") for s in d]
    report = {}
    for lang, sentences in (("en", english), ("ar", arabic[len(arabic) * 9 // 10:])):
        tokens = sum(map(len, sentences))
        with _model(lang) as path:
            tagger = pycrfsuite.Tagger()
            tagger.open(str(path))
            started = time.perf_counter()
            for sentence in sentences:
                tagger.tag(sentence_features(sentence))
            crfsuite = time.perf_counter() - started
            chain = Chain(path, gazetteer())
        timings = []
        for _ in range(2):                      # cold, then warm
            started = time.perf_counter()
            for k in range(0, len(sentences), BATCH):
                chain.tag(sentences[k:k + BATCH])
            timings.append(time.perf_counter() - started)
        report[lang] = {"tokens": tokens, "crfsuite_tokens_per_s": round(tokens / crfsuite),
                        "chain_cold_tokens_per_s": round(tokens / timings[0]),
                        "chain_warm_tokens_per_s": round(tokens / timings[1])}
    return report


def archive(folder: Path, limit: int) -> dict:
    pages = [[text_of(a) for a in read_page(path).articles] for path in page_files([str(folder)])[:limit]]
    tokens = sum(len(TOKEN.findall(t)) for texts in pages for t in texts)
    recognizer = Recognizer()
    timings = []
    for _ in range(2):
        started = time.perf_counter()
        for texts in pages:
            recognizer.entities(texts)
        timings.append(time.perf_counter() - started)
    return {"pages": len(pages), "tokens": tokens, "cold_tokens_per_s": round(tokens / timings[0]),
            "warm_tokens_per_s": round(tokens / timings[1])}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--shared", type=Path, default=HERE.parent.parent / "shared" / "ner")
    parser.add_argument("--archive", type=Path, help="an archive folder whose pages' texts to recognize")
    parser.add_argument("--pages", type=int, default=1000)
    parser.add_argument("--out", type=Path)
    args = parser.parse_args()
    gc.disable()
    report = {"decoding": decoders(args.shared)}
    if args.archive:
        report["archive"] = archive(args.archive, args.pages)
    print(json.dumps(report, indent=1))
    if args.out:
        args.out.write_text(json.dumps(report, indent=2) + "\n")


if __name__ == "__main__":
    main()
