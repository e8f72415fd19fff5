"""HTML pages: a blog post's content as printed lines, or a single article via trafilatura.

A WordPress-style blog post keeps the whole page (main article and related sections) in its
``entry-content``. Turning that into lines -- one per block element, ``<br>`` making an attached
line -- lets the text-page pipeline read it unchanged. Anything else is a single article from some
news site: trafilatura finds its main content and htmldate its date.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from bs4 import BeautifulSoup, NavigableString, SoupStrainer, Tag

from .normalize import clean_line

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


@dataclass(slots=True)
class RawLine:
    text: str
    attached: bool = False
    heading: bool = False


@dataclass(slots=True)
class BlogPage:
    lines: list[RawLine] = field(default_factory=list)
    teasers: list[str] = field(default_factory=list)


def looks_like_html(path: str, text: str) -> bool:
    if path.lower().endswith((".html", ".htm", ".xhtml")):
        return True
    head = text[:512].lstrip().lower()
    return head.startswith(("<!doctype html", "<html")) or "<body" in head


def parse_soup(text: str, posts_only: bool = False) -> BeautifulSoup:
    """Parse with lxml; ``posts_only`` builds only the <article> subtrees (30% faster)."""
    return BeautifulSoup(text, "lxml", parse_only=SoupStrainer("article") if posts_only else None)


def blog_page(soup: BeautifulSoup) -> BlogPage | None:
    """The post body as lines, headed by the post title and dateline; None if not a blog post."""
    content = next((c for name in CONTENT_CLASSES if (c := soup.find(class_=name))), None)
    if content is None:
        return None
    page = BlogPage()
    # A walk in document order that does not enter removed subtrees. (Tag.decomposed is no test:
    # on a live tag it falls through to __getattr__, which searches the whole subtree.)
    stack = _child_tags(content)
    while stack:
        node = stack.pop()
        classes = set(node.get("class") or ())
        if classes & TEASER_CLASSES:
            page.teasers += [clean_line(a.get_text(" ")) for a in node.find_all("a")]
            node.decompose()
        elif node.name in CHROME_TAGS or classes & CHROME_CLASSES or node.get("id") in CHROME_IDS:
            node.decompose()
        else:
            stack += _child_tags(node)
    title = soup.find("h1", class_="entry-title") or soup.find("h1")
    if title is not None and content in title.parents:
        title = None                    # printed inside the post body: the walk below reads it
    elif title is not None and title in content.parents:
        # an unclosed <h1> swallowed the post body: its title is its own text only
        own = " ".join(str(c) for c in title.children if type(c) is NavigableString)
        _heading(page, clean_line(own))
    elif title is not None:
        _heading(page, title.get_text(" ", strip=True))
    if title is not None:
        meta = soup.find(class_="entry-meta") or soup.find(class_="entry-header")
        dateline = meta.find("time") if meta is not None else None
        if dateline is not None:
            page.lines.append(RawLine(dateline.get_text(" ", strip=True)))
    _LineWriter(page.lines).block(content)
    return page


def _heading(page: BlogPage, text: str) -> None:
    """The post title as the page's first line; an empty <h1> is no title."""
    if text:
        page.lines.append(RawLine(text, heading=True))


def _child_tags(node: Tag) -> list[Tag]:
    """The element children of node, last first (a stack pops them in document order)."""
    return [c for c in reversed(node.contents) if isinstance(c, Tag)]


class _LineWriter:
    """Walks a tree without recursion (pages can nest thousands deep): block elements start new
    lines, <br> starts an attached line. Text inside a heading is flagged as such."""

    def __init__(self, out: list[RawLine]):
        self.out = out
        self.buffer: list[str] = []
        self.attached = False

    def block(self, root: Tag) -> None:
        self.end_line()
        stack = [(root, iter(root.children), _is_heading(root))]
        while stack:
            node, children, heading = stack[-1]
            child = next(children, None)
            if child is None:
                stack.pop()
                if node.name in BLOCK_TAGS or node is root:
                    self.end_line(heading)
            elif isinstance(child, NavigableString):
                if type(child) is NavigableString:          # not comments, CDATA, doctype
                    self.buffer.append(str(child))
            elif child.name == "br":
                self.flush(heading)
                self.attached = True
            elif child.name in BLOCK_TAGS:
                self.end_line(heading)
                stack.append((child, iter(child.children), _is_heading(child)))
            else:
                stack.append((child, iter(child.children), heading))

    def end_line(self, heading: bool = False) -> None:
        self.flush(heading)
        self.attached = False

    def flush(self, heading: bool = False) -> None:
        text = " ".join("".join(self.buffer).split())
        self.buffer.clear()
        if text:
            self.out.append(RawLine(text, attached=self.attached, heading=heading))
            self.attached = False


def _is_heading(node: Tag) -> bool:
    return node.name in HEADING_TAGS or (node.name == "p" and _bold_only(node))


def _bold_only(node: Tag) -> bool:
    # a walk rather than node.find(): find() builds a matcher per call, a tenth of parsing time
    bold = next((d for d in node.descendants if type(d) is Tag and d.name in ("strong", "b")), None)
    return bold is not None and bold.get_text(strip=True) == node.get_text(strip=True) != ""


@dataclass(slots=True)
class SingleArticle:
    title: str | None
    body: str
    date: str | None
    author: str | None
    sitename: str | None


def single_article(html: str) -> SingleArticle | None:
    """The main article of a non-blog page, by trafilatura (content) and htmldate (date)."""
    import htmldate             # imported here: only pages that are not blog posts need them,
    import trafilatura          # and they take a fifth of a second to import

    doc = trafilatura.bare_extraction(html, with_metadata=True, include_comments=False,
                                      include_tables=False, favor_precision=True)
    if doc is None:
        return None
    get = doc.get if isinstance(doc, dict) else (lambda key: getattr(doc, key, None))
    body = (get("text") or "").strip()
    if not body:
        return None
    date = htmldate.find_date(html, original_date=True, extensive_search=False) or get("date")
    return SingleArticle(get("title"), body, date, get("author"), get("sitename"))
