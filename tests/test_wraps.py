"""A wire's wrapped lines (index/wraps.py) against a plain reading of the rule, character by
character: a line break is a space after no sentence's end, quote mark or line break and before no
line break or opening quote, or after a closing quote mark before a lower-case letter; the text
keeps its length and every other character."""
from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from index.wraps import readable, unwrapped

_ENDS = set('.!?؟:"”»\n')
_OPENS = set('\n“«"')


def _by_hand(text: str) -> str:
    out = list(text)
    for i, char in enumerate(text):
        if char != "\n":
            continue
        before, after = text[i - 1:i], text[i + 1:i + 2]
        if before not in _ENDS and after not in _OPENS or before in ('"', "”") and "a" <= after <= "z":
            out[i] = " "
    return "".join(out)


@settings(max_examples=3000, deadline=None)
@given(st.text(alphabet='ab A.:?!؟"”“«»\nو', max_size=30))
def test_a_wrap_is_read_as_a_space_and_nothing_else_changes(text):
    assert unwrapped(text) == _by_hand(text)


def test_a_wires_lines():
    text = 'Financier Carl\nLindner said.\n"It is worthwhile,"\nhe said.\n\nNew paragraph\n"Quoted"'
    assert unwrapped(text) == 'Financier Carl Lindner said.\n"It is worthwhile," he said.\n\nNew paragraph\n"Quoted"'


def test_a_real_wires_name_over_two_lines_is_one_name_and_its_speaker():
    """A Reuters wire of the corpus (../shared) prints "told the Securities and\\nExchange Commission"
    and "Financier Carl Lindner" on wrapped lines: the ingester's text (index/names.py text_of) holds
    the commission as one name, and the quotation after "told" is Lindner's."""
    from types import SimpleNamespace

    from index.entities import find_mentions
    from index.names import text_of
    from index.quotes import quotations
    from tests.conftest import shared_path
    from tests.quotes_gold import corpus_bodies

    body = corpus_bodies(shared_path(), {"reuters21578:3413"})["reuters21578:3413"]
    mentions = find_mentions(text_of(SimpleNamespace(title="", body=body)))
    assert "Securities and Exchange Commission" in {" ".join(m.surface.split()) for m in mentions}
    told = [q for q in quotations(body, "en") if q.cue == "told"]
    assert [(q.speaker, q.text.split()[:3]) for q in told] == [("Carl Lindner", ["he", "has", "discussed"])]


def _hashtags_by_hand(text: str) -> str:
    """A "#" opening a word (no word character or "#" before it) and followed by a letter starts a
    hashtag running over letters, digits and single "_" between them; it is read as its words with
    one space after them."""
    out, i = [], 0
    while i < len(text):
        if text[i] == "#" and (i == 0 or not (text[i - 1].isalnum() or text[i - 1] in "_#")) and \
                i + 1 < len(text) and text[i + 1].isalpha():
            j = i + 1
            while j < len(text) and (text[j].isalnum() or text[j] == "_" and j + 1 < len(text) and text[j + 1].isalnum()
                                     and text[j - 1] != "_"):
                j += 1
            out.append(text[i + 1:j].replace("_", " ") + " ")
            i = j
        else:
            out.append(text[i])
            i += 1
    return "".join(out)


@settings(max_examples=3000, deadline=None)
@given(st.text(alphabet="ab1#_ .،عم", max_size=30))
def test_a_hashtag_is_read_as_its_words_and_nothing_else_changes(text):
    assert readable(text) == _hashtags_by_hand(text) and len(readable(text)) == len(text)


def test_a_hashtags_name_is_found_and_speaks():
    """"#محمود_عباس" is Mahmoud Abbas: the gazetteer finds him, and he is the speaker."""
    from index.entities import find_mentions
    from index.quotes import quotations
    body = "وقال #محمود_عباس إن المجلس الوطني سينعقد على أرض #فلسطين قريبا."
    assert {"Mahmoud Abbas", "Palestine"} <= {_name(m.entity_id) for m in find_mentions(readable(body)) if m.entity_id}
    [quote] = quotations(body, "ar")
    assert (quote.speaker, quote.speaker_surface) == ("Mahmoud Abbas", "محمود عباس")


def _name(entity_id: str) -> str:
    from index.gazetteer import gazetteer
    return gazetteer().entities[entity_id].name


def test_the_ingesters_names_are_found_in_a_hashtag():
    from types import SimpleNamespace

    from index.entities import find_mentions
    from index.names import text_of
    article = SimpleNamespace(title="#الصين تخفض الرسوم", body="أعلنت #وزارة_المالية_الصينية أن #الصين ستخفض الرسوم.")
    text = text_of(article)
    assert "China" in {_name(m.entity_id) for m in find_mentions(text) if m.entity_id}
    assert "#" not in text and "_" not in text
