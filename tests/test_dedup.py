"""Stable ids from content: reposts, truncated copies, quote and spacing variants, lookalikes."""
from index.dedup import Deduplicator
from index.records import Article, Source

LEAD = ("Iraq’s Asaib Ahl al-Haq resistance movement said the Iraqi government is not entitled to "
        "keep any foreign forces in the country without the authorization of the parliament, "
        "and called on the prime minister to set a timetable for the withdrawal. ")
MORE = "He said the strategic talks were useless. " * 20


def art(body: str) -> Article:
    return Article(title="t", body=body, lang="en", source=Source("p"))


def ids(*bodies: str) -> list[str]:
    dedup = Deduplicator()
    return [dedup.assign(art(b)).id for b in bodies]


def test_same_text_same_id_across_runs():
    assert ids(LEAD + MORE) == ids(LEAD + MORE)
    assert len(ids(LEAD + MORE)[0]) == 16


def test_repeat_is_flagged_after_the_first():
    dedup = Deduplicator()
    first, second = dedup.assign(art(LEAD + MORE)), dedup.assign(art(LEAD + MORE))
    assert (first.duplicate, second.duplicate) == (False, True)


def test_variants_are_the_same_article():
    straight = (LEAD + MORE).replace("’", "'")
    spaced = (LEAD + MORE).replace(" ", "  ").replace(",", " ,")
    truncated = LEAD + MORE[:80]
    assert len(set(ids(LEAD + MORE, straight, spaced, truncated))) == 1


def test_truncated_copy_seen_first_still_matches():
    assert len(set(ids(LEAD, LEAD + MORE))) == 1


def test_articles_sharing_a_lead_but_differing_later_are_different():
    other = LEAD + "A different second paragraph about the budget deficit and taxes. " * 10
    first, second = ids(LEAD + MORE, other)
    assert first != second


def test_a_copy_with_a_sub_headline_is_the_same_article():
    """One repost prints the deck above the body, the next does not: one article."""
    with_deck = "Spokesman: talks will resume next week\n\n" + LEAD + MORE
    assert len(set(ids(LEAD + MORE, with_deck))) == 1


def test_a_copy_with_short_lines_over_its_first_paragraph_is_the_same_article():
    """A label or a byline left over the lead in one repost (three at most) does not split it;
    nor do short lines of the article's own over the lead when one repost prints a deck above
    them (the deck is left out, then the short lines)."""
    plain = LEAD + "\n\n" + MORE
    for extra in ("Exclusive", "Report: Sarah Khalil", "Exclusive\n\nReport: Sarah Khalil",
                  "Exclusive\n\nReport: Sarah Khalil\n\nBeirut"):
        assert len(set(ids(plain, extra + "\n\n" + plain))) == 1, extra
    other = "A different lead about the harbour and the fuel convoys, which officials said " * 2
    assert len(set(ids("Exclusive\n\n" + plain, "Exclusive\n\n" + other + "\n\n" + MORE))) == 2
    own = "The list, as a site printed it.\n\nIt follows.\n\n10. Egypt\n\n" + plain
    assert len(set(ids(own, "Minister — the list as a site printed it\n\n" + own))) == 1
    table = "Shr 12 cts vs 10 cts\n\nNet 1.2 mln vs 1.1 mln\n\nRevs 9.1 mln vs 8.8 mln"
    assert len(set(ids(table, "Net 1.2 mln vs 1.1 mln\n\nRevs 9.1 mln vs 8.8 mln"))) == 2   # no paragraph: kept


def test_copies_of_a_short_article_with_other_short_lines_under_it_are_one_article():
    """A short article (its whole body inside the key) that one repost ends with an appeal, the
    next with a link, the next with a note naming the outlet and the next with nothing: one
    article, in whatever order they come; two short articles differing in a paragraph are still
    two."""
    short = LEAD + "\n\nThe talks resume on Monday in Baghdad."
    tails = ["", "\n\nGet breaking news alerts from our site", "\n\nRead also:\n\nShare this",
             "\n\nThis post originally appeared on رويترز and is republished here with permission.",
             "\n\nThis post originally appeared on REUTERS and is republished here with permission."]
    for order in ([0, 1, 2, 3, 4], [1, 2, 3, 4, 0], [3, 0, 1, 4, 2], [1, 0, 4, 3, 2]):
        assert len(set(ids(*(short + tails[k] for k in order)))) == 1, order
    other = LEAD + "\n\nThe prime minister rejected the demand in a statement issued later that night, "
    assert len(set(ids(short, other + "saying the forces were invited by the government."))) == 2
    table = "\n\n".join(["COMMODITY RESEARCH BUREAU PRICES INDEX FOR THE DAY"] * 6
                        + ["Shr 12 cts vs 10 cts", "Net 1.2 mln vs 1.1 mln", "Revs 9.1 mln vs 8.8 mln"])
    tomorrows = table.replace("Revs 9.1 mln vs 8.8 mln", "Revs 9.4 mln vs 8.1 mln")
    assert len(set(ids(table, tomorrows))) == 2          # a wire table's short lines are its text


def test_a_copy_with_a_deck_quoting_its_wire_tables_first_line_is_the_same_article():
    """A wire table's lines are all short (each could be a deck): a copy that prints a deck
    quoting the first line after a label ("Saleh: Consolidated group net ...") is the same
    article as one that does not."""
    table = ["Consolidated group net profit 1.88 billion francs vs 1.29 billion.",
             "Net financial and operating profit 1.11 billion vs 825.1 mln.",
             "Extraordinary earnings 774.7 mln vs 462.8 mln.", "Net dividend 165 francs vs 150."]
    plain = "\n\n".join(table)
    assert len(set(ids(plain, "Saleh: Consolidated group net profit 1.88 billion\n\n" + plain))) == 1
    # a paragraph that ends by introducing a table is the article's own first paragraph
    intro = ("The U.S. Agriculture Department reported the farmer-owned reserve national five-day average "
             "price through March 3 under the headings Natl Loan Release Call Avge, the department said.")
    row = "Natl Loan Release Call Avge Rate-X Level Price Price Oats 1.24 0.99 V 1.65 -- Barley n.a. 1.56" * 3
    assert len(set(ids(intro + "\n\n" + row + "\n\n" + plain, row + "\n\n" + plain))) == 2


def test_copies_crediting_the_outlet_by_other_aliases_under_the_body_are_one_article():
    """A bottom credit in a phrasing no table lists, read where credits stand ("Copyright
    REUTERS — syndicated"), is no text of the article: copies printing the outlet's name in
    another alias or script are the same article."""
    from index.extract import build_article
    from index.page import text_lines
    from index.segment import segment
    body = ("The French company, which produces lead-acid batteries, had sales in 1986 of 75 mln dlrs, "
            "the buyer said in a statement on Monday.\n\nThe purchase price was not disclosed, the company said.")
    dedup, ids = Deduplicator(), []
    for alias in ("REUTERS", "رويترز", "Reuters"):
        page = f"GNB JOINS IN LEVERAGED BUYOUT OF FRENCH UNIT\n\n24 Mar 1987\n\n{body}\n\nCopyright {alias} — syndicated"
        [block] = segment(text_lines(page)).articles
        article = build_article(block, "p.txt")
        assert article.outlet == "Reuters" and "syndicated" not in article.body
        dedup.assign(article)
        ids.append(article.id)
    assert len(set(ids)) == 1


def test_copies_with_an_editors_note_naming_the_outlet_in_other_aliases_are_one_article():
    """A closing note set apart by brackets naming the outlet where a credit would ("(... not been
    edited by REUTERS staff ...)") is left out of the content key: reposts print it in their own
    alias. A last paragraph of the article's own naming it ("He said in an interview with
    Reuters ...") is kept: a copy cut there is the same article as the whole one."""
    lead = ("Southern National Corp said its board approved increasing the dividend rate to 78 cts a year "
            "from 76 cts, effective with the next quarterly dividend.")
    note = "(Except for the headline, this story has not been edited by {} staff and is published from a feed.)"
    assert len(set(ids(*(f"{lead}\n\n{note.format(alias)}" for alias in ("REUTERS", "رويترز", "Reuters"))))) == 1
    said = ("He said in an interview with Reuters that after a few years it was likely South Korea would "
            "drop barriers to foreign goods and move toward a more balanced trade position.")
    whole = f"{lead}\n\n{said}\n\n{MORE}"
    assert len(set(ids(whole, f"{lead}\n\n{said}"))) == 1
