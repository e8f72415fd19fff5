"""Arabic words printed often and never in a person's name, as the annotated corpora tag them
(``index/data/arabic_common_words.txt``, made by ``python -m index.ner.common_words``): a line or
a run of words opening with one is no author's name ("حجم الخط", "font size"; "وحدة الرصد", "the
monitoring unit"). And the given names they open people's names with (``arabic_first_names.txt``,
made by the same script), with those of the gazetteer's people."""
from __future__ import annotations

from functools import cache
from importlib import resources


@cache
def common_arabic_words() -> frozenset[str]:
    text = resources.files("index").joinpath("data/arabic_common_words.txt").read_text("utf-8")
    return frozenset(line for line in text.split("\n") if line and not line.startswith("#"))


@cache
def arabic_first_names() -> frozenset[str]:
    """Folded words that open an Arabic person's name of two words or more, without the article:
    in the annotated corpora, or in the gazetteer ("منصور" in "منصور ثوابة"), but a stop word ("غير
    بيدرسن": Geir, and "not")."""
    from .analysis import ARABIC_STOPWORDS, stop_form
    from .gazetteer import gazetteer
    from .normalize import fold
    text = resources.files("index").joinpath("data/arabic_first_names.txt").read_text("utf-8")
    names = [e.ar.split() for e in gazetteer().entities.values() if e.type == "person" and e.ar]
    known = {fold(words[0]) for words in names if len(words) > 1 and not fold(words[0]).startswith("ال")   # "الملك
             and stop_form(words[0]) not in ARABIC_STOPWORDS}                                         # سلمان": a title
    return frozenset(line for line in text.split("\n") if line and not line.startswith("#")) | known
