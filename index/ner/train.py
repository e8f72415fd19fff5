"""Train the recognizer's models from ../shared/ner/ and score them on held-out data:

    python -m index.ner.train [--shared DIR] [--iterations N]

Scored first, on data the scored model never saw: English trained on CoNLL-2003's training set and
scored on its development set; Arabic trained on ANERcorp's first nine tenths, in order, and scored
on the last tenth (in pages of ``AR_PAGE`` sentences: the corpus keeps no document boundaries).
These held-out models are kept in ``HELD_OUT`` (.cache/ner-held-out/, for bench/ner_eval.py) and
their scores in index/data/ner-scores.json. Then the shipped models, index/data/ner-en.crfsuite
and ner-ar.crfsuite, are trained the same way on all of it (English: training and development
sets; Arabic: the whole file): what was held out to measure is not thrown away for the product.
"""
from __future__ import annotations

import argparse
import json
import time
from pathlib import Path

import pycrfsuite

from .corpus import read_documents
from .features import sentence_features
from .score import document_scores, mentions, span_scores

ROOT = Path(__file__).resolve().parents[2]
DATA = ROOT / "index" / "data"
HELD_OUT = ROOT / ".cache" / "ner-held-out"
AR_PAGE = 10                  # sentences of ANERcorp's held-out tenth per scored page
PARAMS = {"c1": 0.05, "c2": 0.05, "feature.possible_transitions": True}


def train(sentences, out: Path, iterations: int) -> float:
    started = time.perf_counter()
    trainer = pycrfsuite.Trainer(verbose=False)
    for sentence in sentences:
        words = [w for w, _ in sentence]
        trainer.append(sentence_features(words), [t for _, t in sentence])
    trainer.set_params({**PARAMS, "max_iterations": iterations})
    trainer.train(str(out))
    return time.perf_counter() - started


def evaluate(model: Path, documents) -> dict:
    tagger = pycrfsuite.Tagger()
    tagger.open(str(model))
    gold_tags, predicted_tags, pages = [], [], []
    tokens, started = 0, time.perf_counter()
    for document in documents:
        gold_m, predicted_m = [], []
        for sentence in document:
            words = [w for w, _ in sentence]
            gold = [t for _, t in sentence]
            predicted = tagger.tag(sentence_features(words))
            tokens += len(words)
            gold_tags.append(gold)
            predicted_tags.append(predicted)
            gold_m += mentions(words, gold)
            predicted_m += mentions(words, predicted)
        pages.append((gold_m, predicted_m))
    seconds = time.perf_counter() - started
    return {"span": span_scores(gold_tags, predicted_tags), "document": document_scores(pages),
            "tokens": tokens, "tokens_per_s": round(tokens / seconds)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared" / "ner")
    parser.add_argument("--iterations", type=int, default=100)
    args = parser.parse_args()
    english = [s for d in read_documents(args.shared / "conll2003_eng.train.gz") for s in d]
    english_dev = read_documents(args.shared / "conll2003_eng.testa.gz")
    arabic = [s for d in read_documents(args.shared / "anercorp.train.gz") for s in d]
    cut = len(arabic) * 9 // 10
    arabic_dev = [arabic[k:k + AR_PAGE] for k in range(cut, len(arabic), AR_PAGE)]
    HELD_OUT.mkdir(parents=True, exist_ok=True)
    scores = {}
    english_all = english + [s for d in english_dev for s in d]
    for lang, sentences, dev, everything in (("en", english, english_dev, english_all),
                                            ("ar", arabic[:cut], arabic_dev, arabic)):
        held_out = HELD_OUT / f"ner-{lang}.crfsuite"
        seconds = train(sentences, held_out, args.iterations)
        scores[lang] = {"train_sentences": len(sentences), "train_s": round(seconds, 1), **evaluate(held_out, dev)}
        shipped = DATA / f"ner-{lang}.crfsuite"
        train(everything, shipped, args.iterations)
        scores[lang]["shipped"] = {"train_sentences": len(everything), "model_bytes": shipped.stat().st_size}
        print(lang, json.dumps(scores[lang]))
    (DATA / "ner-scores.json").write_text(json.dumps({"params": PARAMS, "iterations": args.iterations,
                                                      "ar_page_sentences": AR_PAGE, **scores}, indent=2) + "\n")


if __name__ == "__main__":
    main()
