"""The blog-page walk on a BeautifulSoup tree: the walk as first written, kept for two jobs.

It reads the pages lxml's tree cannot hold: libxml2 stops building a tree 256 elements deep and
drops the rest of the page, while BeautifulSoup builds its own tree from the parser's events and
has no such limit. And it is the reference html_page.blog_page must equal, line for line
(tests/test_html_walk.py).
"""
from __future__ import annotations

from bs4 import BeautifulSoup, NavigableString, SoupStrainer, Tag

from .html_rules import (BLOCK_TAGS, CONTENT_CLASSES, HEADING_TAGS, BlogPage, LineBuffer, RawLine, TreeOps,
                         strip_chrome)
from .normalize import clean_line


def blog_page(text: str) -> BlogPage | None:
    """The post body as lines (html_page.blog_page's contract), from BeautifulSoup trees."""
    return _blog_page(_soup(text, posts_only=True)) or _blog_page(_soup(text, posts_only=False))


def _soup(text: str, posts_only: bool) -> BeautifulSoup:
    return BeautifulSoup(text, "lxml", parse_only=SoupStrainer("article") if posts_only else None)


def _blog_page(soup: BeautifulSoup) -> BlogPage | None:
    content = next((c for name in CONTENT_CLASSES if (c := soup.find(class_=name))), None)
    if content is None:
        return None
    page = BlogPage(teasers=strip_chrome(content, _OPS))
    title = soup.find("h1", class_="entry-title") or soup.find("h1")
    if title is not None and content in title.parents:
        title = None
    elif title is not None and title in content.parents:
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
    if text:
        page.lines.append(RawLine(text, heading=True))


def _child_tags(node: Tag) -> list[Tag]:
    return [c for c in reversed(node.contents) if isinstance(c, Tag)]


_OPS = TreeOps(tag=lambda node: node.name, classes=lambda node: set(node.get("class") or ()),
               element_id=lambda node: node.get("id"), child_tags=_child_tags,
               remove=lambda node: node.decompose(),
               link_texts=lambda node: [clean_line(a.get_text(" ")) for a in node.find_all("a")])


class _LineWriter(LineBuffer):
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
                if type(child) is NavigableString:
                    self.buffer.append(str(child))
            elif child.name == "br":
                self.flush(heading)
                self.attached = True
            elif child.name in BLOCK_TAGS:
                self.end_line(heading)
                stack.append((child, iter(child.children), _is_heading(child)))
            else:
                stack.append((child, iter(child.children), heading))


def _is_heading(node: Tag) -> bool:
    return node.name in HEADING_TAGS or (node.name == "p" and _bold_only(node))


def _bold_only(node: Tag) -> bool:
    bold = next((d for d in node.descendants if type(d) is Tag and d.name in ("strong", "b")), None)
    return bold is not None and bold.get_text(strip=True) == node.get_text(strip=True) != ""
