"""Entity names as a reader sees them: the canonical name, or its Arabic form on an Arabic page."""
from __future__ import annotations

from index.entities import TYPES, gazetteer


def display_name(kind: str, name: str, lang: str) -> str:
    """``name`` (a canonical English name) in ``lang`` where the gazetteer has it; discovered names
    are shown as they were first spelled."""
    if lang == "ar" and kind in TYPES:
        return gazetteer().arabic_name(kind, name) or name
    return name
