"""Credits and bylines in phrasings no table lists (index/credits.py): any known outlet, printed
by any of its aliases, with crediting words and punctuation around it in any order, is a credit;
a line with words of its own (a headline naming an outlet) is not; a person's name beside an
author cue or an outlet is a byline, the name as printed."""
from __future__ import annotations

import tomllib
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from index.credits import credit_reader

DATA = Path(__file__).resolve().parent.parent / "index" / "data"
OUTLETS = tomllib.loads((DATA / "outlets.toml").read_text("utf-8"))["outlet"]
ALIASES = [(alias, o["name"]) for o in OUTLETS for alias in [o["name"], *o.get("aliases", ())]]
CREDITING = ["via", "source", "courtesy of", "originally published by", "first appeared on", "credit",
             "copyright", "reported by", "نقلا عن", "المصدر", "منقول عن", "بحسب", "وفق", "خاص"]
PUNCTUATION = ["", ":", " |", " -", " —", ",", " /"]
CONTENT = ["killed", "bombing", "election", "ceasefire", "اغتيال", "انتخابات", "قصف", "talks collapse"]
NAMES = ["Sarah Khalil", "Omar Haddad", "Elena Stevens", "John Smith", "كريم درويش", "سعاد الزين", "هالة عمران"]
CUES = ["By", "Written by", "Author:", "Reporting by", "بقلم:", "كتب:", "إعداد:"]


@settings(max_examples=300, deadline=None)
@given(st.sampled_from(ALIASES), st.sampled_from(CREDITING), st.sampled_from(PUNCTUATION),
       st.booleans(), st.booleans())
def test_any_alias_with_crediting_words_around_it_is_a_credit(alias, words, mark, after, parens):
    printed, name = alias
    named = f"({printed})" if parens else printed
    line = f"{named}{mark} {words}" if after else f"{words}{mark} {named}"
    credit = credit_reader().read(line)
    assert credit is not None and credit.outlet == name, line


@settings(max_examples=200, deadline=None)
@given(st.sampled_from(ALIASES), st.sampled_from(CONTENT), st.booleans())
def test_a_line_with_words_of_its_own_is_no_credit(alias, content, after):
    printed, _ = alias
    line = f"{printed} {content} in the capital" if after else f"{content} after {printed} report on Gaza"
    assert credit_reader().read(line) is None, line


@settings(max_examples=200, deadline=None)
@given(st.sampled_from(NAMES), st.sampled_from(CUES), st.one_of(st.none(), st.sampled_from(ALIASES)),
       st.sampled_from([" |", " /", " -", ","]))
def test_a_name_beside_a_cue_or_an_outlet_is_a_byline(name, cue, alias, mark):
    line = f"{cue} {name}" + (f"{mark} {alias[0]}" if alias else "")
    credit = credit_reader().read(line)
    assert credit is not None and credit.author == name, line
    assert credit.outlet == (alias[1] if alias else None), line


def test_a_headline_in_capitals_with_by_in_it_is_no_byline():
    assert credit_reader().read("LYNG DISAPPOINTED BY CANADA CORN INJURY DECISION") is None
    assert credit_reader().read("Parent Headline From Al Mayadeen") is None
    assert credit_reader().read("في المدينة") is None             # "in the city": no crediting word


@pytest.mark.parametrize("line, authors", [
    ("بقلم: كريم درويش وسعاد الزين", "كريم درويش; سعاد الزين"),      # two names joined by و
    ("بقلم: وليد الحسيني", "وليد الحسيني"),                          # a name that starts with و
    ("BY OMAR FLEMING", "OMAR FLEMING"),                              # capitals after a leading cue
    ("Additional reporting by James Doyle and Omar Doyle", "James Doyle; Omar Doyle"),
])
def test_bylines_with_two_names_or_in_capitals(line, authors):
    credit = credit_reader().read(line)
    assert credit is not None and credit.author == authors


def test_function_words_around_an_outlet_credit_it_only_where_credits_stand():
    assert credit_reader().read("عن الميادين") is None
    assert credit_reader().placed_outlet("عن الميادين") == "Al Mayadeen"
