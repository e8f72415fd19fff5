"""Text for people to read: invisible direction controls made visible.

An article (or a query) can carry Unicode's explicit direction overrides and embeddings (U+202A-E,
U+2066-9). Printed as they are, an override reverses the letters after it ("gnp.exe" reads
"exe.png"), which is how filenames and claims are spoofed. Every human-facing output (the HTML
pages, CSV, Atom, the terminal) shows them as "[U+202E]" instead. The JSON API keeps the text as
stored: it is data, escaped by the JSON encoding, and a client decides how to show it.
"""
from __future__ import annotations

BIDI_CONTROLS = "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"
_VISIBLE = str.maketrans({c: f"[U+{ord(c):04X}]" for c in BIDI_CONTROLS})


def visible_controls(text: str) -> str:
    """text with each direction control replaced by its code point in brackets."""
    return text.translate(_VISIBLE) if text else text
