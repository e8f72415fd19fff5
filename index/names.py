"""The names in each article's text, each distinct text recognized once.

The same article is reposted on many pages. Recognition (the gazetteer and the trained recognizer,
``entities.find_all_mentions``) is the costliest step of reading a page, so its answers are kept by
text: ``Names`` remembers the mentions of every text it has seen and asks only for the others.

A parallel read (``parallel_pages``) keeps one ``Names`` in the ingester's main process: the page
processes parse pages and work out content keys; the main process sends each text it has not met
yet to be recognized, once, by the same processes, and hands the pages on in order. (With a memo
in each page process instead, a text reposted on pages read by two processes was recognized by
both: 1.4-1.7 recognitions a distinct text with two processes.)
"""
from __future__ import annotations

import hashlib
import logging
import time
from collections import deque
from collections.abc import Iterator
from concurrent.futures import Executor, Future

from .entities import Mention, find_all_mentions
from .memo import Memo
from .records import Article, Page
from .wraps import readable

log = logging.getLogger(__name__)

TEXT_LIMIT = 250_000        # texts whose names a ``Names`` keeps (~1 KB each): a full archive's
CHUNK = 16                  # pages a page process parses at a time
AHEAD = 4                   # chunks in flight a process


def text_of(article) -> str:
    """The text names are found in: the title, a blank line, the body with a wire's wraps and a
    hashtag's marks read as spaces (index/wraps.py: a name printed over two lines is one name, and
    "#عاصي_الحلاني" is عاصي الحلاني)."""
    return readable(article.title) + "\n\n" + readable(article.body)


def recognize(texts: dict[bytes, str]) -> tuple[dict[bytes, list[Mention]], float]:
    """The mentions of each text by digest, and the seconds it took (run in a page process). A
    recognizer failure loses no text: the texts are tried one by one, and one that still fails
    keeps the gazetteer's names, with the failure logged."""
    started = time.perf_counter()
    try:
        found = dict(zip(texts, find_all_mentions(list(texts.values()))))
    except Exception:                   # a recognizer bug must not stop the rebuild
        found = {digest: _alone(text) for digest, text in texts.items()}
    return found, time.perf_counter() - started


def _alone(text: str) -> list[Mention]:
    try:
        return find_all_mentions([text])[0]
    except Exception as err:
        log.error("names: the recognizer failed on a text (%s: %s); it keeps the gazetteer's names: %.80r",
                  type(err).__name__, err, text)
        return find_all_mentions([text], models=GazetteerOnly())[0]


class GazetteerOnly:
    """In place of the recognizer: finds nothing, so only the gazetteer's names are kept."""

    def entities(self, texts: list[str]) -> list[list]:
        return [[] for _ in texts]


Texts = list[tuple[Article, bytes, str]]     # each article of some pages, its text's digest, its text


def texts_of(pages: list[Page]) -> Texts:
    """Each article of the pages with its text and the text's digest (worked out once)."""
    entries = []
    for page in pages:
        for article in page.articles:
            text = text_of(article)
            entries.append((article, digest_of(text), text))
    return entries


class Names:
    """A memo of texts' mentions by digest, owned by the process that reads pages' names."""

    def __init__(self, limit: int = TEXT_LIMIT):
        self.known: Memo = Memo(limit)

    def missing(self, texts: Texts, asked: set[bytes] = frozenset()) -> dict[bytes, str]:
        """The texts it does not know and no one was asked for yet, by digest."""
        return {digest: text for _, digest, text in texts if digest not in self.known and digest not in asked}

    def fill(self, texts: Texts, found: dict[bytes, list[Mention]]) -> None:
        """Give each article its mentions: from ``found`` (remembered), from memory, or, for a
        text forgotten meanwhile, recognized here."""
        for digest, mentions in found.items():
            self.known.remember(digest, mentions)
        for article, digest, text in texts:
            mentions = found.get(digest)
            if mentions is None:
                mentions = self.known.get(digest)
            if mentions is None:
                mentions = self.known.remember(digest, recognize({digest: text})[0][digest])
            article.mentions = mentions

    def find(self, pages: list[Page]) -> None:
        """Recognize here the texts of the pages it does not know, then ``fill``."""
        texts = texts_of(pages)
        wanted = self.missing(texts)
        found, seconds = recognize(wanted) if wanted else ({}, 0.0)
        _charge(pages, seconds)
        self.fill(texts, found)


def parallel_pages(pool: Executor, workers: int, files: list[str], names: Names, read) -> Iterator[Page]:
    """``read`` each file in the pool, in chunks; as each chunk comes back (in order), send its new
    texts to be recognized in the pool, and yield its pages, in order, once their names are in.
    At most ``AHEAD`` chunks a process are being parsed, so recognition waits behind few."""
    chunks = deque(files[k:k + CHUNK] for k in range(0, len(files), CHUNK))
    parsing: deque[Future] = deque()
    naming: deque[tuple[list[Page], Texts, Future | None]] = deque()
    asked: set[bytes] = set()
    while chunks or parsing or naming:
        while chunks and len(parsing) < AHEAD * workers:
            parsing.append(pool.submit(_read_all, read, chunks.popleft()))
        if parsing:
            pages = parsing.popleft().result()
            texts = texts_of(pages)
            wanted = names.missing(texts, asked)
            asked.update(wanted)
            naming.append((pages, texts, pool.submit(recognize, wanted) if wanted else None))
        while naming and (not parsing or naming[0][2] is None or naming[0][2].done()
                          or len(naming) > AHEAD * workers):
            pages, texts, job = naming.popleft()
            found, seconds = job.result() if job is not None else ({}, 0.0)
            asked.difference_update(found)
            _charge(pages, seconds)
            names.fill(texts, found)
            yield from pages


def _read_all(read, paths: list[str]) -> list[Page]:
    return [read(path) for path in paths]


def _charge(pages: list[Page], seconds: float) -> None:
    """Count the recognition's seconds in the first page's ``entities`` stage."""
    if pages and seconds:
        pages[0].timings["entities"] = pages[0].timings.get("entities", 0.0) + seconds


def digest_of(text: str) -> bytes:
    """A text's identity for the memos of names and content keys."""
    return hashlib.blake2b(text.encode("utf-8"), digest_size=16).digest()
