"""A wire's body is printed in lines of about 70 characters. A line break is a wrap, read as a
space, after no sentence's end and before no quotation or blank line, or after a closing quote
mark when the next line goes on in lower case ('"…,"\\nhe said'). The text keeps its length, so
offsets are the body's. Names and quotations are read in the unwrapped text: "the Securities
and\\nExchange Commission" is one name."""
from __future__ import annotations

import re

WRAP = re.compile(r"\n(?:(?<![.!?؟:\"”»\n]\n)(?![\n“«\"])|(?<=[\"”]\n)(?=[a-z]))")   # "\n" first: a fast scan


def unwrapped(text: str) -> str:
    """The text with its wraps read as spaces, of the same length."""
    return WRAP.sub(" ", text)


HASHTAG = re.compile(r"(?<![\w#])#(?=[^\W\d_])[^\W_]+(?:_[^\W_]+)*")


def readable(text: str) -> str:
    """The text names and quotations are read in: unwrapped, and each hashtag read as its words,
    its "_" as spaces and its "#" as a space after it ("دونالد #ترمب،": "دونالد ترمب ،", one space
    inside the name). The same length as the text."""
    text = unwrapped(text)
    if "#" not in text:
        return text
    return HASHTAG.sub(lambda m: m.group(0)[1:].replace("_", " ") + " ", text)
