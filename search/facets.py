"""Facets: one class per kind, in a registry. Each counts values over a mask of documents (the
text matches, under every active filter but its own; see ``columns.py``) and returns
``{value, count, selected}`` entries; a selected value stays listed even at zero count.
"""
from __future__ import annotations

import datetime as dt
from collections import Counter
from dataclasses import dataclass

from .fields import FILTERS, QUOTE_FILTERS
from .request import SearchRequest

YEARLY_AFTER_MONTHS = 36          # a histogram spanning more months than this is drawn by year


@dataclass(frozen=True)
class ValueFacet:
    """A field's values with their counts (outlet, lang; person, org, place hold several each)."""
    name: str
    field: str
    limit: int = 20

    @property
    def filter(self) -> str:
        return self.name

    def entries(self, cols, mask, request: SearchRequest) -> list[dict]:
        chosen = getattr(request, self.name)
        top, chosen_counts = cols.top(self.field, mask, self.limit, chosen)
        listed = [v for v, _ in top]
        counts = {**chosen_counts, **dict(top)}
        values = listed + [v for v in chosen if v not in listed]
        return [{"value": v, "count": counts[v], "selected": v in chosen} for v in values]


@dataclass(frozen=True)
class DateFacet:
    """A histogram by month ("2021-07"), or by year ("2021") when the span is long."""
    name: str = "date"
    field: str = "month"

    @property
    def filter(self) -> str:
        return "date"

    def entries(self, cols, mask, request: SearchRequest) -> list[dict]:
        months = cols.counts(self.field, mask)
        if not months:
            return []
        first, last = min(months), max(months)
        span = (int(last[:4]) - int(first[:4])) * 12 + int(last[5:7]) - int(first[5:7]) + 1
        if span > YEARLY_AFTER_MONTHS:
            buckets = Counter()
            for month, count in months.items():
                buckets[month[:4]] += count
            keys = [str(y) for y in range(int(first[:4]), int(last[:4]) + 1)]
        else:
            buckets = months
            keys = _month_range(first, last)
        return [{"value": k, "count": buckets.get(k, 0), "selected": _within(k, request)} for k in keys]


def _month_range(first: str, last: str) -> list[str]:
    year, month = int(first[:4]), int(first[5:7])
    out = []
    while f"{year:04d}-{month:02d}" <= last:
        out.append(f"{year:04d}-{month:02d}")
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return out


def _within(bucket: str, request: SearchRequest) -> bool:
    """A bucket is selected when the requested date range covers it."""
    if not (request.date_from or request.date_to):
        return False
    if len(bucket) == 4:
        start, end = dt.date(int(bucket), 1, 1), dt.date(int(bucket), 12, 31)
    else:
        year, month = int(bucket[:4]), int(bucket[5:7])
        start = dt.date(year, month, 1)
        end = (dt.date(year + month // 12, month % 12 + 1, 1) - dt.timedelta(days=1))
    return (request.date_from or dt.date.min) <= start and end <= (request.date_to or dt.date.max)


REGISTRY = (*(ValueFacet(f.name, f.name, f.facet_limit) for f in FILTERS), DateFacet())
QUOTE_FACETS = (*(ValueFacet(f.name, f.name, f.facet_limit) for f in QUOTE_FILTERS), DateFacet())
