"""The recognizer's decoding (index/ner/chain.py) against independent oracles: CRFsuite's own
tagger on the same model, and brute force over every label path."""
from __future__ import annotations

import itertools
from importlib import resources

import numpy as np
import pycrfsuite
import pytest
from hypothesis import given, settings, strategies as st

from index.gazetteer import gazetteer
from index.ner.chain import Chain, best_paths
from index.ner.corpus import read_documents
from index.ner.features import sentence_features
from index.recognizer import recognizer

from .conftest import shared_path

# Words the models have views on (names, titles, clitics, punctuation, both scripts) and others.
VOCABULARY = ("Hassan Nasrallah said the Lebanese army in Beirut on Monday . , Reuters Kofi Annan "
              "U.S. Iraq's Baghdad Qasem Soleimani IRGC Hezbollah al-Mayadeen General Motors Corp "
              "CSKA Moscow Bill Jordan of | '' ( ) 1996-12-06 LONDON Zxqwv Brrk "
              "قال الرئيس السوري بشار الأسد في دمشق إن حزب الله والجيش اللبناني وزير الخارجية "
              "بيروت الجزيرة الأمم المتحدة عبدالله بن خليفة آل ثاني حسن نصرالله . ، ؟").split()
SENTENCES = st.lists(st.lists(st.sampled_from(VOCABULARY), min_size=1, max_size=30), min_size=1, max_size=6)


def _tagger(lang: str) -> pycrfsuite.Tagger:
    tagger = pycrfsuite.Tagger()
    with resources.as_file(resources.files("index").joinpath("data", f"ner-{lang}.crfsuite")) as path:
        tagger.open(str(path))
    return tagger


@pytest.mark.parametrize("lang", ["en", "ar"])
@settings(max_examples=150, deadline=None)
@given(sentences=SENTENCES)
def test_the_chain_tags_as_crfsuite_does(lang, sentences):
    """The same model decoded from cached word-type scores gives CRFsuite's tags, whatever the
    words, the batch and the gazetteer's marks."""
    chain = recognizer().chains[lang]
    oracle = _tagger(lang)
    assert chain.tag(sentences) == [oracle.tag(sentence_features(s)) for s in sentences]


@pytest.mark.parametrize("lang, name, held_out", [("en", "conll2003_eng.testa.gz", False),
                                                   ("ar", "anercorp.train.gz", True)])
def test_the_chain_tags_the_development_data_as_crfsuite_does(lang, name, held_out):
    documents = read_documents(shared_path("ner", name))
    sentences = [[w for w, _ in s] for d in documents for s in d]
    if held_out:                                        # ANERcorp's last tenth, as train.py holds out
        sentences = sentences[len(sentences) * 9 // 10:]
    oracle = _tagger(lang)
    with resources.as_file(resources.files("index").joinpath("data", f"ner-{lang}.crfsuite")) as path:
        chain = Chain(path, gazetteer())                # cold: every word type new
    expected = [oracle.tag(sentence_features(s)) for s in sentences]
    got = []
    for k in range(0, len(sentences), 37):
        got += chain.tag(sentences[k:k + 37])
    assert got == expected


def _path_score(scores, transitions, path):
    return scores[np.arange(len(path)), path].sum() + sum(transitions[a, b] for a, b in zip(path, path[1:]))


@settings(max_examples=300, deadline=None)
@given(data=st.data(), labels=st.integers(2, 4), lengths=st.lists(st.integers(1, 5), min_size=1, max_size=4),
       spread=st.sampled_from([0.5, 3.0, 20.0]))
def test_best_paths_are_the_best_of_all_paths(data, labels, lengths, spread):
    """Against brute force: the decoded path of each sentence scores as high as any path,
    with emissions from flat to very peaked (where most tokens are decided O and cut away)."""
    total = sum(lengths)
    floats = st.floats(-spread, spread, allow_nan=False, width=32)
    scores = np.array(data.draw(st.lists(floats, min_size=total * labels, max_size=total * labels)),
                      dtype=np.float32).reshape(total, labels)
    transitions = np.array(data.draw(st.lists(st.floats(-5, 5, allow_nan=False, width=32),
                                              min_size=labels * labels, max_size=labels * labels)),
                           dtype=np.float32).reshape(labels, labels)
    outside = data.draw(st.integers(0, labels - 1))
    starts = np.concatenate(([0], np.cumsum(lengths)[:-1]))
    found = best_paths(scores, starts, transitions, outside)
    for start, n in zip(starts, lengths):
        own = scores[start:start + n].astype(np.float64)
        best = max(_path_score(own, transitions.astype(np.float64), p)
                   for p in itertools.product(range(labels), repeat=n))
        assert _path_score(own, transitions.astype(np.float64), found[start:start + n]) >= best - 1e-3


@pytest.mark.parametrize("text, wanted, unwanted", [
    ("PMU Deputy Commander Abu Mahdi al-Muhandis was killed near the airport.",
     ("person", "Abu Mahdi al-Muhandis"), "Commander"),
    ("Iraqi National Security Adviser Qassem al-Araji met the envoy in Baghdad.",
     ("person", "Qassem al-Araji"), "Adviser"),
    ("Spokesman Yahya Saree said the operation succeeded.", ("person", "Yahya Saree"), "Spokesman"),
])
def test_names_do_not_keep_titles(text, wanted, unwanted):
    found = [(kind, text[a:b]) for a, b, kind in recognizer().entities([text])[0]]
    assert wanted in found, found
    assert not [name for _, name in found if unwanted in name], found


def test_a_headline_in_capitals_or_title_case_is_not_read():
    """Case tells nothing in a headline: its words are not names because they are capitalized."""
    for headline in ("HEZBOLLAH DEPLOYED ROCKET LAUNCHER NEAR MONITORING GROUP BASE",
                     "Rocket Launcher Deployed Near Monitoring Group Base"):
        text = headline + "\n\nThe group said on Monday that the launcher was moved."
        assert all(a > len(headline) for a, _, _ in recognizer().entities([text])[0])


def test_a_persons_name_ends_before_a_preposition_joined_to_the_article():
    text = "بدعوة المرجع الشيعي الأعلى آية الله علي السيستاني للعبادي لفعل المزيد"
    people = [text[a:b] for a, b, kind in recognizer().entities([text])[0] if kind == "person"]
    assert people and not [p for p in people if "للعبادي" in p], people


def test_a_person_named_with_their_lineage_is_the_gazetteers_person():
    """"محمد بن سلمان بن عبدالعزيز" is Mohammed bin Salman, not a person of its own; a name cut
    after آل goes on, and no name ends in بن."""
    from index.entities import find_mentions
    text = "استقبل ولي العهد الأمير محمد بن سلمان بن عبدالعزيز في الرياض"
    people = [(m.surface, m.entity_id) for m in find_mentions(text) if m.type == "person"]
    assert people and all(entity == "person:mohammed-bin-salman" for _, entity in people), people
    words = "قال الملك سلمان بن عبدالعزيز آل سعود إن".split()
    from index.recognizer import _joined_lineage
    assert _joined_lineage(words, [(2, 6, "PER"), (6, 7, "PER")]) == [(2, 7, "PER")]
    assert _joined_lineage(words, [(2, 4, "PER")]) == [(2, 3, "PER")]


def test_a_month_printed_as_one_is_no_name():
    """نيسان is April beside أبريل, a bracket or a day, and Nissan where a company is meant."""
    for text in ("نشرته المجلة في أبريل (نيسان) الماضي، قال", "وفي 15 نيسان 2018 قال الوزير"):
        assert not [text[a:b] for a, b, _ in recognizer().entities([text])[0] if "نيسان" in text[a:b]]
    text = "وأعلنت شركة نيسان اليابانية عن سيارة جديدة"
    assert ("نيسان", "org") in [(text[a:b], kind) for a, b, kind in recognizer().entities([text])[0]]


@pytest.mark.parametrize("workers", [1, 2])
def test_a_recognizer_failure_loses_no_article(monkeypatch, caplog, workers):
    """A text the recognizer fails on keeps its article and the gazetteer's names (logged); the
    other texts keep the recognizer's names. (The page processes are forked: they see the patch.)"""
    from index.ingest import ingest
    from index.recognizer import Recognizer
    from .conftest import EXAMPLES
    wanted = {a.title: a for page in ingest([str(EXAMPLES)]) for a in page.articles}
    victim = next(title for title, a in wanted.items() if any(m.entity_id for m in a.mentions)
                  and any(not m.entity_id for m in a.mentions))
    healthy = Recognizer.entities

    def entities(self, texts):
        if any(text.startswith(victim + "\n") for text in texts):
            raise RuntimeError("a recognizer bug")
        return healthy(self, texts)

    monkeypatch.setattr(Recognizer, "entities", entities)
    got = {a.title: a for page in ingest([str(EXAMPLES)], workers=workers) for a in page.articles}
    assert got.keys() == wanted.keys()
    assert [m for m in got[victim].mentions if m.entity_id] == [m for m in wanted[victim].mentions if m.entity_id]
    assert not [m for m in got[victim].mentions if not m.entity_id]
    for title, article in got.items():
        if title != victim:
            assert article.mentions == wanted[title].mentions, title
    if workers == 1:
        assert "the recognizer failed" in caplog.text


def test_a_line_of_figures_is_not_read_for_names():
    """Earnings tables: "Shr" and "Nine" are labels there; a number keeps its decimal point (it
    ends no sentence)."""
    from index.recognizer import TOKEN
    assert TOKEN.findall("Shr 1.23 dlrs vs 1,100 dlrs.") == ["Shr", "1.23", "dlrs", "vs", "1,100", "dlrs", "."]
    text = "Shr 1.23 dlrs vs 1.10 dlrs\nNine mths Shr 4.56 vs 3.21\nRevs 12.5 mln vs 11.9 mln"
    assert recognizer().entities([text])[0] == []


def test_the_shipped_common_words_are_what_the_script_makes_of_the_corpora():
    """index/data/arabic_common_words.txt is index/ner/common_words.py's output on ../shared/ner
    (needs ../shared: fails loudly in CI without it), and holds no name the corpora tag."""
    from index.ner.common_words import common_words
    from index.common_words import common_arabic_words
    folder = shared_path("ner", "anercorp.train.gz").parent
    assert set(common_words(folder)) == common_arabic_words()
    assert {"حجم", "ربما"} <= common_arabic_words() and not {"محمد", "سعاد", "يوسف"} & common_arabic_words()


def test_the_shipped_first_names_are_what_the_script_makes_of_the_corpora_and_the_gazetteers_people():
    """index/data/arabic_first_names.txt is the script's output on ../shared/ner; the loader adds
    the first words of the gazetteer's people; none has the article (a title: "الملك سلمان")."""
    from index.common_words import arabic_first_names, common_arabic_words
    from index.ner.common_words import FIRST_NAMES, first_names
    folder = shared_path("ner", "anercorp.train.gz").parent
    shipped = {line for line in FIRST_NAMES.read_text("utf-8").split("\n") if line and not line.startswith("#")}
    assert set(first_names(folder)) == shipped and shipped <= arabic_first_names()
    assert {"محمد", "منصور", "ياسر"} <= arabic_first_names() and not {"حسب", "نص", "الدعوى", "غير", "جنود"} & arabic_first_names()
    assert {"افيغدور", "بنيامين"} <= arabic_first_names() - shipped           # the gazetteer's people
    assert not any(word.startswith("ال") for word in arabic_first_names())
