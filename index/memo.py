"""The ingester's one kind of memo: a process remembers the answers of a pure, costly function for
the inputs it meets again (a reposted paragraph's class, a word's folded form, a text's names),
up to a bound; full, it forgets them all and starts again (an archive's common inputs come back at
once). Each memo belongs to the module whose function it remembers; reading one is a dict lookup."""
from __future__ import annotations


class Memo(dict):
    __slots__ = ("limit",)

    def __init__(self, limit: int):
        super().__init__()
        self.limit = limit

    def remember(self, key, value):
        """Keep ``value`` for ``key`` and give it back."""
        if len(self) >= self.limit:
            self.clear()
        self[key] = value
        return value
