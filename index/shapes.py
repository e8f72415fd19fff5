"""The shapes of printed lines that say what a line is: a sentence's end, a paragraph, a title,
a sub-headline (deck), a line in capitals, a lone person's name, the same title printed twice."""
from __future__ import annotations

import re

from .common_words import common_arabic_words
from .credit_words import HONORIFICS
from .gazetteer import gazetteer
from .lines import Line
from .normalize import alnum_key, fold

_TERMINAL = ".!?؟…"
_CLOSERS = "\"'”’»)]"
_ABBREVIATION_END = re.compile(r"\b\w\.\w\.$")
LATIN = re.compile(r"[A-Za-z]")
_UPPER = re.compile(r"[A-Z]")
_AR_FUNCTION_WORDS = frozenset("من في على عن إلى الى مع هل ما لا لم لن قد ثم أو او بعد قبل عند".split())


def ends_sentence(text: str) -> bool:
    stripped = text.rstrip(_CLOSERS + " ")
    return bool(stripped) and stripped[-1] in _TERMINAL


def introduces(text: str) -> bool:
    """A sentence of the article's ending with a colon: it introduces the lines under it (a
    table, a list of results): "... adjusted the rates on its short-term notes as follows:". A
    section header ending with one is shorter ("Related Posts:")."""
    return text.rstrip().endswith((":", "：")) and len(text.split()) >= INTRODUCING_WORDS


INTRODUCING_WORDS = 8


def is_paragraph(line: Line) -> bool:
    return paragraph_text(line.text)


def paragraph_text(text: str) -> bool:
    """A paragraph: 150 characters or more, or a sentence of 12 words or more."""
    return len(text) >= 150 or (len(text.split()) >= 12 and ends_sentence(text))


def title_shaped(text: str) -> bool:
    words = text.split()
    if not 2 <= len(words) <= 40 or len(text) > 300 or "http" in text:
        return False
    if text[0] in "-–—•*·>" or text[-1] in ",;:،؛":
        return False
    if text[-1] == "." and not (is_all_caps(text) or _ABBREVIATION_END.search(text)):
        return False
    return True


def is_all_caps(text: str) -> bool:
    upper = len(_UPPER.findall(text))
    if upper < 8:                   # 8 letters, 90% of them capitals: 8 capitals at least
        return False
    letters = len(LATIN.findall(text))
    return upper >= 0.9 * letters and len(text.split()) >= 3


def name_like(text: str) -> bool:
    """A lone author name: "Ben Norton", "Elijah J. Magnier", "عمرو علان", "Mohammed al-Ali", with
    a dash, a bullet or a pen before it ("— Ben Norton", "✍️ عمرو علان")."""
    return lone_name(text) is not None


def lone_name(text: str) -> str | None:
    """The name a lone-name line prints (``name_like``), without the marks around it; two names
    joined by a mark ("A & B", "A | B", "A; B", "A / B", in Latin "A with B", "A and B") as "A;
    B", when neither is a place, an organization or a person the gazetteer knows ("Iraq |
    Syria"). Not by a comma, or by "و" in Arabic, which has no capitals to tell names by: a
    headline's ("ترامب يهدد، إيران ترد")."""
    if text[:1] in _MARK_ENDS or text[-1:] in _MARK_ENDS:
        text = _NAME_MARKS.sub("", text)
    first, _, rest = text.partition(" ")
    if rest and fold(first).rstrip(".") in HONORIFICS:
        text = rest                        # "د. A", "Dr. A": the title is no part of the name
    parts = (_LATIN_PAIR if LATIN.search(text) else _ARABIC_PAIR).split(text)
    if len(parts) == 2:
        names = [_one_name(part.strip()) for part in parts]
        return "; ".join(names) if all(names) and not any(_names_a_thing(n) for n in names) else None
    return _one_name(text)


def _one_name(text: str) -> str | None:
    words = text.split()
    if not 2 <= len(words) <= 4 or len(text) > 40 or any(c.isdigit() for c in text):
        return None
    if text[-1] in _TERMINAL + ":,;" and not text.endswith("."):
        return None
    if ":" in text:
        return None                     # "حوار: A" is a label and a name, not a name
    if LATIN.search(text):
        named = all(w[0].isupper() or w.lower() in _PARTICLES or _PARTICLE_NAME.match(w) for w in words)
        return text if named and not is_all_caps(text) else None
    named = len(words) <= 3 and all("\u0600" <= w[0] <= "\u06ff" and w not in _AR_FUNCTION_WORDS for w in words)
    return text if named and fold(words[0]) not in common_arabic_words() else None     # "حجم الخط", "ربما فاتك"


def _names_a_thing(name: str) -> bool:
    """A place, an organization or a public figure the gazetteer knows: a headline's two, no
    writers ("Iraq | Syria", "Donald Trump and Kim Jong Un")."""
    words = [fold(w) for w in name.split()]
    return bool((gazetteer().kinds(words) | gazetteer().kinds(words[:1])) & {"place", "org", "person"})


_LATIN_PAIR = re.compile(r"\s*(?:[&·|/;]|\bwith\b|\band\b)\s*")
_ARABIC_PAIR = re.compile(r"\s*[&·|/;؛]\s*")
_PARTICLES = frozenset(("al-", "bin", "ibn", "de", "van", "von", "el-"))
_PARTICLE_NAME = re.compile(r"(?:al|el|an|ar|as|ash|at|az|ad|ibn|bin|abu|bint)-[A-Z]")   # "al-Ali", "bin-Salman"
# a dash, bullet or pen before a lone name, a dash after it ("— A", "✍️ A"); in quotes it is a deck
# quoting the lead's first words ("“Petroleos de Venezuela, PDVSA”")
_NAME_MARKS = re.compile(r"^[\s\-–—•·*✍📝🖊✏\ufe0f]+|[\s\-–—]+$")
_MARK_ENDS = frozenset(" \t-–—•·*✍📝🖊✏\ufe0f")


def quotes_the_opening(line: str, paragraph: str, chars: int, within: int | None = None) -> bool:
    """``line`` prints the first ``chars`` letters and digits of ``paragraph`` (starting within
    ``within`` of its own start, when given: after a label or a speaker's name): a deck quoting
    the lead."""
    opening = alnum_key(paragraph)[:chars]
    at = alnum_key(line).find(opening) if len(opening) == chars else -1
    return at >= 0 and (within is None or at <= within)


def same_title(a: str, b: str) -> bool:
    ka, kb = alnum_key(a), alnum_key(b)
    if not ka or not kb:
        return False
    if ka == kb:
        return True
    short, long_ = sorted((ka, kb), key=len)
    return long_.startswith(short) and len(short) >= 0.8 * len(long_)


def deck_shaped(text: str) -> bool:
    """A sub-headline under a title: title-shaped once a leading dash is taken off ("— The
    Treasury said"), not a paragraph; a question, an exclamation or an ellipsis (the lead cut
    short) may end it, and a full stop when it is a short sentence (fewer than 12 words: "The
    Treasury said it would expand."). A deck that could not be a title says which line is."""
    if len(text) > 200:
        return False
    core = text.lstrip(_LEADERS + " ")
    end = core.rstrip(_CLOSERS + " ")
    if end.endswith(("...", "…")):
        cut = end.rstrip(".… ")
        return 2 <= len(cut.split()) <= 40 and title_shaped(cut)
    if end.endswith("."):
        cut = end.rstrip(". ")
        return len(core.split()) < 12 and len(core) < 150 and bool(cut) and title_shaped(cut)
    return bool(core) and title_shaped(core)


_LEADERS = "-–—•*·>"
