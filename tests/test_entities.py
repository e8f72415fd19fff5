"""Named entities: the gazetteer, discovery, variant merging, cross-script filters, alias expansion,
and per-article precision/recall against the hand annotation of seed page 002."""
from __future__ import annotations

import pytest

from index.entities import Resolver, find_mentions, gazetteer, tidy_name, translit_key
from index.normalize import alnum_key
from index.names import Names
from index.page import parse_page
from search.engine import run
from search.query import expand_entities
from search.request import SearchRequest



def names(text: str) -> dict[str, list[str]]:
    return Resolver().resolve(find_mentions(text))[0]


def test_gazetteer_is_consistent():
    gaz = gazetteer()
    assert len(gaz.entities) >= 300
    assert {e.type for e in gaz.entities.values()} == {"person", "org", "place"}
    assert all(e.id.startswith(e.type + ":") for e in gaz.entities.values())


@pytest.mark.parametrize("text, kind, name", [
    ("Qassem Soleimani", "person", "Qassem Soleimani"),
    ("Qasem Suleimani", "person", "Qassem Soleimani"),
    ("Qassim Soleimani", "person", "Qassem Soleimani"),
    ("قال سليماني", "person", "Qassem Soleimani"),
    ("Asa'ib Ahl al-Haq", "org", "Asa'ib Ahl al-Haq"),
    ("Asaib Ahl Al-Haq", "org", "Asa'ib Ahl al-Haq"),
    ("the Hashd al-Sha’abi", "org", "Popular Mobilization Units"),
    ("the PMU", "org", "Popular Mobilization Units"),
    ("الحشد الشعبي", "org", "Popular Mobilization Units"),
    ("وبالحشد الشعبي", "org", "Popular Mobilization Units"),
    ("Daesh", "org", "ISIS"),
    ("ISIL", "org", "ISIS"),
    ("لداعش", "org", "ISIS"),
    ("وبداعش", "org", "ISIS"),
    ("al-Kadhemi", "person", "Mustafa al-Kadhimi"),
    ("the Pentagon", "org", "US Department of Defense"),
    ("ترامب", "person", "Donald Trump"),
    ("لترامب", "person", "Donald Trump"),
])
def test_spellings_scripts_and_clitics_resolve_to_one_name(text, kind, name):
    assert name in names(text)[kind], names(text)


def test_longer_words_and_lower_case_acronyms_do_not_match():
    assert "Qassem Soleimani" not in names("في السليمانية")["person"]      # the city
    assert "Sulaymaniyah" in names("في السليمانية")["place"]
    assert "United States" not in names("Tell us what happened")["place"]   # "us" is not US
    assert "United States" in names("The US said")["place"]


def test_the_recognizer_finds_names_the_gazetteer_lacks():
    """Invented or unlisted names, found by the trained recognizer from context, untitled too
    (the cue rules it replaced needed a title or an organization word)."""
    found = names("Sheikh Hamdan al-Zuhairi, spokesman of the Tanzim Zawra Brigades, said on Monday "
                  "that Kofi Annan would fly to Madrid.")
    assert {"Hamdan al-Zuhairi", "Kofi Annan"} <= set(found["person"])
    assert "Tanzim Zawra Brigades" in found["org"] and "Madrid" in found["place"]
    arabic = names("وقال الشيخ حمدان الزهيري إن الرئيس الفرنسي جاك شيراك سيزور غزة")
    assert {"حمدان الزهيري", "جاك شيراك"} <= set(arabic["person"])


def test_variant_spellings_of_a_discovered_name_merge():
    assert translit_key("Hamdan al-Zuhairi") == translit_key("Hamdan Al-Zuhayri")
    resolver = Resolver()
    first = resolver.resolve(find_mentions("Sheikh Hamdan al-Zuhairi said"))[0]
    second = resolver.resolve(find_mentions("Sheikh Hamdan Al-Zuhayri said"))[0]
    assert first["person"] == second["person"] == ["Hamdan al-Zuhairi"]


def test_query_alias_expansion():
    assert expand_entities("Daesh attack") == '((Daesh)^2 OR org:"ISIS"^0.3) attack'
    assert expand_entities('"Daesh" outlet:Reuters') == '"Daesh" outlet:Reuters'      # quoted: literal


def test_filter_by_entity_finds_both_languages(examples_version):
    hits = run(examples_version, SearchRequest(org=["ISIS"], per_page=100)).hits
    assert {h.lang for h in hits} == {"ar", "en"}
    soleimani = run(examples_version, SearchRequest(person=["Qassem Soleimani"], per_page=100)).hits
    assert {h.lang for h in soleimani} == {"ar", "en"}


def test_alias_query_finds_other_spellings_literal_first(examples_version):
    literal = {h.id for h in run(examples_version, SearchRequest(q='"Daesh"', per_page=100)).hits}
    expanded = run(examples_version, SearchRequest(q="Daesh", per_page=100)).hits
    assert literal < {h.id for h in expanded}                      # more than the literal spelling
    assert {h.lang for h in expanded} == {"ar", "en"}              # across scripts
    assert {h.id for h in expanded[: len(literal)]} == literal     # the spelling typed ranks first


def test_entity_facets_show_canonical_names(examples_version):
    facets = run(examples_version, SearchRequest(per_page=1)).facets
    people = {e["value"] for e in facets["person"]}
    assert "Qassem Soleimani" in people and "سليماني" not in people


# ------------------------------------------------------------------ the hand annotation

def _key(name: str) -> str:
    return alnum_key(name)


def test_entities_against_the_annotation_of_page_002(seeds_dir, gold_002, capsys):
    path = seeds_dir / "002_7672ffc435d8e842.txt"
    page = parse_page(str(path), path.read_bytes())
    Names().find([page])
    resolver = Resolver()
    ours = {a.title: resolver.resolve(a.mentions)[0] for a in page.articles}
    scores = {}
    for kind in ("person", "org", "place"):
        tp = fp = fn = 0
        per_article = []
        for g in gold_002["pages"][0]["articles"]:
            want = {_key(n) for n in g["entities"][kind]}
            got = {_key(n) for n in ours[g["title"].replace("\xa0", " ")][kind]}
            tp += len(want & got)
            fp += len(got - want)
            fn += len(want - got)
            if want or got:
                per_article.append((len(want & got) / len(got) if got else 1.0,
                                    len(want & got) / len(want) if want else 1.0))
        precision, recall = tp / (tp + fp), tp / (tp + fn)
        macro_p = sum(p for p, _ in per_article) / len(per_article)
        macro_r = sum(r for _, r in per_article) / len(per_article)
        scores[kind] = (precision, recall)
        with capsys.disabled():
            print(f"\n{kind}: micro precision {precision:.2f} recall {recall:.2f};"
                  f" per-article mean precision {macro_p:.2f} recall {macro_r:.2f}")
    # The annotation lists each article's salient names only; the recognizer names every one
    # (Beirut, the Middle East… are right but not in the list), so precision here reads low.
    for kind in ("person", "org", "place"):
        assert scores[kind][0] >= 0.7 and scores[kind][1] >= 0.9, scores


def test_arabic_article_resolves_to_the_english_canonical_names(seeds_dir, gold_002):
    path = seeds_dir / "002_7672ffc435d8e842.txt"
    page = parse_page(str(path), path.read_bytes())
    Names().find([page])
    arabic = next(a for a in page.articles if a.lang == "ar")
    found = Resolver().resolve(arabic.mentions)[0]
    gold = next(g for g in gold_002["pages"][0]["articles"] if g["lang"] == "ar")["entities"]
    for kind in ("person", "org"):
        assert set(gold[kind]) <= set(found[kind]) | {"Foreign Policy"}, (kind, found[kind])


@pytest.mark.parametrize("text", ["", "\u064b\u064c \u0670", "’s", "ـــ", "A", "و", "’", "Al-", "al- al-"])
def test_odd_text_yields_no_names_and_no_error(text):
    assert find_mentions(text) == []


BREAK = 1 << 20


@pytest.mark.parametrize("text, words, gaps", [
    ("Hussein’s men", ["Hussein", "men"], [0, 3, 0]),            # the possessive joins the gap
    ("NWA'S <NWA> said", ["NWA", "NWA", "said"], [0, 2 + BREAK, BREAK, 0]),   # "<" ends a name
    ("Asa'ib's fighters", ["Asa'ib", "fighters"], [0, 3, 0]),
    ("X's'y and a's", ["X's'y", "and", "a"], [0, 1, 1, 2]),      # 's inside a word stays in it
    ("  قال  سليماني،", ["قال", "سليماني"], [2, 2, BREAK]),
])
def test_words_leave_a_possessive_out_and_keep_their_places(text, words, gaps):
    from index.entities import _Words
    found = _Words(text)
    assert found.raw == words and found.gap == gaps
    assert [text[found.start(k):found.end(k)] for k in range(len(words))] == words


def test_a_possessive_ends_a_name():
    names = [(m.entity_id, m.surface) for m in find_mentions("Commander Qassem Soleimani’s convoy reached Baghdad")]
    assert names == [("person:qassem-soleimani", "Qassem Soleimani"), ("place:baghdad", "Baghdad")]


def test_fahras_entities_lists_names_counts_and_spellings(index_root):
    import json

    from click.testing import CliRunner

    from cli.main import main
    out = CliRunner().invoke(main, ["entities", "--json", "--type", "org", "--top", "5",
                                    "--index", str(index_root)])
    assert out.exit_code == 0, out.output
    rows = json.loads(out.output)
    assert 0 < len(rows) <= 5 and all(r["type"] == "org" for r in rows)
    assert [r["articles"] for r in rows] == sorted((r["articles"] for r in rows), reverse=True)
    isis = next(r for r in rows if r["name"] == "ISIS")
    assert len(isis["variants"]) >= 2 and any("داعش" in v for v in isis["variants"])
    text = CliRunner().invoke(main, ["entities", "--no-bidi", "--index", str(index_root)])
    assert "ISIS (" in text.output


def test_a_name_never_runs_across_a_line_break():
    """A headline in capitals and the body's first words are not one organization."""
    orgs = [m.surface for m in find_mentions("ACME <ACM> SIGNS SUPPLY DEAL\n\nAcme Widgets Inc said on Monday")
            if m.type == "org"]
    assert "Acme Widgets Inc" in orgs and not [o for o in orgs if "DEAL" in o or "\n" in o]
    assert all("\n" not in m.surface for m in find_mentions("he met Sayyed Hassan\nNasrallah in Beirut"))
    assert "person:hassan-nasrallah" in {m.entity_id for m in find_mentions("Sayyed Hassan Nasrallah\nin Beirut")}


@pytest.mark.parametrize("text, unwanted", [
    ("Shares of General Motors Corp <GM> fell, General Electric Co <GE> said.", "<"),
    ("AETNA <AET> REACHES AGREEMENT TO BUY COMPANY", "REACHES"),
    ("قال الرئيس الروسي فلاديمير بوتين إن", "الروسي"),
    ("وقال المدير التنفيذي للشركة إن الأرباح", "للشركة"),
    ("وصل الوزير الثاني لرئيس الحكومة", "لرئيس"),
])
def test_found_names_are_not_fragments(text, unwanted):
    """Markup between words, a headline in capitals, an adjective after a title and a noun with
    a preposition are never parts of a discovered name."""
    assert not [m.surface for m in find_mentions(text) if unwanted in m.surface]


def test_an_arabic_name_is_not_cut_after_bin():
    names = [m.surface for m in find_mentions("وقال الشيخ حمد بن جاسم في المؤتمر")]
    assert "حمد بن جاسم" in names and "حمد بن" not in names


def test_a_title_opening_a_company_name_stays_in_it():
    names = {(m.type, m.surface) for m in find_mentions("The strike at General Motors Corp ended.")}
    assert ("org", "General Motors Corp") in names


def test_a_short_reference_is_the_longer_name_in_the_same_article():
    """"the Budget Committee" after "House Budget Committee" is one organization; a gazetteer
    entity inside a longer name keeps its own identity (South Sudan is not Sudan)."""
    text = ("The House Budget Committee met on Monday. Chairman William Gray said the "
            "Budget Committee would vote. Officials in Sudan and South Sudan spoke.")
    names, variants = Resolver().resolve(find_mentions(text))
    assert "Budget Committee" not in names["org"] and "House Budget Committee" in names["org"]
    assert ["org", "House Budget Committee", "Budget Committee"] in variants
    assert {"Sudan", "South Sudan"} <= set(names["place"])


@pytest.mark.parametrize("text, wanted, unwanted", [
    ("وقالت ووزارة الداخلية في بيان", None, "ووزارة"),
    ("استقبل الشيخ وسمو ولي العهد الوفد", None, "ولي"),
    ("قال الوزير رئيس مجلس الإدارة", None, "رئيس مجلس"),
])
def test_arabic_names_leave_out_conjunctions_and_offices(text, wanted, unwanted):
    found = [(m.type, m.surface) for m in find_mentions(text)]
    if wanted:
        assert wanted in found
    assert not [s for _, s in found if s.startswith(unwanted)]


@pytest.mark.parametrize("printed, name", [("CANADA", "Canada"), ("DIAMOND CRYSTAL SALT", "Diamond Crystal Salt"),
                                           ("ABU MAHDI AL-MUHANDIS", "Abu Mahdi al-Muhandis"),
                                           ("U.S. TREASURY", "U.S. Treasury"), ("NATO", "NATO"), ("IRGC", "IRGC"),
                                           ("McAndrews and Forbes", "McAndrews and Forbes"), ("كندا", "كندا")])
def test_a_name_first_printed_in_capitals_is_named_in_title_case(printed, name):
    assert tidy_name(printed) == name
