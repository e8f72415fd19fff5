"""A wire's body is printed in lines of about 70 characters: a line break after no sentence's end,
not before a quotation or a blank line, is a wrap, read as a space (the text keeps its length, so
offsets are the body's). Names and quotations are read in the unwrapped text: "the Securities
and\\nExchange Commission" is one name."""
from __future__ import annotations

import re

WRAP = re.compile(r"(?<![.!?؟:\"”»\n])\n(?![\n“«\"])")


def unwrapped(text: str) -> str:
    """The text with its wraps read as spaces, of the same length."""
    return WRAP.sub(" ", text)
