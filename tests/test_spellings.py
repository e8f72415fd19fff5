"""Filter values as people type them (search/spellings.py): any spelling the archive printed for an
entity, in any case, filters as its canonical name. The oracle: the records' own spellings table
read here (which entity carries a spelling most often) and the filter by the canonical name."""
from __future__ import annotations

import pytest
from hypothesis import given, settings, strategies as st

from index.normalize import fold
from index.records_store import RecordStore
from search.engine import run
from search.reader import LiveIndex
from search.request import SearchRequest

NO_SUCH = "Qwxz Nobody"


@pytest.fixture(scope="module")
def seeds(seeds_root):
    return LiveIndex(seeds_root).open()


@pytest.fixture(scope="module")
def printed(seeds):
    """(type, spelling, canonical name) for every spelling whose folded form one entity carries
    more often than any other entity (ties are left out: either answer would do)."""
    records = RecordStore(seeds.path)
    try:
        spelled = records.spellings()
    finally:
        records.close()
    best: dict[tuple[str, str], list[tuple[int, str, str]]] = {}
    for (kind, name), spellings in spelled.items():
        for spelling, copies in spellings.items():
            best.setdefault((kind, " ".join(fold(spelling).casefold().split())), []).append((copies, name, spelling))
    rows = []
    for (kind, _), carriers in sorted(best.items()):
        carriers.sort(reverse=True)
        if len(carriers) == 1 or carriers[0][0] > carriers[1][0]:
            rows.append((kind, carriers[0][2], carriers[0][1]))
    assert len({name for _, _, name in rows}) >= 20 and any(s != n for _, s, n in rows)
    return rows


def _ids(version, **filters) -> tuple[list[str], dict]:
    result = run(version, SearchRequest(per_page=100, **filters))
    return [h.id for h in result.hits], result.query


@settings(max_examples=120, deadline=None)
@given(data=st.data(), case=st.sampled_from([str, str.lower, str.upper, lambda s: f"  {s} "]))
def test_a_printed_spelling_filters_as_its_entity(seeds, printed, data, case):
    kind, spelling, name = data.draw(st.sampled_from(printed))
    expected, _ = _ids(seeds, **{kind: [name]})
    assert expected
    got, query = _ids(seeds, **{kind: [case(spelling)]})
    assert got == expected
    assert query[kind] == [name]


def test_a_value_no_one_printed_matches_nothing(seeds, printed):
    for kind in ("person", "org", "place", "outlet"):
        result = run(seeds, SearchRequest(**{kind: [NO_SUCH]}))
        assert result.total == 0 and result.query[kind] == [NO_SUCH]


def test_spellings_of_one_entity_in_both_scripts(seeds):
    """The gazetteer's entity, typed by its English alias and its Arabic spelling, and an outlet
    in lower case: the same articles as the canonical values."""
    for kind, canonical, typed in (("person", "Qassem Soleimani", "سليماني"), ("person", "Qassem Soleimani", "qasem soleimani"),
                                   ("org", "ISIS", "Daesh")):
        expected, _ = _ids(seeds, **{kind: [canonical]})
        assert expected, canonical
        assert _ids(seeds, **{kind: [typed]})[0] == expected, typed
    outlets = [f["value"] for f in run(seeds, SearchRequest()).facets["outlet"]]
    assert _ids(seeds, outlet=[outlets[0].lower()])[0] == _ids(seeds, outlet=[outlets[0]])[0]


def test_the_web_search_moves_to_the_names_the_index_holds(client):
    """A search page typed with another spelling redirects to the same search under the canonical
    names, so its facet links, chips and pages all speak of one value."""
    from urllib.parse import parse_qs, urlsplit
    people = client.get("/api/search?q=*").get_json()["facets"]["person"]
    name = next(p["value"] for p in people if p["value"].lower() != p["value"])
    moved = client.get("/search", query_string={"person": name.lower(), "hl": "ar", "q": "*"})
    assert moved.status_code == 302
    kept = parse_qs(urlsplit(moved.headers["Location"]).query)
    assert kept == {"person": [name], "hl": ["ar"], "q": ["*"]}
    assert client.get("/search", query_string={"person": name, "q": "*"}).status_code == 200
    assert client.get("/search", query_string={"person": NO_SUCH}).status_code == 200


def test_any_printed_alias_of_an_outlet_filters_as_the_outlet(seeds):
    """Every alias in outlets.toml of an outlet the index holds (either script, any case) gives
    the articles the canonical name gives."""
    import tomllib
    from pathlib import Path
    table = tomllib.loads((Path(__file__).resolve().parent.parent / "index/data/outlets.toml").read_text("utf-8"))
    held = {o["name"]: o.get("aliases", []) for o in table["outlet"]}
    names = [n for n in held if _ids(seeds, outlet=[n])[0]]
    assert names
    for name in names:
        want = _ids(seeds, outlet=[name])[0]
        for alias in held[name]:
            for typed in (alias, alias.lower()):
                got, query = _ids(seeds, outlet=[typed])
                assert got == want and query["outlet"] == [name], (typed, name)


def test_the_names_across_scripts_are_read_row_by_row_as_from_the_spellings(seeds_root):
    """``name_words`` reads the records' spellings row by row when nothing else read them (a web
    worker does not keep the spellings by entity for it: 69 MB at full size), and finds the same
    names as when they were read by entity."""
    from index.records_store import RecordStore
    from search.spellings import Spellings
    from search.transliteration import NameWords
    version = LiveIndex(seeds_root).open().path
    streamed = Spellings(version).name_words()
    records = RecordStore(version)
    whole = NameWords((spelling, copies) for spellings in records.spellings().values()
                      for spelling, copies in spellings.items())
    records.close()
    assert streamed._by_skeleton == whole._by_skeleton and streamed._by_skeleton
    for word in ("Soleimani", "Nasrallah", "Erbil", "سليماني"):
        assert streamed.across(word) == whole.across(word)
