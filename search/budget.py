"""A query's time budget: past its deadline, a search stops collecting and says its counts are
partial, instead of holding a web worker. The search opens the budget (``with budget(s) as
spent``) and the loops that can run long (collecting the matches, checking exact clauses, which
Whoosh calls without a way to pass arguments) ask ``expired()`` as they go: one way in.
"""
from __future__ import annotations

import time
from contextlib import contextmanager
from contextvars import ContextVar

from .settings import default

QUERY_TIME_LIMIT_S = default("query_time_limit")


class Budget:
    def __init__(self, seconds: float):
        self.deadline = time.perf_counter() + seconds
        self.partial = False

    def remaining(self) -> float:
        return max(0.0, self.deadline - time.perf_counter())

    def expired(self) -> bool:
        if time.perf_counter() >= self.deadline:
            self.partial = True
        return self.partial


_CURRENT: ContextVar[Budget | None] = ContextVar("fahras_budget", default=None)


@contextmanager
def budget(seconds: float):
    """The budget of the search run inside the block."""
    spent = Budget(seconds)
    token = _CURRENT.set(spent)
    try:
        yield spent
    finally:
        _CURRENT.reset(token)


def expired() -> bool:
    spent = _CURRENT.get()
    return spent is not None and spent.expired()
