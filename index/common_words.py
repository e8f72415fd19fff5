"""Arabic words printed often and never in a person's name, as the annotated corpora tag them
(``index/data/arabic_common_words.txt``, made by ``python -m index.ner.common_words``): a line or
a run of words opening with one is no author's name ("حجم الخط", "font size"; "وحدة الرصد", "the
monitoring unit")."""
from __future__ import annotations

from functools import cache
from importlib import resources


@cache
def common_arabic_words() -> frozenset[str]:
    text = resources.files("index").joinpath("data/arabic_common_words.txt").read_text("utf-8")
    return frozenset(line for line in text.split("\n") if line and not line.startswith("#"))
