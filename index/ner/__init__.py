"""A statistical named-entity recognizer for English and Arabic (issue 17): a linear-chain CRF
(CRFsuite, through python-crfsuite) over word, shape, affix, clitic, context and gazetteer
features, trained by ``python -m index.ner.train`` from the annotated data in ../shared/ner/.

- ``corpus.py``: the CoNLL-style files as sentences of (word, tag), tags in IOB2 and one label set;
- ``features.py``: the features of each token of a sentence;
- ``train.py``: training, the development-set scores, the model files in index/data/;
- ``score.py``: span-level (conlleval) and document-level scoring.
"""
