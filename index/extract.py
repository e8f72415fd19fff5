"""Per-article metadata: title, date, outlet, author, language, body and span."""
from __future__ import annotations

import datetime as dt
import re

from .closing_notes import closing_note
from .credits import credit_reader
from .dates import infer_year
from .lines import BYLINE, CREDIT, DATE, DROP, HOUSE, TEXT, Line
from .normalize import arabic_ratio, fold
from .outlets import outlets
from .records import Article, Source
from .segment import Block
from .shapes import is_all_caps, lone_name

_DOTTED = re.compile(r"\d{1,2}\.\d{1,2}\.\d{4}")
# A wire dateline opening the body: "BEIRUT (Reuters) -", "بيروت (رويترز) -".
_WIRE_SIGN = re.compile(r"^[^()\n]{0,60}?\(([^()]{2,40})\)\s*[-–—:]")
_CAPS_MONTH = re.compile(r"\b(?:JANUARY|FEBRUARY|MARCH|APRIL|MAY|JUNE|JULY|AUGUST|SEPTEMBER|"
                         r"OCTOBER|NOVEMBER|DECEMBER)\b")


def build_article(block: Block, path: str) -> Article:
    body_lines = block.body
    body = "\n\n".join(line.text for line in body_lines)
    title = block.title.text
    dateline = next((l for l in block.header + block.tail if l.dateline), None)
    author = _author(block)
    lang = "ar" if arabic_ratio(title + " " + body[:2000]) >= 0.5 else "en"
    outlet, inferred = resolve_outlet(block, author, dateline, lang)
    numbers = [l.no for l in [block.title, *block.header, *body_lines, *block.tail]
               if l.no is not None and l.kind != DROP]
    article = Article(
        title=title, body=body, lang=lang,
        source=Source(path, min(numbers) if numbers else None, max(numbers) if numbers else None),
        outlet=outlet, outlet_inferred=inferred, author=author,
    )
    if dateline and (day := dateline.date.resolve()):
        article.date = day.isoformat()
    return article


def _author(block: Block) -> str | None:
    for line in block.header + block.tail:
        if line.kind in (BYLINE, CREDIT) and line.author:
            return line.author
    return lone_name(block.author_line.text) if block.author_line else None


def resolve_outlet(block: Block, author: str | None, dateline: Line | None,
                   lang: str) -> tuple[str | None, bool]:
    """The outlet and whether it was inferred; strongest evidence first (see outlets.toml)."""
    table = outlets()
    meta = block.header + block.tail
    credits = [line for line in meta if line.kind == CREDIT and line.outlet]
    if credits:                 # a source line before a byline naming an outlet ("A, مراسلة العربية")
        return min(credits, key=lambda line: line.author is not None).outlet, False
    for line in block.body[-2:]:
        if outlet := table.by_signature(fold(line.text)):
            return outlet, False
    if block.body and (m := _WIRE_SIGN.match(block.body[0].text)) and (outlet := table.lookup(m[1])):
        return outlet, False
    for line in [*block.header, *block.body[-1:]]:       # where credits stand: "عن الميادين"
        placed = line.kind == TEXT or line.rule == "header-alt-text"
        if placed and (outlet := credit_reader().placed_outlet(line.text)):
            return outlet, False
    for line in block.lines:
        if line.kind == DROP and (outlet := _from_dropped(line)):
            return outlet, True
    if outlet := table.by_staff(author):
        return outlet, True
    if block.body and (outlet := closing_note(block.body[-1].text)):
        return outlet, True
    for line in meta:
        if line.kind == HOUSE and line.outlet:
            return line.outlet, True
    for trait in _style_traits(block, dateline, lang):
        if outlet := table.styles.get(trait):
            return outlet, True
    return None, False


def _from_dropped(line: Line) -> str | None:
    table = outlets()
    if line.rule == "photo-credit" and ":" in line.text:
        if outlet := table.lookup(line.text.split(":", 1)[1]):
            return outlet
    if line.rule in ("bare-url", "photo-credit"):
        return table.by_domain(line.text)
    return None


def _style_traits(block: Block, dateline: Line | None, lang: str) -> list[str]:
    traits = []
    if lang == "en" and is_all_caps(block.title.text):
        traits.append("title_all_caps")
    if dateline is not None:
        if _CAPS_MONTH.search(dateline.text):
            traits.append("dateline_caps_month")
        if _DOTTED.fullmatch(dateline.text.strip()):
            traits.append("dateline_dotted")
    return traits


def inherit_outlets(articles: list[Article], blocks: list[Block]) -> None:
    """An uncredited article in a plain "Related" list (an outlet's own related-news widget,
    reposted with the article) is from the outlet of the article the list hangs under."""
    by_block = {id(block): article for article, block in zip(articles, blocks)}
    for article, block in zip(articles, blocks):
        parent = by_block.get(id(block.parent)) if block.parent else None
        if (article.outlet is None and parent is not None and parent.outlet
                and block.under and fold(block.under) == "related"):
            article.outlet, article.outlet_inferred = parent.outlet, True


def infer_missing_years(articles: list[Article], blocks: list[Block]) -> None:
    """Give year-less datelines the year nearest the dated articles around them on the page."""
    for k, (article, block) in enumerate(zip(articles, blocks)):
        dateline = next((l for l in block.header + block.tail if l.dateline), None)
        if dateline is None or dateline.date.year is not None:
            continue
        neighbours = _nearest_dates(articles, k)
        day = infer_year(dateline.date, neighbours)
        if day:
            article.date, article.date_inferred = day.isoformat(), True


def _nearest_dates(articles: list[Article], k: int) -> list[dt.date]:
    """The printed dates nearest article k, before and after it: same language first."""
    for same_lang in (True, False):
        found = []
        for step in (-1, 1):
            j = k + step
            while 0 <= j < len(articles):
                other = articles[j]
                if other.date and not other.date_inferred and (
                        not same_lang or other.lang == articles[k].lang):
                    found.append(dt.date.fromisoformat(other.date))
                    break
                j += step
        if found:
            return found
    return []
