"""Boilerplate lines: the one table of what is not article text (``data/boilerplate.toml``).

Each rule is a regular expression, written in lower case and plain Arabic, that must match a
*whole* line after ``fold()`` (lower case, no accents, straight quotes, Arabic letters folded,
single spaces). The kind says what
the line does to the page besides being dropped:

  videos   section header after which lone video titles follow ("Related Videos")
  related  section header before reposted articles ("Related News", "MORE ON THE TOPIC:")
  teasers  section header before headline-only teasers ("Related Posts:")
  image    image placeholder: the line attached right below it is a caption
  marker   marks an article header and names no outlet: "Posted by BLOG on", an author's
           Twitter handle or bio line
  stub     "Source" with the name missing: part of an article header
  drop     anything else that is chrome: widgets, appeals, notes, URLs, bios

Positional rules (captions below an image line, an alt-text + caption pair, a lone short line
between an article's header and its first paragraph) depend on neighbours and live in
``segment.py``; their names are listed in ``POSITIONAL_RULES`` so reports can cite them.
"""
from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from importlib import resources

from .normalize import fold, normalize_arabic


@dataclass(frozen=True, slots=True)
class Rule:
    name: str
    kind: str
    pattern: str
    examples: tuple[str, ...]


def _load_rules() -> tuple[Rule, ...]:
    """The table, from index/data/boilerplate.toml (each rule: name, kind, pattern, examples)."""
    with resources.files("index").joinpath("data", "boilerplate.toml").open("rb") as handle:
        rows = tomllib.load(handle)["rule"]
    return tuple(Rule(r["name"], r["kind"], r["pattern"], tuple(r["examples"])) for r in rows)


RULES: tuple[Rule, ...] = _load_rules()

# Lines printed after an article's end: whatever title-shaped line follows them starts the next one.
ENDS_ARTICLE = frozenset({"donate-appeal", "telegram-appeal", "mailing-list", "separator", "end-mark",
                          "continue-reading", "bloggers-like", "archive-template"})

# Lines that send the reader on to the rest of the article: naming an outlet where a credit would
# ("اقرأ المزيد على موقع X", "Continue reading on X"), they say where it came from.
POINTS_TO_SOURCE = frozenset({"continue-reading"})

POSITIONAL_RULES = {
    "archive-template": "a short line this archive prints between many different articles (index/templates.py)",
    "image-caption": "a line attached right below an image placeholder",
    "alt-caption-pair": "two short attached lines standing alone: image alt text and caption",
    "header-alt-text": "a short unpunctuated line between an article's header and its body",
    "video-title": "a lone line under a 'Related Videos' header that starts no article",
    "title-repeat": "the title printed a second time",
}

# Patterns are written in plain Arabic; fold their letters the way lines are folded (ى -> ي, ة -> ه).
_COMBINED = re.compile("|".join(f"(?P<r{i}>{normalize_arabic(rule.pattern)})"
                                for i, rule in enumerate(RULES)))
_MAX_RULE_LINE = 420


def match(line: str) -> Rule | None:
    """The boilerplate rule a whole line matches, or None."""
    if len(line) > _MAX_RULE_LINE:
        return None
    m = _COMBINED.fullmatch(fold(line))
    return RULES[int(m.lastgroup[1:])] if m else None
