"""What the HTML walks look for in a blog page: the post body's classes, the chrome inside it,
block and heading elements; and what they give back."""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

CONTENT_CLASSES = ("entry-content", "post-content", "td-post-content", "article-content")
# Chrome inside the post body: widgets, embeds, figures (alt text and captions), forms.
CHROME_TAGS = frozenset("""script style noscript template iframe form figure img svg video audio
button input textarea select nav""".split())
CHROME_CLASSES = frozenset("""sharedaddy jp-relatedposts sd-sharing sd-like wp-block-embed
screen-reader-text wpcnt code-block addtoany_share_save_container post-navigation""".split())
CHROME_IDS = frozenset({"jp-relatedposts"})
TEASER_CLASSES = frozenset({"wp-block-latest-posts", "wp-block-latest-posts__list", "widget_recent_entries"})
BLOCK_TAGS = frozenset("""p div h1 h2 h3 h4 h5 h6 li ul ol blockquote section article header footer
table thead tbody tr td th pre dl dt dd figcaption hr aside main nav address details summary""".split())
HEADING_TAGS = frozenset("h1 h2 h3 h4 h5 h6".split())


# Strings inside these are not text in BeautifulSoup's model (Script, Stylesheet, TemplateString,
# ruby annotations): both walks leave them out.
STRINGLESS_TAGS = frozenset("script style template rt rp".split())


@dataclass(slots=True)
class RawLine:
    text: str
    attached: bool = False
    heading: bool = False


@dataclass(slots=True)
class BlogPage:
    lines: list[RawLine] = field(default_factory=list)
    teasers: list[str] = field(default_factory=list)


class LineBuffer:
    """The lines a walk writes: text gathered until a block ends it or a <br> breaks it (the next
    line is then "attached"); whitespace runs collapse; a line inside a heading says so."""

    def __init__(self, out: list[RawLine]):
        self.out = out
        self.buffer: list[str] = []
        self.attached = False

    def end_line(self, heading: bool = False) -> None:
        self.flush(heading)
        self.attached = False

    def flush(self, heading: bool = False) -> None:
        text = " ".join("".join(self.buffer).split())
        self.buffer.clear()
        if text:
            self.out.append(RawLine(text, attached=self.attached, heading=heading))
            self.attached = False


@dataclass(frozen=True)
class TreeOps:
    """How a walk reads one kind of tree: lxml's (html_page.py) or BeautifulSoup's (html_soup.py)."""
    tag: Callable[[Any], str]
    classes: Callable[[Any], set[str]]
    element_id: Callable[[Any], str | None]
    child_tags: Callable[[Any], list]              # element children, last first (a stack pops them in order)
    remove: Callable[[Any], None]
    link_texts: Callable[[Any], list[str]]         # the texts of the links inside a node


def strip_chrome(content, ops: TreeOps) -> list[str]:
    """Take the chrome (widgets, embeds, figures, forms) and the teaser lists out of a post body;
    the teasers' link texts are returned."""
    teasers: list[str] = []
    stack = ops.child_tags(content)
    while stack:
        node = stack.pop()
        classes = ops.classes(node)
        if classes & TEASER_CLASSES:
            teasers += ops.link_texts(node)
            ops.remove(node)
        elif ops.tag(node) in CHROME_TAGS or classes & CHROME_CLASSES or ops.element_id(node) in CHROME_IDS:
            ops.remove(node)
        else:
            stack += ops.child_tags(node)
    return teasers
