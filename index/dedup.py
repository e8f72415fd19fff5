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
from collections.abc import Callable

from .closing_notes import closing_note
from .normalize import alnum_key
from .shapes import deck_shaped, ends_sentence, paragraph_text, quotes_the_opening
from .records import Article

KEY_CHARS = 200       # folded characters that name an article
SAME_CHARS = 400      # folded characters two copies must share (or all of the shorter one)


def content_key(text: str) -> str:
    """The folded letters and digits of a body's beginning. Folding a shorter beginning first
    gives the same key whenever it yields more than SAME_CHARS characters: folding keeps
    order letter by letter, and only the last letter of a cut can change (a mark past the cut
    may compose with it)."""
    head = alnum_key(text[: SAME_CHARS * 3 // 2])
    if len(head) > SAME_CHARS:
        return head[:SAME_CHARS]
    return alnum_key(text[: SAME_CHARS * 3])[:SAME_CHARS]


def text_key(title: str, body: str) -> str:
    """The content key of an article: its body's, or its title's when the body has no letters.
    A sub-headline opening the body (``deck_shaped``, with paragraphs after it) is left out:
    one repost prints it, the next does not; so is a closing note naming the outlet set apart
    by a bracket or a mark (index/closing_notes.py), printed in the alias of each repost (a
    last paragraph "He said in an interview with Reuters ..." is the article's own)."""
    first, _, rest = body.partition("\n\n")
    if rest and _quotes_the_lead(first, rest):      # then what the copies without it print
        body = rest
        first, _, rest = body.partition("\n\n")
    if rest and deck_shaped(first):
        body = rest
    head, _, last = body.rpartition("\n\n")
    if head and last[:1] in NOTE_MARKS and closing_note(last):     # an editor's note naming the
        body = head                                                 # outlet, in any alias
    parts = body.split("\n\n", MAX_LEADING_LINES + 1)     # short lines left over the first paragraph
    lead = next((k for k, part in enumerate(parts[:MAX_LEADING_LINES + 1]) if paragraph_text(part)), 0)
    if lead:                                     # (a label, a byline one repost prints, the next not)
        body = body.split("\n\n", lead)[lead]
    return content_key(_without_trailing_lines(body)) or content_key(title)


def _without_trailing_lines(body: str) -> str:
    """A short body without the lines under its last paragraph (up to MAX_LEADING_LINES) that
    one repost prints and the next not: notes naming the outlet and short lines ending no
    sentence (an appeal, a link), while KEY_CHARS letters are left (a shorter key is in another
    bucket); a longer body's end is past its key anyway, and a body of no paragraph (a wire table)
    keeps its lines."""
    if len(body) > SAME_CHARS * 3 or not any(paragraph_text(part) for part in body.split("\n\n")):
        return body                     # (a wire table's short lines are its text)
    for _ in range(MAX_LEADING_LINES):
        head, _, last = body.rpartition("\n\n")
        if not head or (paragraph_text(last) or ends_sentence(last)) and not closing_note(last) or (
                len(alnum_key(head)) < KEY_CHARS):
            break
        body = head
    return body


MAX_LEADING_LINES = 3
NOTE_MARKS = frozenset("([*—–-")


def _quotes_the_lead(first: str, rest: str) -> bool:
    """The body's first line quotes the next paragraph's opening, after a label or a speaker
    ("Saleh: Consolidated group net profit ..."): a deck one repost prints and the next not."""
    lead = rest.partition("\n\n")[0]
    return (not paragraph_text(first) and len(alnum_key(first)) < len(alnum_key(lead))
            and quotes_the_opening(first, lead, QUOTED_CHARS, LABEL_CHARS))


QUOTED_CHARS = 20     # the lead's first letters and digits a deck must print
LABEL_CHARS = 30      # ... after a label or a speaker's name of at most these



def article_key(article: Article) -> str:
    return text_key(article.title, article.body)


def bucket(key: str) -> str:
    """The bucket of a content key; the first article in a bucket takes it as its id."""
    return _digest(key[:KEY_CHARS])


def _digest(text: str) -> str:
    return hashlib.blake2b(text.encode("utf-8"), digest_size=8).hexdigest()


class Deduplicator:
    """Assigns ids in input order; remembers every id it has seen.

    ``known(bucket)`` (an incremental build's) gives the (id, key) of the articles an earlier
    build put in a bucket, asked once per bucket the first time an article lands in it.
    """

    def __init__(self, known: Callable[[str], list[tuple[str, str]]] | None = None) -> None:
        self._buckets: dict[str, list[tuple[str, str]]] = {}   # bucket(key) -> [(id, key)]
        self._known = known
        self.seen: set[str] = set()
        self.ambiguous: set[str] = set()     # buckets where a copy could join several articles

    def buckets(self) -> dict[str, list[tuple[str, str]]]:
        """Each bucket met, with the (id, key) of its articles, the first first."""
        return self._buckets

    def keys(self) -> dict[str, str]:
        """Every article id with its content key, for the next incremental build."""
        return {article_id: key for variants in self._buckets.values() for article_id, key in variants}

    def assign(self, article: Article) -> Article:
        key = article.key = article.key or article_key(article)
        bucket_id = bucket(key)
        variants = self._buckets.get(bucket_id)
        if variants is None:
            variants = self._buckets[bucket_id] = list(self._known(bucket_id)) if self._known else []
        joins = [k for k, (_, known_key) in enumerate(variants) if _same_start(key, known_key)]
        if joins:
            k = joins[0]
            known_id, known_key = variants[k]
            article.id = known_id
            if len(key) > len(known_key):
                variants[k] = (known_id, key)
            if len(joins) > 1:
                self.ambiguous.add(bucket_id)
        else:
            article.id = bucket_id if not variants else _digest(key)
            variants.append((article.id, key))
        article.duplicate = article.id in self.seen
        self.seen.add(article.id)
        return article


def _same_start(key: str, other: str) -> bool:
    """Two content keys of one article: they agree on their common beginning."""
    shared = min(len(key), len(other))
    return key[:shared] == other[:shared]
