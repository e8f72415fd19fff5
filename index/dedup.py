"""Give each article a stable id from its content, and flag repeats.

The id comes from the first letters and digits of the body after ``fold()``: spacing, quote style
and punctuation do not change it, so a reposted copy gets the same id on every page and on every
re-ingest. A truncated copy keeps its article's beginning, so copies whose folded bodies agree on
their common beginning (up to ``SAME_CHARS``) are one article. Two different articles that share
their first ``KEY_CHARS`` folded characters (wire items with a boilerplate lead) are told apart by
what follows, and the later one gets an id from its longer beginning.
"""
from __future__ import annotations

import hashlib

from .normalize import alnum_key
from .records import Article

KEY_CHARS = 200       # folded characters that name an article
SAME_CHARS = 400      # folded characters two copies must share (or all of the shorter one)


def content_key(text: str) -> str:
    """The folded letters and digits of a body's beginning."""
    return alnum_key(text[: SAME_CHARS * 3])[:SAME_CHARS]


def _digest(text: str) -> str:
    return hashlib.blake2b(text.encode("utf-8"), digest_size=8).hexdigest()


class Deduplicator:
    """Assigns ids in input order; remembers every id it has seen."""

    def __init__(self) -> None:
        self._buckets: dict[str, list[tuple[str, str]]] = {}   # digest(key[:KEY]) -> [(id, key)]
        self.seen: set[str] = set()

    def remember(self, article_id: str, key: str) -> None:
        """Know an article from an earlier build (its id and content key), as not yet seen."""
        self._buckets.setdefault(_digest(key[:KEY_CHARS]), []).append((article_id, key))

    def keys(self) -> dict[str, str]:
        """Every article id with its content key, for the next incremental build."""
        return {article_id: key for variants in self._buckets.values() for article_id, key in variants}

    def assign(self, article: Article) -> Article:
        key = content_key(article.body) or content_key(article.title)
        bucket_id = _digest(key[:KEY_CHARS])
        variants = self._buckets.setdefault(bucket_id, [])
        for k, (known_id, known_key) in enumerate(variants):
            shared = min(len(key), len(known_key))
            if key[:shared] == known_key[:shared]:
                article.id = known_id
                if len(key) > len(known_key):
                    variants[k] = (known_id, key)
                break
        else:
            article.id = bucket_id if not variants else _digest(key)
            variants.append((article.id, key))
        article.duplicate = article.id in self.seen
        self.seen.add(article.id)
        return article
