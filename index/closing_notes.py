"""An outlet named in an article's last line where a credit would name it, by a name that is no
common word: "(Except for the headline, this story has not been edited by Reuters staff and is
published from a syndicated feed.)". Not a credit (a sentence of the article's own), it is weaker
evidence of the outlet than one (index/extract.py) and stronger than a headline's house style;
and copies printing the note in another alias are the same article (index/dedup.py)."""
from __future__ import annotations

from .credits import credit_reader

MAX_CLOSING_NOTE = 300      # characters: a longer last paragraph is the article's own text


def closing_note(text: str) -> str | None:
    """The outlet a last line names where a credit would, if it is such a note."""
    reader = credit_reader()
    if len(text) > MAX_CLOSING_NOTE or not reader.names_an_outlet(text):
        return None
    return reader.credits_its_outlet(text)
