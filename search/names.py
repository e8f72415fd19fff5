"""Entity names as a reader sees them: the canonical name, or its Arabic form on an Arabic page."""
from __future__ import annotations

from index.entities import TYPES, gazetteer
from index.normalize import fold


def same_name(printed: str, name: str) -> bool:
    """Whether a name as printed is the name shown (case, spacing and Arabic letter forms aside)."""
    return fold(printed) == fold(name)


def display_name(kind: str, name: str, lang: str) -> str:
    """``name`` (a canonical English name) in ``lang`` where the gazetteer has it; discovered names
    are shown as they were first spelled."""
    if lang == "ar" and kind in TYPES:
        return gazetteer().arabic_name(kind, name) or name
    if lang == "ar" and kind == "speaker":              # a quotation's: a person or an organization
        return next((n for k in ("person", "org") if (n := gazetteer().arabic_name(k, name))), name)
    return name
