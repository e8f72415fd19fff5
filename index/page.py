"""One page in, its articles and its report out. Pure: no index, no dedup, no I/O but the bytes given."""
from __future__ import annotations

from .decode import Undecodable, decode
from .dedup import article_key
from .extract import build_article, infer_missing_years, inherit_outlets
from .html_page import blog_page, looks_like_html, single_article
from .lines import DROP, HEADER, IMAGE, TEXT, Line, classify
from .memo import Memo
from .names import digest_of, text_of
from .normalize import arabic_ratio, clean_line
from .outlets import outlets
from .records import REJECTED, Article, Page, PageReport, Source
from .segment import segment
from .shapes import ends_sentence, paragraph_text, same_title
from .templates import NO_TEMPLATES, Templates
from .timing import stage


MIN_ARTICLE_CHARS = 120     # main content shorter than this (a menu, a notice) is no article


def parse_page(path: str, data: bytes, templates: Templates | None = None) -> Page:
    """Decode, clean and split one page file. Never raises for bad content: it reports it.
    ``templates``: the archive's learnt template lines (index/templates.py), dropped as read.
    ``page.timings``: the seconds it spent decoding, cleaning and splitting, on metadata, on
    content keys (dedup) and on names (entities)."""
    timings: dict[str, float] = {}
    page = _parse(PageReport(path), path, data, timings, templates or NO_TEMPLATES)
    page.timings = timings
    return page


def _parse(report: PageReport, path: str, data: bytes, timings: dict, templates: Templates) -> Page:
    with stage(timings, "decode"):
        try:
            decoded = decode(data)
        except Undecodable as err:
            return _rejected(report, err.reason, err.detail)
    report.encoding = decoded.encoding
    if looks_like_html(path, decoded.text):
        return _html_page(report, decoded.text, timings, templates)
    report.format = "txt"
    with stage(timings, "clean_split"):
        lines = text_lines(decoded.text)
        templates.apply(lines)
    return _lines_page(report, lines, [], timings)


def text_lines(text: str) -> list[Line]:
    """The non-blank lines of a text page, numbered from 1 and classified."""
    lines, blank_before = [], True
    for no, raw in enumerate(text.split("\n"), start=1):
        line = classify(no, raw, attached=not blank_before) if raw.strip() else None
        if line is None or not line.text:       # blank, or only invisible marks ("\u200b")
            blank_before = True
            continue
        lines.append(line)
        blank_before = False
    _mark_wide_gaps(lines)
    return lines


WIDE_GAP = 2             # blank lines more than between the paragraphs above that set an article apart


def _mark_wide_gaps(lines: list[Line]) -> None:
    """Mark the lines set apart from the one above by ``WIDE_GAP`` blank lines more than the
    gap between the last two paragraphs above them: an article printed with no blank line
    between its paragraphs and seven after its end says where it ends. (Articles on one page
    may space their paragraphs differently: the page's usual gap says nothing.)"""
    between_paragraphs = None
    for above, line in zip(lines, lines[1:]):
        gap = line.no - above.no - 1
        line.wide_gap = between_paragraphs is not None and gap >= between_paragraphs + WIDE_GAP
        if paragraph_text(above.text) and paragraph_text(line.text):
            between_paragraphs = gap


def _html_page(report: PageReport, text: str, timings: dict, templates: Templates) -> Page:
    with stage(timings, "clean_split"):
        blog = blog_page(text)
        lines = [classify(None, raw.text, raw.attached, raw.heading) for raw in blog.lines] if blog else []
        templates.apply(lines)
    if lines:
        report.format = "html-blog"
        return _lines_page(report, lines, blog.teasers, timings)
    report.format = "html-article"
    with stage(timings, "clean_split"):
        try:
            found = single_article(text)
        except Exception as err:            # trafilatura and htmldate fail on some broken trees
            return _rejected(report, "no article found",
                             f"the main-content extractor failed ({type(err).__name__}: {err})")
    if found is None:
        return _rejected(report, "no article found", "no blog post body and no main content")
    return _single_page(report, found, timings)


def _lines_page(report: PageReport, lines: list[Line], teasers: list[str], timings: dict) -> Page:
    with stage(timings, "clean_split"):
        parts = segment(lines)
    with stage(timings, "metadata"):
        built = [(build_article(block, report.path), block) for block in parts.articles]
        # a block whose title line has no text (an empty <time> or heading in broken HTML) is no
        # article: its lines are reported as unattached, not lost
        untitled = [block for article, block in built if not article.title.strip()]
        parts.orphans.extend(line for block in untitled for line in block.body)
        blocks = [block for article, block in built if article.title.strip()]
        articles = [article for article, _ in built if article.title.strip()]
        infer_missing_years(articles, blocks)
        inherit_outlets(articles, blocks)
        page = Page(report, articles, teasers + [b.title.text for b in parts.teasers])
    _content_keys(page, timings)
    report.articles = len(articles)
    report.teasers = len(page.teasers)
    report.video_titles = len(parts.video_titles)
    report.dropped_lines = sum(1 for line in lines if line.kind == DROP)
    report.orphan_lines = sum(1 for line in parts.orphans if line.kind == TEXT)
    if not articles:
        return _rejected(report, "no article found",
                         f"{len(lines)} lines, {report.teasers} teasers, no article body")
    return page


def _single_page(report: PageReport, found, timings: dict) -> Page:
    """One article from a non-blog page; the boilerplate table still applies to its lines."""
    lines = [classify(None, raw) for raw in found.body.split("\n") if raw.strip()]
    outlet = outlets().lookup(found.sitename) if found.sitename else None
    outlet = outlet or (clean_line(found.sitename) if found.sitename else None)
    title = _without_site_suffix(clean_line(found.title or ""), outlet)
    kept = _without_kickers([line.text for line in lines if line.kind not in (DROP, IMAGE, HEADER)], title)
    report.dropped_lines = len(lines) - len(kept)
    body = "\n\n".join(kept)
    if len(body) < MIN_ARTICLE_CHARS:
        return _rejected(report, "no article found", f"main content is {len(body)} characters")
    title = title or kept[0][:120]
    article = Article(
        title=title, body=body, source=Source(report.path),
        lang="ar" if arabic_ratio(title + " " + body[:2000]) >= 0.5 else "en",
        date=found.date, outlet=outlet, outlet_inferred=False,
        author=clean_line(found.author) if found.author else None,
    )
    report.articles = 1
    page = Page(report, [article])
    _content_keys(page, timings)
    return page


def _without_kickers(texts: list[str], title: str) -> list[str]:
    """The body without what the extractor (at its defaults) keeps above it: the title, and a
    section label ("Health", "World News": one to three words, no sentence end)."""
    k = 0
    while k < len(texts) - 1 and (same_title(texts[k], title) or (
            len(texts[k].split()) <= 3 and not ends_sentence(texts[k]))):
        k += 1
    return texts[k:]


_KEYS = Memo(250_000)   # text digest -> content key: every text of a full archive fits


def _content_keys(page: Page, timings: dict) -> None:
    """Each article's content key, worked out in the page's process (not the ingester's main one);
    a process remembers the keys of the texts it has read (a repost is found on many pages). The
    names in the texts are found later, once a text (index/names.py)."""
    with stage(timings, "dedup"):
        for article in page.articles:
            digest = digest_of(text_of(article))
            key = _KEYS.get(digest)
            article.key = key if key is not None else _KEYS.remember(digest, article_key(article))


def _without_site_suffix(title: str, outlet: str | None) -> str:
    """"Gaza talks stall | Al Jazeera" -> "Gaza talks stall" when the suffix names the site."""
    for separator in (" | ", " - ", " – ", " — "):
        head, _, tail = title.rpartition(separator)
        if head and (outlets().lookup(tail) or (outlet and tail == outlet)):
            return head
    return title


def _rejected(report: PageReport, reason: str, detail: str = "") -> Page:
    report.status = REJECTED
    report.reason = f"{reason}: {detail}" if detail else reason
    return Page(report)
