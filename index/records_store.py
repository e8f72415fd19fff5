"""What an update needs to know about the build before it, in ``records.sqlite`` beside the index.

    pages        one row per page file of the archive: its stat and sha256 (is it changed?), its status, and
                 its report and articles (zlib'd JSON); the rowid numbers the page
    occurrences  one row per copy of an article on a page: which page, the line span, the body's
                 length (the longest copy is the one indexed)
    spellings    (type, canonical name, spelling) -> copies naming the entity so
    collisions   the articles whose id is not their content bucket (two articles sharing a lead)
    keys         the content keys that differ from the one the article's indexed text gives
    meta         the discovered entity names, the archive's files that are not pages
                 (skipped: listed in reports, never read) and its template shapes
                 (index/templates.py; their sightings are in sightings.npy beside), as JSON

An update reads the stat of every page but the records of only the pages it touches, looks up the
copies of only the articles those pages hold, and rewrites only their rows, in one transaction.
Content keys are not stored: the indexed body gives them back (dedup.article_key), except for
the rare article whose longest copy is not the one with the longest key (the ``keys`` table).
"""
from __future__ import annotations

import json
import sqlite3
import zlib
from collections import Counter
from collections.abc import Iterable
from pathlib import Path

from .records import Copy, PageRecord, PageReport
from .templates import Templates

FILE = "records.sqlite"

_SCHEMA = """
CREATE TABLE pages(path TEXT NOT NULL UNIQUE, size INTEGER, mtime_ns INTEGER, sha256 TEXT,
                   status TEXT NOT NULL, record BLOB NOT NULL);
CREATE TABLE occurrences(article TEXT NOT NULL, page INTEGER NOT NULL, seq INTEGER NOT NULL,
                         line_start INTEGER, line_end INTEGER, body_len INTEGER NOT NULL,
                         PRIMARY KEY (article, page, seq)) WITHOUT ROWID;
CREATE TABLE spellings(type TEXT NOT NULL, name TEXT NOT NULL, spelling TEXT NOT NULL,
                       copies INTEGER NOT NULL, PRIMARY KEY (type, name, spelling)) WITHOUT ROWID;
CREATE TABLE collisions(bucket TEXT NOT NULL, article TEXT NOT NULL,
                        PRIMARY KEY (bucket, article)) WITHOUT ROWID;
CREATE TABLE keys(article TEXT PRIMARY KEY, key TEXT NOT NULL) WITHOUT ROWID;
CREATE TABLE meta(name TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID;
"""


class RecordStore:
    """The records of one version. Changes are made inside ``with store:`` (one transaction)."""

    def __init__(self, folder: Path, create: bool = False):
        path = Path(folder) / FILE
        if not create and not path.exists():
            raise FileNotFoundError(path)
        self._db = sqlite3.connect(path, isolation_level=None)
        if create:
            self._db.execute("PRAGMA page_size = 16384")     # 11% smaller than 4 KB pages here
            self._db.executescript(_SCHEMA)
        self._db.execute("PRAGMA journal_mode = DELETE")
        self._zdict = (self.get_meta("zdict") or "").encode()

    def set_dictionary(self, records: list[PageRecord]) -> None:
        """Compress page records with a dictionary of the entity spellings most of them repeat
        (zlib's preset dictionary): each record is compressed alone, so without one every record
        spells out its own names (records 30 -> 21 MB at full size). Set once, by the rebuild."""
        seen = Counter(_variant_text(v) for record in records[::10] for c in record.copies for v in c.variants)
        parts, size = [], 0
        for text, _ in seen.most_common():
            if size + len(text.encode()) > 32_000:          # zlib uses the last 32 KB
                break
            parts.append(text)
            size += len(text.encode())
        zdict = "".join(reversed(parts))                     # the most common nearest the data
        self.set_meta("zdict", zdict)
        self._zdict = zdict.encode()

    def close(self) -> None:
        self._db.close()

    def __enter__(self) -> RecordStore:
        self._db.execute("BEGIN")
        return self

    def __exit__(self, kind, error, trace) -> None:
        self._db.execute("ROLLBACK" if kind else "COMMIT")

    # ---------------------------------------------------------------- pages

    def page_states(self) -> dict[str, dict]:
        """Every page's stat and sha256: what tells an update whether a file changed."""
        return {path: {"stat": [size, mtime] if size is not None else None, "sha256": sha}
                for path, size, mtime, sha in self._db.execute(
                    "SELECT path, size, mtime_ns, sha256 FROM pages")}

    def page_records(self, paths: Iterable[str]) -> dict[str, PageRecord]:
        """The full records of the given pages (those that exist)."""
        found = {}
        for path in paths:
            row = self._db.execute("SELECT path, sha256, record FROM pages WHERE path = ?", (path,)).fetchone()
            if row:
                found[path] = self._unpack(*row)
        return found

    def first_pages(self, article_ids: Iterable[str]) -> dict[str, str]:
        """The page of each article's first copy in path order."""
        found = {}
        for article_id in article_ids:
            row = self._db.execute(
                "SELECT p.path FROM occurrences o JOIN pages p ON p.rowid = o.page "
                "WHERE o.article = ? ORDER BY p.path, o.seq LIMIT 1", (article_id,)).fetchone()
            if row:
                found[article_id] = row[0]
        return found

    def set_report(self, record: PageRecord) -> None:
        """Write a page's report (status, counts) again, its record otherwise unchanged."""
        self._db.execute("UPDATE pages SET status = ?, record = ? WHERE path = ?",
                         (record.report.status, _pack(record, self._zdict), record.path))

    def all_page_records(self):
        """Every page's record, in path order (for tools and tests; an update never needs them)."""
        for row in self._db.execute("SELECT path, sha256, record FROM pages ORDER BY path"):
            yield self._unpack(*row)

    def add_pages(self, records: Iterable[PageRecord]) -> None:
        """Insert page records: the page row, its occurrences and its spellings."""
        spellings: Counter = Counter()
        for record in records:
            stat = record.stat or [None, None]
            cursor = self._db.execute(
                "INSERT INTO pages(path, size, mtime_ns, sha256, status, record) VALUES (?,?,?,?,?,?)",
                (record.path, stat[0], stat[1], record.report.sha256, record.report.status,
                 _pack(record, self._zdict)))
            page = cursor.lastrowid
            self._db.executemany(
                "INSERT INTO occurrences VALUES (?,?,?,?,?,?)",
                [(c.id, page, seq, c.line_start, c.line_end, c.body_len) for seq, c in enumerate(record.copies)])
            spellings.update(tuple(v) for c in record.copies for v in c.variants)
        self._count_spellings(spellings, +1)

    def remove_pages(self, records: Iterable[PageRecord]) -> None:
        """Delete pages (records as page_records gave them) with their occurrences and spellings."""
        spellings: Counter = Counter()
        for record in records:
            row = self._db.execute("SELECT rowid FROM pages WHERE path = ?", (record.path,)).fetchone()
            if row is None:
                continue
            self._db.executemany("DELETE FROM occurrences WHERE article = ? AND page = ?",
                                 {(c.id, row[0]) for c in record.copies})
            self._db.execute("DELETE FROM pages WHERE rowid = ?", row)
            spellings.update(tuple(v) for c in record.copies for v in c.variants)
        self._count_spellings(spellings, -1)

    def _count_spellings(self, spellings: Counter, sign: int) -> None:
        self._db.executemany(
            "INSERT INTO spellings VALUES (?,?,?,?) ON CONFLICT DO UPDATE SET copies = copies + excluded.copies",
            [(kind, name, spelling, sign * n) for (kind, name, spelling), n in spellings.items()])
        if sign < 0:
            self._db.execute("DELETE FROM spellings WHERE copies <= 0")

    # ---------------------------------------------------------------- templates

    def templates(self) -> Templates:
        return Templates(self.get_meta("templates", []), self.get_meta("frames", []))

    def set_templates(self, templates: Templates) -> None:
        self.set_meta("templates", sorted(templates.shapes))
        self.set_meta("frames", sorted(templates.frames))

    # ---------------------------------------------------------------- articles

    def occurrences(self, article_ids: Iterable[str]) -> dict[str, list[tuple]]:
        """Each article's copies: (path, line_start, line_end, body_len), in path and page order."""
        found: dict[str, list[tuple]] = {}
        for article_id in article_ids:
            rows = self._db.execute(
                "SELECT p.path, o.line_start, o.line_end, o.body_len FROM occurrences o "
                "JOIN pages p ON p.rowid = o.page WHERE o.article = ? ORDER BY p.path, o.seq",
                (article_id,)).fetchall()
            if rows:
                found[article_id] = rows
        return found

    def is_live(self, article_id: str) -> bool:
        return self._db.execute("SELECT 1 FROM occurrences WHERE article = ? LIMIT 1",
                                (article_id,)).fetchone() is not None

    def set_keys(self, collisions: Iterable[tuple[str, str]], keys: Iterable[tuple[str, str]],
                 rewritten: Iterable[str] = (), dropped: Iterable[str] = ()) -> None:
        """Record (bucket, id) collisions and (id, key) exceptions, after forgetting the
        exceptions of rewritten articles and everything about dropped ones."""
        dropped = [(i,) for i in dropped]
        self._db.executemany("DELETE FROM collisions WHERE article = ?", dropped)
        self._db.executemany("DELETE FROM keys WHERE article = ?", dropped + [(i,) for i in rewritten])
        self._db.executemany("INSERT OR IGNORE INTO collisions VALUES (?, ?)", collisions)
        self._db.executemany("INSERT OR REPLACE INTO keys VALUES (?, ?)", keys)

    def bucket_articles(self, bucket: str) -> list[str]:
        """The live articles of a content bucket: the bucket's own id, then the collisions."""
        ids = [bucket] if self.is_live(bucket) else []
        ids += [i for (i,) in self._db.execute(
            "SELECT article FROM collisions WHERE bucket = ? ORDER BY article", (bucket,))]
        return ids

    def bucket_of(self, article_id: str) -> str:
        """The content bucket of an article: its id, unless it is a collision in another."""
        row = self._db.execute("SELECT bucket FROM collisions WHERE article = ?", (article_id,)).fetchone()
        return row[0] if row else article_id

    def stored_key(self, article_id: str) -> str | None:
        row = self._db.execute("SELECT key FROM keys WHERE article = ?", (article_id,)).fetchone()
        return row[0] if row else None

    # ---------------------------------------------------------------- summaries

    def summary(self) -> dict:
        """Pages, their statuses, article occurrences and live articles."""
        statuses = dict(self._db.execute("SELECT status, count(*) FROM pages GROUP BY status"))
        return {"pages": sum(statuses.values()), "statuses": statuses,
                "occurrences": self._db.execute("SELECT count(*) FROM occurrences").fetchone()[0],
                "articles": self._db.execute("SELECT count(DISTINCT article) FROM occurrences").fetchone()[0]}

    def rejected(self) -> list[tuple[str, str]]:
        return [(row[0], self._unpack(*row).report.reason) for row in self._db.execute(
            "SELECT path, sha256, record FROM pages WHERE status = 'rejected' ORDER BY path")]

    def skipped(self) -> list[str]:
        """The archive's files that are not pages (``ingest.archive_files``), as the last build
        saw them: reported, never read, and no page rows (an update does not look at them)."""
        return self.get_meta("skipped", [])

    def set_skipped(self, paths: Iterable[str]) -> None:
        self.set_meta("skipped", sorted(paths))

    def printed(self):
        """Every spelling the archive printed for a name, with its copies, one row at a time."""
        yield from self._db.execute("SELECT spelling, copies FROM spellings")

    def spellings(self) -> dict[tuple[str, str], Counter]:
        """(type, name) -> spelling -> copies."""
        found: dict[tuple[str, str], Counter] = {}
        for kind, name, spelling, copies in self._db.execute("SELECT * FROM spellings"):
            found.setdefault((kind, name), Counter())[spelling] = copies
        return found

    def _unpack(self, path: str, sha256: str | None, blob: bytes) -> PageRecord:
        inflate = zlib.decompressobj(zdict=self._zdict) if self._zdict else zlib.decompressobj()
        body = json.loads(inflate.decompress(blob) + inflate.flush())
        return PageRecord(path, PageReport(**{**body["report"], "path": path, "sha256": sha256}), body["stat"],
                          [Copy(*copy) for copy in body["articles"]])

    def get_meta(self, name: str, default=None):
        row = self._db.execute("SELECT value FROM meta WHERE name = ?", (name,)).fetchone()
        return json.loads(row[0]) if row else default

    def set_meta(self, name: str, value) -> None:
        self._db.execute("INSERT OR REPLACE INTO meta VALUES (?, ?)",
                         (name, json.dumps(value, ensure_ascii=False)))


def _pack(record: PageRecord, zdict: bytes) -> bytes:
    """A page record without what the row already says: its path and hash."""
    articles = [[c.id, c.line_start, c.line_end, c.body_len, c.variants] for c in record.copies]
    report = {k: v for k, v in record.report.to_json().items() if k not in ("path", "sha256")}
    body = {"report": report, "articles": articles, "stat": record.stat}
    deflate = zlib.compressobj(6, zdict=zdict) if zdict else zlib.compressobj(6)
    return deflate.compress(_json(body).encode()) + deflate.flush()


def _variant_text(variant) -> str:
    return _json(list(variant))


def _json(value) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))
