"""Cross-language search (issue 20): the lexicon read from dictionaries, and the structured query
against an independent oracle on a real index of a small bilingual archive written here.

The oracle reads the archive's own text with the analysis (title and body as term sequences)
and decides each article by the promise: every word of the query, or a rendering of it (a
phrase: its terms in a row), is in the article; a NOT word excludes the article when it or a
rendering is there. The engine must return exactly those articles, with translation on; with it
off, exactly the articles holding the words themselves.
"""
from __future__ import annotations

import gzip
import random

import pytest
from hypothesis import HealthCheck, example, given, settings, strategies as st

from index.analysis import analyze
from index.rebuild import rebuild
from search import translate as translate_module
from search.engine import run
from search.errors import InvalidQuery
from search.lexicon import BOTH, COMMON, DICTD, NEWS, ONE, Lexicon, MissingDictionary, lexicon, read_dictd
from search.reader import LiveIndex
from search.spellings import Spellings
from search.transliteration import NameWords, arabic_spellings, skeleton
from search.request import SearchRequest

from .conftest import examples

PAIRS = [("drone", "طائرة مسيرة"), ("drone", "مسيرة"), ("attack", "هجوم"), ("airport", "مطار"),
         ("sanctions", "عقوبات"), ("fuel ship", "سفينة وقود"), ("oil", "نفط"), ("army", "جيش"),
         ("convoy", "قافلة"), ("convoy", "رتل")]
EN = ["drone", "attack", "airport", "sanctions", "fuel", "ship", "oil", "army", "convoy", "weather", "market"]
AR = ["طائرة", "مسيرة", "هجوم", "مطار", "عقوبات", "سفينة", "وقود", "نفط", "جيش", "قافلة", "رتل", "طقس", "سوق"]


def small_lexicon() -> Lexicon:
    return Lexicon([pair for en, ar in PAIRS for pair in (("en", en, ar, NEWS), ("ar", ar, en, NEWS))])


def _text(rng: random.Random, words: list[str], n: int) -> str:
    return " ".join(rng.choice(words) for _ in range(n))


@pytest.fixture(scope="module")
def bilingual(tmp_path_factory):
    """A real index of 80 pages, half English and half Arabic, made of the vocabulary above."""
    rng = random.Random(20)
    folder = tmp_path_factory.mktemp("bilingual")
    pages = folder / "archive" / "pages"
    pages.mkdir(parents=True)
    docs = {}
    for i in range(80):
        words = EN if i % 2 else AR
        title = f"{'Report' if i % 2 else 'تقرير'} {i} " + _text(rng, words, 2)
        body = ". ".join(_text(rng, words, rng.randint(3, 7)) for _ in range(4)) + "."
        (pages / f"p{i:03d}.txt").write_text(f"{title}\n12/11/2018\n\n{body}\n", encoding="utf-8")
        docs[i] = (title, body)
    rebuild(folder / "archive", folder / "index")
    version = LiveIndex(folder / "index").open()
    stored = {s["id"]: (analyze(s["title"]), analyze(s["body"]), s["lang"])
              for s in version.searcher().all_stored_fields()}
    return version, stored


@pytest.fixture
def use_small(monkeypatch):
    """The small lexicon, and no names (a test of names gives its own)."""
    known = small_lexicon()
    monkeypatch.setattr(translate_module, "lexicon", lambda: known)
    monkeypatch.setattr(Spellings, "name_words", lambda self: NameWords([]))
    return known


def _holds(fields: tuple[list[str], list[str]], terms: tuple[str, ...]) -> bool:
    return any(field[i:i + len(terms)] == list(terms) for field in fields for i in range(len(field)))


def _lang(word: str) -> str:
    return "ar" if any("\u0600" <= c <= "\u06ff" for c in word) else "en"


class Promise:
    """The articles a query of plain words (and NOT words) must find, read off the analyzed text."""

    def __init__(self, stored, known: Lexicon, translate: bool, langs):
        self.stored, self.known, self.translate, self.langs = stored, known, translate, langs
        self.vocabulary = {t for title, body, _ in stored.values() for t in title + body}

    def renderings(self, run: tuple[str, ...]) -> list[tuple[str, ...]]:
        """The renderings of a run of words searched: the target language allowed, held by the index."""
        lang = _lang(run[0])
        if not self.translate or self.langs and ("en" if lang == "ar" else "ar") not in self.langs:
            return []
        key = tuple(t for w in run for t in analyze(w))
        return [r.terms for r in self.known.renderings(lang, key, run[0]) if set(r.terms) <= self.vocabulary]

    def runs(self, words: list[str]) -> list[tuple[str, ...]]:
        """The words, a run the lexicon renders as a phrase taken as one, longest first."""
        out, i = [], 0
        while i < len(words):
            for n in range(min(self.known.longest, len(words) - i), 1, -1):
                if self.renderings(tuple(words[i:i + n])):
                    out.append(tuple(words[i:i + n]))
                    i += n
                    break
            else:
                out.append((words[i],))
                i += 1
        return out

    def articles(self, words: list[str], negated: list[str]) -> set[str]:
        words = list(dict.fromkeys(words))          # a word typed twice is one clause (Whoosh's parser)
        runs = self.runs(words)
        translated = [run for run in runs if self.renderings(run)]
        sources = {_lang(run[0]) for run in translated}
        found = set()
        for doc_id, (title, body, lang) in self.stored.items():
            fields = (title, body)
            if self.langs and lang not in self.langs:
                continue
            if any(self.typed(fields, (w,)) or self.rendered(fields, (w,)) for w in negated):
                continue
            if len(sources) > 1:                     # words of both scripts: each word or a rendering
                if all(self.typed(fields, run) or self.rendered(fields, run) for run in runs):
                    found.add(doc_id)
                continue
            if all(self.typed(fields, run) for run in runs):
                found.add(doc_id)
            elif translated and lang not in sources:
                held = sum(1 for run in translated if self.typed(fields, run) or self.rendered(fields, run))
                if held >= (len(translated) + 1) // 2:
                    found.add(doc_id)
        return found

    def typed(self, fields, run) -> bool:
        return all(_holds(fields, (t,)) for w in run for t in analyze(w))

    def rendered(self, fields, run) -> bool:
        return any(_holds(fields, terms) for terms in self.renderings(run))


@settings(max_examples=examples(60), deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@example(words=["fuel", "ship"], negated=[], translate=True, langs=[])        # a phrase of the lexicon
@example(words=["army", "fuel", "ship"], negated=["drone"], translate=True, langs=["ar"])
@example(words=["drone", "attack", "airport"], negated=[], translate=True, langs=[])    # two of three
@example(words=["oil", "army", "convoy", "sanctions"], negated=[], translate=True, langs=["ar"])
@example(words=["weather", "oil", "army"], negated=[], translate=True, langs=[])      # one word has none
@given(words=st.lists(st.sampled_from(EN + AR), min_size=1, max_size=3),
       negated=st.lists(st.sampled_from(EN + AR), max_size=1),
       translate=st.booleans(), langs=st.sampled_from([[], ["ar"], ["en"]]))
def test_hits_are_the_oracles_articles(bilingual, use_small, words, negated, translate, langs):
    version, stored = bilingual
    q = " ".join(words + [f"NOT {w}" for w in negated])
    result = run(version, SearchRequest(q, lang=langs, per_page=100, translate=translate), time_limit=60.0)
    expected = Promise(stored, use_small, translate is not False, langs).articles(words, negated)
    assert {hit.id for hit in result.hits} == expected and result.total == len(expected), q
    counted = [e["count"] for e in result.facets["lang"] if not langs or e["value"] in langs]
    assert sum(counted) == result.total          # the language facet counts the same articles


def test_translation_is_reported_and_weighted_below_the_words_themselves(bilingual, use_small):
    """An English article scores as the untranslated query scores it; an Arabic one found through
    مطار scores a fixed share (below one) of what the query مطار itself gives it."""
    version, stored = bilingual

    def scores(q, translate, lang=()):
        result = run(version, SearchRequest(q, per_page=100, translate=translate, lang=list(lang)), time_limit=60.0)
        return result, {hit.id: hit.score for hit in result.hits}

    result, on = scores("airport", None)
    assert result.translation == {"airport": ["مطار"]}
    _, english = scores("airport", False)
    _, arabic = scores("مطار", False, ["ar"])
    assert {i: s for i, s in on.items() if stored[i][2] == "en"} == pytest.approx(english)
    shares = [on[i] / arabic[i] for i in on if stored[i][2] == "ar"]      # scores are printed to 4 places
    assert set(arabic) <= set(on) and max(shares) - min(shares) < 1e-3 and 0 < max(shares) < 1
    off, _ = scores("airport", False)
    assert off.translation == {} and {stored[h.id][2] for h in off.hits} == {"en"}
    assert scores("airport", None, ["en"])[0].translation == {}


def test_a_phrase_of_the_lexicon_is_one_group(bilingual, use_small):
    version, _ = bilingual
    result = run(version, SearchRequest("fuel ship"), time_limit=60.0)
    assert result.translation == {"fuel ship": ["سفينة وقود"]}


def test_missing_dictionaries_say_how_to_install_them(tmp_path, monkeypatch, bilingual):
    with pytest.raises(MissingDictionary, match="apt-get install dict-freedict-eng-ara"):
        Lexicon.load(dictd=tmp_path)

    def missing():
        raise MissingDictionary("cross-language search needs FreeDict's dictionaries")

    monkeypatch.setattr(translate_module, "lexicon", missing)
    version, _ = bilingual
    assert run(version, SearchRequest("airport"), time_limit=60.0).translation == {}      # default: off quietly
    with pytest.raises(InvalidQuery, match="FreeDict"):
        run(version, SearchRequest("airport", translate=True), time_limit=60.0)


DICTD_SAMPLE = """
00-database-info
This is a header /not a headword
Convoy /kˈɒnvɔɪ/
1. القافلة
2. رتل (عسكري)
Aft /ˈaft/
في مؤخّرة السّفينة الكبيرة جدا
Sanctions /sˈaŋkʃənz/
العقوبات، الجزاءات
"""


def test_a_dictd_file_gives_each_short_sense(tmp_path):
    path = tmp_path / "sample.dict.dz"
    with gzip.open(path, "wt", encoding="utf-8") as f:
        f.write(DICTD_SAMPLE)
    assert list(read_dictd(path, "en")) == [("convoy", "القافلة"), ("convoy", "رتل"),
                                            ("sanctions", "العقوبات"), ("sanctions", "الجزاءات")]


def test_news_terms_come_first_then_the_common_words_then_the_typed_headword():
    known = Lexicon([("en", "sanction", "إقرار", BOTH), ("en", "sanctions", "جزاءات", ONE),
                     ("en", "convoy", "قافلة", ONE), ("en", "convoy", "رتل", NEWS), ("en", "convoy", "موكب", COMMON),
                     ("en", "woman", "عاشر النساء", BOTH), ("en", "woman", "امرأة", COMMON),
                     ("en", "woman", "نساء", COMMON)])
    assert [r.text for r in known.renderings("en", ("sanction",), "sanctions")] == ["جزاءات", "إقرار"]
    assert [r.text for r in known.renderings("en", ("convoy",), "convoy")] == ["رتل"]
    assert [r.text for r in known.renderings("en", ("woman",), "woman")] == ["امرأة", "نساء"]


@pytest.fixture(scope="module")
def freedict():
    import os
    if not (DICTD / "freedict-eng-ara.dict.dz").exists():
        message = "FreeDict dictionaries not installed (make install)"
        if os.environ.get("CI", "").lower() in ("1", "true", "yes"):
            pytest.fail(message)
        pytest.skip(message)
    return lexicon()


@pytest.mark.parametrize("lang, typed, rendering", [
    ("en", "sanctions", "عقوبات"), ("en", "drone", "مسيرة"), ("en", "airstrike", "غارة"),
    ("en", "prime minister", "رئيس الوزراء"), ("en", "militia", "ميليشيا"), ("en", "occupation", "احتلال"),
    ("ar", "الإحتلال", "occupation"), ("ar", "احتلال", "occupation"), ("ar", "عقوبات", "sanctions"),
    ("ar", "مطار", "airport"),
    ("en", "stores", "متجر"), ("en", "shot", "رصاصة"), ("ar", "لاعب", "player"), ("ar", "مباراة", "game")])
def test_the_archives_news_words_have_their_news_sense(freedict, lang, typed, rendering):
    texts = [r.text for r in freedict.renderings(lang, tuple(analyze(typed)), typed.split()[0])]
    assert tuple(analyze(rendering)) in {tuple(analyze(t)) for t in texts}, texts


@pytest.mark.parametrize("latin, arabic", [
    ("Trump", "ترامب"), ("Kavanaugh", "كافانو"), ("Sulawesi", "سولاويسي"), ("Brexit", "بريكست"),
    ("Sainsbury", "سينسبري"), ("Merkel", "ميركل"), ("Erdogan", "أردوغان"), ("Soleimani", "سليماني"),
    ("Suleimani", "سليماني"), ("Qassem", "قاسم"), ("Lavrov", "لافروف"), ("Baghdadi", "البغدادي"),
    ("Charles", "تشارلز"), ("Zarif", "ظريف"), ("Bagheri", "باقري")])
def test_a_name_and_its_transliteration_share_a_skeleton(latin, arabic):
    assert skeleton(latin) == skeleton(arabic)


def test_name_words_cross_scripts_most_printed_first():
    names = NameWords([("بريت كافانو", 5), ("كفانو", 1), ("حسن نصر الله", 4), ("Brett Kavanaugh", 2), ("Ali", 9)])
    assert [text for text, _ in names.across("Kavanaugh")] == ["كافانو", "كفانو"]
    assert names.across("Nasrallah") == [("نصر الله", ("نصر", "الله"))]        # two words written as one
    assert [text for text, _ in names.across("كافانو")] == ["kavanaugh"]
    assert names.across("Ali") == [] and names.across("Al") == []                # too short to tell apart


def test_a_word_no_lexicon_knows_finds_the_name_the_archive_printed(bilingual, use_small, monkeypatch):
    version, stored = bilingual
    names = NameWords([("رتل", 3)])                  # a word of the Arabic pages, as if a name
    monkeypatch.setattr(Spellings, "name_words", lambda self: names)
    result = run(version, SearchRequest("Ratl"), time_limit=60.0)
    assert result.translation == {"Ratl": ["رتل"]}
    assert result.total == sum(1 for title, body, _ in stored.values() if "رتل" in title + body)
    assert run(version, SearchRequest("ratl"), time_limit=60.0).translation == {"ratl": ["رتل"]}
    assert run(version, SearchRequest("convoy"), time_limit=60.0).translation == {"convoy": ["قافلة", "رتل"]}


@pytest.mark.parametrize("latin, arabic", [
    ("Tellis", "تيليس"), ("Brexit", "بريكست"), ("Merkel", "ميركل"), ("Kavanaugh", "كافانو"),
    ("tsunami", "تسونامي"), ("Sulawesi", "سولاويسي"), ("Sainsbury's", "سينسبري"), ("Palu", "بالو"),
    ("Lavrov", "لافروف"), ("Charles", "تشارلز")])
def test_a_latin_name_is_spelled_as_arabic_prints_it(latin, arabic):
    assert arabic in arabic_spellings(latin)


def test_a_name_nobody_recorded_is_found_by_its_spelling_but_not_a_common_word(bilingual, use_small):
    """A Latin word no lexicon knows and no record names is searched as the Arabic spellings its
    letters likely have that the index holds rarely: "Qafila" finds قافلة while few enough pages
    hold it to be a name; once more pages hold it than SPELLED_MAX_SHARE of them, it is a common
    word the letters happen to spell, and is not searched; with SPELL_NAMES off, nothing is."""
    version, stored = bilingual
    term = tuple(analyze("قافلة"))[0]
    pages = sum(1 for title, body, _ in stored.values() if term in title + body)
    held = max(sum(1 for title, _, _ in stored.values() if term in title),   # the most in one field
               sum(1 for _, body, _ in stored.values() if term in body))
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(translate_module, "SPELLED_MIN_DF", 0)
        patch.setattr(translate_module, "SPELLED_MAX_SHARE", held / len(stored))
        result = run(version, SearchRequest("Qafila", lang=["ar"]), time_limit=60.0)
        assert result.translation == {"Qafila": ["قافلة"]} and result.total == pages
        patch.setattr(translate_module, "SPELLED_MAX_SHARE", (held - 1) / len(stored))
        assert run(version, SearchRequest("Qafila", lang=["ar"]), time_limit=60.0).translation == {}
        patch.setattr(translate_module, "SPELLED_MAX_SHARE", 1.0)
        patch.setattr(translate_module, "SPELL_NAMES", False)
        assert run(version, SearchRequest("Qafila", lang=["ar"]), time_limit=60.0).translation == {}


def test_on_the_seed_pages_an_english_query_finds_the_arabic_article(seeds_root, freedict):
    """The real pages of ../shared/seeds with FreeDict installed: "drone attack airport" finds
    Al Mayadeen's Arabic article on drones (مسيرات) over Erbil airport (مطار) with translation, and
    only the English ones without; the Arabic article's snippet marks the renderings."""
    version = LiveIndex(seeds_root).open()
    on = run(version, SearchRequest("drone attack airport", per_page=100), time_limit=60.0)
    off = run(version, SearchRequest("drone attack airport", per_page=100, translate=False), time_limit=60.0)
    arabic = [hit for hit in on.hits if hit.lang == "ar"]
    assert {hit.lang for hit in off.hits} == {"en"} and {h.id for h in off.hits} < {h.id for h in on.hits}
    assert [hit.title for hit in arabic] == ["“الإنذار الأحمر” وفشل الرهان الأميركي"]
    assert "<mark>مطار</mark>" in arabic[0].snippet and set(on.translation) == {"drone", "attack", "airport"}
