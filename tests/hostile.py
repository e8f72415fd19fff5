"""Hostile input shared by the tests: an invented page of hostile article text, hostile queries
(the XSS tests) and random broken HTML trees (the ingester's property tests)."""
from __future__ import annotations

from pathlib import Path

from hypothesis import strategies as st

RLO = "\u202e"
HOSTILE_PAGE = f"""Rockets <img src=x onerror=alert(3)> Hit {RLO}esab\u202c Base Near Erbil Airport

 August 24, 2021

By Staff, Agencies

Several rockets struck near a base on Tuesday, officials said, and a channel posted <script>alert(1)</script> with a link <a href="javascript:alert(5)">javascript:alert(5)</a> that readers were told to open.

A second statement carried the text " onmouseover="alert(6)" data-x=" and a mirrored {RLO}gnp.exe file name, both traced to a defaced account. \x1b]0;pwned\x07 was also printed.

Source: Press TV

=1+1 Convoy Stopped at Checkpoint South of Baghdad

 August 25, 2021

By Staff, Agencies

A supply convoy was stopped at a checkpoint south of the capital on Wednesday, security sources said, adding that the drivers were released after several hours.

The convoy was carrying construction material for a base in the west of the country, the sources said.

Source: Al Mayadeen
"""
HOSTILE_QUERIES = ['<script>alert(7)</script>', '"><img src=x onerror=alert(8)>', "javascript:alert(9)",
                   f"{RLO}rockets", "' onmouseover='alert(10)", "</title><script>alert(11)</script>"]


def hostile_archive(folder: Path) -> Path:
    """An archive of the one hostile page."""
    (folder / "hostile.txt").write_text(HOSTILE_PAGE, encoding="utf-8")
    return folder


TAGS = ["p", "div", "span", "a", "h1", "h2", "br", "article", "script", "style", "strong", "b",
        "figure", "img", "li", "ul", "table", "td", "iframe", "svg", "time", "header", "template",
        "rt", "ruby", "noscript", "h3", "em"]
ATTRS = ['class="entry-content"', 'class="entry-title"', 'class="sharedaddy"', "id=jp-relatedposts",
         'onerror="alert(1)"', 'href="javascript:alert(1)"', 'class="wp-block-latest-posts"',
         'class="entry-meta"', "dir=rtl", 'style="x"', 'class="entry-header post-content"']
TEXT = st.lists(st.sampled_from(list("abc XYZ<>&;\"'/=\n\t") + list("الحسنبيروت")
                                + ["\u202e", "\u064e", "&amp;", "&#0;", "&nbsp;", "]]>", "<!--", "-->",
                                   "\x00", "<?php x ?>", "<!-- c -->", "27 Jul 2021", "Source: Press TV", "Related",
                                   "By Staff, Agencies"]), max_size=12).map("".join)


@st.composite
def html_trees(draw, depth: int = 0):
    parts = []
    for _ in range(draw(st.integers(0, 5 if depth < 4 else 1))):
        kind = draw(st.integers(0, 3))
        if kind == 0 or depth >= 6:
            parts.append(draw(TEXT))
        else:
            tag = draw(st.sampled_from(TAGS))
            attrs = " ".join(draw(st.lists(st.sampled_from(ATTRS), max_size=2)))
            inner = draw(html_trees(depth + 1))
            closing = draw(st.sampled_from([f"</{tag}>", "", f"</{tag}"]))   # unclosed, broken
            parts.append(f"<{tag} {attrs}>{inner}{closing}")
    return "".join(parts)
