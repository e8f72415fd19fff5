"""Walk an archive, parse every page, assign ids: the ingester's entry point.

Every page file under the given paths (a page suffix, ``PAGE_SUFFIXES``, or none) comes out as
exactly one ``Page`` whose report says indexed, duplicate or rejected (with the reason); pages
come out in sorted path order so ids, duplicate flags and reports are the same on every run.
Files of other types (an archive's ``manifest.json``, images, notes) are not pages: they are
never read, and ``archive_files`` lists them apart so callers can say they were skipped.
"""
from __future__ import annotations

import hashlib
import os
import stat
import time
from collections.abc import Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass

import numpy as np

from .decode import Undecodable, decode
from .dedup import Deduplicator
from .entities import Resolver
from .names import Names, parallel_pages
from .html_page import looks_like_html
from .page import parse_page
from .processes import start_worker
from .records import DUPLICATE, INDEXED, REJECTED, Article, Page, PageReport
from .templates import Learner, Templates, sightings
from .timing import stage

PAGE_SUFFIXES = (".txt", ".text", ".html", ".htm", ".xhtml")
MAX_PAGE_BYTES = 8 * 1024 * 1024      # a blog page is ~20-100 KB; the largest real one is far below


def is_page_type(path: str) -> bool:
    """Whether a file's name says it is a page: a page suffix (any case), or no suffix at all (a
    dump saved without one). ``manifest.json``, ``truth.jsonl``, ``.DS_Store``, images are not."""
    name = os.path.basename(path)
    return name.lower().endswith(PAGE_SUFFIXES) or "." not in name


def archive_files(paths: Iterable[str]) -> tuple[list[str], list[str]]:
    """Every entry under the given files and folders, sorted, as (pages, skipped): the page files
    (``is_page_type``) and the files of other types, which are not pages and are never read.
    Symlinked folders are not followed (a link can loop) but are listed among the pages, so the
    report says they were not followed."""
    found: set[str] = set()
    links: set[str] = set()
    for path in paths:
        if os.path.isdir(path) and not os.path.islink(path):
            for folder, dirs, files in os.walk(path):
                dirs.sort()
                found.update(os.path.join(folder, name) for name in files)
                links.update(os.path.join(folder, name) for name in dirs
                             if os.path.islink(os.path.join(folder, name)))
        elif os.path.islink(path) and os.path.isdir(path):
            links.add(path)
        else:
            found.add(path)
    pages = sorted(links | {f for f in found if is_page_type(f)})
    return pages, sorted(f for f in found if not is_page_type(f))


def page_files(paths: Iterable[str]) -> list[str]:
    """The page files under the given files and folders, sorted (``archive_files``' pages)."""
    return archive_files(paths)[0]


def read_page(path: str, templates: Templates | None = None) -> Page:
    """Read and parse one file; I/O problems become rejected pages (and a file that is not of a
    page type, when a caller passes one: ``archive_files`` keeps them out of an ingest).
    ``templates``: the archive's learnt template lines (``learn``)."""
    if os.path.islink(path) and os.path.isdir(path):
        return _rejected(path, "a link to a folder: not followed")
    if not is_page_type(path):
        return _rejected(path, f"unsupported file type: {os.path.splitext(path)[1]}")
    opened = time.perf_counter()
    try:
        data = _read_steady(path)
    except _Refused as refused:
        return _rejected(path, str(refused))
    except OSError as err:
        return _rejected(path, f"unreadable: {err.strerror or err}")
    started = time.perf_counter()
    digest = hashlib.sha256(data).hexdigest()
    try:
        page = parse_page(path, data, templates)
    except Exception as err:            # a parser bug must not stop the run: report it
        page = _rejected(path, f"parse error: {type(err).__name__}: {err}")
    page.report.sha256 = digest
    page.timings["read"] = started - opened
    return page


@dataclass(frozen=True, slots=True)
class PageReader:
    """``read_page`` with one archive's templates: what the page processes are sent."""
    templates: Templates

    def __call__(self, path: str) -> Page:
        return read_page(path, self.templates)


def page_sightings(path: str, key: str) -> np.ndarray | None:
    """The short lines of a text page with their anchors (index/templates.py), the page named by
    ``key``; None for a page that cannot be read or decoded, or an HTML page (templates are
    learnt from text pages)."""
    if looks_like_html(path, ""):
        return None
    try:
        text = decode(_read_steady(path)).text
    except (_Refused, OSError, Undecodable):
        return None
    return None if looks_like_html(path, text) else sightings(text, key)


def learn(files: list[str], workers: int = 1, root: str | None = None) -> Learner:
    """The sightings of the text pages among ``files``, each page named by its path relative to
    ``root`` (the archive; as given when None), read in ``workers`` processes."""
    keys = [os.path.relpath(path, root) if root else path for path in files]
    if workers > 1 and len(files) > 1:
        with ProcessPoolExecutor(max_workers=workers, initializer=start_worker) as pool:
            return Learner.of_pages(f for f in pool.map(page_sightings, files, keys, chunksize=64) if f is not None)
    return Learner.of_pages(f for f in map(page_sightings, files, keys) if f is not None)


class _Refused(Exception):
    """A file that is not read, and why."""


def _read_steady(path: str, attempts: int = 3) -> bytes:
    """The file's bytes, read while it held still: a file whose size or modification time changes
    during the read (still being copied in) is read again, and refused if it keeps changing.
    Only regular files are read: a FIFO would block the ingester forever."""
    for _ in range(attempts):
        before = os.stat(path)
        if not stat.S_ISREG(before.st_mode):
            raise _Refused("not a regular file (a device, pipe or socket)")
        if before.st_size > MAX_PAGE_BYTES:
            raise _Refused(f"too large: {before.st_size:,} bytes (limit {MAX_PAGE_BYTES:,})")
        with open(path, "rb") as handle:
            data = handle.read(MAX_PAGE_BYTES + 1)
        after = os.stat(path)
        if len(data) > MAX_PAGE_BYTES:
            raise _Refused(f"too large: over {MAX_PAGE_BYTES:,} bytes")
        if (before.st_size, before.st_mtime_ns) == (after.st_size, after.st_mtime_ns) == \
                (len(data), after.st_mtime_ns):
            return data
        time.sleep(0.05)
    raise _Refused("changed while being read (still being written?); the next update reads it")


def _rejected(path: str, reason: str) -> Page:
    return Page(PageReport(path, status=REJECTED, reason=reason))


def ingest(paths: Iterable[str], workers: int = 1, dedup: Deduplicator | None = None,
           files: list[str] | None = None, resolver: Resolver | None = None,
           templates: Templates | None = None) -> Iterator[Page]:
    """Pages in path order with ids, duplicate flags and final statuses: the page files under
    ``paths`` (files of other types are skipped: ``archive_files`` lists them).

    ``dedup`` (content ids) and ``resolver`` (names of discovered entities) may come preloaded
    from an earlier build; ``files`` replaces the walk of ``paths`` when the caller knows them;
    ``templates`` are the archive's, learnt from these pages when not given.
    """
    dedup = dedup if dedup is not None else Deduplicator()
    resolver = resolver if resolver is not None else Resolver()
    files = files if files is not None else page_files(paths)
    templates = templates if templates is not None else learn(files, workers).templates()
    for page in _named(files, workers, PageReader(templates)):
        identify(page.articles, dedup, resolver, page.timings)
        report = page.report
        report.duplicates = sum(a.duplicate for a in page.articles)
        if report.status != REJECTED:
            report.status = DUPLICATE if report.duplicates == report.articles else INDEXED
        yield page


def identify(articles: list[Article], dedup: Deduplicator, resolver: Resolver, timings: dict) -> None:
    """Each article's id (its content bucket, or the article it repeats) and canonical entity
    names, in reading order: the one step the ingester and an update's re-read copy share."""
    with stage(timings, "dedup"):
        for article in articles:
            dedup.assign(article)
    with stage(timings, "entities"):
        for article in articles:
            article.entities, article.variants = resolver.resolve(article.mentions)


def _named(files: list[str], workers: int, read: PageReader) -> Iterator[Page]:
    """The pages read, in order, each article with the names in its text (index/names.py)."""
    names = Names()
    if workers <= 1 or len(files) < 2:
        for path in files:
            page = read(path)
            names.find([page])
            yield page
        return
    with ProcessPoolExecutor(max_workers=workers, initializer=start_worker) as pool:
        yield from parallel_pages(pool, workers, files, names, read)
