"""HTML pages: a blog post's content as printed lines, or a single article via trafilatura.

A WordPress-style blog post keeps the whole page (main article and related sections) in its
``entry-content``. Turning that into lines -- one per block element, ``<br>`` making an attached
line -- lets the text-page pipeline read it unchanged. Anything else is a single article from some
news site: trafilatura finds its main content and htmldate its date.
"""
from __future__ import annotations

from dataclasses import dataclass

from lxml import etree

from . import html_soup
from .html_rules import (BLOCK_TAGS, CONTENT_CLASSES, HEADING_TAGS, STRINGLESS_TAGS, BlogPage, LineBuffer,
                         RawLine, TreeOps, strip_chrome)
from .normalize import clean_line

def looks_like_html(path: str, text: str) -> bool:
    if path.lower().endswith((".html", ".htm", ".xhtml")):
        return True
    head = text[:512].lstrip().lower()
    return head.startswith(("<!doctype html", "<html")) or "<body" in head


def blog_page(text: str) -> BlogPage | None:
    """The post body as lines, headed by the post title and dateline; None if not a blog post.

    The post is looked for inside <article> elements first (a page's sidebars and footers can
    carry the same classes), then in the whole page. The tree is lxml's: the same libxml2 parse
    that BeautifulSoup's "lxml" builder drives, without building a second tree of Python objects
    (9 ms -> 2 ms a page). tests/test_html_walk.py holds it equal to the BeautifulSoup walk, which
    reads the pages nested too deep for libxml2's tree.
    """
    root = _parse(text)
    if root is None:
        return None
    if _AT_DEPTH_LIMIT(root):
        return html_soup.blog_page(text)
    posts = [a for a in root.iter("article") if not any(p.tag == "article" for p in a.iterancestors())]
    return (_blog_page(posts) if posts else None) or _blog_page([root])


# libxml2 builds no element deeper than 256 and drops the rest of the page; a page reaching that
# depth is read by the BeautifulSoup walk instead.
_AT_DEPTH_LIMIT = etree.XPath("boolean(/" + "/".join(["*"] * 255) + ")")


def _parse(text: str) -> etree._Element | None:
    parser = etree.HTMLParser(recover=True)
    try:
        parser.feed(text)
        return parser.close()
    except (etree.LxmlError, ValueError):
        return None                     # nothing an HTML parser could make a tree of


def _blog_page(scopes: list[etree._Element]) -> BlogPage | None:
    content = next((c for name in CONTENT_CLASSES
                    if (c := _find(scopes, lambda e, name=name: name in _classes(e))) is not None), None)
    if content is None:
        return None
    page = BlogPage(teasers=strip_chrome(content, _OPS))
    title = _first(_find(scopes, lambda e: e.tag == "h1" and "entry-title" in _classes(e)),
                   lambda: _find(scopes, lambda e: e.tag == "h1"))
    if title is not None and any(a is content for a in title.iterancestors()):
        title = None                    # printed inside the post body: the walk below reads it
    elif title is not None and any(a is title for a in content.iterancestors()):
        # an unclosed <h1> swallowed the post body: its title is its own text only
        own = [] if _muted(title) else [s for _, s in _pieces(title) if isinstance(s, str)]
        _heading(page, clean_line(" ".join(own)))
    elif title is not None:
        _heading(page, _text(title, " ", strip=True))
    if title is not None:
        meta = _first(_find(scopes, lambda e: "entry-meta" in _classes(e)),
                      lambda: _find(scopes, lambda e: "entry-header" in _classes(e)))
        dateline = _find([meta], lambda e: e.tag == "time", self_too=False) if meta is not None else None
        if dateline is not None:
            page.lines.append(RawLine(_text(dateline, " ", strip=True)))
    _LineWriter(page.lines).block(content)
    return page


def _find(scopes, test, self_too: bool = True) -> etree._Element | None:
    """The first element in document order under the scopes (themselves included) passing test."""
    for scope in scopes:
        for element in scope.iter(etree.Element):
            if (self_too or element is not scope) and test(element):
                return element
    return None


def _first(found, otherwise):
    """found, or what otherwise() finds (an element with no children is falsy: never use `or`)."""
    return found if found is not None else otherwise()


def _classes(element: etree._Element) -> set[str]:
    value = element.get("class")
    return set(value.split()) if value else set()


def _remove(node: etree._Element) -> None:
    """Take a subtree out, keeping the text that follows it as its own string (a comment holds it)."""
    placeholder = etree.Comment("")
    placeholder.tail = node.tail
    node.getparent().replace(node, placeholder)


def _child_tags(node: etree._Element) -> list[etree._Element]:
    """The element children of node, last first (a stack pops them in document order)."""
    return [c for c in reversed(node) if isinstance(c.tag, str)]


_OPS = TreeOps(tag=lambda node: node.tag, classes=_classes, element_id=lambda node: node.get("id"),
               child_tags=_child_tags, remove=_remove,
               link_texts=lambda node: [clean_line(_text(a, " ")) for a in node.iter("a") if a is not node])


def _pieces(node: etree._Element):
    """node's children as BeautifulSoup lists them: ("text", string) and ("tag", element), in
    order; comments and processing instructions give only the text that follows them."""
    if node.text:
        yield "text", node.text
    for child in node:
        if isinstance(child.tag, str):
            yield "tag", child
        if child.tail:
            yield "text", child.tail


def _muted(node: etree._Element) -> bool:
    """Inside <script>, <style>, <template>, <rt> or <rp>: its strings are not text."""
    return node.tag in STRINGLESS_TAGS or any(a.tag in STRINGLESS_TAGS for a in node.iterancestors())


def _strings(node: etree._Element):
    """The text strings under node in document order, as BeautifulSoup's get_text sees them."""
    if _muted(node):
        return
    stack = [_pieces(node)]
    while stack:
        kind, value = next(stack[-1], (None, None))
        if kind is None:
            stack.pop()
        elif kind == "text":
            yield value
        elif value.tag not in STRINGLESS_TAGS:
            stack.append(_pieces(value))


def _text(node: etree._Element, separator: str = "", strip: bool = False) -> str:
    strings = _strings(node)
    if strip:
        strings = (s for s in map(str.strip, strings) if s)
    return separator.join(strings)


def _heading(page: BlogPage, text: str) -> None:
    """The post title as the page's first line; an empty <h1> is no title."""
    if text:
        page.lines.append(RawLine(text, heading=True))


class _LineWriter(LineBuffer):
    """Walks a tree without recursion (pages can nest thousands deep): block elements start new
    lines, <br> starts an attached line. Text inside a heading is flagged as such."""

    def block(self, root: etree._Element) -> None:
        self.end_line()
        stack = [(root, _pieces(root), _is_heading(root), _muted(root))]
        while stack:
            node, children, heading, muted = stack[-1]
            kind, child = next(children, (None, None))
            if kind is None:
                stack.pop()
                if node.tag in BLOCK_TAGS or node is root:
                    self.end_line(heading)
            elif kind == "text":
                if not muted:
                    self.buffer.append(child)
            elif child.tag == "br":
                self.flush(heading)
                self.attached = True
            else:
                muted_child = muted or child.tag in STRINGLESS_TAGS
                if child.tag in BLOCK_TAGS:
                    self.end_line(heading)
                    stack.append((child, _pieces(child), _is_heading(child), muted_child))
                else:
                    stack.append((child, _pieces(child), heading, muted_child))


def _is_heading(node: etree._Element) -> bool:
    return node.tag in HEADING_TAGS or (node.tag == "p" and _bold_only(node))


def _bold_only(node: etree._Element) -> bool:
    bold = next(node.iter("strong", "b"), None)
    return bold is not None and _text(bold, strip=True) == _text(node, strip=True) != ""


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

    # trafilatura's own defaults but comments: what scores best on real news pages (the
    # article-extraction benchmark runs it so: F1 0.945); favor_precision loses recall there.
    doc = trafilatura.bare_extraction(html, with_metadata=True, include_comments=False)
    if doc is None:
        return None
    get = doc.get if isinstance(doc, dict) else (lambda key: getattr(doc, key, None))
    body = (get("text") or "").strip()
    if not body:
        return None
    date = htmldate.find_date(html, original_date=True, extensive_search=False) or get("date")
    return SingleArticle(get("title"), body, date, get("author"), get("sitename"))
