"""``AtLeast``: a Whoosh query matching the documents that match at least ``count`` of its
subqueries, scored as the sum of the subqueries that match. Whoosh's ``Or`` takes a ``minmatch``
argument but does not implement it. Cross-language search (search/translate.py) uses it: an
article in the other language must hold renderings of most of the query's words, not all.
"""
from __future__ import annotations

from whoosh import query as wq
from whoosh.matching import Matcher, NullMatcher


class AtLeast(wq.CompoundQuery):
    """At least ``count`` of the subqueries; with ``coordinated``, a document's score is also
    multiplied by the share of the subqueries it matches (two of three: 2/3)."""
    JOINT = " | "
    intersect_merge = False

    def __init__(self, subqueries, count: int, coordinated: bool = False, boost: float = 1.0):
        super().__init__(subqueries, boost=boost)
        self.count, self.coordinated = count, coordinated

    def __repr__(self) -> str:
        return f"AtLeast({self.subqueries!r}, {self.count}, coordinated={self.coordinated})"

    def __eq__(self, other) -> bool:
        return (type(other) is type(self) and other.subqueries == self.subqueries
                and (other.count, other.coordinated) == (self.count, self.coordinated))

    def __hash__(self) -> int:
        return hash((type(self).__name__, tuple(self.subqueries), self.count, self.coordinated))

    def apply(self, fn) -> "AtLeast":
        return type(self)([fn(q) for q in self.subqueries], self.count, self.coordinated, boost=self.boost)

    def normalize(self) -> "AtLeast":
        return self.apply(lambda q: q.normalize())

    def matcher(self, searcher, context=None) -> Matcher:
        if len(self.subqueries) < self.count:
            return NullMatcher()
        return AtLeastMatcher([q.matcher(searcher, context) for q in self.subqueries], self.count,
                              self.coordinated)


class AtLeastMatcher(Matcher):
    """The union of sub-matchers, keeping the documents at least ``count`` of them are on."""

    def __init__(self, matchers: list[Matcher], count: int, coordinated: bool = False):
        self._matchers, self._count, self._coordinated = matchers, count, coordinated
        self._id = None
        self._settle()

    def _here(self) -> list[Matcher]:
        return [m for m in self._matchers if m.is_active() and m.id() == self._id]

    def _settle(self) -> None:
        """Move to the first document, from where the sub-matchers are, that enough of them share."""
        while True:
            active = [m for m in self._matchers if m.is_active()]
            if len(active) < self._count:
                self._id = None
                return
            self._id = min(m.id() for m in active)
            here = self._here()
            if len(here) >= self._count:
                return
            for m in here:
                m.next()

    def is_active(self) -> bool:
        return self._id is not None

    def id(self):
        return self._id

    def next(self) -> None:
        for m in self._here():
            m.next()
        self._settle()

    def skip_to(self, target) -> None:
        if self._id is None or target <= self._id:
            return
        for m in self._matchers:
            if m.is_active() and m.id() < target:
                m.skip_to(target)
        self._settle()

    def score(self) -> float:
        here = self._here()
        total = sum(m.score() for m in here)
        return total * len(here) / len(self._matchers) if self._coordinated else total

    def weight(self) -> float:
        return sum(m.weight() for m in self._here())

    def supports(self, astype) -> bool:
        return all(m.supports(astype) for m in self._matchers)

    def supports_block_quality(self) -> bool:
        return False

    def replace(self, minquality=0) -> Matcher:
        return self if self.is_active() else NullMatcher()

    def copy(self) -> "AtLeastMatcher":
        return AtLeastMatcher([m.copy() for m in self._matchers], self._count, self._coordinated)

    def reset(self) -> None:
        for m in self._matchers:
            m.reset()
        self._settle()

    def children(self) -> list[Matcher]:
        return list(self._matchers)

    def term_matchers(self):
        for m in self._matchers:
            yield from m.term_matchers()
