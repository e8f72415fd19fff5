"""The boilerplate table: every rule matches its examples, and article text is left alone."""
import pytest

from index import boilerplate
from index.lines import DROP, HEADER, IMAGE, MARKER, STUB, classify
from index.page import text_lines
from index.segment import segment

EXAMPLES = [(rule, example) for rule in boilerplate.RULES for example in rule.examples]


@pytest.mark.parametrize("rule, example", EXAMPLES, ids=[f"{r.name}:{e[:20]}" for r, e in EXAMPLES])
def test_each_rule_matches_its_examples(rule, example):
    assert boilerplate.match(example) is rule


@pytest.mark.parametrize("rule, example", EXAMPLES, ids=[f"{r.name}:{e[:20]}" for r, e in EXAMPLES])
def test_each_rule_gives_its_line_kind(rule, example):
    kind = classify(1, example).kind
    expected = {"videos": HEADER, "related": HEADER, "teasers": HEADER, "image": IMAGE,
                "marker": MARKER, "stub": STUB, "drop": DROP}[rule.kind]
    assert kind == expected


@pytest.mark.parametrize("line", [
    "Related talks between Baghdad and Washington resumed on Monday.",
    "The video shows the convoy burning near Samarra.",
    "Source: Press TV",
    "Sheikh Qais al-Khazali, Secretary General of the Asa’ib Ahl al-Haq movement:",
    "تستمر إدارة الرئيس الأميركي الحالي دونالد ترامب في بعث الرسائل",
    "Share prices fell sharply in Riyadh.",
    "REUTER",
])
def test_article_text_is_not_boilerplate(line):
    assert boilerplate.match(line) is None


def test_positional_rules():
    page = "\n".join([
        "A Headline About the Talks in Baghdad", "", "27 Jul 2021", "",
        "Visual search query image", "A caption under the image", "",
        "The first paragraph of the article is long enough to be a paragraph on its own, and it ends.",
        "", "Blinken", "Secretary of State at the State Department (photo by Reuters).", "",
        "The second paragraph follows the alt text and caption pair and is kept as article text.",
        "", "Related Videos", "", "A lone video title", "Another video title", "", "Related News",
    ])
    lines = text_lines(page)
    parts = segment(lines)
    rules = {line.text: line.rule for line in lines if line.kind == DROP}
    assert rules["A caption under the image"] == "image-caption"
    assert rules["Blinken"] == rules["Secretary of State at the State Department (photo by Reuters)."] \
        == "alt-caption-pair"
    assert [v.text for v in parts.video_titles] == ["A lone video title", "Another video title"]
    assert [p.text[:14] for p in parts.articles[0].body] == ["The first para", "The second par"]
    assert set(boilerplate.POSITIONAL_RULES) >= set(rules.values()) - {r.name for r in boilerplate.RULES}


@pytest.mark.parametrize("title", ["DIGITAL <DCAI.O> TO ACQUIRE FOX <FOXT.O> UNIT", "Talks in Baghdad Resume After a Pause",
                                   "استئناف المحادثات في بغداد بعد توقف"])
def test_a_title_printed_twice_glued_is_no_alt_text_and_caption(title):
    """A short line and the same line glued under it, after a paragraph, over a paragraph: a
    title and the title printed again (an article with no header block), not an image's alt text
    and caption."""
    first = "The first paragraph of the article is long enough to be a paragraph on its own, and it ends."
    second = "The second article's first paragraph says what it reports, at length, as a paragraph does."
    lines = text_lines(f"A Headline About the Talks in Baghdad\n\n27 Jul 2021\n\n{first}\n\n{title}\n{title}\n\n{second}")
    articles = segment(lines).articles
    assert [a.title.text for a in articles] == ["A Headline About the Talks in Baghdad", title]
    assert [l.text for l in articles[1].body] == [second]


@pytest.mark.parametrize("deck", ["▪ Digital Communications Associates Inc <DCAI.O>", "The company buys a research unit"])
def test_a_wire_headline_in_capitals_over_a_glued_deck_starts_an_article(deck):
    """A line in capitals and a shorter one glued under it, after a paragraph and over one: a
    wire headline and its deck, not an image's alt text and caption."""
    first = "The first paragraph of the article is long enough to be a paragraph on its own, and it ends."
    second = "The second article's first paragraph says what it reports, at length, as a paragraph does."
    title = "DIGITAL <DCAI.O> TO ACQUIRE FOX <FOXT.O> UNIT"
    lines = text_lines(f"A Headline About the Talks in Baghdad\n\n27 Jul 2021\n\n{first}\n\n{title}\n{deck}\n\n{second}")
    articles = segment(lines).articles
    assert [a.title.text for a in articles] == ["A Headline About the Talks in Baghdad", title]
    assert articles[1].body[-1].text == second and first not in [l.text for l in articles[1].body]
