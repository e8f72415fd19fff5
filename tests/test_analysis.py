"""The analyzers: what conflates, what stays distinct, and the `fahras analyze` tool."""
from __future__ import annotations

import json
import pickle

import pytest
from click.testing import CliRunner

from hypothesis import given, settings
from hypothesis import strategies as st

from index.analysis import (ARABIC_PROTECTED, analyze, exact_analyzer, fold_token, light10, stem,
                            stemmed_analyzer, stemmed_chain)
from index.ingest import ingest
from index.normalize import fold
from index.schema import make_schema
from cli.main import main

from .conftest import ROOT, examples


@pytest.fixture(scope="module")
def seed_texts(seeds_dir):
    return [text for page in ingest([str(seeds_dir)]) for a in page.articles for text in (a.title, a.body)]


def one_term(*forms: str) -> set[str]:
    return {term for form in forms for term in analyze(form)}


@pytest.mark.parametrize("forms", [
    ("الحسن", "والحسن", "بالحسن", "فالحسن", "وحسن", "كالحسن", "للحسن"),
    ("أحمد", "احمد", "إحمد"),
    ("فاطمة", "فاطمه"),
    ("الْمُقَاوَمَةُ", "المقاومة", "المقاومه", "والمقاومة"),          # vowelled and plain
    ("مصطفى", "مصطفي"),                                            # alef maksura
    ("الأمريكيـــة", "الأمريكية"),                                  # tatweel
    ("٢٠٢١", "۲۰۲۱", "2021"),                                       # Arabic-Indic, Persian digits
    ("convoy", "convoys", "Convoys"),
    ("target", "targeted", "targeting"),
    ("Asa'ib", "Asa’ib", "Asaib", "ASAIB", "Asaʿib"),
    ("Sha'abi", "Sha’abi", "Shaabi"),
    ("Café", "cafe"),
    ("Iraq’s", "Iraq", "Iraq's"),
])
def test_forms_conflate_to_one_term(forms):
    assert len(one_term(*forms)) == 1, {f: analyze(f) for f in forms}


@pytest.mark.parametrize("a, b", [
    ("لبنان", "لبن"),                 # Lebanon is not milk: names are protected from the stemmer
    ("سليماني", "سليمان"),
    ("إيران", "اير"),
    ("السليمانية", "سليماني"),        # the city is not the general
    ("قائد", "قاعد"),
    ("Qassem", "Qasim"),             # spelling variants are the entity stage's job, not stemming
    ("general", "generous"),
])
def test_distinct_words_stay_distinct(a, b):
    assert one_term(a).isdisjoint(one_term(b)), (analyze(a), analyze(b))


def test_vowelled_words_stay_whole_and_stop_words_go():
    assert analyze("قَالَ الرَّئِيسُ إِنَّ الحَرْبَ") == ["رئيس", "حرب"]
    assert analyze("The president said that the war", exact=False) == ["presid", "war"]


def test_exact_analyzer_folds_but_does_not_stem():
    assert analyze("بالحسن ولبنان Convoys Asa'ib", exact=True) == ["بالحسن", "ولبنان", "convoys", "asaib"]


def test_mixed_script_text_in_one_field():
    assert analyze("قال Qais al-Khazali إن عصائب أهل الحق") == ["qai", "khazali", "عصائب", "اهل", "حق"]


def test_light10_follows_larkey():
    assert light10("والكتاب") == "كتاب"
    assert light10("كتابات") == "كتاب"
    assert light10("مدرسون") == "مدرس"
    assert light10("وا") == "وا"                     # too short to strip


def test_schema_pickles_with_its_analyzers():
    schema = pickle.loads(pickle.dumps(make_schema()))
    assert [t.text for t in schema["body"].analyzer("convoys")] == ["convoy"]
    assert pickle.loads(pickle.dumps(stemmed_analyzer())) and pickle.loads(pickle.dumps(exact_analyzer()))


def test_fahras_analyze_cli():
    result = CliRunner().invoke(main, ["analyze", "--json", "والحسن Asa'ib convoys"])
    assert result.exit_code == 0
    assert json.loads(result.output) == ["حسن", "asaib", "convoy"]
    plain = CliRunner().invoke(main, ["analyze", "--exact", "والحسن"])
    assert plain.output.strip() == "والحسن"


def _tokens(analyzer, text, **options):
    return [(t.text, t.pos, t.startchar, t.endchar, t.stopped)
            for t in analyzer(text, positions=True, chars=True, **options)]


@pytest.mark.parametrize("options", [{}, {"mode": "query"}, {"removestops": False},
                                     {"start_pos": 5, "start_char": 9}])
def test_fused_analyzer_gives_the_chains_tokens(seed_texts, options):
    fused, chain = stemmed_analyzer(), stemmed_chain()
    for text in seed_texts + ["the of a", "", "  ’ ' ", "The war: قَالَ الرَّئِيسُ"]:
        assert _tokens(fused, text, **options) == _tokens(chain, text, **options), text[:80]


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.sampled_from("ab ’'ʿ-الحسنوبةىأ\u064e\u0640٢é\nSs"), max_size=60)
       # stop words, their spellings and the names they fold onto, presentation forms, a loose hamza
       | st.lists(st.sampled_from(["على", "علي", "إلى", "الي", "آلية", "إليه", "ﻓﻲ", "فی", "ﺃن",
                                   "ا\u0654ن", "\u064e", "\u0640", " ", "'s", "ﻻ", "The", "a"]),
                  max_size=20).map("".join))
def test_fused_analyzer_agrees_on_random_text(text):
    assert _tokens(stemmed_analyzer(), text) == _tokens(stemmed_chain(), text)
    assert _tokens(stemmed_analyzer(), text, removestops=False) == \
        _tokens(stemmed_chain(), text, removestops=False)


# ------------------------------------------------------------------ stop words before folding

_HARAKAT_AND_TATWEEL = str.maketrans(dict.fromkeys("\u064b\u064c\u064d\u064e\u064f\u0650\u0651\u0652\u0640"))


def _printed_stop_words() -> list[str]:
    """The Arabic stop list as printed in its file, harakat and tatweel removed."""
    text = (ROOT / "index" / "data" / "arabic_stopwords.txt").read_text("utf-8")
    words = (line.split("#", 1)[0].strip().translate(_HARAKAT_AND_TATWEEL) for line in text.splitlines())
    return [w for w in words if w]


STOP_WORDS = _printed_stop_words()
FOLDED_STOP_WORDS = {fold(w) for w in STOP_WORDS}

# Names and content words of the corpus whose folded form is a stop word's (على -> علي ...).
COLLISIONS = ["علي", "علی", "وعلي", "علية", "منة", "آلية", "آلي", "والي", "هنأ", "آنا", "آن", "آي",
              "إي", "فان", "وان"]


def test_the_name_ali_is_indexed_and_the_preposition_ala_is_not():
    assert analyze("علي") == analyze("عَلِيّ") == analyze("علی") == ["علي"]     # Persian yeh too; whole
    assert analyze("على") == analyze("عَلَى") == analyze("علـى") == []
    assert analyze("قال علي خامنئي إن الحرب على الأبواب") == [stem("علي"), stem("خامنئي"), "حرب", "ابواب"]
    result = CliRunner().invoke(main, ["analyze", "--json", "علي"])
    assert result.exit_code == 0 and json.loads(result.output) == [stem("علي")]


def test_a_query_for_ali_finds_the_article_about_ali_and_not_the_one_with_ala(tmp_path):
    from whoosh import index as whoosh_index
    from whoosh.qparser import QueryParser
    ix = whoosh_index.create_in(str(tmp_path), make_schema())
    with ix.writer() as writer:
        writer.add_document(id="ali", title="خامنئي", body="قال علي خامنئي إن الحرب على الأبواب")
        writer.add_document(id="ala", title="وفد", body="وصل الوفد إلى طهران على عجل")
        writer.add_document(id="mechanism", title="آلية", body="آلية جديدة للتفاوض")
    parser = QueryParser("body", ix.schema)
    with ix.searcher() as searcher:
        def ids(text):
            return sorted(hit["id"] for hit in searcher.search(parser.parse(text)))
        assert ids("علي") == ids("عَلِيّ") == ids("علي خامنئي") == ["ali"]
        assert ids("على") == [] and ids("إلى") == []
        assert ids("آلية") == ["mechanism"]


@pytest.mark.parametrize("word", COLLISIONS)
def test_names_and_content_words_that_fold_onto_a_stop_word_are_indexed(word):
    assert fold_token(word) in FOLDED_STOP_WORDS          # the collision is real
    assert analyze(word) == [stem(fold_token(word))]
    assert [t.text for t in stemmed_analyzer()(word, mode="query")] == analyze(word)


def test_no_protected_name_is_a_stop_word():
    text = (ROOT / "index" / "data" / "arabic_protected.txt").read_text("utf-8")
    names = [w for w in (line.split("#", 1)[0].strip() for line in text.splitlines()) if w]
    assert len({fold(name) for name in names}) == len(ARABIC_PROTECTED)
    for name in names:
        assert analyze(name) == [fold(name)], name


@settings(max_examples=examples(300), deadline=None)
@given(st.sampled_from(STOP_WORDS).flatmap(lambda word: st.tuples(
    st.just(word), st.lists(st.sampled_from(["", "", "\u064e", "\u0650", "\u0651", "\u0652", "\u0640"]),
                            min_size=len(word), max_size=len(word)))))
def test_every_printed_stop_word_is_removed_vowelled_or_not(word_and_marks):
    word, marks = word_and_marks
    written = "".join(letter + mark for letter, mark in zip(word, marks))
    assert analyze(written) == [], written
    assert list(stemmed_analyzer()(written, mode="query")) == []


_SPELLINGS = {"ا": "اأإآ", "أ": "اأإآ", "إ": "اأإآ", "آ": "اأإآ", "ي": "يى", "ى": "يى", "ه": "هة", "ة": "هة"}


@settings(max_examples=examples(500), deadline=None)
@given(st.sampled_from(STOP_WORDS).flatmap(lambda word: st.tuples(*(
    st.sampled_from(_SPELLINGS.get(letter, letter)) for letter in word))))
def test_a_word_is_a_stop_word_only_as_printed_never_by_its_folded_form(letters):
    """Any spelling of a stop word that folds like it (hamza seats, teh marbuta, alef maksura): if
    the list prints it, it is removed; if not, it is indexed as its own term, at index and query
    time alike -- the folded form alone never removes a word."""
    spelling = "".join(letters)
    terms = analyze(spelling)
    if spelling in STOP_WORDS:
        assert terms == [], spelling
    else:
        assert terms == [stem(fold_token(spelling))], spelling
        assert [t.text for t in stemmed_analyzer()(spelling, mode="query")] == terms


def _fold_latin_by_character(text: str) -> str:
    """The reference fold_latin() replaced: NFKD, drop non-Arabic combining marks one by one, NFC."""
    import unicodedata
    from index.normalize import _MARK_IN_WORD, _is_arabic_mark
    text = _MARK_IN_WORD.sub("", text)
    decomposed = unicodedata.normalize("NFKD", text)
    kept = "".join(c for c in decomposed if not (unicodedata.combining(c) and not _is_arabic_mark(c)))
    return unicodedata.normalize("NFC", kept)


@settings(max_examples=1500, deadline=None)
@given(st.text(alphabet=st.characters(codec="utf-8", exclude_categories=("Cs",)), max_size=30)
       | st.text(alphabet=st.sampled_from("éèçñÅǅﬁ…™①ئؤأإآٱ\u064e\u0651\u0301\u0327e'’ʿ abcالحسنﻻ"), max_size=30)
       # pairs that compose in NFC though neither half changes alone: Hangul jamo, Indic vowel parts
       | st.text(alphabet=st.sampled_from("\u1100\u1161\u11a8\uac00\u0b47\u0b3e\u0b56\u0dd9\u0dcf\u0dca"
                                          "\u09c7\u09be\u0f71\u0f72\u0f73ئ\u0654\u0653اوئ a"), max_size=20))
def test_fold_latin_strips_marks_as_the_per_character_reference_did(text):
    from index.normalize import fold_latin
    assert fold_latin(text) == _fold_latin_by_character(text)


def _fold_in_steps(text: str) -> str:
    """The reference fold(): quotes, then Arabic letter forms, then accents, case, and spaces by regex."""
    import re
    from index.normalize import _QUOTES, fold_latin, normalize_arabic
    return re.sub(r"\s+", " ", fold_latin(normalize_arabic(text.translate(_QUOTES))).casefold()).strip()


def _clean_line_by_table(text: str) -> str:
    import re
    table = str.maketrans({"\u00a0": " ", "\u202f": " ", "\u2009": " ", "\u200b": "", "\ufeff": "",
                           "\u200e": "", "\u200f": ""})
    return re.sub(r"\s+", " ", text.translate(table)).strip()


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet=st.characters(codec="utf-8", exclude_categories=("Cs",)), max_size=30)
       | st.text(alphabet=st.sampled_from("“”«»‘’–—\u00a0\u202f\u2009\u200b\ufeff\u200e\u200f\x1c\x85\u3000 \t\n"
                                          "éÅئأإآٱةى\u064e\u0640٢ABCالحسن'"), max_size=40))
def test_fold_and_clean_line_equal_their_step_by_step_references(text):
    from index.normalize import clean_line, fold
    assert fold(text) == _fold_in_steps(text)
    assert clean_line(text) == _clean_line_by_table(text)
