"""A wire's wrapped lines (index/wraps.py) against a plain reading of the rule, character by
character: a line break is a space after no sentence's end, quote mark or line break and before no
line break or opening quote, or after a closing quote mark before a lower-case letter; the text
keeps its length and every other character."""
from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from index.wraps import unwrapped

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
